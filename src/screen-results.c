/*
 * screen-results.c - every provider ranked by what the family receives:
 * provider, they receive, you pay in all, fee, rate, total cost %, speed.
 * The best is marked, quotes over 5% carry a symbol and a colour, providers
 * that hide their rate carry a warning, unavailable ones say why.  The
 * table's date and source stay on screen.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "i18n.h"
#include "isocodes.h"
#include "slip.h"
#include "speech.h"
#include "tui.h"

enum col { COL_RECV, COL_PAYS, COL_FEE, COL_RATE, COL_PCT, LAST_COL };

#define MARK_BEST	"\xe2\x9c\x93"	/* check mark */
#define MARK_OVER	"!"
#define MARK_HIDDEN	"?"

static const enum quote_sort sorts[] = {
	SORT_RECEIVED, SORT_COST, SORT_FEE, SORT_SPEED, SORT_NAME
};
static const char *const sort_names[] = {
	N_("what arrives"), N_("total cost"), N_("fee"), N_("speed"),
	N_("name")
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

	switch (col) {
	case COL_RECV:	return xstrdup(t->received);
	case COL_PAYS:	return xstrdup(t->sender_pays);
	case COL_FEE:	return xstrdup(t->fee);
	case COL_RATE:	return xstrdup(t->rate);
	default:	return xasprintf("%s%%%s", t->total_cost_pct,
			    cmp->quotes[i].over_5pct ? MARK_OVER : " ");
	}
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

/* Column widths: each numeric column as wide as its widest cell; the
 * name and the speed share what is left. */
static void
widths(const struct comparison *cmp, int *w, int *name_w, int *speed_w)
{
	int rest = COLS - 3, sw = 0, k;
	size_t i;
	char *s;

	for (k = 0; k < LAST_COL; k++) {
		s = heading(cmp->corridor, (enum col)k);
		w[k] = tui_width(s);
		free(s);
		for (i = 0; i < cmp->n; i++) {
			if (!cmp->quotes[i].available)
				continue;
			s = cell(cmp, i, (enum col)k);
			if (tui_width(s) > w[k])
				w[k] = tui_width(s);
			free(s);
		}
		rest -= w[k] + 1;
	}
	for (i = 0; i < cmp->n; i++)
		if (tui_width(speed_label(cmp->quotes[i].provider->speed)) > sw)
			sw = tui_width(speed_label(
			    cmp->quotes[i].provider->speed));
	*speed_w = sw < rest / 2 ? sw : rest / 2;
	*name_w = rest - *speed_w - 1;
}

static void
draw_head(struct app *a, int y)
{
	const struct comparison *cmp = &a->cmp;
	const struct corridor *c = cmp->corridor;
	char *s;

	s = xasprintf(cmp->inverse ? _("%s \xe2\x86\x92 %s: the family "
	    "receives at least %s %s, %s") : _("%s \xe2\x86\x92 %s: you send "
	    "%s %s, %s"), country_name(country_by_alpha2(c->from)),
	    country_name(country_by_alpha2(c->to)), cmp->amount_text,
	    cmp->inverse ? c->receive_currency : c->send_currency,
	    payout_label(a->payout));
	tui_put(y, 1, COLS - 2, s, CLR_NORMAL);
	free(s);
	s = xasprintf(_("Mid-market rate: 1 %s = %s %s"), c->send_currency,
	    c->reference_rate_text, c->receive_currency);
	tui_put(y + 1, 1, COLS - 2, s, CLR_DIM);
	free(s);
}

static void
draw_quote(struct app *a, int y, size_t i, const int *w, int name_w,
    int speed_w)
{
	const struct comparison *cmp = &a->cmp;
	const struct quote *q = &cmp->quotes[i];
	enum tui_colour base = (int)i == a->sel ? CLR_SELECTED : CLR_NORMAL;
	int x = 3, k;
	char *s;

	if (base == CLR_SELECTED)
		tui_fill(y, CLR_SELECTED);
	tui_zone_add(y, 0, COLS, '\r', (int)i);
	if (!q->available) {
		tui_put(y, 1, 1, "-", CLR_DIM);
		tui_put(y, x, name_w, q->provider->name, base == CLR_NORMAL ?
		    CLR_DIM : base);
		x += name_w + 1;
		s = xasprintf(_("not offered: %s"), cmp->text[i].reason);
		tui_put(y, x, COLS - x - 1, s, base == CLR_NORMAL ? CLR_DIM :
		    base);
		free(s);
		return;
	}
	if (q->provider == a->best)
		tui_put(y, 1, 1, MARK_BEST, CLR_CHEAPEST);
	k = tui_put(y, x, q->provider->transparent ? name_w : name_w - 2,
	    q->provider->name, q->provider == a->best && base == CLR_NORMAL ?
	    CLR_CHEAPEST : base);
	if (!q->provider->transparent)
		tui_put(y, x + k + 1, 1, MARK_HIDDEN, CLR_WARNING);
	x += name_w + 1;
	for (k = 0; k < LAST_COL; k++) {
		s = cell(cmp, i, (enum col)k);
		tui_cell(y, x, w[k], s, k == COL_PCT && q->over_5pct ?
		    CLR_OVER_LIMIT : base, ALIGN_RIGHT);
		free(s);
		x += w[k] + 1;
	}
	tui_put(y, x, speed_w, speed_label(q->provider->speed), base);
}

static void
draw_table(struct app *a, int y, int rows)
{
	const struct comparison *cmp = &a->cmp;
	int w[LAST_COL], name_w, speed_w, x, k;
	size_t i;
	char *s;

	widths(cmp, w, &name_w, &speed_w);
	tui_put(y, 3, name_w, _("Provider"), CLR_DIM);
	x = 3 + name_w + 1;
	for (k = 0; k < LAST_COL; k++) {
		s = heading(cmp->corridor, (enum col)k);
		tui_cell(y, x, w[k], s, CLR_DIM, ALIGN_RIGHT);
		free(s);
		x += w[k] + 1;
	}
	tui_put(y, x, speed_w, _("Speed"), CLR_DIM);
	if (a->sel < a->top)
		a->top = a->sel;
	if (a->sel >= a->top + rows)
		a->top = a->sel - rows + 1;
	for (i = (size_t)a->top; i < cmp->n && (int)i < a->top + rows; i++)
		draw_quote(a, y + 1 + (int)i - a->top, i, w, name_w, speed_w);
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
	x += tui_put(y, x + 1, COLS - x, _("costs more than 5%"), CLR_DIM)
	    + 3;
	x += tui_put(y, x, 2, MARK_HIDDEN, CLR_WARNING);
	tui_put(y, x + 1, COLS - x - 1, _("hides its exchange rate"),
	    CLR_DIM);
	s = xasprintf(_("Prices of %s. Source: %s"), c->as_of, c->source);
	tui_put(y + 1, 1, COLS - 2, s, CLR_DIM);
	free(s);
	x = 1;
	if (c->sample)
		x += tui_put(y + 2, x, COLS - 2, _("SAMPLE DATA, NOT REAL "
		    "PRICES."), CLR_WARNING) + 2;
	if (app_table_old(a, c)) {
		s = xasprintf(_("Prices from %s, may be out of date."),
		    c->as_of);
		tui_put(y + 2, x, COLS - x - 1, s, CLR_WARNING);
		free(s);
	}
}

static void
results_draw(struct app *a)
{
	int rows = LINES - 10, k;
	char *s;

	draw_head(a, 1);
	for (k = 0; k < NSORTS && sorts[k] != a->sort; k++)
		;
	s = xasprintf(_("Sorted by %s"), _(sort_names[k % NSORTS]));
	tui_cell(2, COLS - 1 - tui_width(s), tui_width(s), s, CLR_DIM,
	    ALIGN_LEFT);
	free(s);
	draw_table(a, 4, rows);
	draw_foot(a, LINES - 5);
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
	compare_sort(&a->cmp, a->sort == SORT_RECEIVED && a->cmp.inverse ?
	    SORT_SENDER_PAYS : a->sort);
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
