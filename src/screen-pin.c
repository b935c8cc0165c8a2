/*
 * screen-pin.c - the kiosk operator's door: reached with F12 only when a
 * PIN file is configured; the right PIN opens the operator's menu
 * (screen-operator.c).  The PIN is shown as stars, checked against the
 * salted hash in constant time, and wiped from memory after each try;
 * three wrong PINs in a row lock F12 for five minutes.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "i18n.h"
#include "tui.h"
#include "xalloc.h"

static void
pin_draw(struct app *a)
{
	char stars[APP_PIN_MAX];
	size_t n = strlen(a->pin);
	int w;

	long wait = pin_guard_wait(&a->pin_guard, app_clock_s());
	char *msg;

	memset(stars, '*', n);
	stars[n] = '\0';
	tui_put(2, 2, COLS - 4, _("Operator: type the PIN to record a price or close remit."),
	    CLR_NORMAL);
	w = tui_put(4, 2, COLS - 4, _("PIN: "), CLR_NORMAL);
	tui_cell(4, 2 + w, APP_PIN_MAX, stars, CLR_INPUT, ALIGN_PAD);
	if (wait > 0) {
		msg = xasprintf(ngettext("Three wrong PINs: wait %ld second "
		    "before the next try.", "Three wrong PINs: wait %ld seconds "
		    "before the next try.", wait), wait);
		tui_put(6, 2, COLS - 4, msg, CLR_ERROR);
		free(msg);
	}
}

static enum key_result
pin_text(struct app *a, int ch)
{
	size_t n = strlen(a->pin);

	if (pin_guard_wait(&a->pin_guard, app_clock_s()) > 0)
		return KEY_DONE;	/* nothing typed counts during the wait */
	if (n + 1 < sizeof a->pin) {
		a->pin[n] = (char)ch;
		a->pin[n + 1] = '\0';
	}
	return KEY_DONE;
}

static enum key_result
pin_erase(struct app *a)
{
	size_t n = strlen(a->pin);

	if (n > 0)
		a->pin[n - 1] = '\0';
	return KEY_DONE;
}

static enum key_result
pin_enter(struct app *a)
{
	long now = app_clock_s();
	int ok;

	if (pin_guard_wait(&a->pin_guard, now) > 0) {
		explicit_bzero(a->pin, sizeof a->pin);
		return KEY_DONE;
	}
	ok = pin_check(a->pin_hash, a->pin);
	explicit_bzero(a->pin, sizeof a->pin);
	pin_guard_try(&a->pin_guard, ok, now);
	if (ok) {
		a->sel = 0;
		app_goto(a, SCR_OPERATOR);
	}
	else if (pin_guard_wait(&a->pin_guard, now) == 0)
		app_message(a, _("That is not the PIN."));
	return KEY_DONE;
}

static enum key_result
pin_cancel(struct app *a)
{
	explicit_bzero(a->pin, sizeof a->pin);
	app_goto(a, a->pin_return);
	return KEY_DONE;
}

static const struct key_binding pin_keys[] = {
	{ '\r', "Enter", N_("Check the PIN"), pin_enter, 0 },
	{ 27, "Esc", N_("Cancel"), pin_cancel, 0 },
	{ KEY_BACKSPACE, "\xe2\x8c\xab", N_("Erase"), pin_erase, 0 },
	{ 0, NULL, NULL, NULL, 0 }
};

const struct screen screen_pin = {
	N_("Operator"), pin_draw, pin_keys, pin_text
};
