/*
 * screen-details.c - one quote in plain sentences: what you pay, what
 * arrives, what the same money is worth at the mid-market rate, and how
 * much of the cost is the fee and how much the exchange rate.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "app.h"
#include "i18n.h"
#include "numfmt.h"
#include "qr.h"
#include "tui.h"

/* Adds one wrapped paragraph at *y and a blank line after it. */
static void
say(int *y, const char *s, enum tui_colour c)
{
	*y += tui_wrap(*y, 2, COLS - 4, LINES - 3 - *y, s, c) + 1;
}

static void
say_free(int *y, char *s, enum tui_colour c)
{
	say(y, s, c);
	free(s);
}

/* What the sender pays, in the send currency, valued at mid-market. */
static char *
worth_at_mid(const struct quote *q)
{
	const struct corridor *c = q->corridor;
	char *worth, *s;
	mpq_t v;

	char *plain, *rate;

	mpq_init(v);
	mpq_mul(v, q->sender_pays, c->reference_rate);
	plain = dec_str(v, c->receive_minor, ROUND_HALF_UP);
	mpq_clear(v);
	worth = numfmt_local(plain);
	rate = numfmt_local(c->reference_rate_text);
	s = xasprintf(_("At the mid-market rate (1 %s = %s %s), the money "
	    "you pay is worth %s %s."), c->send_currency, rate,
	    c->receive_currency, worth, c->receive_currency);
	free(plain);
	free(rate);
	free(worth);
	return s;
}

/* A quote's figures in the language's number style. */
struct figures {
	char	*pays, *amount, *fee, *received, *receiver_fee, *cost;
	char	*pct, *fx_cost, *rate, *mid;
};

static void
figures_fill(struct figures *f, const struct quote_text *t,
    const struct corridor *c)
{
	f->pays = numfmt_local(t->sender_pays);
	f->amount = numfmt_local(t->amount);
	f->fee = numfmt_local(t->fee);
	f->received = numfmt_local(t->received);
	f->receiver_fee = numfmt_local(t->receiver_fee);
	f->cost = numfmt_local(t->total_cost);
	f->pct = numfmt_local(t->total_cost_pct);
	f->fx_cost = numfmt_local(t->fx_cost);
	f->rate = numfmt_local(t->rate);
	f->mid = numfmt_local(c->reference_rate_text);
}

static void
figures_free(struct figures *f)
{
	free(f->pays);
	free(f->amount);
	free(f->fee);
	free(f->received);
	free(f->receiver_fee);
	free(f->cost);
	free(f->pct);
	free(f->fx_cost);
	free(f->rate);
	free(f->mid);
}

static void
details_available(struct app *a, int *y)
{
	const struct quote *q = &a->cmp.quotes[a->row];
	const struct provider *p = q->provider;
	const char *sc = q->corridor->send_currency;
	const char *rc = q->corridor->receive_currency;
	struct figures f;

	figures_fill(&f, &a->cmp.text[a->row], q->corridor);
	if (p->deducted)
		say_free(y, xasprintf(_("You pay %s %s in all. The fee of %s "
		    "%s is taken out of it."), f.pays, sc, f.fee, sc),
		    CLR_NORMAL);
	else
		say_free(y, xasprintf(_("You pay %s %s in all: %s %s to send "
		    "and a fee of %s %s."), f.pays, sc, f.amount, sc, f.fee,
		    sc), CLR_NORMAL);
	say_free(y, mpq_sgn(p->receiver_fee) > 0 ? xasprintf(_("Your "
	    "family receives %s %s, after a fee of %s %s taken from them."),
	    f.received, rc, f.receiver_fee, rc) : xasprintf(_("Your "
	    "family receives %s %s."), f.received, rc), CLR_CHEAPEST);
	say_free(y, worth_at_mid(q), CLR_NORMAL);
	say_free(y, xasprintf(_("So this transfer costs you %s %s, %s%% of "
	    "the amount sent: %s %s is the fee and %s %s is lost on the "
	    "exchange rate (%s instead of %s)."), f.cost, sc, f.pct, f.fee,
	    sc, f.fx_cost, sc, f.rate, f.mid), CLR_NORMAL);
	figures_free(&f);
	if (q->over_5pct)
		/* xgettext:no-c-format */
		say(y, _("! This costs more than 5% of the amount sent, the "
		    "most a transfer should cost (UN goal 10.c)."),
		    CLR_OVER_LIMIT);
	if (!p->transparent)
		say(y, _("? This provider does not show its exchange rate "
		    "before you send: the real cost may be higher."),
		    CLR_WARNING);
	if (q->estimate)
		say(y, _("\xe2\x89\x88 This is an estimate: this provider's "
		    "prices were seen at two other amounts only."),
		    CLR_WARNING);
}

/* The answer as a QR code on the left, its text beside it.  The code
 * starts on the title line when the window is not tall enough for both;
 * a code too big for the window is not drawn. */
static void
details_qr(struct app *a)
{
	char *text = qr_answer_text(&a->cmp, a->row), **rows;
	int n, w, i, top, y = 1;

	rows = qr_rows(text, &n, &w);
	if (rows == NULL || n > LINES - 1 || w + 20 > COLS) {
		say(&y, _("This answer is too long for a QR code in this "
		    "window."), CLR_WARNING);
	} else {
		top = n <= LINES - 3 ? 1 : 0;
		if (top == 0)
			tui_fill(0, CLR_NORMAL);
		for (i = 0; i < n; i++)
			tui_put(top + i, 2, w, rows[i], CLR_NORMAL);
		y = 1 + tui_wrap(1, w + 4, COLS - w - 5, LINES - 4, text,
		    CLR_NORMAL) + 1;
		tui_wrap(y, w + 4, COLS - w - 5, LINES - 3 - y, _("Scan this "
		    "code with a phone's camera to take the answer home."),
		    CLR_DIM);
	}
	qr_rows_free(rows, n);
	free(text);
}

static void
details_draw(struct app *a)
{
	const struct quote *q = &a->cmp.quotes[a->row];
	const struct provider *p = q->provider;
	int y = 2;

	if (a->details_qr && q->available) {
		details_qr(a);
		return;
	}
	say_free(&y, xasprintf(_("%s \xc2\xb7 %s"), p->name,
	    speed_label(p->speed)), CLR_NORMAL);
	if (!q->available)
		say_free(&y, xasprintf(_("Not offered for this amount: %s"),
		    a->cmp.text[a->row].reason), CLR_WARNING);
	else
		details_available(a, &y);
	if (p->notes != NULL && y < LINES - 3)
		say(&y, provider_notes(p), CLR_DIM);
	if (y < LINES - 2)
		say_free(&y, xasprintf(_("Prices of %s."),
		    q->corridor->as_of), CLR_DIM);
}

static enum key_result
details_back(struct app *a)
{
	size_t row = a->row;

	app_goto(a, SCR_RESULTS);
	a->sel = (int)row;
	return KEY_DONE;
}

static enum key_result
details_year(struct app *a)
{
	if (a->cmp.quotes[a->row].available)
		app_goto(a, SCR_YEAR);
	return KEY_DONE;
}

static enum key_result
details_home(struct app *a)
{
	app_goto(a, SCR_HOME);
	return KEY_DONE;
}

static enum key_result
details_code(struct app *a)
{
	if (a->cmp.quotes[a->row].available)
		a->details_qr = !a->details_qr;
	return KEY_DONE;
}

static const struct key_binding details_keys[] = {
	{ 'y', "y", N_("Every month for a year"), details_year, 0 },
	{ '\r', NULL, NULL, details_year, 0 },
	{ 27, "Esc", N_("Back"), details_back, 0 },
	{ 'h', "h", N_("Home"), details_home, 0 },
#ifdef HAVE_QRENCODE
	{ 'c', "c", N_("QR code"), details_code, 0 },
#endif
	{ 0, NULL, NULL, NULL, 0 }
};

const struct screen screen_details = {
	N_("Details"), details_draw, details_keys, NULL
};
