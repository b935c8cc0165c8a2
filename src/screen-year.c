/*
 * screen-year.c - every month for a year: what this choice costs over
 * twelve transfers, what the cheapest choice would save, and whether
 * sending twice the amount half as often would cost less.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "app.h"
#include "i18n.h"
#include "numfmt.h"
#include "tui.h"
#include "yearly.h"

static void
say(int *y, char *s, enum tui_colour c)
{
	*y += tui_wrap(*y, 2, COLS - 4, LINES - 3 - *y, s, c) + 1;
	free(s);
}

/* Rewrites one figure in the language's number style. */
static void
localize(char **figure)
{
	char *s;

	if (*figure == NULL)
		return;
	s = numfmt_local(*figure);
	free(*figure);
	*figure = s;
}

static void
year_localize(struct yearly *yr)
{
	localize(&yr->amount);
	localize(&yr->year_sent);
	localize(&yr->year_cost);
	localize(&yr->year_fee);
	localize(&yr->year_received);
	localize(&yr->cheapest_year_cost);
	localize(&yr->saving);
	localize(&yr->twice_amount);
	localize(&yr->twice_year_cost);
	localize(&yr->twice_difference);
}

static void
year_twice(const struct yearly *yr, const char *sc, int *y)
{
	if (!yr->twice_available)
		say(y, xasprintf(_("Sending %s %s every two months instead is "
		    "not offered by this provider: %s"), yr->twice_amount, sc,
		    yr->twice_reason), CLR_DIM);
	else if (yr->twice_sign < 0)
		say(y, xasprintf(_("Sending %s %s every two months instead (6 "
		    "transfers) would cost %s %s in a year: %s %s less."),
		    yr->twice_amount, sc, yr->twice_year_cost, sc,
		    yr->twice_difference, sc), CLR_CHEAPEST);
	else if (yr->twice_sign > 0)
		say(y, xasprintf(_("Sending %s %s every two months instead (6 "
		    "transfers) would cost %s %s in a year: %s %s more."),
		    yr->twice_amount, sc, yr->twice_year_cost, sc,
		    yr->twice_difference, sc), CLR_NORMAL);
	else
		say(y, xasprintf(_("Sending %s %s every two months instead (6 "
		    "transfers) would cost the same, %s %s in a year."),
		    yr->twice_amount, sc, yr->twice_year_cost, sc),
		    CLR_NORMAL);
}

static void
year_draw(struct app *a)
{
	const struct quote *q = &a->cmp.quotes[a->row];
	const struct corridor *c = q->corridor;
	const char *sc = c->send_currency;
	struct yearly yr;
	int y = 2;

	yearly_compute(&yr, c, q->provider, q->amount, a->payout);
	year_localize(&yr);
	say(&y, xasprintf(_("Sending %s %s with %s every month for a "
	    "year:"), yr.amount, sc, q->provider->name), CLR_NORMAL);
	if (!yr.available) {
		yearly_free(&yr);
		return;
	}
	say(&y, xasprintf(_("You send %s %s in 12 transfers, and they cost "
	    "you %s %s in all, of which %s %s in fees."), yr.year_sent, sc,
	    yr.year_cost, sc, yr.year_fee, sc), CLR_NORMAL);
	say(&y, xasprintf(_("Your family receives %s %s in the year."),
	    yr.year_received, c->receive_currency), CLR_NORMAL);
	if (yr.cheapest == q->provider)
		say(&y, xasprintf(_("This is the cheapest choice for %s %s."),
		    yr.amount, sc), CLR_CHEAPEST);
	else if (yr.cheapest != NULL)
		say(&y, xasprintf(_("The cheapest choice for this amount, %s, "
		    "would cost %s %s in a year: you would save %s %s."),
		    yr.cheapest->name, yr.cheapest_year_cost, sc, yr.saving,
		    sc), CLR_CHEAPEST);
	year_twice(&yr, sc, &y);
	yearly_free(&yr);
	if (q->estimate)
		say(&y, xstrdup(_("\xe2\x89\x88 This is an estimate: this "
		    "provider's prices were seen at two other amounts only.")),
		    CLR_WARNING);
	say(&y, xasprintf(_("Prices of %s."), c->as_of), CLR_DIM);
}

static enum key_result
year_back(struct app *a)
{
	app_goto(a, SCR_DETAILS);
	return KEY_DONE;
}

static enum key_result
year_home(struct app *a)
{
	app_goto(a, SCR_HOME);
	return KEY_DONE;
}

static const struct key_binding year_keys[] = {
	{ 27, "Esc", N_("Back"), year_back, 0 },
	{ 'h', "h", N_("Home"), year_home, 0 },
	{ 0, NULL, NULL, NULL, 0 }
};

const struct screen screen_year = {
	N_("Every month for a year"), year_draw, year_keys, NULL
};
