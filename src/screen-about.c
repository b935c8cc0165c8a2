/*
 * screen-about.c - about these prices: what the numbers mean, and for each
 * rate table its date and source; tables that could not be read are named
 * so an operator sees them.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "app.h"
#include "i18n.h"
#include "isocodes.h"
#include "tui.h"

static const char *
name_of(const char *code)
{
	const struct country *c = country_by_alpha2(code);

	return c != NULL ? country_name(c) : code;
}

static char *
corridor_label(const struct app *a, const struct corridor *c)
{
	return xasprintf(_("%s \xe2\x86\x92 %s (%s \xe2\x86\x92 %s): prices "
	    "of %s%s%s"), name_of(c->from), name_of(c->to), c->send_currency,
	    c->receive_currency, c->as_of, c->sample ? _(", sample data") :
	    "", app_table_old(a, c) ? _(", may be out of date") : "");
}

static void
about_draw(struct app *a)
{
	int n = (int)a->rb.ncorridors, i, y;
	const char **labels = xcalloc((size_t)n + 1, sizeof *labels);
	char *s;

	/* xgettext:no-c-format */
	y = 2 + tui_wrap(2, 2, COLS - 4, 6, _("The total cost of a transfer "
	    "is what you pay minus what your family receives, valued at the "
	    "mid-market rate (the rate banks use between themselves), as a "
	    "share of the amount sent. The best provider is the one that "
	    "costs you least in all: its fee and its exchange rate together. "
	    "Costs over 5% are above the United "
	    "Nations goal for remittances (SDG 10.c). Prices come from these "
	    "rate tables:"), CLR_NORMAL) + 1;
	for (i = 0; i < n; i++)
		labels[i] = corridor_label(a, a->rb.corridors[i]);
	draw_list(a, y, LINES - y - 6, labels, n);
	if (n > 0 && a->sel < n) {
		s = xasprintf(_("Source: %s"),
		    corridor_source(a->rb.corridors[a->sel]));
		tui_wrap(LINES - 5, 2, COLS - 4, 2, s, CLR_DIM);
		free(s);
	}
	if (a->rb.nbroken > 0) {
		s = xasprintf(ngettext("%zu rate table could not be read and "
		    "is left out.", "%zu rate tables could not be read and "
		    "are left out.", a->rb.nbroken), a->rb.nbroken);
		tui_put(LINES - 3, 2, COLS - 4, s, CLR_WARNING);
		free(s);
	}
	for (i = 0; i < n; i++)
		free((char *)labels[i]);
	free(labels);
}

static enum key_result
about_up(struct app *a)
{
	list_move(a, (int)a->rb.ncorridors, -1);
	return KEY_DONE;
}

static enum key_result
about_down(struct app *a)
{
	list_move(a, (int)a->rb.ncorridors, 1);
	return KEY_DONE;
}

static enum key_result
about_back(struct app *a)
{
	app_goto(a, SCR_HOME);
	a->sel = 1;
	return KEY_DONE;
}

static const struct key_binding about_keys[] = {
	{ KEY_UP, "\xe2\x86\x91\xe2\x86\x93", N_("Move"), about_up, 0 },
	{ KEY_DOWN, NULL, NULL, about_down, 0 },
	{ 27, "Esc", N_("Back"), about_back, 0 },
	{ 0, NULL, NULL, NULL, 0 }
};

const struct screen screen_about = {
	N_("About these prices"), about_draw, about_keys, NULL
};
