/*
 * store-record.c - writing a session (validated, in one transaction),
 * the report of exact average scores by module and period, and the
 * integrity check of the session store.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "store.h"
#include "store-priv.h"
#include "util.h"

static int
id_valid(const char *s)
{
	return s != NULL && *s != '\0' && strlen(s) <= 64 &&
	    strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == strlen(s);
}

/* Participants who answered question q in phase p, over all options. */
static long
answered(const struct session_record *r, enum quiz_phase p, const char *q)
{
	long n = 0;
	size_t i;

	for (i = 0; i < r->nanswers; i++)
		if (r->answers[i].phase == p &&
		    strcmp(r->answers[i].question, q) == 0)
			n += r->answers[i].count;
	return n;
}

static int
check_answer(const char *file, const struct session_record *r, size_t i,
    struct diags *d)
{
	const struct answer_count *a = &r->answers[i];
	const char *ph = quiz_phase_name(a->phase);
	size_t j;

	if (a->phase >= LAST_PHASE || !id_valid(a->question) ||
	    a->answer < -1 || a->answer > 3 || a->count < 0 ||
	    a->count > STORE_MAX_PARTICIPANTS) {
		diags_add(d, file, ph, _("an answer count is malformed; give "
		    "QUESTION=LETTER:COUNT with A to D or ?"));
		return -1;
	}
	for (j = 0; j < i; j++)
		if (r->answers[j].phase == a->phase && r->answers[j].answer ==
		    a->answer && strcmp(r->answers[j].question, a->question)
		    == 0) {
			diags_add(d, file, ph, _("%s: the same answer is "
			    "counted twice; give each answer once"),
			    a->question);
			return -1;
		}
	if (answered(r, a->phase, a->question) > r->participants) {
		diags_add(d, file, ph, _("%s: %ld answers for %ld "
		    "participants; each participant gives one answer (? for "
		    "\"I don't know\")"), a->question, answered(r, a->phase,
		    a->question), r->participants);
		return -1;
	}
	return 0;
}

/* Checks a record before anything is written. */
static int
validate(const char *file, const struct session_record *r, struct diags *d)
{
	size_t i, n = d->n;

	if (!id_valid(r->module))
		diags_add(d, file, "module", _("a module id uses only a-z, 0-9 "
		    "and '-'"));
	if (!id_valid(r->language))
		diags_add(d, file, "language", _("give a language code such "
		    "as en"));
	if (r->date == NULL || !store_date_valid(r->date))
		diags_add(d, file, "date", _("write the date as YYYY-MM-DD"));
	if (r->place == NULL || *r->place == '\0' ||
	    strlen(r->place) > STORE_MAX_PLACE || text_has_control(r->place))
		diags_add(d, file, "place", _("give a short place label (a "
		    "town or a venue, at most %d bytes, never a person's "
		    "name)"), STORE_MAX_PLACE);
	if (r->mode >= LAST_MODE)
		diags_add(d, file, "mode", _("write facilitated or self"));
	if (r->participants < 1 || r->participants > STORE_MAX_PARTICIPANTS)
		diags_add(d, file, "participants", _("give a whole number "
		    "from 1 to %d"), STORE_MAX_PARTICIPANTS);
	for (i = 0; d->n == n && i < r->nanswers; i++)
		check_answer(file, r, i, d);
	for (i = 0; d->n == n && i < r->nkey; i++)
		if (!id_valid(r->key[i].question) || r->key[i].answer < 0 ||
		    r->key[i].answer > 3)
			diags_add(d, file, "key", _("the quiz key is "
			    "malformed; check the lesson module"));
	return d->n == n ? 0 : -1;
}

static int
step_done(struct store *s, sqlite3_stmt *st, struct diags *d)
{
	int rc = sqlite3_step(st);

	if (rc != SQLITE_DONE) {
		store_sql_fail(s->path, s->db, rc, d);
		return -1;
	}
	sqlite3_reset(st);
	return 0;
}

static int
prepare(struct store *s, const char *sql, sqlite3_stmt **st,
    struct diags *d)
{
	int rc = sqlite3_prepare_v2(s->db, sql, -1, st, NULL);

	if (rc != SQLITE_OK)
		store_sql_fail(s->path, s->db, rc, d);
	return rc == SQLITE_OK ? 0 : -1;
}

static int
insert_session(struct store *s, const struct session_record *r,
    long long *id, struct diags *d)
{
	sqlite3_stmt *st;
	int rc;

	if (prepare(s, "INSERT INTO sessions (module, language, date, place, "
	    "mode, participants) VALUES (?, ?, ?, ?, ?, ?)", &st, d) != 0)
		return -1;
	sqlite3_bind_text(st, 1, r->module, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, r->language, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, r->date, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, r->place, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, session_mode_name(r->mode), -1,
	    SQLITE_STATIC);
	sqlite3_bind_int64(st, 6, r->participants);
	rc = step_done(s, st, d);
	sqlite3_finalize(st);
	*id = sqlite3_last_insert_rowid(s->db);
	return rc;
}

static int
insert_rows(struct store *s, const struct session_record *r, long long id,
    struct diags *d)
{
	sqlite3_stmt *ak = NULL, *an = NULL;
	size_t i;
	int rc = -1;

	if (prepare(s, "INSERT INTO quiz_keys (session_id, question, answer) "
	    "VALUES (?, ?, ?)", &ak, d) != 0 || prepare(s, "INSERT INTO "
	    "answers (session_id, phase, question, answer, count) VALUES "
	    "(?, ?, ?, ?, ?)", &an, d) != 0)
		goto out;
	for (i = 0; i < r->nkey; i++) {
		sqlite3_bind_int64(ak, 1, id);
		sqlite3_bind_text(ak, 2, r->key[i].question, -1, SQLITE_STATIC);
		sqlite3_bind_int(ak, 3, r->key[i].answer);
		if (step_done(s, ak, d) != 0)
			goto out;
	}
	for (i = 0; i < r->nanswers; i++) {
		sqlite3_bind_int64(an, 1, id);
		sqlite3_bind_text(an, 2, quiz_phase_name(r->answers[i].phase),
		    -1, SQLITE_STATIC);
		sqlite3_bind_text(an, 3, r->answers[i].question, -1,
		    SQLITE_STATIC);
		sqlite3_bind_int(an, 4, r->answers[i].answer);
		sqlite3_bind_int64(an, 5, r->answers[i].count);
		if (step_done(s, an, d) != 0)
			goto out;
	}
	rc = 0;
out:
	sqlite3_finalize(ak);
	sqlite3_finalize(an);
	return rc;
}

/*
 * Tests prove that a session killed in the middle of its transaction is
 * not stored: with REMIT_TEST_STOP_IN_WRITE set, the process stops itself
 * (SIGSTOP) after the session row and before its answers.
 */
static int
stop_for_test(void)
{
	if (getenv("REMIT_TEST_STOP_IN_WRITE") != NULL)
		raise(SIGSTOP);
	return 0;
}

int
store_record(struct store *s, const struct session_record *r,
    long long *id, struct diags *d)
{
	long long rowid = 0;
	int rc;

	if (validate(s->path, r, d) != 0)
		return -1;
	rc = sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc != SQLITE_OK) {
		store_sql_fail(s->path, s->db, rc, d);
		return -1;
	}
	if (insert_session(s, r, &rowid, d) != 0 ||
	    stop_for_test() != 0 || insert_rows(s, r, rowid, d) != 0 ||
	    (rc = sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL)) !=
	    SQLITE_OK) {
		if (rc != SQLITE_OK)
			store_sql_fail(s->path, s->db, rc, d);
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
	if (id != NULL)
		*id = rowid;
	return 0;
}

/* Per session: module, date, participants, then for pre and post how
 * many questions of the key were asked (someone answered them) and how
 * many answers were right.  A question no one answered was not asked: it
 * is left out of the score, never counted as 0. */
static const char report_sql[] =
	"SELECT s.module, s.date, s.participants,"
	" (SELECT COUNT(DISTINCT a.question) FROM answers a JOIN quiz_keys k"
	"  ON k.session_id = a.session_id AND k.question = a.question"
	"  WHERE a.session_id = s.id AND a.phase = 'pre' AND a.count > 0),"
	" (SELECT COALESCE(SUM(a.count), 0) FROM answers a JOIN quiz_keys k"
	"  ON k.session_id = a.session_id AND k.question = a.question"
	"  AND k.answer = a.answer WHERE a.session_id = s.id"
	"  AND a.phase = 'pre'),"
	" (SELECT COUNT(DISTINCT a.question) FROM answers a JOIN quiz_keys k"
	"  ON k.session_id = a.session_id AND k.question = a.question"
	"  WHERE a.session_id = s.id AND a.phase = 'post' AND a.count > 0),"
	" (SELECT COALESCE(SUM(a.count), 0) FROM answers a JOIN quiz_keys k"
	"  ON k.session_id = a.session_id AND k.question = a.question"
	"  AND k.answer = a.answer WHERE a.session_id = s.id"
	"  AND a.phase = 'post')"
	" FROM sessions s"
	" WHERE (?1 IS NULL OR s.module = ?1) AND (?2 IS NULL OR s.date >= ?2)"
	" AND (?3 IS NULL OR s.date <= ?3)"
	" ORDER BY s.module, s.date, s.id";

static void
period_of(const char *date, enum report_period p, char *out)
{
	if (p == PERIOD_QUARTER)
		snprintf(out, 8, "%.4s-Q%c", date,
		    (char)('0' + (atoi(date + 5) + 2) / 3));
	else
		snprintf(out, 8, "%.7s", date);
}

static struct report_row *
row_for(struct report *out, const char *module, const char *period)
{
	struct report_row *w;

	if (out->nrows > 0) {
		w = &out->rows[out->nrows - 1];
		if (strcmp(w->module, module) == 0 &&
		    strcmp(w->period, period) == 0)
			return w;
	}
	out->rows = xreallocarray(out->rows, out->nrows + 1,
	    sizeof *out->rows);
	w = &out->rows[out->nrows++];
	memset(w, 0, sizeof *w);
	mpq_inits(w->pre, w->post, w->gain, NULL);
	w->module = xstrdup(module);
	memcpy(w->period, period, 8);
	return w;
}

/* Adds right / (participants x questions) to sum; n counts scores. */
static void
add_score(mpq_t sum, long *n, long long right, long long people,
    long long questions)
{
	mpq_t q;

	mpq_init(q);
	mpz_set_si(mpq_numref(q), (long)right);
	mpz_set_si(mpq_denref(q), (long)(people * questions));
	mpq_canonicalize(q);
	mpq_add(sum, sum, q);
	mpq_clear(q);
	(*n)++;
}

static void
add_session(struct report *out, sqlite3_stmt *st, enum report_period p)
{
	char period[8];
	struct report_row *w;
	long long people, npre, npost;

	period_of((const char *)sqlite3_column_text(st, 1), p, period);
	w = row_for(out, (const char *)sqlite3_column_text(st, 0), period);
	people = sqlite3_column_int64(st, 2);
	npre = sqlite3_column_int64(st, 3);
	npost = sqlite3_column_int64(st, 5);
	w->sessions++;
	w->participants += (long)people;
	if (npre > 0)
		add_score(w->pre, &w->npre, sqlite3_column_int64(st, 4),
		    people, npre);
	if (npost > 0)
		add_score(w->post, &w->npost, sqlite3_column_int64(st, 6),
		    people, npost);
}

/* Sums become means; the gain is the exact difference of the means. */
static void
finish_rows(struct report *out)
{
	mpq_t n;
	size_t i;

	mpq_init(n);
	for (i = 0; i < out->nrows; i++) {
		struct report_row *w = &out->rows[i];

		if (w->npre > 0) {
			mpq_set_si(n, w->npre, 1);
			mpq_div(w->pre, w->pre, n);
		}
		if (w->npost > 0) {
			mpq_set_si(n, w->npost, 1);
			mpq_div(w->post, w->post, n);
		}
		w->has_gain = w->npre > 0 && w->npost > 0;
		if (w->has_gain)
			mpq_sub(w->gain, w->post, w->pre);
	}
	mpq_clear(n);
}

/* Binds a query's module (?1) and dates (?2, ?3); NULL stays NULL. */
static void
bind_query(sqlite3_stmt *st, const struct report_query *q)
{
	if (q->module != NULL)
		sqlite3_bind_text(st, 1, q->module, -1, SQLITE_STATIC);
	if (q->from != NULL)
		sqlite3_bind_text(st, 2, q->from, -1, SQLITE_STATIC);
	if (q->to != NULL)
		sqlite3_bind_text(st, 3, q->to, -1, SQLITE_STATIC);
}

int
store_report(struct store *s, const struct report_query *q,
    struct report *out, struct diags *d)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof *out);
	if (prepare(s, report_sql, &st, d) != 0)
		return -1;
	bind_query(st, q);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		add_session(out, st, q->period);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_sql_fail(s->path, s->db, rc, d);
		report_free(out);
		return -1;
	}
	finish_rows(out);
	return 0;
}

static const char sessions_sql[] =
	"SELECT s.id, s.module, s.language, s.date, s.place, s.participants"
	" FROM sessions s"
	" WHERE (?1 IS NULL OR s.module = ?1) AND (?2 IS NULL OR s.date >= ?2)"
	" AND (?3 IS NULL OR s.date <= ?3)"
	" ORDER BY s.date, s.id";

static char *
column_dup(sqlite3_stmt *st, int k)
{
	const unsigned char *t = sqlite3_column_text(st, k);

	return xstrdup(t != NULL ? (const char *)t : "");
}

int
store_sessions(struct store *s, const struct report_query *q,
    struct session_info **out, size_t *n, struct diags *d)
{
	sqlite3_stmt *st;
	struct session_info *v;
	int rc;

	*out = NULL;
	*n = 0;
	if (prepare(s, sessions_sql, &st, d) != 0)
		return -1;
	bind_query(st, q);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*out = xreallocarray(*out, *n + 1, sizeof **out);
		v = &(*out)[(*n)++];
		v->id = sqlite3_column_int64(st, 0);
		v->module = column_dup(st, 1);
		v->language = column_dup(st, 2);
		v->date = column_dup(st, 3);
		v->place = column_dup(st, 4);
		v->participants = (long)sqlite3_column_int64(st, 5);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_sql_fail(s->path, s->db, rc, d);
		session_info_free(*out, *n);
		*out = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

void
session_info_free(struct session_info *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].module);
		free(v[i].language);
		free(v[i].date);
		free(v[i].place);
	}
	free(v);
}

void
report_free(struct report *r)
{
	size_t i;

	for (i = 0; i < r->nrows; i++) {
		free(r->rows[i].module);
		mpq_clears(r->rows[i].pre, r->rows[i].post, r->rows[i].gain,
		    NULL);
	}
	free(r->rows);
	memset(r, 0, sizeof *r);
}

/* Runs one checking pragma; each row that is not "ok" is a problem. */
static int
run_check(struct store *s, const char *sql, struct diags *d)
{
	sqlite3_stmt *st;
	const char *t;
	int rc, bad = 0;

	if (prepare(s, sql, &st, d) != 0)
		return -1;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		t = (const char *)sqlite3_column_text(st, 0);
		if (t != NULL && strcmp(t, "ok") == 0)
			continue;
		diags_add(d, s->path, sql + 7, _("%s%s%s; restore the file "
		    "from a copy or give another with --db FILE"),
		    t != NULL ? t : "?", sqlite3_column_count(st) > 1 ?
		    _(" refers to a missing row of ") : "",
		    sqlite3_column_count(st) > 1 ? (const char *)
		    sqlite3_column_text(st, 2) : "");
		bad = 1;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		store_sql_fail(s->path, s->db, rc, d);
		return -1;
	}
	return bad;
}

int
store_check(struct store *s, struct diags *d)
{
	int a = run_check(s, "PRAGMA integrity_check", d), b;

	if (a < 0)
		return -1;
	b = run_check(s, "PRAGMA foreign_key_check", d);
	return b < 0 ? -1 : a || b;
}
