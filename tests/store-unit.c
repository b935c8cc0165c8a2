/*
 * store-unit.c - the session store through its library interface: exact
 * (unrounded) averages, periods, the quiz key, refused records (each
 * naming its field and how to fix it), open and migration errors, and the
 * lesson loader on the test fixture.  Prints TAP.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lesson.h"
#include "store.h"
#include "tap.h"

static const struct quiz_key key[] = {
	{ "q1", 1 }, { "q2", 0 }, { "q3", 3 }
};

/* Is v exactly num/den? */
static int
q_is(const mpq_t v, long num, unsigned long den, const char *name)
{
	mpq_t w;
	int ok;

	mpq_init(w);
	mpq_set_si(w, num, den);
	mpq_canonicalize(w);
	ok = mpq_equal(v, w);
	if (!tap_ok(ok, name))
		gmp_printf("#   got:  %Qd\n#   want: %Qd\n", v, w);
	mpq_clear(w);
	return ok;
}

static int
record(struct store *s, const char *date, long people,
    const struct answer_count *a, size_t n)
{
	struct session_record r = { "mini", "en", date, "Hall",
	    MODE_FACILITATED, people, a, n, key, 3 };
	struct diags d;
	int rc;

	diags_init(&d);
	rc = store_record(s, &r, NULL, &d);
	diags_free(&d);
	return rc;
}

/* The two sessions of tests/sessions.sh, by the library. */
static void
test_averages(struct store *s)
{
	/* 4 people: pre right 1 + 2 + 1 = 4 of 12, post 4 + 3 + 3 = 10. */
	static const struct answer_count a1[] = {
		{ PHASE_PRE, "q1", 1, 1 }, { PHASE_PRE, "q1", 0, 2 },
		{ PHASE_PRE, "q2", 0, 2 }, { PHASE_PRE, "q3", 3, 1 },
		{ PHASE_PRE, "q3", -1, 3 },
		{ PHASE_POST, "q1", 1, 4 }, { PHASE_POST, "q2", 0, 3 },
		{ PHASE_POST, "q3", 3, 3 }
	};
	/* 6 people: pre 2 + 3 + 2 = 7 of 18, post 5 + 6 + 4 = 15. */
	static const struct answer_count a2[] = {
		{ PHASE_PRE, "q1", 1, 2 }, { PHASE_PRE, "q2", 0, 3 },
		{ PHASE_PRE, "q3", 3, 2 }, { PHASE_POST, "q1", 1, 5 },
		{ PHASE_POST, "q2", 0, 6 }, { PHASE_POST, "q3", 3, 4 }
	};
	struct report_query q = { NULL, NULL, NULL, PERIOD_MONTH };
	struct report r;
	struct diags d;

	tap_ok(record(s, "2026-11-03", 4, a1, 8) == 0, "record session 1");
	tap_ok(record(s, "2026-11-20", 6, a2, 6) == 0, "record session 2");
	diags_init(&d);
	tap_ok(store_report(s, &q, &r, &d) == 0 && r.nrows == 1, "one row");
	tap_is(r.rows[0].period, "2026-11", "period 2026-11");
	tap_ok(r.rows[0].sessions == 2 && r.rows[0].participants == 10,
	    "2 sessions, 10 participants");
	/* (1/3 + 7/18) / 2 = 13/36; (5/6 + 5/6) / 2 = 5/6; 5/6 - 13/36. */
	q_is(r.rows[0].pre, 13, 36, "pre mean is exactly 13/36");
	q_is(r.rows[0].post, 5, 6, "post mean is exactly 5/6");
	q_is(r.rows[0].gain, 17, 36, "gain is exactly 17/36");
	report_free(&r);
	q.period = PERIOD_QUARTER;
	store_report(s, &q, &r, &d);
	tap_is(r.nrows == 1 ? r.rows[0].period : NULL, "2026-Q4",
	    "quarter 2026-Q4");
	report_free(&r);
	diags_free(&d);
}

/* A question no one answered was not asked: out of the score; and the
 * sessions listed for certificates. */
static void
test_not_asked(struct store *s)
{
	/* 5 people; pre: only q1, 3 right -> 3/5 (not 3/15); post: q1 and
	 * q3, 5 + 4 right -> 9/10. */
	static const struct answer_count a[] = {
		{ PHASE_PRE, "q1", 1, 3 }, { PHASE_PRE, "q1", 0, 2 },
		{ PHASE_POST, "q1", 1, 5 }, { PHASE_POST, "q3", 3, 4 },
		{ PHASE_POST, "q3", -1, 1 }
	};
	struct report_query q = { NULL, "2027-02-01", "2027-02-28",
	    PERIOD_MONTH };
	struct session_info *v;
	struct report r;
	struct diags d;
	size_t n;

	tap_ok(record(s, "2027-02-10", 5, a, 5) == 0, "record: q2 not asked");
	diags_init(&d);
	tap_ok(store_report(s, &q, &r, &d) == 0 && r.nrows == 1, "its row");
	q_is(r.rows[0].pre, 3, 5, "pre: q2 and q3 left out, 3/5");
	q_is(r.rows[0].post, 9, 10, "post: q2 left out, 9/10");
	report_free(&r);
	tap_ok(store_sessions(s, &q, &v, &n, &d) == 0 && n == 1, "one session "
	    "in February 2027");
	tap_ok(n == 1 && strcmp(v[0].date, "2027-02-10") == 0 &&
	    strcmp(v[0].place, "Hall") == 0 && strcmp(v[0].module, "mini") ==
	    0 && v[0].participants == 5, "its module, date, place, people");
	session_info_free(v, n);
	q.from = NULL;
	q.to = NULL;
	tap_ok(store_sessions(s, &q, &v, &n, &d) == 0 && n == 3 &&
	    strcmp(v[0].date, "2026-11-03") == 0, "all three, by date");
	session_info_free(v, n);
	diags_free(&d);
}

/* The database of the tests, named by the diagnostics of a record. */
static const char *db_path;

/*
 * Exactly one diagnostic in d, on FILE (or none when file is NULL), at
 * WHERE (or none when where is NULL), whose message holds WANT.
 */
static void
diag_is(const struct diags *d, const char *file, const char *where,
    const char *want, const char *name)
{
	const struct diag *g = d->n > 0 ? &d->v[0] : NULL;
	int ok = d->n == 1 &&
	    (file == NULL ? g->file == NULL : g->file != NULL &&
	    strcmp(g->file, file) == 0) &&
	    (where == NULL ? g->where == NULL : g->where != NULL &&
	    strcmp(g->where, where) == 0) && strstr(g->msg, want) != NULL;

	if (!tap_ok(ok, name)) {
		printf("#   %zu diagnostics; want one at %s: ...%s...\n", d->n,
		    where != NULL ? where : "(nowhere)", want);
		if (g != NULL)
			printf("#   got: %s: %s: %s\n", g->file ? g->file : "-",
			    g->where != NULL ? g->where : "-", g->msg);
	}
}

/* A record refused before anything is written, naming WHERE. */
static void
refused(struct store *s, struct session_record *r, const char *where,
    const char *want, const char *name)
{
	struct diags d;

	diags_init(&d);
	tap_ok(store_record(s, r, NULL, &d) != 0, name);
	diag_is(&d, db_path, where, want, name);
	diags_free(&d);
}

static void
test_refused(struct store *s)
{
	static const struct answer_count over[] = {
		{ PHASE_PRE, "q1", 1, 3 }, { PHASE_PRE, "q1", -1, 2 }
	};
	static const struct answer_count twice[] = {
		{ PHASE_PRE, "q1", 1, 1 }, { PHASE_PRE, "q1", 1, 1 }
	};
	static const struct answer_count letter[] = {
		{ PHASE_PRE, "q1", 4, 1 }
	};
	static const struct answer_count post[] = {
		{ PHASE_POST, "q2", 0, 2 }, { PHASE_POST, "q2", 0, 1 }
	};
	static const struct quiz_key badkey[] = { { "q1", 4 } };
	struct session_record ok = { "mini", "en", "2026-11-03", "Hall",
	    MODE_FACILITATED, 4, NULL, 0, key, 3 }, r;

	r = ok, r.answers = over, r.nanswers = 2;
	refused(s, &r, "pre", "q1: 5 answers for 4 participants",
	    "5 answers for 4 people refused at pre");
	r = ok, r.answers = twice, r.nanswers = 2;
	refused(s, &r, "pre", "q1: the same answer is counted twice",
	    "an answer counted twice refused at pre");
	r = ok, r.answers = post, r.nanswers = 2;
	refused(s, &r, "post", "q2: the same answer is counted twice",
	    "a post answer counted twice refused at post");
	r = ok, r.answers = letter, r.nanswers = 1;
	refused(s, &r, "pre", "an answer count is malformed",
	    "option index 4 refused at pre");
	r = ok, r.date = "2026-13-01";
	refused(s, &r, "date", "write the date as YYYY-MM-DD",
	    "month 13 refused at date");
	r = ok, r.date = "2026-02-29";
	refused(s, &r, "date", "YYYY-MM-DD", "29 February 2026 refused");
	r = ok, r.participants = 0;
	refused(s, &r, "participants", "from 1 to",
	    "0 participants refused at participants");
	r = ok, r.module = "Mini!";
	refused(s, &r, "module", "a-z, 0-9", "a bad module id refused");
	r = ok, r.language = "";
	refused(s, &r, "language", "such as en", "no language refused");
	r = ok, r.place = "";
	refused(s, &r, "place", "short place label", "no place refused");
	r = ok, r.place = "Hall\033[2J";
	refused(s, &r, "place", "short place label",
	    "an escape in the place refused");
	r = ok, r.mode = LAST_MODE;
	refused(s, &r, "mode", "facilitated or self", "a bad mode refused");
	r = ok, r.key = badkey, r.nkey = 1;
	refused(s, &r, "key", "quiz key is malformed", "a bad key refused");
}

/* A file of FILE with TEXT in it (NULL: made by sqlite with VERSION). */
static void
make_file(const char *path, const char *text, int version)
{
	sqlite3 *db;
	char *sql;
	FILE *f;

	unlink(path);
	if (text != NULL) {
		f = fopen(path, "w");
		if (f != NULL) {
			fputs(text, f);
			fclose(f);
		}
		return;
	}
	if (sqlite3_open(path, &db) == SQLITE_OK) {
		sql = xasprintf("CREATE TABLE t (x); PRAGMA user_version = %d",
		    version);
		sqlite3_exec(db, sql, NULL, NULL, NULL);
		free(sql);
	}
	sqlite3_close(db);
}

/* store_open(PATH, WRITE) fails with one diagnostic on PATH holding WANT. */
static void
open_fails(const char *path, int write, const char *want, const char *name)
{
	struct store *s;
	struct diags d;

	diags_init(&d);
	s = store_open(path, write, 0, &d);
	tap_ok(s == NULL, name);
	diag_is(&d, path, NULL, want, name);
	store_close(s);
	diags_free(&d);
}

static void
test_open_errors(const char *dir)
{
	char *p = xasprintf("%s/x.db", dir), *sub;

	open_fails(dir, 1, "is a folder, not a database file",
	    "a folder as the database");
	open_fails("/dev/null", 0, "is not a regular file",
	    "a device as the database");
	open_fails(p, 0, "no such file; record a session first",
	    "reading a database that does not exist");
	make_file(p, "this is not sqlite, but long enough to be a header "
	    "of a database file, and then some more text.\n", 0);
	open_fails(p, 1, "is not a remit sessions database or is damaged",
	    "a text file as the database (write)");
	open_fails(p, 0, "is not a remit sessions database or is damaged",
	    "a text file as the database (read)");
	make_file(p, NULL, 0);
	open_fails(p, 0, "is not a remit sessions database (no schema)",
	    "reading a SQLite file with no remit schema");
	make_file(p, NULL, 99);
	open_fails(p, 1, "made by a newer remit (schema 99, this remit "
	    "knows 1); use a newer remit or give another file",
	    "migrating a newer schema refused");
	open_fails(p, 0, "made by a newer remit (schema 99, this remit "
	    "knows 1); use a newer remit",
	    "reading a newer schema refused");
	unlink(p);
	sub = xasprintf("%s/none/s.db", dir);
	open_fails(sub, 1, "does not exist", "a database in a missing folder");
	free(sub);
	free(p);
}

static void
test_lesson(void)
{
	struct diags d;
	struct module *m;

	diags_init(&d);
	m = module_load(TOP_SRCDIR "/tests/fixtures/lessons-good/en/mini.json",
	    &d);
	tap_ok(m != NULL && d.n == 0, "the fixture module loads");
	if (m == NULL)
		return;
	tap_ok(m->nquiz == 3 && m->quiz[2].answer == 3, "quiz read");
	tap_ok(module_nsteps(m) == 7, "7 steps");
	tap_is(m->sections[0].steps[2].answer_text, "8.99", "number answer");
	q_is(m->sections[0].steps[2].tolerance, 1, 100, "tolerance 1/100");
	tap_ok(m->sections[0].steps[3].calculator == CALC_SAVINGS &&
	    !m->sections[0].steps[3].inputs[3].given, "savings, no initial");
	tap_is(m->sections[1].steps[0].from, "GB", "compare from");
	module_free(m);
	diags_free(&d);
}

int
main(void)
{
	char dir[] = "/tmp/remit-store-unit.XXXXXX", *path;
	struct store *s;
	struct diags d;

	if (mkdtemp(dir) == NULL)
		return 1;
	path = xasprintf("%s/s.db", dir);
	db_path = path;
	diags_init(&d);
	s = store_open(path, 1, 0, &d);
	tap_ok(s != NULL, "create a database");
	if (s != NULL) {
		tap_ok(store_version(s) == STORE_SCHEMA_VERSION, "version 1");
		test_averages(s);
		test_not_asked(s);
		test_refused(s);
		tap_ok(store_check(s, &d) == 0, "integrity check");
		store_close(s);
	}
	test_open_errors(dir);
	test_lesson();
	diags_free(&d);
	unlink(path);
	free(path);
	path = xasprintf("%s/s.db-wal", dir);
	unlink(path);
	free(path);
	path = xasprintf("%s/s.db-shm", dir);
	unlink(path);
	free(path);
	rmdir(dir);
	return tap_done();
}
