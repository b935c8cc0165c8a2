/*
 * screen-modules.c - the money lessons of the language, and only those
 * (never an English lesson under another language's menu; when the
 * language has none, the screen says so): each module's title and length,
 * the description of the highlighted one.  Enter plays it self-paced; f (not in kiosk mode)
 * plays it in facilitator mode.
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

#define MAX_MODULES	64

/* The modules of the lesson language, in their order. */
static int
modules(const struct app *a, const struct module **v)
{
	const char *lang = lesson_ui_lang(a);
	const struct lessonbook *lb;
	size_t i;
	int n = 0;

	if (lang == NULL)
		return 0;
	lb = &a->lesson->lb;
	for (i = 0; i < lb->nmodules && n < MAX_MODULES; i++)
		if (strcmp(lb->modules[i]->language, lang) == 0)
			v[n++] = lb->modules[i];
	return n;
}

static void
modules_draw(struct app *a)
{
	const struct module *v[MAX_MODULES];
	char *labels[MAX_MODULES];
	int n = modules(a, v), i, rows = LINES - 12;

	tui_wrap(2, 2, COLS - 4, 2, _("Short lessons about money: each "
	    "starts and ends with a few questions."), CLR_NORMAL);
	if (n == 0)
		tui_wrap(5, 2, COLS - 4, 4, _("There are no lessons in this "
		    "language yet. Esc goes back; the lessons of another "
		    "language are on its menu."), CLR_WARNING);
	for (i = 0; i < n; i++)
		labels[i] = xasprintf(ngettext("%s (%d minute)",
		    "%s (%d minutes)", v[i]->minutes), v[i]->title,
		    v[i]->minutes);
	draw_list(a, 5, rows < n ? rows : n, (const char *const *)labels, n);
	if (a->sel < n)
		tui_wrap(LINES - 6, 2, COLS - 4, 3, v[a->sel]->description,
		    CLR_DIM);
	for (i = 0; i < n; i++)
		free(labels[i]);
}

static enum key_result
modules_move(struct app *a, int delta)
{
	const struct module *v[MAX_MODULES];

	list_move(a, modules(a, v), delta);
	return KEY_DONE;
}

static enum key_result modules_up(struct app *a) { return modules_move(a, -1); }
static enum key_result modules_down(struct app *a) { return modules_move(a, 1); }

static enum key_result
modules_play(struct app *a, int facilitate)
{
	const struct module *v[MAX_MODULES];
	int n = modules(a, v);

	if (a->sel >= 0 && a->sel < n)
		lesson_ui_play(a, v[a->sel], facilitate);
	return KEY_DONE;
}

static enum key_result modules_self(struct app *a) { return modules_play(a, 0); }
static enum key_result modules_group(struct app *a) { return modules_play(a, 1); }

static enum key_result
modules_back(struct app *a)
{
	lesson_ui_reset(a);
	app_goto(a, SCR_HOME);
	return KEY_DONE;
}

static const struct key_binding modules_keys[] = {
	{ KEY_UP, "\xe2\x86\x91\xe2\x86\x93", N_("Move"), modules_up, 0 },
	{ KEY_DOWN, NULL, NULL, modules_down, 0 },
	{ '\r', "Enter", N_("Start"), modules_self, 0 },
	{ 'f', "f", N_("Lead a group"), modules_group, KB_NOT_KIOSK },
	{ 27, "Esc", N_("Home"), modules_back, 0 },
	{ 0, NULL, NULL, NULL, 0 }
};

const struct screen screen_modules = {
	N_("Money lessons"), modules_draw, modules_keys, NULL
};
