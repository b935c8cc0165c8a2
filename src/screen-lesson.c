/*
 * screen-lesson.c - one module played: the quizzes, the steps (page,
 * choice, number, calculator, compare, summary) and the end.  Self-paced,
 * the learner answers; facilitated, the text is large in a narrow column
 * for a projector, the trainer counts the group's answers (A-D, ?),
 * reveals them (r), sees the presenter notes on request (p) and the
 * section's timer.  The state lives in a struct play (lesson-play.c); this
 * file draws the header and the hints (the body: lesson-draw.c) and turns
 * keys into the player's actions.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "i18n.h"
#include "lesson-ui.h"
#include "tui.h"

static struct lesson_ui *
U(struct app *a)
{
	return a->lesson;
}

static struct play *
P(struct app *a)
{
	return &a->lesson->play;
}

/* "Question 2 of 4, before the lesson", "Step 3 of 15", ... */
static char *
position(const struct play *p)
{
	switch (p->phase) {
	case PLAY_PRE:
		return xasprintf(_("Before the lesson: question %zu of %zu"),
		    p->q + 1, p->m->nquiz);
	case PLAY_POST:
		return xasprintf(_("After the lesson: question %zu of %zu"),
		    p->q + 1, p->m->nquiz);
	case PLAY_STEPS:
		return xasprintf(_("Step %zu of %zu"), p->step + 1,
		    p->nsteps);
	default:
		return xstrdup(_("Results"));
	}
}

/* The section's title and, facilitated, its timer. */
static void
draw_section(struct app *a)
{
	const struct play *p = P(a);
	const struct section *s = play_section(p, NULL);
	long t = play_elapsed(p);
	char *timer;
	int w = 0;

	if (s == NULL)
		return;
	if (U(a)->facilitate) {
		timer = xasprintf(ngettext("%02ld:%02ld of %d minute",
		    "%02ld:%02ld of %d minutes", s->minutes), t / 60, t % 60,
		    s->minutes);
		w = tui_width(timer);
		tui_put(2, COLS - 1 - w, w, timer, play_over_time(p) ?
		    CLR_WARNING : CLR_DIM);
		free(timer);
	}
	tui_put(2, 1, COLS - w - 3, s->title, CLR_BIG);
}

static void
draw_head(struct app *a)
{
	char *pos = position(P(a));
	int w = tui_width(pos);

	tui_put(1, COLS - 1 - w, w, pos, CLR_DIM);
	tui_put(1, 1, COLS - w - 3, U(a)->m->title, CLR_NORMAL);
	free(pos);
	draw_section(a);
}

/* What the keys do here, on the line above the messages. */
static const char *
hint(struct app *a)
{
	const struct play *p = P(a);
	const struct step *st = play_step(p);

	if (U(a)->ask != ASK_NONE || U(a)->intro)
		return _("Enter: confirm");
	if (p->phase == PLAY_END)
		return a->opt.kiosk ? _("Enter: the lessons") :
		    _("Enter: the lessons  w: write a handout");
	if (U(a)->facilitate && p->phase == PLAY_PRE)
		return _("A-D ?: count an answer  u: undo  p: notes");
	if (U(a)->facilitate)
		return play_question(p) != NULL ? _("A-D ?: count an answer  "
		    "u: undo  r: reveal  p: notes") : _("r: reveal  "
		    "p: notes");
	if (play_question(p) != NULL)
		return _("1-4 or ?: answer  \xe2\x86\x91\xe2\x86\x93 Enter: "
		    "choose");
	if (st->kind == STEP_CHOICE)
		return st->multiple ? _("1-4 or Space: tick  Enter: check") :
		    _("1-4 or Enter: answer");
	if (st->kind == STEP_NUMBER)
		return _("Type the number, then Enter");
	if (st->kind == STEP_CALCULATOR)
		return _("\xe2\x86\x91\xe2\x86\x93: field  type to change it");
	return _("\xe2\x86\x91\xe2\x86\x93: scroll");
}

static void
lesson_draw(struct app *a)
{
	if (U(a) == NULL || U(a)->m == NULL)
		return;
	play_clock(P(a), app_clock_s());
	lesson_ui_notes_sync(a);
	draw_head(a);
	tui_put(LINES - 3, 1, COLS - 2, hint(a), CLR_DIM);
	lesson_draw_body(a);
}

/* ---- keys ------------------------------------------------------------ */

/* After a move: a fresh field, selection and scroll; the end handled. */
static void
moved(struct app *a)
{
	a->sel = 0;
	U(a)->scroll = 0;
	U(a)->leaving = 0;
	memset(U(a)->field, 0, sizeof U(a)->field);
	app_message(a, NULL);
	if (P(a)->phase == PLAY_END)
		lesson_ui_end(a);
}

static int
busy(struct app *a)
{
	return U(a) == NULL || U(a)->m == NULL || U(a)->ask != ASK_NONE ||
	    U(a)->intro;
}

static enum key_result
key_next(struct app *a)
{
	if (U(a) != NULL && U(a)->intro && U(a)->ask == ASK_NONE) {
		U(a)->intro = 0;
		return KEY_DONE;
	}
	if (busy(a))
		return KEY_IGNORED;
	if (play_next(P(a)) == 0)
		moved(a);
	return KEY_DONE;
}

static enum key_result
key_back(struct app *a)
{
	if (busy(a))
		return KEY_IGNORED;
	if (play_back(P(a)) == 0)
		moved(a);
	return KEY_DONE;
}

/* The number of items Up and Down move among. */
static int
items_here(struct app *a)
{
	const struct quiz_question *q = play_question(P(a));
	const struct step *st = play_step(P(a));

	if (q != NULL)
		return U(a)->facilitate ? 0 : (int)q->noptions + 1;
	if (st == NULL)
		return 0;
	if (st->kind == STEP_CHOICE)
		return (int)st->noptions;
	return st->kind == STEP_CALCULATOR ? (int)st->ninputs : 0;
}

static enum key_result
key_move(struct app *a, int delta)
{
	int n;

	if (busy(a))
		return KEY_IGNORED;
	if ((n = items_here(a)) > 0)
		list_move(a, n, delta);
	else if (delta > 0)
		U(a)->scroll++;
	else if (U(a)->scroll > 0)
		U(a)->scroll--;
	return KEY_DONE;
}

static enum key_result key_up(struct app *a) { return key_move(a, -1); }
static enum key_result key_down(struct app *a) { return key_move(a, 1); }

/* Answers option i (PLAY_DONT_KNOW too) of a quiz or a choice step. */
static enum key_result
answer(struct app *a, int i)
{
	const struct step *st = play_step(P(a));

	if (play_question(P(a)) != NULL) {
		if (play_answer(P(a), i) == 0)
			moved(a);
		return KEY_DONE;
	}
	if (st == NULL || st->kind != STEP_CHOICE || i < 0)
		return KEY_IGNORED;
	a->sel = i;
	play_choose(P(a), i);
	return KEY_DONE;
}

static enum key_result
key_digit(struct app *a, int i)
{
	const struct step *st = play_step(P(a));

	if (busy(a) || U(a)->facilitate || (st != NULL &&
	    st->kind != STEP_CHOICE))
		return KEY_IGNORED;
	return answer(a, i);
}

static enum key_result k1(struct app *a) { return key_digit(a, 0); }
static enum key_result k2(struct app *a) { return key_digit(a, 1); }
static enum key_result k3(struct app *a) { return key_digit(a, 2); }
static enum key_result k4(struct app *a) { return key_digit(a, 3); }

/* Facilitated quiz: one answer counted. */
static enum key_result
key_tally(struct app *a, int i)
{
	if (busy(a) || !U(a)->facilitate || play_question(P(a)) == NULL)
		return KEY_IGNORED;
	app_message(a, NULL);
	if (play_tally(P(a), i) != 0)
		app_message(a, _("Every participant has answered this "
		    "question: u takes back the last answer."));
	return KEY_DONE;
}

static enum key_result ka(struct app *a) { return key_tally(a, 0); }
static enum key_result kb(struct app *a) { return key_tally(a, 1); }
static enum key_result kc(struct app *a) { return key_tally(a, 2); }
static enum key_result kd(struct app *a) { return key_tally(a, 3); }

static enum key_result
key_dont_know(struct app *a)
{
	if (busy(a) || play_question(P(a)) == NULL)
		return KEY_IGNORED;
	if (U(a)->facilitate)
		return key_tally(a, PLAY_DONT_KNOW);
	return answer(a, PLAY_DONT_KNOW);
}

static enum key_result
key_participants(struct app *a)
{
	char *end;
	long n = strtol(U(a)->field, &end, 10);

	if (U(a)->field[0] < '0' || U(a)->field[0] > '9' || *end != '\0' ||
	    n < 1 || n > STORE_MAX_PARTICIPANTS) {
		app_message(a, _("Type a whole number of people, from 1 to "
		    "10000."));
		return KEY_DONE;
	}
	P(a)->participants = n;
	U(a)->ask = ASK_NONE;
	moved(a);
	return KEY_DONE;
}

static enum key_result
key_ask(struct app *a)
{
	if (U(a)->ask == ASK_PARTICIPANTS)
		return key_participants(a);
	if (U(a)->field[0] == '\0')
		return KEY_DONE;
	U(a)->ask = ASK_NONE;
	lesson_ui_handout(a, U(a)->field);
	memset(U(a)->field, 0, sizeof U(a)->field);
	return KEY_DONE;
}

static enum key_result
key_number(struct app *a)
{
	struct diags d;
	char *msg;

	diags_init(&d);
	if (play_number(P(a), U(a)->field, &d) == VERDICT_INVALID) {
		msg = diag_format(&d.v[0]);
		app_message(a, msg);
		free(msg);
	} else {
		app_message(a, NULL);
		memset(U(a)->field, 0, sizeof U(a)->field);
	}
	diags_free(&d);
	return KEY_DONE;
}

/* Enter on a step: answer, check, open the comparison, or go on. */
static enum key_result
key_enter_step(struct app *a, const struct step *st)
{
	if (U(a)->facilitate && st->kind != STEP_COMPARE)
		return key_next(a);
	switch (st->kind) {
	case STEP_CHOICE:
		if (st->multiple)
			play_confirm(P(a));
		else
			play_choose(P(a), a->sel);
		return KEY_DONE;
	case STEP_NUMBER:
		return key_number(a);
	case STEP_COMPARE:
		lesson_ui_compare(a);
		return KEY_DONE;
	default:
		return key_next(a);
	}
}

static enum key_result
key_enter(struct app *a)
{
	const struct quiz_question *q;

	if (U(a) == NULL || U(a)->m == NULL)
		return KEY_IGNORED;
	if (U(a)->ask != ASK_NONE)
		return key_ask(a);
	if (U(a)->intro) {
		U(a)->intro = 0;
		return KEY_DONE;
	}
	if (P(a)->phase == PLAY_END) {
		lesson_ui_reset(a);
		app_goto(a, SCR_MODULES);
		return KEY_DONE;
	}
	if ((q = play_question(P(a))) != NULL)
		return U(a)->facilitate ? key_next(a) : answer(a, a->sel ==
		    (int)q->noptions ? PLAY_DONT_KNOW : a->sel);
	return key_enter_step(a, play_step(P(a)));
}

static enum key_result
key_space(struct app *a)
{
	const struct step *st = play_step(P(a));

	if (busy(a) || st == NULL || st->kind != STEP_CHOICE ||
	    !st->multiple || U(a)->facilitate)
		return KEY_IGNORED;
	play_choose(P(a), a->sel);
	return KEY_DONE;
}

/* The text being typed here: a field or a calculator input; NULL. */
static char *
typing(struct app *a, size_t *size)
{
	const struct step *st;
	char **in;

	*size = LESSON_FIELD_MAX;
	if (U(a) == NULL || U(a)->m == NULL)
		return NULL;
	if (U(a)->ask != ASK_NONE)
		return U(a)->field;
	if ((st = play_step(P(a))) == NULL)
		return NULL;
	if (st->kind == STEP_NUMBER && !U(a)->facilitate)
		return U(a)->field;
	if (st->kind != STEP_CALCULATOR || (in = play_inputs(P(a))) == NULL ||
	    a->sel < 0 || (size_t)a->sel >= st->ninputs)
		return NULL;
	in[a->sel] = xreallocarray(in[a->sel], 1, LESSON_FIELD_MAX);
	return in[a->sel];
}

static enum key_result
key_erase(struct app *a)
{
	size_t size, n;
	char *f;

	if (!busy(a) && U(a)->facilitate && play_question(P(a)) != NULL) {
		play_untally(P(a));
		return KEY_DONE;
	}
	if ((f = typing(a, &size)) != NULL && (n = strlen(f)) > 0)
		f[n - 1] = '\0';
	return KEY_DONE;
}

static enum key_result
key_undo(struct app *a)
{
	if (busy(a) || !U(a)->facilitate)
		return KEY_IGNORED;
	app_message(a, NULL);
	play_untally(P(a));
	return KEY_DONE;
}

static enum key_result
key_reveal(struct app *a)
{
	if (busy(a) || !U(a)->facilitate)
		return KEY_IGNORED;
	if (play_reveal(P(a)) != 0)
		app_message(a, _("Reveal after the lesson: the answers stay "
		    "hidden until the group has had the lesson."));
	return KEY_DONE;
}

static enum key_result
key_notes(struct app *a)
{
	if (busy(a) || !U(a)->facilitate)
		return KEY_IGNORED;
	U(a)->notes = !U(a)->notes;
	return KEY_DONE;
}

static enum key_result
key_handout(struct app *a)
{
	if (busy(a) || P(a)->phase != PLAY_END)
		return KEY_IGNORED;
	U(a)->ask = ASK_HANDOUT;
	memset(U(a)->field, 0, sizeof U(a)->field);
	return KEY_DONE;
}

static enum key_result
key_escape(struct app *a)
{
	if (U(a) != NULL && U(a)->ask == ASK_HANDOUT) {
		U(a)->ask = ASK_NONE;
		return KEY_DONE;
	}
	if (U(a) != NULL && U(a)->m != NULL && U(a)->facilitate &&
	    !U(a)->ended && P(a)->nundo > 0 && !U(a)->leaving) {
		U(a)->leaving = 1;
		app_message(a, _("The group's answers are not recorded yet: Esc "
		    "again leaves without them."));
		return KEY_DONE;
	}
	lesson_ui_reset(a);
	app_goto(a, SCR_MODULES);
	return KEY_DONE;
}

static enum key_result
lesson_text(struct app *a, int ch)
{
	size_t size, n;
	char *f = typing(a, &size);

	if (f == NULL || (n = strlen(f)) + 1 >= size)
		return KEY_DONE;
	f[n] = (char)ch;
	f[n + 1] = '\0';
	app_message(a, NULL);
	return KEY_DONE;
}

/* Keys that may mean two things come first: the action that does not
 * apply returns KEY_IGNORED and the next one with the key is tried. */
static const struct key_binding lesson_keys[] = {
	{ KEY_LEFT, "\xe2\x86\x90\xe2\x86\x92", N_("Back, next"), key_back,
	    0 },
	{ KEY_RIGHT, NULL, NULL, key_next, 0 },
	{ KEY_PPAGE, NULL, NULL, key_back, 0 },
	{ KEY_NPAGE, NULL, NULL, key_next, 0 },
	{ KEY_UP, NULL, NULL, key_up, 0 },
	{ KEY_DOWN, NULL, NULL, key_down, 0 },
	{ '\r', NULL, NULL, key_enter, 0 },
	{ ' ', NULL, NULL, key_space, 0 },
	{ '1', NULL, NULL, k1, 0 }, { '2', NULL, NULL, k2, 0 },
	{ '3', NULL, NULL, k3, 0 }, { '4', NULL, NULL, k4, 0 },
	{ '?', NULL, NULL, key_dont_know, 0 },
	{ 'A', NULL, NULL, ka, 0 }, { 'B', NULL, NULL, kb, 0 },
	{ 'C', NULL, NULL, kc, 0 }, { 'D', NULL, NULL, kd, 0 },
	{ 'a', NULL, NULL, ka, 0 }, { 'b', NULL, NULL, kb, 0 },
	{ 'c', NULL, NULL, kc, 0 }, { 'd', NULL, NULL, kd, 0 },
	{ 'b', NULL, NULL, key_back, 0 },
	{ 'n', NULL, NULL, key_next, 0 },
	{ 'u', NULL, NULL, key_undo, 0 },
	{ 'r', NULL, NULL, key_reveal, 0 },
	{ 'p', NULL, NULL, key_notes, 0 },
	{ 'w', NULL, NULL, key_handout, KB_NOT_KIOSK },
	{ KEY_BACKSPACE, NULL, NULL, key_erase, 0 },
	{ 27, "Esc", N_("Lessons"), key_escape, 0 },
	{ 0, NULL, NULL, NULL, 0 }
};

const struct screen screen_lesson = {
	N_("Lesson"), lesson_draw, lesson_keys, lesson_text
};
