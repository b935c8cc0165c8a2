/*
 * store-unit.c - the session store through its library interface: exact
 * (unrounded) averages, periods, the quiz key, refused records, and the
 * lesson loader on the test fixture.  Prints TAP.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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

	tap_ok(record(s, "2026-11-03", 4, over, 2) != 0,
	    "5 answers for 4 people refused");
	tap_ok(record(s, "2026-11-03", 4, twice, 2) != 0,
	    "an answer counted twice refused");
	tap_ok(record(s, "2026-11-03", 4, letter, 1) != 0,
	    "option index 4 refused");
	tap_ok(record(s, "2026-13-01", 4, letter, 0) != 0,
	    "month 13 refused");
	tap_ok(record(s, "2026-11-03", 0, letter, 0) != 0,
	    "0 participants refused");
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
