/*
 * cmd-sessions.h - what `remit sessions` (cmd-sessions.c) and its `record`
 * sub-command (cmd-sessions-record.c) share.
 */
#ifndef REMIT_CMD_SESSIONS_H
#define REMIT_CMD_SESSIONS_H

#include "diag.h"

/* `remit sessions record ...`: argv[0] is "record"; an exit status. */
int sessions_record(int argc, char **argv);
/* Prints every diagnostic on stderr, one line each, terminal-safe. */
void sessions_print_diags(const struct diags *d);
/* The database path: opt, or the default under the XDG data folder (then
 * *is_default is set); the caller frees it. */
char *sessions_db_path(const char *opt, int *is_default);

#endif
