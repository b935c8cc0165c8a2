/*
 * screen-lang.c - the first screen: the languages, each written in itself.
 * Choosing one switches every text of the app, country and currency names
 * included.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "app.h"
#include "i18n.h"
#include "tui.h"

/* Names are in their own language and never translated. */
static const struct {
	const char	*code;
	const char	*name;
} langs[] = {
	{ "en", "English" },
	{ "fr", "Fran\xc3\xa7" "ais" },
	{ "es", "Espa\xc3\xb1ol" },
	{ "pt", "Portugu\xc3\xaas" },
	{ "hi", "\xe0\xa4\xb9\xe0\xa4\xbf\xe0\xa4\xa8\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x80" },
	{ "tl", "Tagalog" },
	{ "vi", "Ti\xe1\xba\xbf" "ng Vi\xe1\xbb\x87" "t" },
};
#define NLANGS ((int)(sizeof langs / sizeof langs[0]))

static void
lang_draw(struct app *a)
{
	const char *labels[NLANGS];
	int i;

	for (i = 0; i < NLANGS; i++)
		labels[i] = langs[i].name;
	tui_put(2, 2, COLS - 4, "Language \xc2\xb7 Langue \xc2\xb7 Idioma",
	    CLR_NORMAL);
	draw_list(a, 4, NLANGS, labels, NLANGS);
}

static enum key_result
lang_choose(struct app *a)
{
	app_set_language(langs[a->sel].code);
	app_goto(a, SCR_HOME);
	return KEY_DONE;
}

static enum key_result
lang_up(struct app *a)
{
	list_move(a, NLANGS, -1);
	return KEY_DONE;
}

static enum key_result
lang_down(struct app *a)
{
	list_move(a, NLANGS, 1);
	return KEY_DONE;
}

static enum key_result
lang_quit(struct app *a)
{
	a->quit = 1;
	return KEY_DONE;
}

static const struct key_binding lang_keys[] = {
	{ KEY_UP, "\xe2\x86\x91\xe2\x86\x93", N_("Move"), lang_up, 0 },
	{ KEY_DOWN, NULL, NULL, lang_down, 0 },
	{ '\r', "Enter", N_("Choose"), lang_choose, 0 },
	{ 'q', "q", N_("Quit"), lang_quit, KB_NOT_KIOSK },
	{ 0, NULL, NULL, NULL, 0 }
};

const struct screen screen_lang = {
	N_("Language"), lang_draw, lang_keys, NULL
};
