/*
 * screen-lesson.c - one module played: the quizzes, the steps (page,
 * choice, number, calculator, compare, summary) and the end.  Self-paced,
 * the learner answers; facilitated, the text is large in a narrow column
 * for a projector, the trainer counts the group's answers (A-D, ?),
 * reveals them (r), sees the presenter notes on request (p) and the
 * section's timer.  The state lives in a struct play (lesson-play.c); this
 * file only draws it and turns keys into its actions.
 */
#include "config.h"

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
		bar(b, play_count(p, ph, p->q, i), p->participants);
	}
	item(b, "?", p->m->dont_know, b->text, 0, -1);
	b->y--;
	bar(b, play_count(p, ph, p->q, PLAY_DONT_KNOW), p->participants);
	s = xasprintf(_("%ld of %ld have answered."), play_answers_total(p,
	    ph, p->q), p->participants);
	para(b, s, CLR_DIM);
	free(s);
	if (p->revealed)
		para(b, q->explanation, CLR_RIGHT);
}

static void
draw_quiz(struct app *a, struct body *b)
{
	const struct quiz_question *q = play_question(P(a));
	enum quiz_phase ph = P(a)->phase == PLAY_PRE ? PHASE_PRE : PHASE_POST;
	int i, given = play_answered(P(a), ph, P(a)->q);
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
	size_t i;

	if (s->verdict == VERDICT_RIGHT)
		para(b, _("Right."), CLR_RIGHT);
	else if (s->verdict == VERDICT_RETRY)
		para(b, _("Not quite. Try once more."), CLR_ERROR);
	else if (s->verdict == VERDICT_WRONG)
		para(b, _("Not this time. The right answer is marked."),
		    CLR_ERROR);
	if (s->chosen >= 0 && !st->multiple)
		para(b, st->options[s->chosen].feedback, CLR_DIM);
	if (s->verdict != VERDICT_WRONG && !(U(a)->facilitate &&
	    P(a)->revealed))
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

/* The results of the calculator, or why the inputs cannot be used. */
static void
draw_calc_result(struct app *a, struct body *b)
{
	struct play_calc_out o;
	struct diags d;
	char *s;
	int k;

	diags_init(&d);
	if (play_calc(P(a), &o, &d) != 0) {
		s = diag_format(&d.v[0]);
		para(b, s, CLR_ERROR);
		free(s);
	}
	for (k = 0; k < o.n; k++) {
		s = xasprintf("%s: %s%s", o.label[k], o.value[k], o.unit[k] !=
		    NULL ? o.unit[k] : "");
		para(b, s, CLR_RIGHT);
		free(s);
	}
	play_calc_free(&o);
	diags_free(&d);
}

static void
draw_calc(struct app *a, struct body *b, const struct step *st)
{
	char **in = play_inputs(P(a));
	size_t k;
	int w = 0;

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
	}
	b->y++;
	draw_calc_result(a, b);
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

/* "before 60.00%" or "before: no answers". */
static char *
share_text(const struct play *p, enum quiz_phase ph, size_t q)
{
	mpq_t v;
	char *pct, *s;

	mpq_init(v);
	if ((q == (size_t)-1 ? play_score(p, ph, v) : play_share(p, ph, q,
	    v)) != 0)
		pct = xstrdup(_("no answers"));
	else
		pct = play_pct(v);
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

static void
draw_end(struct app *a, struct body *b)
{
	const struct play *p = P(a);
	char *pre = share_text(p, PHASE_PRE, (size_t)-1);
	char *post = share_text(p, PHASE_POST, (size_t)-1), *s;
	size_t q;

	s = xasprintf(U(a)->facilitate ? _("The group's score: %s, %s.") :
	    _("Your score: %s, %s."), pre, post);
	para(b, s, CLR_BIG);
	free(s);
	free(pre);
	free(post);
	draw_gain(p, b);
	b->y++;
	for (q = 0; U(a)->facilitate && q < p->m->nquiz; q++) {
		pre = share_text(p, PHASE_PRE, q);
		post = share_text(p, PHASE_POST, q);
		s = xasprintf("%zu. %s: %s, %s", q + 1, p->m->quiz[q].id, pre,
		    post);
		para(b, s, b->text);
		free(s);
		free(pre);
		free(post);
	}
	if (U(a)->end_msg != NULL)
		para(b, U(a)->end_msg, U(a)->end_error ? CLR_ERROR :
		    CLR_RIGHT);
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

/* What the keys do here, on the line above the messages. */
static const char *
hint(struct app *a)
{
	const struct play *p = P(a);
	const struct step *st = play_step(p);

	if (U(a)->ask != ASK_NONE)
		return _("Enter: confirm");
	if (p->phase == PLAY_END)
		return a->opt.kiosk ? _("Enter: the lessons") :
		    _("Enter: the lessons  w: write a handout");
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
	struct body b;

	if (U(a) == NULL || U(a)->m == NULL)
		return;
	play_clock(P(a), app_clock_s());
	body_init(a, &b);
	draw_head(a);
	if (U(a)->ask != ASK_NONE)
		draw_ask(a, &b);
	else if (P(a)->phase == PLAY_END)
		draw_end(a, &b);
	else if (P(a)->phase == PLAY_STEPS)
		draw_step(a, &b);
	else
		draw_quiz(a, &b);
	tui_put(LINES - 3, 1, COLS - 2, hint(a), CLR_DIM);
	draw_notes(a);
}

/* ---- keys ------------------------------------------------------------ */

/* After a move: a fresh field, selection and scroll; the end handled. */
static void
moved(struct app *a)
{
	a->sel = 0;
	U(a)->scroll = 0;
	memset(U(a)->field, 0, sizeof U(a)->field);
	app_message(a, NULL);
	if (P(a)->phase == PLAY_END)
		lesson_ui_end(a);
}

static int
busy(struct app *a)
{
	return U(a) == NULL || U(a)->m == NULL || U(a)->ask != ASK_NONE;
}

static enum key_result
key_next(struct app *a)
{
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
	P(a)->revealed = !P(a)->revealed;
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
