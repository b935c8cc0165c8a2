/*
 * screen-compare.c - the questions of a comparison, one a screen, each
 * with a Back: from which country, to which country (lists of the
 * countries that have tables, filtered as the person types, names from
 * iso-codes in the chosen language), how much (sent or received, checked
 * as it is typed with the command line's rule, read the language's way:
 * numfmt.h; switching between the two clears it) and how the family will
 * receive it.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "i18n.h"
#include "isocodes.h"
#include "numfmt.h"
#include "tui.h"

#define MAX_ITEMS	256

/* One country (or corridor) the person can choose. */
struct item {
	const char		*code;
	const struct corridor	*corridor;	/* the "to" list only */
	char			*label;
};

static const char *
name_of(const char *code)
{
	const struct country *c = country_by_alpha2(code);

	return c != NULL ? country_name(c) : code;
}

/*
 * A folded copy of s for searching and sorting: Latin letters with accents
 * (U+00C0..U+00FF) lose them, ASCII is lower-cased, other text is kept.
 * The caller frees.
 */
static char *
fold(const char *s)
{
	static const char latin1[] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
	    "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
	const unsigned char *p = (const unsigned char *)s;
	char *out = xmalloc(strlen(s) + 1), *q = out;

	for (; *p != '\0'; p++) {
		if (p[0] == 0xc3 && p[1] >= 0x80 && p[1] <= 0xbf) {
			*q++ = latin1[p[1] - 0x80];
			p++;
		} else
			*q++ = (char)tolower(*p);
	}
	*q = '\0';
	return out;
}

/* Nonzero when the folded needle is in the folded s. */
static int
matches(const char *s, const char *needle)
{
	char *fs = fold(s), *fn = fold(needle);
	int found = strstr(fs, fn) != NULL;

	free(fs);
	free(fn);
	return found;
}

static int
item_cmp(const void *x, const void *y)
{
	const struct item *a = x, *b = y;
	char *fa = fold(a->label), *fb = fold(b->label);
	int r = strcmp(fa, fb);

	free(fa);
	free(fb);
	return r;
}

/* The sending countries (distinct), or the corridors from a->from, that
 * match the filter, sorted by label; returns the count. */
static int
items(const struct app *a, int to, struct item *it)
{
	const struct corridor *c;
	size_t i;
	int n = 0, j, dup;

	for (i = 0; i < a->rb.ncorridors && n < MAX_ITEMS; i++) {
		c = a->rb.corridors[i];
		if (to && strcmp(c->from, a->from) != 0)
			continue;
		for (j = 0, dup = 0; !to && j < n; j++)
			dup |= strcmp(it[j].code, c->from) == 0;
		if (dup)
			continue;
		it[n].code = to ? c->to : c->from;
		it[n].corridor = c;
		if (!matches(name_of(it[n].code), a->filter) &&
		    strcasecmp(it[n].code, a->filter) != 0)
			continue;
		it[n].label = to ? xasprintf("%s \xe2\x80\x94 %s (%s)",
		    name_of(c->to), currency_name(c->receive_currency),
		    c->receive_currency) : xstrdup(name_of(c->from));
		n++;
	}
	qsort(it, (size_t)n, sizeof *it, item_cmp);
	return n;
}

static void
items_free(struct item *it, int n)
{
	int i;

	for (i = 0; i < n; i++)
		free(it[i].label);
}

static void
country_draw(struct app *a, int to, const char *question)
{
	struct item it[MAX_ITEMS];
	const char *labels[MAX_ITEMS];
	int n = items(a, to, it), i, w;

	tui_put(2, 2, COLS - 4, question, CLR_NORMAL);
	w = tui_put(3, 2, COLS - 4, _("Search: "), CLR_DIM);
	tui_cell(3, 2 + w, APP_FILTER_MAX, a->filter, CLR_INPUT, ALIGN_PAD);
	for (i = 0; i < n; i++)
		labels[i] = it[i].label;
	if (a->rb.ncorridors == 0)
		tui_wrap(5, 2, COLS - 4, 3, _("No prices are available on this "
		    "terminal right now. Please ask the staff."), CLR_WARNING);
	else if (n == 0)
		tui_put(5, 2, COLS - 4, _("No country matches: press "
		    "Backspace to search again."), CLR_WARNING);
	draw_list(a, 5, LINES - 8, labels, n);
	items_free(it, n);
}

static void
from_draw(struct app *a)
{
	country_draw(a, 0, _("From which country do you send the money?"));
}

static void
to_draw(struct app *a)
{
	char *q = xasprintf(_("From %s: to which country?"),
	    name_of(a->from));

	country_draw(a, 1, q);
	free(q);
}

static int
item_count(struct app *a, int to)
{
	struct item it[MAX_ITEMS];
	int n = items(a, to, it);

	items_free(it, n);
	return n;
}

static enum key_result
country_choose(struct app *a, int to)
{
	struct item it[MAX_ITEMS];
	int n = items(a, to, it);

	if (a->sel < n) {
		if (to) {
			a->corridor = it[a->sel].corridor;
			app_goto(a, SCR_AMOUNT);
		} else {
			memcpy(a->from, it[a->sel].code, 3);
			app_goto(a, SCR_TO);
		}
	}
	items_free(it, n);
	return KEY_DONE;
}

static enum key_result from_choose(struct app *a) { return country_choose(a, 0); }
static enum key_result to_choose(struct app *a) { return country_choose(a, 1); }

static enum key_result
from_up(struct app *a)
{
	list_move(a, item_count(a, a->screen == SCR_TO), -1);
	return KEY_DONE;
}

static enum key_result
from_down(struct app *a)
{
	list_move(a, item_count(a, a->screen == SCR_TO), 1);
	return KEY_DONE;
}

/* Home and End: the first and the last country of the list. */
static enum key_result
country_first(struct app *a)
{
	a->sel = 0;
	return KEY_DONE;
}

static enum key_result
country_last(struct app *a)
{
	int n = item_count(a, a->screen == SCR_TO);

	a->sel = n > 0 ? n - 1 : 0;
	return KEY_DONE;
}

static enum key_result
country_text(struct app *a, int ch)
{
	size_t n = strlen(a->filter);

	if (n + 1 < sizeof a->filter) {
		a->filter[n] = (char)ch;
		a->filter[n + 1] = '\0';
		a->sel = a->top = 0;
	}
	return KEY_DONE;
}

static enum key_result
country_erase(struct app *a)
{
	size_t n = strlen(a->filter);

	if (n > 0)
		a->filter[n - 1] = '\0';
	a->sel = a->top = 0;
	return KEY_DONE;
}

static enum key_result
from_back(struct app *a)
{
	app_goto(a, SCR_HOME);
	return KEY_DONE;
}

static enum key_result
to_back(struct app *a)
{
	app_goto(a, SCR_FROM);
	return KEY_DONE;
}

#define MOVE_KEYS(up, down) \
	{ KEY_UP, "\xe2\x86\x91\xe2\x86\x93", N_("Move"), up, 0 }, \
	{ KEY_DOWN, NULL, NULL, down, 0 }

static const struct key_binding from_keys[] = {
	MOVE_KEYS(from_up, from_down),
	{ '\r', "Enter", N_("Choose"), from_choose, 0 },
	{ 27, "Esc", N_("Back"), from_back, 0 },
	{ KEY_BACKSPACE, "\xe2\x8c\xab", N_("Erase"), country_erase, 0 },
	{ KEY_HOME, NULL, NULL, country_first, 0 },
	{ KEY_END, NULL, NULL, country_last, 0 },
	{ 0, NULL, NULL, NULL, 0 }
};

static const struct key_binding to_keys[] = {
	MOVE_KEYS(from_up, from_down),
	{ '\r', "Enter", N_("Choose"), to_choose, 0 },
	{ 27, "Esc", N_("Back"), to_back, 0 },
	{ KEY_BACKSPACE, "\xe2\x8c\xab", N_("Erase"), country_erase, 0 },
	{ KEY_HOME, NULL, NULL, country_first, 0 },
	{ KEY_END, NULL, NULL, country_last, 0 },
	{ 0, NULL, NULL, NULL, 0 }
};

const struct screen screen_from = {
	N_("From"), from_draw, from_keys, country_text
};

const struct screen screen_to = {
	N_("To"), to_draw, to_keys, country_text
};

/* The amount: what is wrong with it, translated (caller frees), or NULL
 * when it can be used.  The rule is the command line's, read in the
 * language's number style (numfmt.h). */
static char *
amount_problem(const struct app *a)
{
	const struct corridor *c = a->corridor;
	struct numstyle st;
	char *why;
	mpq_t v;

	numstyle_current(&st);
	mpq_init(v);
	why = numfmt_amount_check(&st, v, a->amount, a->inverse ?
	    c->receive_minor : c->send_minor, a->inverse ?
	    c->receive_currency : c->send_currency);
	mpq_clear(v);
	return why;
}

static void
amount_modes(struct app *a, int y)
{
	const struct corridor *c = a->corridor;
	char *send = xasprintf(_("I send (%s)"), c->send_currency);
	char *recv = xasprintf(_("They receive (%s)"), c->receive_currency);
	int w1, w2;

	w1 = tui_put(y, 2, COLS / 2 - 2, send, a->inverse ? CLR_DIM :
	    CLR_SELECTED);
	tui_zone_add(y, 2, w1, a->inverse ? '\t' : KEY_MOUSE, -1);
	w2 = tui_put(y, 4 + w1, COLS - 6 - w1, recv, a->inverse ?
	    CLR_SELECTED : CLR_DIM);
	tui_zone_add(y, 4 + w1, w2, a->inverse ? KEY_MOUSE : '\t', -1);
	free(send);
	free(recv);
}

/* The question of the amount screen; the caller frees. */
static char *
amount_question(const struct corridor *c)
{
	return xasprintf(_("From %s to %s: how much?"), name_of(c->from),
	    name_of(c->to));
}

static enum key_result
amount_listen(struct app *a)
{
	char *q = amount_question(a->corridor);

	app_listen(a, q);
	free(q);
	return KEY_DONE;
}

static void
amount_draw(struct app *a)
{
	const struct corridor *c = a->corridor;
	const char *ccy = a->inverse ? c->receive_currency :
	    c->send_currency;
	char *q = amount_question(c), *why, *unit;
	struct numstyle st;
	int w;

	tui_wrap(2, 2, COLS - 4, 2, q, CLR_NORMAL);
	free(q);
	amount_modes(a, 4);
	w = tui_put(6, 2, COLS - 4, a->inverse ? _("They receive: ") :
	    _("I send: "), CLR_NORMAL);
	tui_cell(6, 2 + w, APP_AMOUNT_MAX, a->amount, CLR_INPUT, ALIGN_PAD);
	unit = xasprintf("%s (%s)", ccy, currency_name(ccy));
	tui_put(6, 3 + w + APP_AMOUNT_MAX, COLS - 5 - w - APP_AMOUNT_MAX,
	    unit, CLR_NORMAL);
	free(unit);
	if (a->amount[0] != '\0' && (why = amount_problem(a)) != NULL) {
		tui_wrap(8, 2, COLS - 4, 3, why, CLR_ERROR);
		free(why);
	} else {
		numstyle_current(&st);
		why = numfmt_amount_hint(&st, a->inverse ? c->receive_minor :
		    c->send_minor);
		tui_wrap(8, 2, COLS - 4, 3, why, CLR_DIM);
		free(why);
	}
}

static enum key_result
amount_text(struct app *a, int ch)
{
	size_t n = strlen(a->amount);

	if (n + 1 < sizeof a->amount) {
		a->amount[n] = (char)ch;
		a->amount[n + 1] = '\0';
	}
	app_message(a, NULL);
	return KEY_DONE;
}

static enum key_result
amount_erase(struct app *a)
{
	size_t n = strlen(a->amount);

	if (n > 0)
		a->amount[n - 1] = '\0';
	return KEY_DONE;
}

static enum key_result
amount_toggle(struct app *a)
{
	/* 200 GBP must not become 200 NGN: the number goes with the mode. */
	a->inverse = !a->inverse;
	explicit_bzero(a->amount, sizeof a->amount);
	app_message(a, NULL);
	return KEY_DONE;
}

static enum key_result
amount_next(struct app *a)
{
	char *why = amount_problem(a);

	if (why != NULL) {
		free(why);
		return KEY_DONE;
	}
	app_goto(a, SCR_PAYOUT);
	return KEY_DONE;
}

static enum key_result
amount_back(struct app *a)
{
	app_goto(a, SCR_TO);
	return KEY_DONE;
}

static const struct key_binding amount_keys[] = {
	{ '\r', "Enter", N_("Next"), amount_next, 0 },
	{ '\t', "Tab", N_("Send or receive"), amount_toggle, 0 },
	{ 'v', "v", N_("Listen"), amount_listen, KB_SPEECH },
	{ 27, "Esc", N_("Back"), amount_back, 0 },
	{ KEY_BACKSPACE, "\xe2\x8c\xab", N_("Erase"), amount_erase, 0 },
	{ 0, NULL, NULL, NULL, 0 }
};

const struct screen screen_amount = {
	N_("How much"), amount_draw, amount_keys, amount_text
};

static const struct {
	unsigned	 bits;
	const char	*label;
} payouts[] = {
	{ PAYOUT_ANY, N_("Any way") },
	{ PAYOUT_CASH, N_("Cash to pick up") },
	{ PAYOUT_ACCOUNT, N_("Into a bank account") },
	{ PAYOUT_WALLET, N_("Into a mobile wallet") },
};
#define NPAYOUTS ((int)(sizeof payouts / sizeof payouts[0]))

static const char payout_question[] =
    N_("How will your family receive the money?");

static enum key_result
payout_listen(struct app *a)
{
	app_listen(a, _(payout_question));
	return KEY_DONE;
}

static void
payout_draw(struct app *a)
{
	const char *labels[NPAYOUTS];
	int i;

	for (i = 0; i < NPAYOUTS; i++)
		labels[i] = _(payouts[i].label);
	tui_put(2, 2, COLS - 4, _(payout_question), CLR_NORMAL);
	draw_list(a, 4, NPAYOUTS, labels, NPAYOUTS);
}

static enum key_result
payout_choose(struct app *a)
{
	a->payout = payouts[a->sel].bits;
	a->sort = SORT_COST;
	a->results_return = SCR_PAYOUT;
	if (app_compare(a) == 0)
		app_goto(a, SCR_RESULTS);
	return KEY_DONE;
}

static enum key_result
payout_up(struct app *a)
{
	list_move(a, NPAYOUTS, -1);
	return KEY_DONE;
}

static enum key_result
payout_down(struct app *a)
{
	list_move(a, NPAYOUTS, 1);
	return KEY_DONE;
}

static enum key_result
payout_back(struct app *a)
{
	app_goto(a, SCR_AMOUNT);
	return KEY_DONE;
}

static const struct key_binding payout_keys[] = {
	MOVE_KEYS(payout_up, payout_down),
	{ '\r', "Enter", N_("Compare"), payout_choose, 0 },
	{ 'v', "v", N_("Listen"), payout_listen, KB_SPEECH },
	{ 27, "Esc", N_("Back"), payout_back, 0 },
	{ 0, NULL, NULL, NULL, 0 }
};

const struct screen screen_payout = {
	N_("How it arrives"), payout_draw, payout_keys, NULL
};
