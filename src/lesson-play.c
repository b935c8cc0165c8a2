/*
 * lesson-play.c - the lesson player's state machine: where the learner
 * is, what was answered, the group's tally, second tries, exact scores.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "decimal.h"
#include "i18n.h"
#include "lesson-play.h"

/* Index of an answer (PLAY_DONT_KNOW or 0..3) in a question's slots. */
#define SLOT(q, a)	((q) * PLAY_SLOTS + (size_t)((a) + 1))

/* Starts the section timer when the current step is in a new section. */
static void
section_check(struct play *p)
{
	size_t i;

	if (p->phase != PLAY_STEPS || play_section(p, &i) == NULL)
		return;
	if (i != p->section) {
		p->section = i;
		p->section_start = p->now;
	}
}

/* The next number of a xorshift generator: the same seed, the same
 * order on every machine. */
static unsigned long
next_random(unsigned long *x)
{
	unsigned long v = *x & 0xffffffffUL;

	v ^= (v << 13) & 0xffffffffUL;
	v ^= v >> 17;
	v ^= (v << 5) & 0xffffffffUL;
	*x = v;
	return v;
}

/* Shuffles v[0..n) (Fisher-Yates); seed 0 leaves it as it is. */
static void
shuffle(int *v, size_t n, unsigned long *x)
{
	size_t i, j;
	int t;

	for (i = n; *x != 0 && i > 1; i--) {
		j = (size_t)(next_random(x) % i);
		t = v[i - 1];
		v[i - 1] = v[j];
		v[j] = t;
	}
}

/* One question of the post-quiz, its options in the order of opt. */
static void
shown_question(struct play_shown *s, const struct quiz_question *q,
    unsigned long *x)
{
	size_t k;

	for (k = 0; k < q->noptions; k++)
		s->opt[k] = (int)k;
	shuffle(s->opt, q->noptions, x);
	s->view = *q;
	s->view.options = xcalloc(q->noptions + 1, sizeof *s->view.options);
	for (k = 0; k < q->noptions; k++) {
		s->view.options[k] = q->options[s->opt[k]];
		if (s->opt[k] == q->answer)
			s->view.answer = (int)k;
	}
}

static void
free_shown(struct play *p)
{
	size_t i;

	for (i = 0; p->post != NULL && i < p->m->nquiz; i++)
		free(p->post[i].view.options);
	free(p->post);
	p->post = NULL;
}

void
play_seed(struct play *p, unsigned long seed)
{
	size_t nq = p->m->nquiz, i;
	int *order = xcalloc(nq + 1, sizeof *order);
	unsigned long x = seed & 0xffffffffUL;

	if (x == 0 && seed != 0)
		x = 1;
	free_shown(p);
	p->seed = seed;
	for (i = 0; i < nq; i++)
		order[i] = (int)i;
	shuffle(order, nq, &x);
	p->post = xcalloc(nq + 1, sizeof *p->post);
	for (i = 0; i < nq; i++) {
		p->post[i].q = (size_t)order[i];
		shown_question(&p->post[i], &p->m->quiz[order[i]], &x);
	}
	free(order);
}

size_t
play_qindex(const struct play *p)
{
	return p->phase == PLAY_POST && p->q < p->m->nquiz ?
	    p->post[p->q].q : p->q;
}

int
play_option(const struct play *p, int shown)
{
	const struct quiz_question *qq = play_question(p);

	if (qq == NULL || shown < PLAY_DONT_KNOW ||
	    shown >= (int)qq->noptions)
		return -2;
	if (p->phase != PLAY_POST || shown == PLAY_DONT_KNOW)
		return shown;
	return p->post[p->q].opt[shown];
}

int
play_reveal(struct play *p)
{
	if (!p->facilitated || p->phase == PLAY_PRE)
		return -1;
	p->revealed = !p->revealed;
	return 0;
}

void
play_init(struct play *p, const struct module *m, int facilitated,
    long participants, long now)
{
	size_t i;
	int k;

	memset(p, 0, sizeof *p);
	p->m = m;
	p->facilitated = facilitated;
	p->participants = participants > 0 ? participants : 1;
	p->nsteps = module_nsteps(m);
	p->steps = xcalloc(p->nsteps + 1, sizeof *p->steps);
	for (i = 0; i < p->nsteps; i++)
		p->steps[i].chosen = p->steps[i].bad_input = -1;
	for (k = 0; k < 2; k++)
		p->count[k] = xcalloc(m->nquiz * PLAY_SLOTS + 1, sizeof(long));
	play_seed(p, 0);
	p->now = p->section_start = now;
	p->section = (size_t)-1;
	p->phase = m->nquiz > 0 ? PLAY_PRE : p->nsteps > 0 ? PLAY_STEPS :
	    PLAY_END;
	section_check(p);
}

void
play_free(struct play *p)
{
	size_t i;
	int k;

	for (i = 0; i < p->nsteps; i++) {
		free(p->steps[i].typed);
		for (k = 0; k < CALC_MAX_INPUTS; k++)
			free(p->steps[i].inputs[k]);
	}
	free(p->steps);
	free(p->count[0]);
	free(p->count[1]);
	free(p->undo);
	free_shown(p);
	memset(p, 0, sizeof *p);
}

void
play_clock(struct play *p, long now)
{
	p->now = now;
}

const struct section *
play_section(const struct play *p, size_t *index)
{
	size_t i, n = p->step;

	if (p->phase != PLAY_STEPS)
		return NULL;
	for (i = 0; i < p->m->nsections; i++) {
		if (n < p->m->sections[i].nsteps) {
			if (index != NULL)
				*index = i;
			return &p->m->sections[i];
		}
		n -= p->m->sections[i].nsteps;
	}
	return NULL;
}

const struct step *
play_step(const struct play *p)
{
	size_t i, n = p->step;

	if (p->phase != PLAY_STEPS)
		return NULL;
	for (i = 0; i < p->m->nsections; i++) {
		if (n < p->m->sections[i].nsteps)
			return &p->m->sections[i].steps[n];
		n -= p->m->sections[i].nsteps;
	}
	return NULL;
}

struct play_step *
play_step_state(struct play *p)
{
	return p->phase == PLAY_STEPS ? &p->steps[p->step] : NULL;
}

const struct quiz_question *
play_question(const struct play *p)
{
	if ((p->phase != PLAY_PRE && p->phase != PLAY_POST) ||
	    p->q >= p->m->nquiz)
		return NULL;
	if (p->phase == PLAY_POST)
		return &p->post[p->q].view;
	return &p->m->quiz[p->q];
}

/* Enters a phase at its first (or, going back, its last) place. */
static void
enter(struct play *p, enum play_phase ph, int at_end)
{
	size_t nq = p->m->nquiz;

	if (ph == PLAY_STEPS && p->nsteps == 0)
		ph = at_end ? PLAY_PRE : PLAY_POST;
	if ((ph == PLAY_PRE || ph == PLAY_POST) && nq == 0)
		ph = ph == PLAY_PRE ? PLAY_STEPS : PLAY_END;
	if (ph == PLAY_STEPS && p->nsteps == 0)
		ph = PLAY_END;
	p->phase = ph;
	p->q = at_end && nq > 0 ? nq - 1 : 0;
	p->step = at_end && p->nsteps > 0 ? p->nsteps - 1 : 0;
}

int
play_next(struct play *p)
{
	p->revealed = 0;
	switch (p->phase) {
	case PLAY_PRE:
		if (p->q + 1 < p->m->nquiz)
			p->q++;
		else
			enter(p, PLAY_STEPS, 0);
		break;
	case PLAY_STEPS:
		if (p->step + 1 < p->nsteps)
			p->step++;
		else
			enter(p, PLAY_POST, 0);
		break;
	case PLAY_POST:
		if (p->q + 1 < p->m->nquiz)
			p->q++;
		else
			p->phase = PLAY_END;
		break;
	default:
		return -1;
	}
	section_check(p);
	return 0;
}

int
play_back(struct play *p)
{
	p->revealed = 0;
	switch (p->phase) {
	case PLAY_PRE:
		if (p->q == 0)
			return -1;
		p->q--;
		break;
	case PLAY_STEPS:
		if (p->step > 0)
			p->step--;
		else if (p->m->nquiz > 0)
			enter(p, PLAY_PRE, 1);
		else
			return -1;
		break;
	case PLAY_POST:
		if (p->q > 0)
			p->q--;
		else
			enter(p, p->nsteps > 0 ? PLAY_STEPS : PLAY_PRE, 1);
		break;
	default:
		enter(p, p->m->nquiz > 0 ? PLAY_POST : PLAY_STEPS, 1);
		break;
	}
	section_check(p);
	return 0;
}

/* The counts of the current quiz phase, or NULL outside a quiz. */
static long *
counts_here(const struct play *p)
{
	if (play_question(p) == NULL)
		return NULL;
	return p->count[p->phase == PLAY_PRE ? PHASE_PRE : PHASE_POST];
}

static int
answer_valid(const struct play *p, int answer)
{
	const struct quiz_question *qq = play_question(p);

	return qq != NULL && answer >= PLAY_DONT_KNOW &&
	    answer < (int)qq->noptions;
}

int
play_answer(struct play *p, int answer)
{
	long *c = counts_here(p);
	int k;

	size_t q = play_qindex(p);

	if (p->facilitated || !answer_valid(p, answer))
		return -1;
	for (k = PLAY_DONT_KNOW; k < PLAY_SLOTS - 1; k++)
		c[SLOT(q, k)] = 0;
	c[SLOT(q, play_option(p, answer))] = 1;
	play_next(p);
	return 0;
}

int
play_shown_answer(const struct play *p)
{
	enum quiz_phase ph = p->phase == PLAY_PRE ? PHASE_PRE : PHASE_POST;
	int given, k;

	if (play_question(p) == NULL)
		return -2;
	given = play_answered(p, ph, play_qindex(p));
	if (given < 0 || p->phase != PLAY_POST)
		return given;
	for (k = 0; k < (int)p->m->quiz[play_qindex(p)].noptions; k++)
		if (p->post[p->q].opt[k] == given)
			return k;
	return -2;
}

int
play_answered(const struct play *p, enum quiz_phase ph, size_t q)
{
	int k;

	for (k = PLAY_DONT_KNOW; k < PLAY_SLOTS - 1 && q < p->m->nquiz; k++)
		if (p->count[ph][SLOT(q, k)] > 0)
			return k;
	return -2;
}

long
play_count(const struct play *p, enum quiz_phase ph, size_t q, int answer)
{
	if (q >= p->m->nquiz || answer < PLAY_DONT_KNOW ||
	    answer >= PLAY_SLOTS - 1)
		return 0;
	return p->count[ph][SLOT(q, answer)];
}

long
play_answers_total(const struct play *p, enum quiz_phase ph, size_t q)
{
	long n = 0;
	int k;

	for (k = PLAY_DONT_KNOW; k < PLAY_SLOTS - 1; k++)
		n += play_count(p, ph, q, k);
	return n;
}

int
play_tally(struct play *p, int answer)
{
	enum quiz_phase ph = p->phase == PLAY_PRE ? PHASE_PRE : PHASE_POST;
	long *c = counts_here(p);
	size_t q = play_qindex(p);

	if (!p->facilitated || !answer_valid(p, answer) ||
	    play_answers_total(p, ph, q) >= p->participants)
		return -1;
	answer = play_option(p, answer);
	c[SLOT(q, answer)]++;
	p->undo = xreallocarray(p->undo, p->nundo + 1, sizeof *p->undo);
	p->undo[p->nundo].phase = p->phase;
	p->undo[p->nundo].q = q;
	p->undo[p->nundo].answer = answer;
	p->nundo++;
	return 0;
}

int
play_untally(struct play *p)
{
	const struct play_undo *u;

	if (p->nundo == 0)
		return -1;
	u = &p->undo[--p->nundo];
	p->count[u->phase == PLAY_PRE ? PHASE_PRE : PHASE_POST]
	    [SLOT(u->q, u->answer)]--;
	return 0;
}

/* Records a try and its verdict on a step. */
static enum play_verdict
judge(struct play_step *s, int right)
{
	s->tries++;
	if (right)
		s->verdict = VERDICT_RIGHT;
	else
		s->verdict = s->tries < PLAY_TRIES ? VERDICT_RETRY :
		    VERDICT_WRONG;
	return s->verdict;
}

static int
step_final(const struct play_step *s)
{
	return s->verdict == VERDICT_RIGHT || s->verdict == VERDICT_WRONG;
}

enum play_verdict
play_choose(struct play *p, int i)
{
	const struct step *st = play_step(p);
	struct play_step *s = play_step_state(p);

	if (st == NULL || st->kind != STEP_CHOICE || i < 0 ||
	    (size_t)i >= st->noptions)
		return VERDICT_NONE;
	if (step_final(s))
		return s->verdict;
	if (st->multiple) {
		s->ticked ^= 1u << i;
		return VERDICT_NONE;
	}
	s->chosen = i;
	return judge(s, st->options[i].correct);
}

enum play_verdict
play_confirm(struct play *p)
{
	const struct step *st = play_step(p);
	struct play_step *s = play_step_state(p);
	unsigned want = 0;
	size_t i;

	if (st == NULL || st->kind != STEP_CHOICE || !st->multiple)
		return VERDICT_NONE;
	if (step_final(s))
		return s->verdict;
	for (i = 0; i < st->noptions; i++)
		if (st->options[i].correct)
			want |= 1u << i;
	return judge(s, s->ticked == want);
}

enum play_verdict
play_number(struct play *p, const char *typed, struct diags *d)
{
	const struct step *st = play_step(p);
	struct play_step *s = play_step_state(p);
	enum dec_status ds;
	mpq_t v;
	char *why;
	int right;

	if (st == NULL || st->kind != STEP_NUMBER)
		return VERDICT_NONE;
	if (step_final(s))
		return s->verdict;
	mpq_init(v);
	if ((ds = dec_parse(v, typed)) != DEC_OK) {
		why = dec_explain(ds, typed, -1, st->unit);
		diags_add(d, NULL, NULL, "%s", why);
		free(why);
		mpq_clear(v);
		return VERDICT_INVALID;
	}
	free(s->typed);
	s->typed = xstrdup(typed);
	mpq_sub(v, v, st->answer);
	mpq_abs(v, v);
	right = mpq_cmp(v, st->tolerance) <= 0;
	mpq_clear(v);
	return judge(s, right);
}

void
play_tally_of(const struct play *p, enum quiz_phase ph, size_t q,
    long *right, long *out_of)
{
	size_t i, from = q < p->m->nquiz ? q : 0;
	size_t to = q < p->m->nquiz ? q + 1 : p->m->nquiz;

	*right = *out_of = 0;
	for (i = from; i < to; i++) {
		if (play_answers_total(p, ph, i) == 0)
			continue;	/* not asked */
		*right += play_count(p, ph, i, p->m->quiz[i].answer);
		*out_of += p->participants;
	}
}

int
play_share(const struct play *p, enum quiz_phase ph, size_t q, mpq_t out)
{
	long right, out_of;

	play_tally_of(p, ph, q, &right, &out_of);
	if (out_of == 0)
		return -1;
	mpq_set_ui(out, (unsigned long)right, (unsigned long)out_of);
	mpq_canonicalize(out);
	return 0;
}

int
play_score(const struct play *p, enum quiz_phase ph, mpq_t out)
{
	return play_share(p, ph, (size_t)-1, out);
}

char *
play_pct(const mpq_t share)
{
	mpq_t h;
	char *s, *r;

	mpq_init(h);
	mpq_set_ui(h, 100, 1);
	mpq_mul(h, h, share);
	s = dec_str(h, 2, ROUND_HALF_UP);
	r = xasprintf("%s%%", s);
	free(s);
	mpq_clear(h);
	return r;
}

long
play_elapsed(const struct play *p)
{
	return p->now - p->section_start;
}

int
play_over_time(const struct play *p)
{
	const struct section *s = play_section(p, NULL);

	return s != NULL && s->minutes > 0 &&
	    play_elapsed(p) > (long)s->minutes * 60;
}

/* Appends every nonzero count of a phase to v. */
static size_t
record_phase(const struct play *p, enum quiz_phase ph,
    struct answer_count *v, size_t n)
{
	size_t q;
	int k;

	for (q = 0; q < p->m->nquiz; q++)
		for (k = PLAY_DONT_KNOW; k < PLAY_SLOTS - 1; k++) {
			if (play_count(p, ph, q, k) == 0)
				continue;
			v[n].phase = ph;
			v[n].question = p->m->quiz[q].id;
			v[n].answer = k;
			v[n].count = play_count(p, ph, q, k);
			n++;
		}
	return n;
}

void
play_record(const struct play *p, struct session_record *r)
{
	size_t nq = p->m->nquiz, i;
	struct answer_count *v = xcalloc(nq * PLAY_SLOTS * 2 + 1, sizeof *v);
	struct quiz_key *key = xcalloc(nq + 1, sizeof *key);

	memset(r, 0, sizeof *r);
	r->module = p->m->id;
	r->language = p->m->language;
	r->mode = p->facilitated ? MODE_FACILITATED : MODE_SELF;
	r->participants = p->participants;
	r->nanswers = record_phase(p, PHASE_POST, v,
	    record_phase(p, PHASE_PRE, v, 0));
	r->answers = v;
	for (i = 0; i < nq; i++) {
		key[i].question = p->m->quiz[i].id;
		key[i].answer = p->m->quiz[i].answer;
	}
	r->key = key;
	r->nkey = nq;
}

void
play_record_free(struct session_record *r)
{
	free((void *)r->answers);
	free((void *)r->key);
	memset(r, 0, sizeof *r);
}
