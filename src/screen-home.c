/*
 * screen-home.c - the home screen: compare the cost of sending money, the
 * money lessons (only when there are lessons to play: never a dead entry)
 * and what the prices are.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "app.h"
#include "i18n.h"
#include "lesson-ui.h"
#include "tui.h"

enum home_entry { HOME_COMPARE, HOME_ABOUT, HOME_LESSONS, LAST_HOME };

static const char *const home_labels[LAST_HOME] = {
	N_("Compare the cost of sending money"),
	N_("About these prices: sources, dates, what the numbers mean"),
	N_("Money lessons"),
};

/* The lessons entry is shown only when there are lessons in the
 * language (or in English). */
static int
home_count(const struct app *a)
{
	return lesson_ui_available(a) ? LAST_HOME : HOME_LESSONS;
}

static void
home_draw(struct app *a)
{
	const char *labels[LAST_HOME];
	int i, n = home_count(a);

	for (i = 0; i < n; i++)
		labels[i] = _(home_labels[i]);
	tui_wrap(2, 2, COLS - 4, 2, _("Find out which provider costs you "
	    "least to send money home, and what your family receives."),
	    CLR_NORMAL);
	draw_list(a, 5, n, labels, n);
}

static enum key_result
home_choose(struct app *a)
{
	switch (a->sel) {
	case HOME_COMPARE:
		app_goto(a, SCR_FROM);
		break;
	case HOME_ABOUT:
		app_goto(a, SCR_ABOUT);
		break;
	case HOME_LESSONS:
		if (lesson_ui_available(a))
			app_goto(a, SCR_MODULES);
		break;
	default:
		break;
	}
	return KEY_DONE;
}

static enum key_result
home_up(struct app *a)
{
	list_move(a, home_count(a), -1);
	return KEY_DONE;
}

static enum key_result
home_down(struct app *a)
{
	list_move(a, home_count(a), 1);
	return KEY_DONE;
}

/* The language screen starts again for the next person: the kiosk's own
 * language, no answers. */
static enum key_result
home_back(struct app *a)
{
	app_reset(a);
	return KEY_DONE;
}

static enum key_result
home_quit(struct app *a)
{
	a->quit = 1;
	return KEY_DONE;
}

static const struct key_binding home_keys[] = {
	{ KEY_UP, "\xe2\x86\x91\xe2\x86\x93", N_("Move"), home_up, 0 },
	{ KEY_DOWN, NULL, NULL, home_down, 0 },
	{ '\r', "Enter", N_("Choose"), home_choose, 0 },
	{ 27, "Esc", N_("Language"), home_back, 0 },
	{ 'q', "q", N_("Quit"), home_quit, KB_NOT_KIOSK },
	{ 0, NULL, NULL, NULL, 0 }
};

const struct screen screen_home = {
	N_("Home"), home_draw, home_keys, NULL
};
