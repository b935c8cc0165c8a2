/*
 * screen-operator.c - what the kiosk's operator reaches after the right
 * PIN (F12): a menu to record a price the centre observed, or to close
 * remit; and the form that records the price with the same library call
 * as `remit rates record` (ratebook_record).  Each field is checked before
 * the table is touched and its problem is shown next to it.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gmp.h>

#include "app.h"
#include "decimal.h"
#include "i18n.h"
#include "isocodes.h"
#include "remit.h"
#include "tui.h"
#include "xalloc.h"

enum field {
	F_FROM, F_TO, F_PROVIDER, F_NAME, F_AMOUNT, F_FEE, F_RATE, F_MID,
	F_MID_SOURCE, F_DATE, F_PAYOUT, F_SPEED, F_DEDUCTED, F_SEND_CCY,
	F_RECV_CCY, F_SAVE, NFIELDS
};

#define FIELD_MAX	64

static const char *const field_labels[NFIELDS] = {
	N_("From (country)"), N_("To (country)"), N_("Provider id"),
	N_("Name (new provider)"), N_("Amount sent"), N_("Fee"),
	N_("Rate offered"), N_("Mid-market rate"), N_("Mid-market source"),
	N_("Date"), N_("Payout (new)"), N_("Speed (new)"),
	N_("Fee deducted"), N_("Send currency (new)"),
	N_("Receive currency (new)"), N_("Save"),
};

/* The form: one operator at a time, wiped when the menu opens. */
static struct {
	char	 text[NFIELDS][FIELD_MAX];
	char	*error[NFIELDS];	/* the problem next to the field */
	int	 deducted;
	int	 changed;		/* a price was recorded */
} form;

static void
form_clear_errors(void)
{
	int i;

	for (i = 0; i < NFIELDS; i++) {
		free(form.error[i]);
		form.error[i] = NULL;
	}
}

static void
form_wipe(void)
{
	form_clear_errors();
	explicit_bzero(form.text, sizeof form.text);
	form.deducted = 0;
	snprintf(form.text[F_DATE], FIELD_MAX, "%s", remit_today());
}

/* --- the menu ------------------------------------------------------------ */

static void
operator_draw(struct app *a)
{
	const char *labels[2];

	labels[0] = _("Record a price");
	labels[1] = _("Exit the kiosk");
	tui_put(2, 2, COLS - 4, _("Operator: what do you want to do?"),
	    CLR_NORMAL);
	draw_list(a, 4, 2, labels, 2);
}

static enum key_result
operator_up(struct app *a)
{
	list_move(a, 2, -1);
	return KEY_DONE;
}

static enum key_result
operator_down(struct app *a)
{
	list_move(a, 2, 1);
	return KEY_DONE;
}

static enum key_result
operator_enter(struct app *a)
{
	if (a->sel == 1) {
		a->quit = 1;
		return KEY_DONE;
	}
	form_wipe();
	app_message(a, NULL);
	app_goto(a, SCR_RECORD);
	return KEY_DONE;
}

/* Back to the kiosk, for the next person, with the tables read again when
 * a price was recorded. */
static enum key_result
operator_leave(struct app *a)
{
	form_wipe();
	if (form.changed) {
		if (a->has_cmp)
			compare_free(&a->cmp);
		a->has_cmp = 0;
		a->best = NULL;
		a->corridor = NULL;
		ratebook_free(&a->rb);
		if (ratebook_load_dir(&a->rb, remit_rates_dir(a->opt.rates))
		    != 0)
			memset(&a->rb, 0, sizeof a->rb);
		form.changed = 0;
	}
	app_reset(a);
	return KEY_DONE;
}

static enum key_result
operator_text(struct app *a, int ch)
{
	if (ch == '1' || ch == '2') {
		a->sel = ch - '1';
		return operator_enter(a);
	}
	return KEY_DONE;
}

static const struct key_binding operator_keys[] = {
	{ '\r', "Enter", N_("Choose"), operator_enter, 0 },
	{ KEY_UP, "\xe2\x86\x91\xe2\x86\x93", N_("Move"), operator_up, 0 },
	{ KEY_DOWN, NULL, NULL, operator_down, 0 },
	{ 27, "Esc", N_("Back to the kiosk"), operator_leave, 0 },
	{ 0, NULL, NULL, NULL, 0 }
};

const struct screen screen_operator = {
	N_("Operator"), operator_draw, operator_keys, operator_text
};

/* --- the form ------------------------------------------------------------ */

static void
record_draw(struct app *a)
{
	int i, y, w = 24, fw = 20;

	if (a->sel >= NFIELDS)
		a->sel = NFIELDS - 1;
	for (i = 0; i < NFIELDS; i++) {
		y = 2 + i;
		if (y >= LINES - 2)
			break;
		tui_zone_add(y, 0, COLS, KEY_MOUSE, i);
		if (i == F_SAVE) {
			char *b = xasprintf("[ %s ]", _(field_labels[i]));

			tui_put(y, 2 + w, COLS - 4 - w, b, i == a->sel ?
			    CLR_SELECTED : CLR_NORMAL);
			tui_zone_add(y, 2 + w, tui_width(b), '\r', i);
			free(b);
			continue;
		}
		tui_cell(y, 2, w - 1, _(field_labels[i]), i == a->sel ?
		    CLR_SELECTED : CLR_NORMAL, ALIGN_PAD);
		if (i == F_DEDUCTED)
			tui_cell(y, 2 + w, fw, form.deducted ? _("[x] yes") :
			    _("[ ] no"), CLR_INPUT, ALIGN_PAD);
		else
			tui_cell(y, 2 + w, fw, form.text[i], CLR_INPUT,
			    ALIGN_PAD);
		if (form.error[i] != NULL && COLS - 6 - w - fw > 0)
			tui_put(y, 3 + w + fw, COLS - 5 - w - fw,
			    form.error[i], CLR_ERROR);
	}
	/* the selected field's problem in full, under the form */
	if (a->sel < NFIELDS && form.error[a->sel] != NULL &&
	    3 + NFIELDS + 2 < LINES - 2)
		tui_wrap(3 + NFIELDS, 2, COLS - 4, 2, form.error[a->sel],
		    CLR_ERROR);
}

static enum key_result
record_up(struct app *a)
{
	a->sel = a->sel > 0 ? a->sel - 1 : NFIELDS - 1;
	return KEY_DONE;
}

static enum key_result
record_down(struct app *a)
{
	a->sel = a->sel + 1 < NFIELDS ? a->sel + 1 : 0;
	return KEY_DONE;
}

static enum key_result
record_erase(struct app *a)
{
	size_t n;

	if (a->sel >= NFIELDS || a->sel == F_DEDUCTED || a->sel == F_SAVE)
		return KEY_DONE;
	n = strlen(form.text[a->sel]);
	if (n > 0)
		form.text[a->sel][n - 1] = '\0';
	return KEY_DONE;
}

static enum key_result
record_text(struct app *a, int ch)
{
	size_t n;

	if (a->sel >= NFIELDS || a->sel == F_SAVE)
		return KEY_DONE;
	if (a->sel == F_DEDUCTED) {
		if (ch == ' ')
			form.deducted = !form.deducted;
		return KEY_DONE;
	}
	n = strlen(form.text[a->sel]);
	if (n + 1 < FIELD_MAX) {
		form.text[a->sel][n] = (char)ch;
		form.text[a->sel][n + 1] = '\0';
	}
	return KEY_DONE;
}

/* The field's text, or NULL when it is empty. */
static const char *
field(enum field f)
{
	return form.text[f][0] != '\0' ? form.text[f] : NULL;
}

static void
field_error(enum field f, char *msg)
{
	free(form.error[f]);
	form.error[f] = msg;
}

/* Checks one country field; writes the alpha-2 code into code. */
static void
check_country(enum field f, char code[3])
{
	const struct country *c;

	if (field(f) == NULL)
		field_error(f, xstrdup(_("needed")));
	else if ((c = country_lookup(form.text[f])) == NULL)
		field_error(f, xstrdup(_("no such country; give a code such "
		    "as GB")));
	else
		memcpy(code, c->alpha2, 3);
}

static void
check_decimal(enum field f)
{
	mpq_t q;
	enum dec_status st;

	if (field(f) == NULL) {
		field_error(f, xstrdup(_("needed")));
		return;
	}
	mpq_init(q);
	st = dec_parse_amount(q, form.text[f], -1);
	mpq_clear(q);
	if (st != DEC_OK)
		field_error(f, dec_explain(st, form.text[f], -1, NULL));
}

static int
valid_date(const char *s)
{
	int i;

	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : s[i] < '0' || s[i] > '9')
			return 0;
	return s[10] == '\0';
}

/* Every field's own check; returns the first field with a problem, or
 * NFIELDS. */
static int
check_fields(char from[3], char to[3])
{
	int i, s;

	form_clear_errors();
	check_country(F_FROM, from);
	check_country(F_TO, to);
	if (field(F_PROVIDER) == NULL)
		field_error(F_PROVIDER, xstrdup(_("needed")));
	for (i = F_AMOUNT; i <= F_MID; i++)
		check_decimal(i);
	if (!valid_date(form.text[F_DATE]))
		field_error(F_DATE, xstrdup(_("write the day as YYYY-MM-DD")));
	if (field(F_PAYOUT) != NULL && payout_parse(form.text[F_PAYOUT]) == 0)
		field_error(F_PAYOUT, xstrdup(_("one of cash, account, "
		    "wallet")));
	if (field(F_SPEED) != NULL) {
		for (s = 0; s < LAST_SPEED; s++)
			if (strcmp(form.text[F_SPEED], speed_name(s)) == 0)
				break;
		if (s == LAST_SPEED)
			field_error(F_SPEED, xstrdup(_("one of under-1-hour, "
			    "same-day, next-day, 2-days, 3-5-days, 6-days-plus")));
	}
	for (i = 0; i < NFIELDS; i++)
		if (form.error[i] != NULL)
			return i;
	return NFIELDS;
}

/* The field a library diagnostic is about, when its words say so. */
static enum field
diag_field(const struct diag *g)
{
	if (g->msg != NULL && strstr(g->msg, "--send-currency") != NULL)
		return F_SEND_CCY;
	if (g->msg != NULL && strstr(g->msg, "--name") != NULL)
		return F_NAME;
	return F_SAVE;
}

static enum key_result
record_save(struct app *a)
{
	struct rate_record r;
	struct diags d;
	char from[3] = "", to[3] = "", *msg;
	int bad;
	size_t i;

	if ((bad = check_fields(from, to)) < NFIELDS) {
		a->sel = bad;
		app_message(a, _("Fix the fields marked in red, then save."));
		return KEY_DONE;
	}
	memset(&r, 0, sizeof r);
	r.from = from;
	r.to = to;
	r.provider = field(F_PROVIDER);
	r.name = field(F_NAME);
	r.amount = field(F_AMOUNT);
	r.fee = field(F_FEE);
	r.rate = field(F_RATE);
	r.mid = field(F_MID);
	r.mid_source = field(F_MID_SOURCE);
	r.date = field(F_DATE);
	r.payout = field(F_PAYOUT);
	r.speed = field(F_SPEED);
	r.deducted = form.deducted;
	r.send_currency = field(F_SEND_CCY);
	r.receive_currency = field(F_RECV_CCY);
	diags_init(&d);
	if (ratebook_record(remit_rates_dir(a->opt.rates), &r, &d) != 0) {
		for (i = 0; i < d.n; i++) {
			enum field f = diag_field(&d.v[i]);

			if (form.error[f] == NULL)
				field_error(f, xstrdup(d.v[i].msg));
		}
		msg = d.n > 0 ? diag_format(&d.v[0]) :
		    xstrdup(_("The price was not recorded."));
		app_message(a, msg);
		free(msg);
		a->sel = d.n > 0 ? (int)diag_field(&d.v[0]) : F_SAVE;
		diags_free(&d);
		return KEY_DONE;
	}
	diags_free(&d);
	form.changed = 1;
	msg = xasprintf(_("Recorded for %s-%s: %s at %s, fee %s, rate %s, "
	    "on %s.\n"), from, to, r.provider, r.amount, r.fee, r.rate,
	    r.date);
	msg[strcspn(msg, "\n")] = '\0';
	app_message(a, msg);
	free(msg);
	/* the next price is often the same corridor: keep from, to, date */
	for (i = F_PROVIDER; i < NFIELDS; i++)
		if (i != F_DATE)
			explicit_bzero(form.text[i], FIELD_MAX);
	form.deducted = 0;
	a->sel = F_PROVIDER;
	return KEY_DONE;
}

static enum key_result
record_enter(struct app *a)
{
	if (a->sel == F_SAVE)
		return record_save(a);
	return record_down(a);
}

static enum key_result
record_back(struct app *a)
{
	form_clear_errors();
	app_message(a, NULL);
	app_goto(a, SCR_OPERATOR);
	return KEY_DONE;
}

static const struct key_binding record_keys[] = {
	{ '\r', "Enter", N_("Next field"), record_enter, 0 },
	{ '\t', NULL, NULL, record_down, 0 },
	{ KEY_DOWN, "\xe2\x86\x91\xe2\x86\x93", N_("Move"), record_down, 0 },
	{ KEY_UP, NULL, NULL, record_up, 0 },
	{ KEY_BTAB, NULL, NULL, record_up, 0 },
	{ KEY_F(2), "F2", N_("Save"), record_save, 0 },
	{ KEY_BACKSPACE, "\xe2\x8c\xab", N_("Erase"), record_erase, 0 },
	{ 27, "Esc", N_("Back"), record_back, 0 },
	{ 0, NULL, NULL, NULL, 0 }
};

const struct screen screen_record = {
	N_("Record a price"), record_draw, record_keys, record_text
};
