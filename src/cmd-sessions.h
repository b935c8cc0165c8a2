/*
 * cmd-sessions.h - what `remit sessions` (cmd-sessions.c) and its `record`
 * sub-command (cmd-sessions-record.c) share.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_CMD_SESSIONS_H
#define REMIT_CMD_SESSIONS_H

#include "diag.h"
#include "store.h"

/* `remit sessions record ...`: argv[0] is "record"; an exit status. */
int sessions_record(int argc, char **argv);
/* Prints every diagnostic on stderr, one line each, terminal-safe. */
void sessions_print_diags(const struct diags *d);
/* The database path: opt, or the default under the XDG data folder (then
 * *is_default is set); the caller frees it. */
char *sessions_db_path(const char *opt, int *is_default);

/* Prints one attendance certificate per session (titles and hours from
 * the lessons folder `lessons`, or the default); an exit status. */
int sessions_certificates(const struct session_info *v, size_t n,
    const char *lessons);

#endif
