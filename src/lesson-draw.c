/*
 * lesson-draw.c - drawing the body of the lesson screen: the quizzes
 * (the learner's options, or the group's answers as bars), each kind of
 * step, the end with the scores, the text fields and the presenter notes.
 * Facilitated, the text is bold in a centred column at most 60 wide, with
 * blank lines between paragraphs and options, for a projector.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "i18n.h"
#include "isocodes.h"
#include "lesson-ui.h"
#include "tui.h"

#define BIG_WIDTH	60
#define MARK_RIGHT	"\xe2\x9c\x93"

/* Where the body is drawn: a column, a cursor, a bottom line. */
struct body {
	int		y, x, w, end;
	int		big;		/* facilitator mode */
	enum tui_colour	text;
};

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

/* A paragraph, then a blank line in facilitator mode. */
static void
para(struct body *b, const char *s, enum tui_colour c)
{
	if (s == NULL || b->y >= b->end)
		return;
	b->y += tui_wrap(b->y, b->x, b->w, b->end - b->y, s, c);
	if (b->big)
		b->y++;
}

/* A line of a list with a clickable zone: `key` then acts on `item`. */
static void
item(struct body *b, const char *mark, const char *s, enum tui_colour c,
    int key, int it)
{
	int y0 = b->y, n, mw = tui_width(mark) + 1;

	if (b->y >= b->end)
		return;
	tui_put(b->y, b->x, mw, mark, c);
	n = tui_wrap(b->y, b->x + mw, b->w - mw, b->end - b->y, s, c);
	for (; b->y < y0 + n; b->y++)
		tui_zone_add(b->y, 0, COLS, key, it);
	if (b->big)
		b->y++;
}

static void
body_init(struct app *a, struct body *b)
{
	b->big = U(a)->facilitate;
	b->w = b->big && COLS - 4 > BIG_WIDTH ? BIG_WIDTH : COLS - 4;
	b->x = (COLS - b->w) / 2;
	b->y = 4;
	b->end = LINES - 4;
	b->text = b->big ? CLR_BIG : CLR_NORMAL;
}

/* A bar of n cells (of most), then the count. */
static void
bar(struct body *b, long n, long most)
{
	int cells = most > 0 ? (int)(n * (b->w - 12) / most) : 0;
	char *s = xasprintf("%ld", n);

	if (cells > 0) {
		attrset(tui_attr(CLR_BAR));
		mvhline(b->y, b->x + 4, ' ', cells);
		attrset(A_NORMAL);
	}
	tui_put(b->y, b->x + 5 + cells, 8, s, CLR_BIG);
	free(s);
	b->y++;
}

/* The group's answers to the question, as bars; the right one marked
 * once revealed. */
static void
draw_tally(struct app *a, struct body *b, const struct quiz_question *q)
{
	const struct play *p = P(a);
	enum quiz_phase ph = p->phase == PLAY_PRE ? PHASE_PRE : PHASE_POST;
	char mark[8];
	int i;
	char *s;

	for (i = 0; i < (int)q->noptions; i++) {
		snprintf(mark, sizeof mark, "%c%s", 'A' + i, p->revealed &&
		    i == q->answer ? MARK_RIGHT : " ");
		item(b, mark, q->options[i], p->revealed && i == q->answer ?
		    CLR_RIGHT : b->text, 0, -1);
		b->y--;
		bar(b, play_count(p, ph, play_qindex(p), play_option(p, i)),
		    p->participants);
	}
	item(b, "?", p->m->dont_know, b->text, 0, -1);
	b->y--;
	bar(b, play_count(p, ph, play_qindex(p), PLAY_DONT_KNOW),
	    p->participants);
	s = xasprintf(_("%ld of %ld have answered."), play_answers_total(p,
	    ph, play_qindex(p)), p->participants);
	para(b, s, CLR_DIM);
	free(s);
	if (p->revealed)
		para(b, q->explanation, CLR_RIGHT);
}

static void
draw_quiz(struct app *a, struct body *b)
{
	const struct quiz_question *q = play_question(P(a));
	int i, given = play_shown_answer(P(a));
	char mark[8];

	para(b, q->prompt, b->text);
	b->y++;
	if (U(a)->facilitate) {
		draw_tally(a, b, q);
		return;
	}
	for (i = 0; i <= (int)q->noptions; i++) {
		snprintf(mark, sizeof mark, "%s%c", (i == (int)q->noptions ?
		    PLAY_DONT_KNOW : i) == given ? ">" : " ",
		    i == (int)q->noptions ? '?' : '1' + i);
		item(b, mark, i == (int)q->noptions ? P(a)->m->dont_know :
		    q->options[i], i == a->sel ? CLR_SELECTED : b->text, '\r',
		    i);
	}
}

static void
draw_page(struct app *a, struct body *b, const struct step *st)
{
	int total, rows;

	para(b, st->title, CLR_BIG);
	if (!b->big)
		b->y++;
	rows = b->end - b->y;
	total = tui_wrap_count(b->w, st->text);
	if (U(a)->scroll > total - rows)
		U(a)->scroll = total - rows > 0 ? total - rows : 0;
	tui_wrap_from(b->y, b->x, b->w, U(a)->scroll, rows, st->text,
	    b->text);
	if (U(a)->scroll > 0)
		tui_put(b->y - 1, b->x + b->w, 1, "\xe2\x86\x91", CLR_DIM);
	if (U(a)->scroll + rows < total)
		tui_put(b->end - 1, b->x + b->w, 1, "\xe2\x86\x93", CLR_DIM);
}

/* The feedback of a choice step once answered. */
static void
draw_choice_verdict(struct app *a, struct body *b, const struct step *st)
{
	const struct play_step *s = &P(a)->steps[P(a)->step];
	const char *fb = s->chosen >= 0 && !st->multiple ?
	    st->options[s->chosen].feedback : NULL;
	size_t i;

	if (s->verdict == VERDICT_RIGHT && fb == NULL)
		para(b, _("Right."), CLR_RIGHT);
	else if (s->verdict == VERDICT_RETRY)
		para(b, _("Not quite. Try once more."), CLR_ERROR);
	else if (s->verdict == VERDICT_WRONG)
		para(b, _("Not this time. The right answer is marked."),
		    CLR_ERROR);
	para(b, fb, s->verdict == VERDICT_RIGHT ? CLR_RIGHT : CLR_DIM);
	/* After a second wrong try, only the mark says which is right: the
	 * right option's feedback praises whoever chose it. */
	if (!(U(a)->facilitate && P(a)->revealed))
		return;
	for (i = 0; i < st->noptions; i++)
		if (st->options[i].correct && (st->multiple ||
		    (int)i != s->chosen))
			para(b, st->options[i].feedback, CLR_DIM);
}

/* The mark before option i: its key, a tick box, a check when shown. */
static void
option_mark(struct app *a, const struct step *st, int i, char *buf,
    size_t size, int *right)
{
	const struct play_step *s = &P(a)->steps[P(a)->step];
	int shown = (U(a)->facilitate && P(a)->revealed) ||
	    s->verdict == VERDICT_WRONG || (s->verdict == VERDICT_RIGHT &&
	    (st->multiple || s->chosen == i));

	*right = shown && st->options[i].correct;
	if (st->multiple && !U(a)->facilitate)
		snprintf(buf, size, "[%c] %d", s->ticked & (1u << i) ? 'x' :
		    ' ', i + 1);
	else
		snprintf(buf, size, "%c%s", U(a)->facilitate ? 'A' + i :
		    '1' + i, *right ? MARK_RIGHT : " ");
}

static void
draw_choice(struct app *a, struct body *b, const struct step *st)
{
	char mark[16];
	int i, right;
	enum tui_colour c;

	para(b, st->prompt, b->text);
	b->y++;
	if (st->multiple && !b->big)
		para(b, _("Choose every right answer, then press Enter."),
		    CLR_DIM);
	for (i = 0; i < (int)st->noptions; i++) {
		option_mark(a, st, i, mark, sizeof mark, &right);
		c = right ? CLR_RIGHT : i == a->sel && !U(a)->facilitate ?
		    CLR_SELECTED : b->text;
		item(b, mark, st->options[i].text, c, st->multiple ? ' ' :
		    '\r', i);
	}
	b->y++;
	draw_choice_verdict(a, b, st);
}

static void
draw_number(struct app *a, struct body *b, const struct step *st)
{
	const struct play_step *s = &P(a)->steps[P(a)->step];
	int fin = s->verdict == VERDICT_RIGHT || s->verdict == VERDICT_WRONG;
	char *ans;
	int w;

	para(b, st->prompt, b->text);
	b->y++;
	if (U(a)->facilitate) {
		if (P(a)->revealed) {
			ans = xasprintf(_("Answer: %s %s"), st->answer_text,
			    st->unit != NULL ? st->unit : "");
			para(b, ans, CLR_RIGHT);
			free(ans);
			para(b, st->explanation, b->text);
		}
		return;
	}
	w = tui_put(b->y, b->x, b->w, _("Your answer: "), b->text);
	tui_cell(b->y, b->x + w, 20, fin ? s->typed : U(a)->field, CLR_INPUT,
	    ALIGN_PAD);
	tui_put(b->y, b->x + w + 21, b->w - w - 21, st->unit != NULL ?
	    st->unit : "", b->text);
	b->y += 2;
	if (s->verdict == VERDICT_RIGHT)
		para(b, _("Right."), CLR_RIGHT);
	else if (s->verdict == VERDICT_RETRY)
		para(b, _("Not quite. Try once more."), CLR_ERROR);
	else if (s->verdict == VERDICT_WRONG) {
		ans = xasprintf(_("Not this time. The answer is %s %s."),
		    st->answer_text, st->unit != NULL ? st->unit : "");
		para(b, ans, CLR_ERROR);
		free(ans);
	}
	if (fin)
		para(b, st->explanation, b->text);
}

/* The calculator's inputs, the reason beside the one that cannot be
 * used, then the results. */
static void
draw_calc(struct app *a, struct body *b, const struct step *st)
{
	char **in = play_inputs(P(a));
	struct play_calc_out o;
	struct diags d;
	char *msg = NULL, *s;
	size_t k;
	int w = 0, r, bad;

	diags_init(&d);
	if (play_calc(P(a), &o, &d) != 0)
		msg = diag_format(&d.v[0]);
	bad = P(a)->steps[P(a)->step].bad_input;
	para(b, st->prompt, b->text);
	b->y++;
	for (k = 0; k < st->ninputs; k++)
		if (tui_width(play_input_label(st->inputs[k].name)) > w)
			w = tui_width(play_input_label(st->inputs[k].name));
	for (k = 0; k < st->ninputs && b->y < b->end; k++, b->y++) {
		tui_put(b->y, b->x, w, play_input_label(st->inputs[k].name),
		    b->text);
		tui_cell(b->y, b->x + w + 2, 16, in[k], (int)k == a->sel ?
		    CLR_SELECTED : CLR_INPUT, ALIGN_PAD);
		tui_zone_add(b->y, 0, COLS, KEY_MOUSE, (int)k);
		if ((int)k == bad && msg != NULL && b->y + 1 < b->end)
			b->y += tui_wrap(b->y + 1, b->x + 2, b->w - 2,
			    b->end - b->y - 1, msg, CLR_ERROR);
	}
	b->y++;
	if (msg != NULL && bad < 0)
		para(b, msg, CLR_ERROR);
	for (r = 0; r < o.n; r++) {
		s = xasprintf("%s: %s%s", o.label[r], o.value[r], o.unit[r] !=
		    NULL ? o.unit[r] : "");
		para(b, s, CLR_RIGHT);
		free(s);
	}
	play_calc_free(&o);
	diags_free(&d);
	free(msg);
}

static void
draw_compare(struct app *a, struct body *b, const struct step *st)
{
	const struct corridor *c;
	size_t n;
	char *s;

	para(b, st->prompt, b->text);
	b->y++;
	c = ratebook_find(&a->rb, st->from, st->to, NULL, NULL, &n);
	s = xasprintf(_("Press Enter to see what each provider charges to "
	    "send %s %s from %s to %s."), st->amount_text, c != NULL ?
	    c->send_currency : "", country_name(country_by_alpha2(st->from)),
	    country_name(country_by_alpha2(st->to)));
	item(b, ">", s, CLR_SELECTED, '\r', -1);
	free(s);
}

static void
draw_summary(struct app *a, struct body *b, const struct step *st)
{
	size_t k;

	(void)a;
	para(b, st->title, CLR_BIG);
	b->y++;
	for (k = 0; k < st->npoints; k++)
		item(b, "\xc2\xb7", st->points[k], b->text, 0, -1);
}

static void
draw_step(struct app *a, struct body *b)
{
	const struct step *st = play_step(P(a));

	switch (st->kind) {
	case STEP_PAGE:		draw_page(a, b, st); break;
	case STEP_CHOICE:	draw_choice(a, b, st); break;
	case STEP_NUMBER:	draw_number(a, b, st); break;
	case STEP_CALCULATOR:	draw_calc(a, b, st); break;
	case STEP_COMPARE:	draw_compare(a, b, st); break;
	default:		draw_summary(a, b, st); break;
	}
}

/* "before 60.00% (12 of 20 right)", or "before not asked" when no one
 * answered; `counts` adds the right answers beside the percentage. */
static char *
share_text(const struct play *p, enum quiz_phase ph, size_t q, int counts)
{
	mpq_t v;
	char *pct, *s;
	long right, out_of;

	mpq_init(v);
	if ((q == (size_t)-1 ? play_score(p, ph, v) : play_share(p, ph, q,
	    v)) != 0)
		pct = xstrdup(_("not asked"));
	else {
		s = play_pct(v);
		play_tally_of(p, ph, q, &right, &out_of);
		pct = counts ? xasprintf(_("%s (%ld of %ld right)"), s, right,
		    out_of) : xstrdup(s);
		free(s);
	}
	mpq_clear(v);
	s = xasprintf(ph == PHASE_PRE ? _("before %s") : _("after %s"), pct);
	free(pct);
	return s;
}

/* The gain in points, when both scores exist. */
static void
draw_gain(const struct play *p, struct body *b)
{
	mpq_t pre, post;
	char *pct, *s;

	mpq_inits(pre, post, NULL);
	if (play_score(p, PHASE_PRE, pre) == 0 &&
	    play_score(p, PHASE_POST, post) == 0) {
		mpq_sub(post, post, pre);
		pct = play_pct(post);
		pct[strlen(pct) - 1] = '\0';
		s = xasprintf(_("Gain: %s%s points"), mpq_sgn(post) >= 0 ?
		    "+" : "", pct);
		para(b, s, CLR_BIG);
		free(s);
		free(pct);
	}
	mpq_clears(pre, post, NULL);
}

/* One line a question: its number and prompt (cut), its shares. */
static void
draw_question_shares(const struct play *p, struct body *b, size_t q)
{
	char *pre = share_text(p, PHASE_PRE, q, 0);
	char *post = share_text(p, PHASE_POST, q, 0);
	char *s = xasprintf(" %s, %s", pre, post);
	char *head = xasprintf("%zu. %s", q + 1, p->m->quiz[q].prompt);
	int w = tui_width(s);

	if (b->y < b->end) {
		tui_put(b->y, b->x, b->w - w, head, CLR_NORMAL);
		tui_put(b->y, b->x + b->w - w, w, s, CLR_BIG);
		b->y++;
	}
	free(head);
	free(s);
	free(pre);
	free(post);
}

/* Self-study: every question again, its right answer and why, in the
 * module's order, scrolled with the arrows. */
static void
draw_review(struct app *a, struct body *b)
{
	const struct module *m = P(a)->m;
	char *text = xstrdup(""), *t;
	int total, rows;
	size_t q;

	for (q = 0; q < m->nquiz; q++) {
		t = xasprintf("%s%zu. %s\n" MARK_RIGHT " %s\n%s\n\n", text,
		    q + 1, m->quiz[q].prompt,
		    m->quiz[q].options[m->quiz[q].answer],
		    m->quiz[q].explanation);
		free(text);
		text = t;
	}
	para(b, _("The questions again, with the right answers "
	    "(\xe2\x86\x91\xe2\x86\x93 to scroll):"), CLR_BIG);
	rows = b->end - b->y;
	total = tui_wrap_count(b->w, text);
	if (U(a)->scroll > total - rows)
		U(a)->scroll = total - rows > 0 ? total - rows : 0;
	if (rows > 0)
		tui_wrap_from(b->y, b->x, b->w, U(a)->scroll, rows, text,
		    b->text);
	if (U(a)->scroll + rows < total && rows > 0)
		tui_put(b->end - 1, b->x + b->w, 1, "\xe2\x86\x93", CLR_DIM);
	free(text);
}

/* The module's objectives, before its first question. */
static void
draw_intro(struct app *a, struct body *b)
{
	const struct module *m = P(a)->m;
	size_t k;

	para(b, _("In this lesson you will learn to:"), CLR_BIG);
	if (!b->big)
		b->y++;
	for (k = 0; k < m->nobjectives; k++)
		item(b, "\xc2\xb7", m->objectives[k], b->text, 0, -1);
	b->y++;
	para(b, _("Press Enter to begin."), CLR_DIM);
}

static void
draw_end(struct app *a, struct body *b)
{
	const struct play *p = P(a);
	char *pre = share_text(p, PHASE_PRE, (size_t)-1, 1);
	char *post = share_text(p, PHASE_POST, (size_t)-1, 1), *s;
	size_t q;

	s = xasprintf(U(a)->facilitate ? _("The group's score: %s, %s.") :
	    _("Your score: %s, %s."), pre, post);
	para(b, s, CLR_BIG);
	free(s);
	free(pre);
	free(post);
	draw_gain(p, b);
	b->y++;
	for (q = 0; U(a)->facilitate && q < p->m->nquiz; q++)
		draw_question_shares(p, b, q);
	if (U(a)->end_msg != NULL)
		para(b, U(a)->end_msg, U(a)->end_error ? CLR_ERROR :
		    CLR_RIGHT);
	if (!U(a)->facilitate && p->m->nquiz > 0) {
		b->y++;
		draw_review(a, b);
	}
}

/* The text field of a question to the trainer or learner. */
static void
draw_ask(struct app *a, struct body *b)
{
	const char *q = U(a)->ask == ASK_PARTICIPANTS ? _("How many people "
	    "are taking part? Type the number, then press Enter.") :
	    _("The handout's file name (then Enter; Esc to cancel):");

	para(b, q, b->text);
	b->y++;
	tui_cell(b->y, b->x, b->w < 48 ? b->w : 48, U(a)->field, CLR_INPUT,
	    ALIGN_PAD);
}

/* The presenter notes, in a marked box at the bottom. */
static void
draw_notes(struct app *a)
{
	const struct step *st = play_step(P(a));
	int y = LINES - 11, i;

	if (!U(a)->facilitate || !U(a)->notes)
		return;
	for (i = y; i < LINES - 3; i++)
		mvhline(i, 0, ' ', COLS);
	tui_fill(y, CLR_WARNING);
	tui_put(y, 2, COLS - 4, _("Presenter notes: only for you (p hides "
	    "them)"), CLR_WARNING);
	tui_wrap(y + 1, 2, COLS - 4, 7, st != NULL && st->notes != NULL ?
	    st->notes : _("No notes for this part."), CLR_NORMAL);
}

void
lesson_draw_body(struct app *a)
{
	struct body b;

	body_init(a, &b);
	if (U(a)->ask != ASK_NONE)
		draw_ask(a, &b);
	else if (U(a)->intro)
		draw_intro(a, &b);
	else if (P(a)->phase == PLAY_END)
		draw_end(a, &b);
	else if (P(a)->phase == PLAY_STEPS)
		draw_step(a, &b);
	else
		draw_quiz(a, &b);
	draw_notes(a);
}
