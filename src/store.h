/*
 * store.h - anonymous results of lesson sessions, kept in SQLite.
 *
 * A session is one group (or one person alone) going through a lesson
 * module: its module, language, date, a place label (a town or a venue),
 * the mode (facilitated or self-study), the number of participants, and
 * how many participants chose each answer of each quiz question before
 * (pre) and after (post) the lesson.  Nothing else is stored: no names, no
 * contact details, no per-person answers, nothing that identifies anyone.
 * The quiz key (the right option of each question, taken from the module
 * when the session is recorded) is stored with the session, so that scores
 * do not change when a lesson file changes later.
 *
 * Scores are exact rationals: a session's score for a phase is
 * right answers / (participants x questions asked), where the right
 * answers are the counts of each question's correct option ("I don't
 * know" is never right) and a question is asked when someone answered it
 * in that phase (one no one answered is left out, not counted as 0).  Every write is one transaction (BEGIN IMMEDIATE ... COMMIT) on
 * a database in WAL mode with foreign keys on and a busy timeout, so a
 * session is stored whole or not at all, even if the program is killed
 * (the tests check it by stopping a write half-way: see
 * REMIT_TEST_STOP_IN_WRITE in store-record.c).
 *
 * The library never prints: failures are diagnostics naming the database
 * file and the fix.  struct store is opaque; the caller closes it.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_STORE_H
#define REMIT_STORE_H

#include <gmp.h>
#include <stddef.h>

#include "diag.h"

#define STORE_SCHEMA_VERSION	1
#define STORE_MAX_PLACE		80
#define STORE_MAX_PARTICIPANTS	10000

enum session_mode { MODE_FACILITATED, MODE_SELF, LAST_MODE };
enum quiz_phase { PHASE_PRE, PHASE_POST, LAST_PHASE };
enum report_period { PERIOD_MONTH, PERIOD_QUARTER, LAST_PERIOD };

/* How many participants gave one answer to one question. */
struct answer_count {
	enum quiz_phase	 phase;
	const char	*question;	/* quiz question id */
	int		 answer;	/* option index 0..3, -1 "I don't know" */
	long		 count;
};

/* The right option of one question. */
struct quiz_key {
	const char	*question;
	int		 answer;
};

/* One session to record; the store copies what it needs. */
struct session_record {
	const char			*module;
	const char			*language;
	const char			*date;		/* YYYY-MM-DD */
	const char			*place;
	enum session_mode		 mode;
	long				 participants;
	const struct answer_count	*answers;
	size_t				 nanswers;
	const struct quiz_key		*key;		/* may be empty */
	size_t				 nkey;
};

/* Which sessions a report covers; NULL fields mean "all". */
struct report_query {
	const char		*module;
	const char		*from;		/* YYYY-MM-DD, inclusive */
	const char		*to;		/* YYYY-MM-DD, inclusive */
	enum report_period	 period;
};

/* One module in one period. */
struct report_row {
	char	*module;
	char	 period[8];		/* "2026-11" or "2026-Q4" */
	long	 sessions;
	long	 participants;
	long	 npre;			/* sessions with a pre score */
	mpq_t	 pre;			/* mean pre score, 0..1 */
	long	 npost;
	mpq_t	 post;
	int	 has_gain;		/* both means exist */
	mpq_t	 gain;			/* post - pre */
};

struct report {
	struct report_row	*rows;	/* by module, then period */
	size_t			 nrows;
};

/* One recorded session, for certificates: no answers, no names. */
struct session_info {
	long long	 id;
	char		*module;
	char		*language;
	char		*date;		/* YYYY-MM-DD */
	char		*place;
	long		 participants;
};

struct store;

/*
 * The default database: $XDG_DATA_HOME/remit/sessions.db, else
 * $HOME/.local/share/remit/sessions.db.  The caller frees it; NULL (with a
 * diagnostic) when neither variable is set.
 */
char *store_default_path(struct diags *d);
/*
 * Opens a database.  For writing (`write` nonzero) it is created when
 * missing (with its folder too when make_dir), put in WAL mode and
 * migrated to the current schema; for reading it must exist and is opened
 * read-only.  Returns NULL with a diagnostic on failure.
 */
struct store *store_open(const char *path, int write, int make_dir,
    struct diags *d);
/* Closes the database and frees the store; NULL is ignored. */
void store_close(struct store *s);
/* The schema version of an open database (PRAGMA user_version). */
int store_version(struct store *s);
/*
 * Records one session in one transaction; *id receives its row id (id
 * may be NULL).  Returns 0, or -1 with a diagnostic (nothing is stored).
 */
int store_record(struct store *s, const struct session_record *r,
    long long *id, struct diags *d);
/*
 * Fills out (initialised here; free with report_free) with one row per
 * module and period.  Returns 0, or -1 with a diagnostic.
 */
int store_report(struct store *s, const struct report_query *q,
    struct report *out, struct diags *d);
/* Releases a report. */
void report_free(struct report *r);
/*
 * The sessions the query covers (its period is ignored), by date then
 * id, in *out (free with session_info_free).  Returns 0, or -1 with a
 * diagnostic.
 */
int store_sessions(struct store *s, const struct report_query *q,
    struct session_info **out, size_t *n, struct diags *d);
void session_info_free(struct session_info *v, size_t n);
/*
 * Runs PRAGMA integrity_check and foreign_key_check; returns 0 when both
 * find nothing, 1 with each problem as a diagnostic, -1 on failure.
 */
int store_check(struct store *s, struct diags *d);

/* "facilitated", "self"; "pre", "post"; "month", "quarter". */
const char *session_mode_name(enum session_mode m);
const char *quiz_phase_name(enum quiz_phase p);
/* Reads a mode or period name; 0, or -1 if unknown. */
int session_mode_parse(const char *s, enum session_mode *m);
int report_period_parse(const char *s, enum report_period *p);
/* Nonzero when s is a valid date written YYYY-MM-DD. */
int store_date_valid(const char *s);

#endif
