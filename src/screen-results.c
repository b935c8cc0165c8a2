/*
 * screen-results.c - every provider ranked by what it really costs:
 * provider, they receive, you pay in all, fee, rate, total cost %, speed.
 * The best is marked, quotes over 5% carry a symbol and a colour, providers
 * that do not disclose their rate carry a warning, unavailable ones say why.  The
 * table's date and source stay on screen.  The answer comes first, in
 * one sentence (answer.h); every row says how the money arrives, under
 * the name on 80 columns or in a column on wide terminals; numbers are
 * written the language's way (numfmt.h).
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "app.h"
#include "i18n.h"
#include "isocodes.h"
#include "numfmt.h"
#include "slip.h"
#include "speech.h"
#include "tui.h"

enum col { COL_RECV, COL_PAYS, COL_FEE, COL_RATE, COL_PCT, LAST_COL };

#define MARK_BEST	"\xe2\x9c\x93"	/* check mark */
#define MARK_OVER	"!"
#define MARK_HIDDEN	"?"

/* What `s` steps through; the first is the spec's ranking. */
static const enum quote_sort sorts[] = {
	SORT_COST, SORT_RECEIVED, SORT_FEE, SORT_SPEED, SORT_NAME
};
#define NSORTS ((int)(sizeof sorts / sizeof sorts[0]))

static const unsigned payout_cycle[] = {
	PAYOUT_ANY, PAYOUT_CASH, PAYOUT_ACCOUNT, PAYOUT_WALLET
};

static const char *
payout_label(unsigned bits)
{
	switch (bits) {
	case PAYOUT_CASH:	return _("cash to pick up");
	case PAYOUT_ACCOUNT:	return _("into a bank account");
	case PAYOUT_WALLET:	return _("into a mobile wallet");
	default:		return _("any way");
	}
}

/* The text of a cell; the caller frees. */
static char *
cell(const struct comparison *cmp, size_t i, enum col col)
{
	const struct quote_text *t = &cmp->text[i];

	char *n, *s;

	switch (col) {
	case COL_RECV:
		if (!cmp->quotes[i].estimate)
			return numfmt_local(t->received);
		n = numfmt_local(t->received);
		s = xasprintf("\xe2\x89\x88%s", n);
		free(n);
		return s;
	case COL_PAYS:	return numfmt_local(t->sender_pays);
	case COL_FEE:	return numfmt_local(t->fee);
	case COL_RATE:	return numfmt_local(t->rate);
	default:
		n = numfmt_local(t->total_cost_pct);
		s = xasprintf("%s%%%s", n, cmp->quotes[i].over_5pct ?
		    MARK_OVER : " ");
		free(n);
		return s;
	}
}

/* How the money arrives, in words: "wallet", "cash, account". */
static const char *const arrive_words[] = {
	/* TRANSLATORS: "arrives|" is a context, leave it out of the
	 * translation: one short word for the results' "Arrives" column. */
	N_("arrives|cash"), N_("arrives|account"), N_("arrives|wallet")
};

/* The translation of an "arrives|" word, without the context. */
static const char *
arrive_word(int k)
{
	const char *t = _(arrive_words[k]), *bar = strchr(t, '|');

	return bar != NULL ? bar + 1 : t;
}

static char *
arrives(const struct provider *p)
{
	char *s = xstrdup(""), *t;
	int k;

	for (k = 0; k < 3; k++) {
		if (!(p->payout & (1u << k)))
			continue;
		t = xasprintf("%s%s%s", s, *s != '\0' ? ", " : "",
		    arrive_word(k));
		free(s);
		s = t;
	}
	return s;
}

static char *
heading(const struct corridor *c, enum col col)
{
	switch (col) {
	case COL_RECV:	return xasprintf(_("Gets %s"), c->receive_currency);
	case COL_PAYS:	return xasprintf(_("Pays %s"), c->send_currency);
	case COL_FEE:	return xstrdup(_("Fee"));
	case COL_RATE:	return xstrdup(_("Rate"));
	default:	return xstrdup(_("Cost %"));
	}
}

/* The widest text of each column. */
struct layout {
	int	w[LAST_COL];		/* the numbers */
	int	name_w, arrives_w, speed_w;
	int	lines;			/* per provider: 1, or 2 when how
					   and how fast go under the name */
};

/* The name column stops growing here on wide terminals, so the numbers
 * sit next to the names. */
#define NAME_MAX_W	32

static int
widest_name(const struct comparison *cmp)
{
	int w = tui_width(_("Provider")), k;
	size_t i;

	for (i = 0; i < cmp->n; i++) {
		k = tui_width(cmp->quotes[i].provider->name) + 2;
		w = k > w ? k : w;
	}
	return w;
}

static void
widest_words(const struct comparison *cmp, struct layout *l)
{
	size_t i;
	char *s;
	int k;

	l->speed_w = tui_width(_("Speed"));
	l->arrives_w = tui_width(_("Arrives"));
	for (i = 0; i < cmp->n; i++) {
		k = tui_width(speed_label(cmp->quotes[i].provider->speed));
		l->speed_w = k > l->speed_w ? k : l->speed_w;
		s = arrives(cmp->quotes[i].provider);
		k = tui_width(s);
		l->arrives_w = k > l->arrives_w ? k : l->arrives_w;
		free(s);
	}
}

/* Column widths: each numeric column as wide as its widest cell; the
 * name as wide as the widest, at most NAME_MAX_W.  When the name, how the
 * money arrives and the speed fit beside the numbers, one line a
 * provider; otherwise two, how and how fast going under the name. */
static void
widths(const struct comparison *cmp, struct layout *l)
{
	int rest = COLS - 3, k, want;
	size_t i;
	char *s;

	for (k = 0; k < LAST_COL; k++) {
		s = heading(cmp->corridor, (enum col)k);
		l->w[k] = tui_width(s);
		free(s);
		for (i = 0; i < cmp->n; i++) {
			if (!cmp->quotes[i].available)
				continue;
			s = cell(cmp, i, (enum col)k);
			if (tui_width(s) > l->w[k])
				l->w[k] = tui_width(s);
			free(s);
		}
		rest -= l->w[k] + 1;
	}
	widest_words(cmp, l);
	want = widest_name(cmp);
	want = want < NAME_MAX_W ? want : NAME_MAX_W;
	l->lines = want + l->arrives_w + l->speed_w + 3 > rest ? 2 : 1;
	l->name_w = rest - (l->lines == 1 ? 3 + l->arrives_w + l->speed_w :
	    0);
	if (l->name_w > want)
		l->name_w = want;
}

/* The request and the mid-market rate from line y, the request wrapped
 * on up to two lines; returns the lines used. */
static int
draw_head(struct app *a, int y)
{
	const struct comparison *cmp = &a->cmp;
	const struct corridor *c = cmp->corridor;
	char *s, *n;
	int lines;

	n = numfmt_local(cmp->amount_text);
	s = xasprintf(cmp->inverse ? _("%s \xe2\x86\x92 %s: the family "
	    "receives at least %s %s, %s") : _("%s \xe2\x86\x92 %s: you send "
	    "%s %s, %s"), country_name(country_by_alpha2(c->from)),
	    country_name(country_by_alpha2(c->to)), n,
	    cmp->inverse ? c->receive_currency : c->send_currency,
	    payout_label(a->payout));
	lines = tui_wrap(y, 1, COLS - 2, 2, s, CLR_NORMAL);
	free(s);
	free(n);
	n = numfmt_local(c->reference_rate_text);
	s = xasprintf(_("Mid-market rate: 1 %s = %s %s"), c->send_currency,
	    n, c->receive_currency);
	tui_put(y + lines, 1, COLS - 2, s, CLR_DIM);
	free(s);
	free(n);
	return lines + 1;
}

/* The answer in one sentence, bold, on its own lines from y; returns the
 * lines used. */
static int
draw_answer(struct app *a, int y)
{
	struct numstyle st;
	size_t i;
	char *s;
	int n;

	for (i = 0; i < a->cmp.n && a->cmp.quotes[i].provider != a->best;
	    i++)
		;
	numstyle_current(&st);
	s = answer_sentence(&a->cmp, i, a->payout, &st);
	if (s == NULL)
		s = xstrdup(_("No provider offers this transfer: press p to "
		    "choose another way to receive it, or Esc."));
	n = tui_wrap(y, 1, COLS - 2, 3, s, CLR_BIG);
	free(s);
	return n;
}

/* Under the name on narrow terminals: how the money arrives and how
 * fast, in words ("into a mobile wallet; under 1 hour"). */
static void
draw_how(struct app *a, int y, size_t i, enum tui_colour base)
{
	const struct quote *q = &a->cmp.quotes[i];
	char *how = answer_payout(q, PAYOUT_ANY), *s;

	/* TRANSLATORS: under a provider's name in the results: how the
	 * money arrives, then how fast ("into a mobile wallet; under 1
	 * hour"). */
	s = xasprintf(_("%s; %s"), how, speed_label(q->provider->speed));
	if (tui_width(s) > COLS - 6) {	/* the short words, not a cut */
		free(s);
		free(how);
		how = arrives(q->provider);
		s = xasprintf(_("%s; %s"), how, speed_label(
		    q->provider->speed));
	}
	tui_put(y, 5, COLS - 6, s, base == CLR_NORMAL ? CLR_DIM : base);
	free(s);
	free(how);
}

static void
draw_quote(struct app *a, int y, size_t i, const struct layout *l)
{
	const struct comparison *cmp = &a->cmp;
	const struct quote *q = &cmp->quotes[i];
	enum tui_colour base = (int)i == a->sel ? CLR_SELECTED : CLR_NORMAL;
	int x = 3, k;
	char *s;

	for (k = 0; k < l->lines; k++) {
		if (base == CLR_SELECTED)
			tui_fill(y + k, CLR_SELECTED);
		tui_zone_add(y + k, 0, COLS, '\r', (int)i);
	}
	if (!q->available) {
		tui_put(y, 1, 1, "-", CLR_DIM);
		tui_put(y, x, l->name_w, q->provider->name, base ==
		    CLR_NORMAL ? CLR_DIM : base);
		if (l->lines == 1)
			x += l->name_w + 1;
		else
			y++;
		s = xasprintf(_("not offered: %s"), cmp->text[i].reason);
		tui_put(y, x, COLS - x - 1, s, base == CLR_NORMAL ? CLR_DIM :
		    base);
		free(s);
		return;
	}
	if (q->provider == a->best)
		tui_put(y, 1, 1, MARK_BEST, CLR_CHEAPEST);
	k = tui_put(y, x, q->provider->transparent ? l->name_w :
	    l->name_w - 2, q->provider->name, q->provider == a->best &&
	    base == CLR_NORMAL ? CLR_CHEAPEST : base);
	if (!q->provider->transparent)
		tui_put(y, x + k + 1, 1, MARK_HIDDEN, CLR_WARNING);
	x += l->name_w + 1;
	for (k = 0; k < LAST_COL; k++) {
		s = cell(cmp, i, (enum col)k);
		tui_cell(y, x, l->w[k], s, k == COL_PCT && q->over_5pct ?
		    CLR_OVER_LIMIT : base, ALIGN_RIGHT);
		free(s);
		x += l->w[k] + 1;
	}
	if (l->lines == 2) {
		draw_how(a, y + 1, i, base);
		return;
	}
	s = arrives(q->provider);
	tui_put(y, x + 1, l->arrives_w, s, base);
	free(s);
	x += l->arrives_w + 2;
	tui_put(y, x, l->speed_w, speed_label(q->provider->speed), base);
}

static void
draw_table(struct app *a, int y, int rows)
{
	const struct comparison *cmp = &a->cmp;
	struct layout l;
	int x, k;
	size_t i;
	char *s;

	widths(cmp, &l);
	tui_put(y, 3, l.name_w, _("Provider"), CLR_DIM);
	x = 3 + l.name_w + 1;
	for (k = 0; k < LAST_COL; k++) {
		s = heading(cmp->corridor, (enum col)k);
		tui_cell(y, x, l.w[k], s, CLR_DIM, ALIGN_RIGHT);
		free(s);
		x += l.w[k] + 1;
	}
	if (l.lines == 1) {
		tui_put(y, x + 1, l.arrives_w, _("Arrives"), CLR_DIM);
		tui_put(y, x + l.arrives_w + 2, l.speed_w, _("Speed"),
		    CLR_DIM);
	}
	rows /= l.lines;
	if (rows < 1)
		rows = 1;
	if (a->sel < a->top)
		a->top = a->sel;
	if (a->sel >= a->top + rows)
		a->top = a->sel - rows + 1;
	for (i = (size_t)a->top; i < cmp->n && (int)i < a->top + rows; i++)
		draw_quote(a, y + 1 + ((int)i - a->top) * l.lines, i, &l);
}

/* The notices under the table: the date and source, then sample data
 * and out of date, as one paragraph (caller frees). */
static char *
notices(struct app *a)
{
	const struct corridor *c = a->cmp.corridor;
	char *s = xstrdup(""), *t, *old;

	if (c->sample) {
		free(s);
		s = xstrdup(_("SAMPLE DATA, NOT REAL PRICES."));
	}
	if (app_table_old(a, c)) {
		t = xasprintf(_("Prices from %s, may be out of date."),
		    c->as_of);
		old = s;
		s = xasprintf("%s%s%s", old, *old != '\0' ? " " : "", t);
		free(old);
		free(t);
	}
	if (a->cmp.estimate) {
		old = s;
		s = xasprintf("%s%s%s", old, *old != '\0' ? " " : "",
		    _("\xe2\x89\x88 estimate: priced between two observed "
		    "amounts"));
		free(old);
	}
	return s;
}

/* The lines draw_foot needs. */
static int
foot_lines(struct app *a)
{
	const struct corridor *c = a->cmp.corridor;
	char *s = xasprintf(_("Prices of %s. Source: %s"), c->as_of,
	    corridor_source(c)), *n = notices(a);
	int k = 2 + tui_wrap_count(COLS - 2, s) + (*n != '\0' ?
	    tui_wrap_count(COLS - 2, n) : 0);

	free(s);
	free(n);
	return k;
}

static void
draw_foot(struct app *a, int y)
{
	const struct corridor *c = a->cmp.corridor;
	char *s;
	int x;

	x = 1 + tui_put(y, 1, 2, MARK_BEST, CLR_CHEAPEST);
	x += tui_put(y, x + 1, COLS - x, _("best for your family"),
	    CLR_DIM) + 3;
	x += tui_put(y, x, 2, MARK_OVER, CLR_OVER_LIMIT);
	/* xgettext:no-c-format */
	tui_put(y, x + 1, COLS - x, _("costs more than 5%"), CLR_DIM);
	/* The "?" legend has a line of its own: it says what the mark
	 * means in full, in every language. */
	x = 1 + tui_put(y + 1, 1, 2, MARK_HIDDEN, CLR_WARNING);
	tui_put(y + 1, x + 1, COLS - x - 2, _("does not disclose its exchange "
	    "rate before you pay"), CLR_DIM);
	s = xasprintf(_("Prices of %s. Source: %s"), c->as_of,
	    corridor_source(c));
	y += 2 + tui_wrap(y + 2, 1, COLS - 2, 3, s, CLR_DIM);
	free(s);
	s = notices(a);
	tui_wrap(y, 1, COLS - 2, 3, s, CLR_WARNING);
	free(s);
}

static void
results_draw(struct app *a)
{
	int y, foot;
	char *s;

	y = 1 + draw_answer(a, 1);
	y += draw_head(a, y) - 2;
	s = xasprintf(_("Sorted by %s"), compare_sort_name(&a->cmp));
	tui_cell(y + 1, COLS - 1 - tui_width(s), tui_width(s), s, CLR_DIM,
	    ALIGN_LEFT);
	free(s);
	foot = LINES - 2 - foot_lines(a);
	draw_table(a, y + 2, foot - y - 3);
	draw_foot(a, foot);
}

static enum key_result
results_up(struct app *a)
{
	list_move(a, (int)a->cmp.n, -1);
	return KEY_DONE;
}

static enum key_result
results_down(struct app *a)
{
	list_move(a, (int)a->cmp.n, 1);
	return KEY_DONE;
}

static enum key_result
results_open(struct app *a)
{
	if (a->sel < 0 || (size_t)a->sel >= a->cmp.n)
		return KEY_DONE;
	a->row = (size_t)a->sel;
	app_goto(a, SCR_DETAILS);
	return KEY_DONE;
}

static enum key_result
results_sort(struct app *a)
{
	int k;

	for (k = 0; k < NSORTS && sorts[k] != a->sort; k++)
		;
	a->sort = sorts[(k + 1) % NSORTS];
	compare_sort(&a->cmp, a->sort);
	a->sel = a->top = 0;
	return KEY_DONE;
}

static enum key_result
results_payout(struct app *a)
{
	int k;

	for (k = 0; k < 4 && payout_cycle[k] != a->payout; k++)
		;
	a->payout = payout_cycle[(k + 1) % 4];
	app_compare(a);
	a->sel = a->top = 0;
	return KEY_DONE;
}

static enum key_result
results_back(struct app *a)
{
	app_goto(a, a->results_return);
	return KEY_DONE;
}

static enum key_result
results_new(struct app *a)
{
	app_goto(a, SCR_HOME);
	return KEY_DONE;
}

static enum key_result
results_print(struct app *a)
{
	app_message(a, slip_print(a->opt.print_command, &a->cmp, a->best) ==
	    0 ? _("The comparison was sent to the printer.") : _("The "
	    "comparison could not be printed: ask the staff to check the "
	    "printer."));
	return KEY_DONE;
}

static enum key_result
results_listen(struct app *a)
{
	char *s = speech_answer(&a->cmp, a->best);

	app_listen(a, s);
	free(s);
	return KEY_DONE;
}

static const struct key_binding results_keys[] = {
	{ KEY_UP, "\xe2\x86\x91\xe2\x86\x93", N_("Move"), results_up, 0 },
	{ KEY_DOWN, NULL, NULL, results_down, 0 },
	{ '\r', "Enter", N_("Details"), results_open, 0 },
	{ 'v', "v", N_("Listen"), results_listen, KB_SPEECH },
	{ 's', "s", N_("Sort"), results_sort, 0 },
	{ 'p', "p", N_("How it arrives"), results_payout, 0 },
	{ 'P', "P", N_("Print"), results_print, KB_PRINT },
	{ 27, "Esc", N_("Back"), results_back, 0 },
	{ 'h', "h", N_("Home"), results_new, 0 },
	{ 0, NULL, NULL, NULL, 0 }
};

const struct screen screen_results = {
	N_("Results"), results_draw, results_keys, NULL
};
