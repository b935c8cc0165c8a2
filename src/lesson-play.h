/*
 * lesson-play.h - the lesson player's state machine, without a terminal.
 *
 * A struct play walks one module: the pre-quiz, every step of every
 * section, the post-quiz, then the end.  Self-paced, one person answers
 * each question once (play_answer); facilitated, the trainer adds the
 * group's answers one key press at a time (play_tally, play_untally),
 * never more than the number of participants for one question.  Either
 * way the answers are kept as counts per question and answer ("I don't
 * know" included), which is what the sessions store records, and the
 * scores are exact rationals: right answers / (participants x questions).
 *
 * Choice and number steps give a second try after a wrong answer; number
 * answers are compared exactly (|answer - typed| <= tolerance).  The
 * calculators run from the inputs as typed (play_calc), with the same
 * messages as `remit calc`.  Time is whatever the caller says it is
 * (play_clock, in seconds): the section timer is the difference.  No I/O.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_LESSON_PLAY_H
#define REMIT_LESSON_PLAY_H

#include <gmp.h>
#include <stddef.h>

#include "diag.h"
#include "lesson.h"
#include "store.h"

enum play_phase { PLAY_PRE, PLAY_STEPS, PLAY_POST, PLAY_END };

/* What an answer to a step earned. */
enum play_verdict {
	VERDICT_NONE,		/* not answered yet */
	VERDICT_RIGHT,
	VERDICT_RETRY,		/* wrong, a second try is left */
	VERDICT_WRONG,		/* wrong twice */
	VERDICT_INVALID		/* not a number: nothing counted */
};

#define PLAY_DONT_KNOW	(-1)	/* the answer "I don't know" */
#define PLAY_SLOTS	5	/* per question: "I don't know" + 4 */
#define PLAY_TRIES	2
#define PLAY_MAX_RESULTS 4

/* What the learner did at one step. */
struct play_step {
	int			 tries;
	enum play_verdict	 verdict;
	int			 chosen;	/* choice: last option, or -1 */
	unsigned		 ticked;	/* choice, multiple: a bit each */
	char			*typed;		/* number: last answer typed */
	char			*inputs[CALC_MAX_INPUTS]; /* calculator */
	int			 calculated;	/* the inputs gave a result */
	int			 bad_input;	/* the input refused, or -1 */
};

/* One calculator's result, labels translated. */
struct play_calc_out {
	int		 n;
	const char	*label[PLAY_MAX_RESULTS];
	char		*value[PLAY_MAX_RESULTS];
	const char	*unit[PLAY_MAX_RESULTS];	/* or NULL */
};

struct play_undo {
	enum play_phase	 phase;
	size_t		 q;
	int		 answer;
};

/* The post-quiz as it is asked: the questions in a shuffled order, each
 * with its options shuffled and its answer moved with them. */
struct play_shown {
	size_t			 q;		/* the module's question */
	int			 opt[PLAY_SLOTS - 1]; /* shown -> file's option */
	struct quiz_question	 view;		/* options as shown */
};

struct play {
	const struct module	*m;
	unsigned long		 seed;		/* of the post-quiz's order */
	struct play_shown	*post;		/* nquiz, in the order asked */
	int			 facilitated;
	long			 participants;
	enum play_phase		 phase;
	size_t			 q;		/* the question, in a quiz */
	size_t			 step;		/* the step, over all sections */
	size_t			 nsteps;
	struct play_step	*steps;
	long			*count[2];	/* [phase][q * PLAY_SLOTS + a + 1] */
	struct play_undo	*undo;
	size_t			 nundo;
	int			 revealed;	/* facilitated: answer shown */
	long			 now;		/* the caller's clock, s */
	long			 section_start;
	size_t			 section;	/* the section timed */
};

/* Starts a module at its pre-quiz (or its first step when it has no
 * quiz); participants is 1 when self-paced. */
void play_init(struct play *p, const struct module *m, int facilitated,
    long participants, long now);
/* Shuffles the post-quiz's questions and options again from seed: the
 * same seed gives the same order; 0 keeps the file's order. */
void play_seed(struct play *p, unsigned long seed);
/* The module's index of the current question, and the file's index of
 * option `shown` as the current question shows it (PLAY_DONT_KNOW stays;
 * -2 when it is not an option). */
size_t play_qindex(const struct play *p);
int play_option(const struct play *p, int shown);
/* The answer given to the current question (self-paced) as it is shown,
 * PLAY_DONT_KNOW, or -2. */
int play_shown_answer(const struct play *p);
/* Facilitated: shows or hides the right answer; -1 (nothing changes)
 * during the pre-quiz, where the answers stay hidden until the lesson is
 * over. */
int play_reveal(struct play *p);
/* Releases what play_init() allocated. */
void play_free(struct play *p);
/* Sets the clock (seconds, any origin) before an action or a draw. */
void play_clock(struct play *p, long now);

/* The current step (PLAY_STEPS only, else NULL) and its state. */
const struct step *play_step(const struct play *p);
struct play_step *play_step_state(struct play *p);
/* The section of the current step (PLAY_STEPS), else NULL; *index gets
 * its number when index is not NULL. */
const struct section *play_section(const struct play *p, size_t *index);
/* The current question (PLAY_PRE, PLAY_POST), else NULL; in the
 * post-quiz, as it is shown (options shuffled, answer moved). */
const struct quiz_question *play_question(const struct play *p);

/* Next and back: a question or a step; across phases.  Return 0, or -1
 * at either end. */
int play_next(struct play *p);
int play_back(struct play *p);

/* Self-paced quiz: this person's answer (0-based option or
 * PLAY_DONT_KNOW), then the next question.  -1 if not an answer. */
int play_answer(struct play *p, int answer);
/* Self-paced: the answer given to question q of a phase, PLAY_DONT_KNOW,
 * or -2 when none. */
int play_answered(const struct play *p, enum quiz_phase ph, size_t q);
/* Facilitated: one more participant gave this answer; -1 when it is not
 * an option or every participant has answered already. */
int play_tally(struct play *p, int answer);
/* Takes back the last tally press; -1 when there is none. */
int play_untally(struct play *p);
/* How many gave `answer` to question q in a phase. */
long play_count(const struct play *p, enum quiz_phase ph, size_t q,
    int answer);
/* How many answered question q (all answers, "I don't know" too). */
long play_answers_total(const struct play *p, enum quiz_phase ph, size_t q);

/* Choice step: choose option i (single) or, for multiple, tick or untick
 * it (VERDICT_NONE) and play_confirm(); a wrong answer is tried again. */
enum play_verdict play_choose(struct play *p, int i);
enum play_verdict play_confirm(struct play *p);
/* Number step: the typed answer; VERDICT_INVALID with a diagnostic when
 * it is not a number. */
enum play_verdict play_number(struct play *p, const char *typed,
    struct diags *d);

/* Runs the current calculator step on its inputs as typed (missing
 * optional ones count as 0); 0 and out filled (free with
 * play_calc_free), or -1 with the diagnostic `remit calc` would give,
 * named by the field's label, and the field in the step's bad_input. */
int play_calc(struct play *p, struct play_calc_out *out, struct diags *d);
/* The current calculator step's inputs as typed (filled from the step's
 * values the first time; "" for an optional input left out), or NULL. */
char **play_inputs(struct play *p);
void play_calc_free(struct play_calc_out *out);
/* The label of a calculator input ("deposit", ...), translated. */
const char *play_input_label(const char *name);

/* The handout: the module's title, its summary points and the
 * calculators the learner used (inputs and results), plain text wrapped
 * at 72 columns; the caller frees. */
char *play_handout(struct play *p);

/* The right answers' share of phase ph (0..1): over every question, or
 * one question (the module's index) when q < nquiz; -1 when nothing can
 * be scored.  A question no one answered was not asked: it is left out,
 * never counted as 0. */
int play_score(const struct play *p, enum quiz_phase ph, mpq_t out);
int play_share(const struct play *p, enum quiz_phase ph, size_t q,
    mpq_t out);
/* The right answers and the answers that could be right (participants x
 * questions asked) behind that share: "3 of 4 right". */
void play_tally_of(const struct play *p, enum quiz_phase ph, size_t q,
    long *right, long *out_of);
/* "60.00%": a share of 0..1 as a percentage with 2 decimals (caller
 * frees). */
char *play_pct(const mpq_t share);

/* Seconds since the current section began; nonzero when more than its
 * planned minutes. */
long play_elapsed(const struct play *p);
int play_over_time(const struct play *p);

/* Fills a session record for the store (date and place are the
 * caller's); free with play_record_free. */
void play_record(const struct play *p, struct session_record *r);
void play_record_free(struct session_record *r);

#endif
