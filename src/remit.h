/*
 * remit.h - what the command-line front end shares: the command table,
 * exit statuses, where the data folders are, and reporting to stderr.
 *
 * Each command lives in its own cmd-NAME.c and exports one struct
 * cmd_entry; commands.c lists them.  A command returns an exit status.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_REMIT_H
#define REMIT_REMIT_H

#include <getopt.h>
#include <stdio.h>
#include <time.h>

#include "ratebook.h"
#include "xalloc.h"

enum {
	EXIT_DONE = 0,		/* done */
	EXIT_NOTHING = 1,	/* nothing to show */
	EXIT_USAGE = 2		/* bad input or usage */
};

struct cmd_entry {
	const char	*name;
	const char	*usage;		/* arguments, after the name */
	const char	*summary;	/* N_(): one line for --help */
	int		(*exec)(int argc, char **argv);
};

/* NULL-terminated, in the order --help lists them. */
extern const struct cmd_entry *const cmd_table[];

/* "remit: " and a message on stderr, one line. */
void remit_error(const char *fmt, ...) REMIT_PRINTF(1, 2);
/* remit_error, then a hint to run --help; returns EXIT_USAGE. */
int remit_usage_error(const char *cmd, const char *fmt, ...)
    REMIT_PRINTF(2, 3);
/* The usage error for an unknown option arg, naming the nearest of
 * longopts when one is close ("did you mean --amount?"); EXIT_USAGE. */
int remit_unknown_option(const char *cmd, const char *arg,
    const struct option *longopts);
/* Prints a command's usage and options (the text is translated). */
void remit_print_usage(const struct cmd_entry *cmd, const char *options);

/*
 * The rate folder to use: the option's value, else the bundled folder when
 * this binary runs from its build tree, else the installed one.
 */
const char *remit_rates_dir(const char *opt);
/* The same for the lessons folder. */
const char *remit_lessons_dir(const char *opt);
/*
 * Loads a rate folder; prints one line when the folder cannot be read (and
 * returns -1, with rb already freed) or, unless quiet, one warning line
 * counting broken tables.
 */
int remit_load_rates(struct ratebook *rb, const char *opt, int quiet);

enum output_format { FORMAT_TABLE, FORMAT_CSV, FORMAT_JSON, LAST_FORMAT };

/* Reads "table", "csv" or "json"; returns 0, or -1 if unknown. */
int output_format_parse(const char *s, enum output_format *f);

/* When main() started (CLOCK_MONOTONIC), for the bench timings. */
extern struct timespec remit_started;

/* A whole number from 1 to limit typed as an option value (digits only);
 * -1 when it is not one. */
long remit_parse_count(const char *s, long limit);
/* Tables older than this many days are said to be out of date. */
#define REMIT_MAX_AGE_DAYS	90
/* Nonzero when s can be a language code ("fr", "pt_BR"). */
int remit_lang_valid(const char *s);

/* Today's date as YYYY-MM-DD (UTC), or $REMIT_TODAY when set (tests). */
const char *remit_today(void);

#endif
