/*
 * lesson-unit.c - the lesson player's state machine on the bundled English
 * modules: the walk through phases and steps, quiz counts, second tries,
 * exact number answers with a tolerance, the facilitator's tally and its
 * undo, exact scores, section timers, calculators, and the session record.
 * Prints TAP.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lesson-play.h"
#include "tap.h"

static struct module *
load(const char *id)
{
	struct diags d;
	struct module *m;
	char *path = xasprintf("%s/lessons/en/%s.json", TOP_SRCDIR, id);

	diags_init(&d);
	m = module_load(path, &d);
	diags_free(&d);
	free(path);
	return m;
}

/* The share of a phase as a percentage with 2 decimals. */
static int
score_is(const struct play *p, enum quiz_phase ph, size_t q,
    const char *want, const char *name)
{
	mpq_t v;
	char *s;
	int ok;

	mpq_init(v);
	if ((q == (size_t)-1 ? play_score(p, ph, v) :
	    play_share(p, ph, q, v)) != 0) {
		mpq_clear(v);
		return tap_is("(none)", want, name);
	}
	s = play_pct(v);
	ok = tap_is(s, want, name);
	free(s);
	mpq_clear(v);
	return ok;
}

/* Moves to the first step of that kind at or after the current one. */
static const struct step *
seek(struct play *p, enum step_kind k)
{
	while (play_step(p) != NULL && play_step(p)->kind != k)
		play_next(p);
	return play_step(p);
}

static void
test_self(const struct module *m)
{
	struct play p;

	play_init(&p, m, 0, 0, 0);
	tap_ok(p.phase == PLAY_PRE && p.q == 0, "self: starts at the "
	    "pre-quiz");
	tap_ok(p.nsteps == 17, "true-cost: 17 steps in 5 sections");
	tap_ok(play_tally(&p, 1) == -1, "self: no tally");
	play_answer(&p, 1);
	play_answer(&p, PLAY_DONT_KNOW);
	tap_ok(play_answered(&p, PHASE_PRE, 1) == PLAY_DONT_KNOW,
	    "\"I don't know\" is kept as -1");
	tap_ok(play_answer(&p, 3) == -1, "q3 has 3 options: D refused");
	play_answer(&p, 0);
	play_answer(&p, 1);
	tap_ok(p.phase == PLAY_STEPS && p.step == 0, "after the last "
	    "question: the first step");
	score_is(&p, PHASE_PRE, (size_t)-1, "50.00%", "pre: 2 right of 4");
	score_is(&p, PHASE_POST, (size_t)-1, "(none)", "post: no score yet");
	play_back(&p);
	tap_ok(p.phase == PLAY_PRE && p.q == 3, "back from the first step: "
	    "the last question");
	play_answer(&p, 0);
	score_is(&p, PHASE_PRE, (size_t)-1, "25.00%", "an answer changed: "
	    "counted once");
	tap_ok(play_count(&p, PHASE_PRE, 3, 1) == 0 &&
	    play_count(&p, PHASE_PRE, 3, 0) == 1, "the old answer is gone");
	play_free(&p);
}

static void
test_choice(const struct module *m)
{
	struct play p;

	play_init(&p, m, 0, 1, 0);
	play_answer(&p, 1); play_answer(&p, 1);
	play_answer(&p, 1); play_answer(&p, 1);
	seek(&p, STEP_CHOICE);
	tap_ok(p.step == 2, "the first choice is step 3");
	tap_ok(play_choose(&p, 0) == VERDICT_RETRY, "a wrong choice: try "
	    "again");
	tap_ok(play_choose(&p, 2) == VERDICT_WRONG, "wrong twice: wrong");
	tap_ok(play_choose(&p, 1) == VERDICT_WRONG && p.steps[2].chosen == 2,
	    "and then it stays as it was");
	play_next(&p);
	seek(&p, STEP_CHOICE);
	tap_ok(play_choose(&p, 1) == VERDICT_RETRY &&
	    play_choose(&p, 0) == VERDICT_RIGHT, "wrong, then right: right");
	tap_ok(play_choose(&p, 7) == VERDICT_NONE, "no option 8");
	play_free(&p);
}

static void
test_number(const struct module *m)
{
	struct play p;
	struct diags d;

	play_init(&p, m, 0, 1, 0);
	while (p.phase == PLAY_PRE)
		play_next(&p);
	seek(&p, STEP_NUMBER);
	tap_ok(p.step == 5, "the first number step is step 6");
	diags_init(&d);
	tap_ok(play_number(&p, "380300,00", &d) == VERDICT_INVALID &&
	    d.n == 1 && p.steps[5].tries == 0, "a comma: not a number, no "
	    "try used");
	tap_ok(d.n == 1 && strstr(d.v[0].msg, "use a dot for decimals") !=
	    NULL, "and the message says to use a dot");
	diags_free(&d);
	diags_init(&d);
	tap_ok(play_number(&p, "380300.01", &d) == VERDICT_RETRY,
	    "0.01 off with no tolerance: wrong, try again");
	tap_ok(play_number(&p, "380300", &d) == VERDICT_RIGHT,
	    "380300 = 380300.00 exactly: right");
	tap_is(p.steps[5].typed, "380300", "the answer typed is kept");
	diags_free(&d);
	play_free(&p);
}

static void
test_tolerance(void)
{
	struct module *m = load("borrowing");
	struct play p;
	struct diags d;

	if (!tap_ok(m != NULL, "borrowing loads"))
		return;
	play_init(&p, m, 0, 1, 0);
	while (p.phase == PLAY_PRE)
		play_next(&p);
	while (play_step(&p) != NULL && (play_step(&p)->kind != STEP_NUMBER ||
	    mpq_sgn(play_step(&p)->tolerance) == 0))
		play_next(&p);
	diags_init(&d);
	tap_ok(play_number(&p, "105.31", &d) == VERDICT_RIGHT,
	    "105.31 for 105.30 within 0.01: right");
	play_next(&p);
	play_back(&p);
	tap_ok(play_number(&p, "1", &d) == VERDICT_RIGHT, "once right, "
	    "it stays right");
	p.steps[p.step].tries = 0;
	p.steps[p.step].verdict = VERDICT_NONE;
	tap_ok(play_number(&p, "105.3100001", &d) == VERDICT_RETRY,
	    "105.3100001 is beyond 0.01 exactly: wrong");
	tap_ok(play_number(&p, "105.29", &d) == VERDICT_RIGHT,
	    "105.29: right on the second try");
	diags_free(&d);
	play_free(&p);
	module_free(m);
}

/* Presses keys: letters A-D, '?' for "I don't know". */
static void
press(struct play *p, const char *keys)
{
	for (; *keys != '\0'; keys++)
		play_tally(p, *keys == '?' ? PLAY_DONT_KNOW : *keys - 'A');
}

static void
test_tally(const struct module *m)
{
	struct play p;
	struct session_record r;

	play_init(&p, m, 1, 5, 100);
	press(&p, "BBBA?");
	tap_ok(play_tally(&p, 0) == -1, "a sixth answer of 5 participants "
	    "is refused");
	tap_ok(play_count(&p, PHASE_PRE, 0, 1) == 3 &&
	    play_count(&p, PHASE_PRE, 0, PLAY_DONT_KNOW) == 1,
	    "q1: 3 B, 1 \"I don't know\"");
	play_untally(&p);
	tap_ok(play_answers_total(&p, PHASE_PRE, 0) == 4 &&
	    play_count(&p, PHASE_PRE, 0, PLAY_DONT_KNOW) == 0,
	    "undo takes back the last press");
	press(&p, "?");
	play_next(&p); press(&p, "AAACC");
	play_next(&p); press(&p, "CCCBB");
	play_next(&p); press(&p, "BBBAA");
	score_is(&p, PHASE_PRE, 0, "60.00%", "q1: 3 of 5 right");
	score_is(&p, PHASE_PRE, (size_t)-1, "60.00%", "5 participants, "
	    "12 right of 20: 60.00%");
	play_next(&p);
	tap_ok(p.phase == PLAY_STEPS, "then the steps");
	while (p.phase == PLAY_STEPS)
		play_next(&p);
	press(&p, "BBBBB");
	play_next(&p); press(&p, "AAAA?");
	play_next(&p); press(&p, "CCCCC");
	play_next(&p); press(&p, "BBBBA");
	score_is(&p, PHASE_POST, (size_t)-1, "90.00%", "post: 18 of 20");
	play_next(&p);
	tap_ok(p.phase == PLAY_END, "after the post-quiz: the end");
	play_record(&p, &r);
	tap_ok(r.mode == MODE_FACILITATED && r.participants == 5 &&
	    r.nkey == 4 && r.key[3].answer == 1, "the record: facilitated, 5, "
	    "the quiz key");
	tap_ok(r.nanswers == 15, "15 nonzero counts (9 pre, 6 post)");
	play_record_free(&r);
	play_free(&p);
}

static void
test_timer(const struct module *m)
{
	struct play p;

	play_init(&p, m, 1, 3, 1000);
	play_clock(&p, 1060);
	while (p.phase == PLAY_PRE)
		play_next(&p);
	tap_ok(play_elapsed(&p) == 0, "the section's timer starts with its "
	    "first step");
	play_clock(&p, 1060 + 1020);
	tap_ok(!play_over_time(&p), "17 minutes planned: 1020 s is not over");
	play_clock(&p, 1060 + 1021);
	tap_ok(play_over_time(&p), "1021 s is over");
	play_next(&p);
	tap_ok(play_elapsed(&p) == 1021, "the same section: the time runs on");
	while (play_section(&p, NULL) == &m->sections[0])
		play_next(&p);
	tap_ok(play_elapsed(&p) == 0 && !play_over_time(&p), "the next "
	    "section starts at 0");
	play_free(&p);
}

static void
calc_is(struct play *p, const char *want, const char *name)
{
	struct play_calc_out o;
	struct diags d;
	char buf[256] = "";
	int k;

	diags_init(&d);
	if (play_calc(p, &o, &d) != 0)
		snprintf(buf, sizeof buf, "%s: %s", d.v[0].where, d.v[0].msg);
	for (k = 0; k < o.n; k++)
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%s",
		    k > 0 ? " " : "", o.value[k]);
	tap_is(buf, want, name);
	play_calc_free(&o);
	diags_free(&d);
}

static void
set_input(struct play *p, int k, const char *v)
{
	char **in = play_inputs(p);

	free(in[k]);
	in[k] = xstrdup(v);
}

static void
test_calc(void)
{
	struct module *m = load("saving-emergency");
	struct play p;

	if (!tap_ok(m != NULL, "saving-emergency loads"))
		return;
	play_init(&p, m, 0, 1, 0);
	while (p.phase == PLAY_PRE)
		play_next(&p);
	seek(&p, STEP_CHOICE);
	tap_ok(play_step(&p)->multiple, "saving-emergency: a choice of several");
	tap_ok(play_choose(&p, 0) == VERDICT_NONE && p.steps[p.step].ticked ==
	    1, "several: a choice only ticks");
	play_choose(&p, 2);
	tap_ok(play_confirm(&p) == VERDICT_RETRY, "1 and 3 ticked (1 and 2 are "
	    "right): try again");
	play_choose(&p, 2);
	play_choose(&p, 1);
	tap_ok(play_confirm(&p) == VERDICT_RIGHT, "1 and 2: right");
	seek(&p, STEP_CALCULATOR);
	tap_is(play_inputs(&p)[2], "24", "the inputs as the lesson gives them");
	tap_is(play_inputs(&p)[3], "", "initial, not given: empty");
	calc_is(&p, "1259.30 1200.00 59.30", "savings 50, 5%, 24 months");
	set_input(&p, 0, "75");
	set_input(&p, 1, "4.5");
	set_input(&p, 2, "36");
	set_input(&p, 3, "100");
	calc_is(&p, "2999.38 2800.00 199.38", "savings 75, 4.5%, 36 months, "
	    "100 at the start (as remit calc)");
	set_input(&p, 0, "12,5");
	calc_is(&p, "Deposit every month: \"12,5\": use a dot for decimals "
	    "and no thousands separator, e.g. 12.50", "a comma: remit calc's "
	    "message, named by the field's label, not --deposit");
	tap_ok(p.steps[p.step].bad_input == 0, "the field refused: the first");
	tap_ok(!p.steps[p.step].calculated, "and no result");
	set_input(&p, 0, "50");
	set_input(&p, 2, "0");
	calc_is(&p, "Months: \"0\": type a whole number of months from 1 "
	    "to 1200, e.g. 12", "0 months refused");
	tap_ok(p.steps[p.step].bad_input == 2, "the field refused: months");
	play_next(&p);
	seek(&p, STEP_CALCULATOR);
	calc_is(&p, "23 1204.28", "goal 1200 at 50 a month, 5%: 23 months");
	set_input(&p, 2, "0");
	calc_is(&p, "Goal to reach: \"0\": the target must be more than 0",
	    "a goal of 0 refused, in the learner's words");
	play_free(&p);
	module_free(m);
}

static struct module *
load_fixture(const char *id)
{
	struct diags d;
	struct module *m;
	char *path = xasprintf("%s/tests/fixtures/lessons-good/en/%s.json",
	    TOP_SRCDIR, id);

	diags_init(&d);
	m = module_load(path, &d);
	diags_free(&d);
	free(path);
	return m;
}

/* The mini module: q1 (A B C, right B), q2 (A B, right A), q3 (A B C D,
 * right D).  Seed 7 asks q3 as C B A D, then q2 as B A, then q1 as
 * A C B (xorshift32, Fisher-Yates from the end). */
static void
test_shuffle(const struct module *m)
{
	struct play p, p2;
	const struct quiz_question *q;

	play_init(&p, m, 0, 1, 0);
	play_seed(&p, 7);
	while (p.phase != PLAY_POST)
		play_next(&p);
	q = play_question(&p);
	tap_is(q->prompt, "Three?", "seed 7: the post-quiz starts with q3");
	tap_is(q->options[0], "C", "its options shuffled: C first");
	tap_ok(q->answer == 3 && play_qindex(&p) == 2, "its answer, D, "
	    "shown 4th; the module's question 3");
	play_answer(&p, 3);
	tap_ok(play_answered(&p, PHASE_POST, 2) == 3, "the 4th shown is "
	    "counted as the file's D");
	q = play_question(&p);
	tap_ok(strcmp(q->prompt, "Two?") == 0 && strcmp(q->options[0], "B")
	    == 0 && q->answer == 1, "then q2 as B A, right: the 2nd shown");
	play_answer(&p, 0);
	tap_ok(play_answered(&p, PHASE_POST, 1) == 1, "B shown 1st is the "
	    "file's B: wrong");
	q = play_question(&p);
	tap_ok(strcmp(q->prompt, "One?") == 0 && strcmp(q->options[1], "C")
	    == 0 && q->answer == 2, "then q1 as A C B, right: the 3rd shown");
	play_answer(&p, 2);
	tap_ok(play_answered(&p, PHASE_POST, 0) == 1, "the 3rd shown is the "
	    "file's B: right");
	score_is(&p, PHASE_POST, (size_t)-1, "66.67%", "2 of 3 right");
	play_back(&p);
	tap_ok(play_shown_answer(&p) == 2, "back on q1: the answer shown "
	    "where it was chosen");
	play_init(&p2, m, 0, 1, 0);
	play_seed(&p2, 7);
	tap_ok(p2.post[0].q == 2 && p2.post[1].q == 1 && p2.post[2].q == 0 &&
	    p2.post[2].opt[2] == 1, "the same seed: the same order");
	play_seed(&p2, 0);
	tap_ok(p2.post[0].q == 0 && p2.post[2].opt[3] == 3 &&
	    p2.post[0].view.options == p2.post[0].view.options &&
	    strcmp(p2.post[0].view.options[1], "B") == 0, "seed 0: the "
	    "file's order");
	play_free(&p2);
	play_free(&p);
	play_init(&p, m, 1, 4, 0);
	play_seed(&p, 7);
	tap_ok(play_reveal(&p) == -1 && !p.revealed, "facilitated: no "
	    "reveal during the pre-quiz");
	while (p.phase != PLAY_POST)
		play_next(&p);
	press(&p, "DA");
	tap_ok(play_count(&p, PHASE_POST, 2, 3) == 1 &&
	    play_count(&p, PHASE_POST, 2, 2) == 1, "tally in the post-quiz: "
	    "D is D, A shown first is the file's C");
	play_untally(&p);
	tap_ok(play_count(&p, PHASE_POST, 2, 2) == 0, "undo: the file's C "
	    "taken back");
	tap_ok(play_reveal(&p) == 0 && p.revealed, "after the lesson: r "
	    "reveals");
	play_free(&p);
}

/* A question no one answered is not asked: left out of the score. */
static void
test_not_asked(const struct module *m)
{
	struct play p;
	struct session_record r;
	long right, out_of;
	mpq_t v;

	play_init(&p, m, 1, 5, 0);
	press(&p, "BBBAA");
	play_next(&p);
	play_next(&p);
	score_is(&p, PHASE_PRE, (size_t)-1, "60.00%", "q2 and q3 not asked: "
	    "3 of 5, not 3 of 15");
	play_tally_of(&p, PHASE_PRE, (size_t)-1, &right, &out_of);
	tap_ok(right == 3 && out_of == 5, "3 of 5 right");
	mpq_init(v);
	tap_ok(play_share(&p, PHASE_PRE, 1, v) == -1, "q2: no share (not "
	    "asked)");
	tap_ok(play_score(&p, PHASE_POST, v) == -1, "no post-quiz: no score");
	mpq_clear(v);
	play_record(&p, &r);
	tap_ok(r.nanswers == 2, "the record: only q1's counts");
	play_record_free(&r);
	play_free(&p);
}

/* The handout before any calculator was used: no empty heading. */
static void
test_handout(const struct module *m)
{
	struct play p;
	char *h;

	play_init(&p, m, 0, 1, 0);
	h = play_handout(&p);
	tap_ok(strncmp(h, "A small module for the tests\n\nIn this lesson "
	    "you will learn to:\n  * Name every kind of step.\n", 93) == 0,
	    "handout: the title, then the objectives");
	tap_ok(strstr(h, "Your calculations") == NULL, "no calculator used: "
	    "no \"Your calculations\" heading");
	tap_ok(strstr(h, "My budget for a month\n  Money coming in each "
	    "month: ______________\n") != NULL, "a budget worksheet");
	tap_ok(strstr(h, "My savings goal\n") != NULL &&
	    strstr(h, "lender") == NULL, "a goal worksheet (a savings "
	    "calculator), no lender's questions");
	free(h);
	play_free(&p);
}

int
main(void)
{
	struct module *mini = load_fixture("mini");
	struct module *m = load("true-cost");

	if (!tap_ok(m != NULL, "true-cost loads"))
		return tap_done();
	test_self(m);
	test_choice(m);
	test_number(m);
	test_tolerance();
	test_tally(m);
	test_timer(m);
	test_calc();
	module_free(m);
	if (tap_ok(mini != NULL, "the mini fixture loads")) {
		test_shuffle(mini);
		test_not_asked(mini);
		test_handout(mini);
		module_free(mini);
	}
	return tap_done();
}
