/*
 * app.c - the app's loop: start-up, drawing a screen with its help line,
 * keys and clicks to the screen's key table, resizing, the kiosk's idle
 * countdown and reset, and timings for the bench (REMIT_BENCH=1).
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <langinfo.h>
#include <stdint.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "numfmt.h"
#include "i18n.h"
#include "isocodes.h"
#include "lesson-ui.h"
#include "remit.h"
#include "speak.h"
#include "tui.h"

/* The countdown shown before a kiosk resets, in seconds (shorter when
 * --idle is shorter). */
#define COUNTDOWN_S	15

static const struct screen *const screens[LAST_SCR] = {
	[SCR_LANG] = &screen_lang,	[SCR_HOME] = &screen_home,
	[SCR_FROM] = &screen_from,	[SCR_TO] = &screen_to,
	[SCR_AMOUNT] = &screen_amount,	[SCR_PAYOUT] = &screen_payout,
	[SCR_RESULTS] = &screen_results, [SCR_DETAILS] = &screen_details,
	[SCR_YEAR] = &screen_year,	[SCR_ABOUT] = &screen_about,
	[SCR_PIN] = &screen_pin,	[SCR_MODULES] = &screen_modules,
	[SCR_LESSON] = &screen_lesson,	[SCR_OPERATOR] = &screen_operator,
	[SCR_RECORD] = &screen_record,
};

static char	*messages_locale;	/* LC_MESSAGES to reapply */
static char	*language_at_start;	/* $LANGUAGE as given, or NULL */
static int	 bench;
static int	 drawn_once;

/* Microseconds of a monotonic clock. */
static int64_t
usec_of(const struct timespec *ts)
{
	return (int64_t)ts->tv_sec * 1000000 + ts->tv_nsec / 1000;
}

static int64_t
now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return usec_of(&ts);
}

long
app_clock_s(void)
{
	return (long)(now_us() / 1000000);
}

/* "bench: WHAT N.NNN ms" on stderr. */
static void
bench_print(const char *what, int64_t us)
{
	fprintf(stderr, "bench: %s %lld.%03lld ms\n", what,
	    (long long)(us / 1000), (long long)(us % 1000));
}

/* Makes sure the process uses a UTF-8 locale, as wide characters and the
 * translations need; numbers stay in the C locale. */
static void
locale_utf8(void)
{
	const char *cs = nl_langinfo(CODESET);

	if (cs == NULL || strcmp(cs, "UTF-8") != 0) {
		if (setlocale(LC_ALL, "C.UTF-8") == NULL)
			setlocale(LC_ALL, "C.utf8");
		setlocale(LC_NUMERIC, "C");
	}
	free(messages_locale);
	messages_locale = xstrdup(setlocale(LC_MESSAGES, NULL));
	free(language_at_start);
	language_at_start = getenv("LANGUAGE") != NULL ?
	    xstrdup(getenv("LANGUAGE")) : NULL;
}

#if ENABLE_NLS
/* GNU gettext's catalogue generation: glibc keeps the translations it
 * found while the locale's name stays the same, so a new $LANGUAGE is
 * seen only once this changes (the gettext manual, "Being a gettext
 * grok").  AM_GNU_GETTEXT([external]) checked that it exists. */
extern int _nl_msg_cat_cntr;
#endif

/* Makes gettext read $LANGUAGE again and forget the messages it found. */
static void
language_changed(void)
{
	setlocale(LC_MESSAGES, messages_locale);
#if ENABLE_NLS
	++_nl_msg_cat_cntr;
#endif
}

void
app_set_language(const char *code)
{
	setenv("LANGUAGE", code, 1);
	language_changed();
}

/* Back to the language the app was started in (--lang, else $LANGUAGE,
 * else the locale's). */
static void
language_default(const struct app *a)
{
	if (a->opt.lang != NULL)
		app_set_language(a->opt.lang);
	else if (language_at_start != NULL)
		app_set_language(language_at_start);
	else {
		unsetenv("LANGUAGE");
		language_changed();
	}
}

/* The rate folder as last loaded: `remit rates install` swaps in a new
 * folder (a new inode), which the app takes at the language screen. */
static dev_t	rates_dev;
static ino_t	rates_ino;

static void
note_rates_dir(const char *dir)
{
	struct stat st;

	if (stat(dir, &st) == 0) {
		rates_dev = st.st_dev;
		rates_ino = st.st_ino;
	}
}

/* Reloads the tables when nothing points into them and the folder was
 * replaced since it was read. */
static void
reload_rates(struct app *a)
{
	struct stat st;
	char *dir;

	if (a->has_cmp || a->corridor != NULL || a->rb.dir == NULL ||
	    stat(a->rb.dir, &st) != 0 ||
	    (st.st_dev == rates_dev && st.st_ino == rates_ino))
		return;
	dir = xstrdup(a->rb.dir);
	ratebook_free(&a->rb);
	ratebook_load_dir(&a->rb, dir);
	note_rates_dir(dir);
	free(dir);
}

void
app_goto(struct app *a, enum screen_id s)
{
	if (s == SCR_LANG)
		reload_rates(a);
	s = lesson_ui_compare_leave(a, s);
	a->screen = s;
	a->sel = 0;
	a->top = 0;
	a->details_qr = 0;
	a->filter[0] = '\0';
	app_message(a, NULL);
}

void
app_message(struct app *a, const char *s)
{
	free(a->message);
	a->message = s != NULL ? xstrdup(s) : NULL;
}

void
app_reset(struct app *a)
{
	if (a->has_cmp)
		compare_free(&a->cmp);
	a->has_cmp = 0;
	a->best = NULL;
	explicit_bzero(a->amount, sizeof a->amount);
	explicit_bzero(a->filter, sizeof a->filter);
	explicit_bzero(a->pin, sizeof a->pin);
	memset(a->from, 0, sizeof a->from);
	a->corridor = NULL;
	a->inverse = 0;
	a->payout = PAYOUT_ANY;
	a->sort = SORT_COST;
	a->row = 0;
	a->results_return = SCR_PAYOUT;
	lesson_ui_reset(a);
	language_default(a);
	app_goto(a, SCR_LANG);
	clearok(curscr, TRUE);
}

int
app_compare(struct app *a)
{
	struct compare_request req;
	struct numstyle st;
	char *why, *plain;
	int rv;

	if (a->has_cmp)
		compare_free(&a->cmp);
	a->has_cmp = 0;
	memset(&req, 0, sizeof req);
	numstyle_current(&st);
	plain = numfmt_amount_plain(&st, a->amount);	/* as typed */
	req.inverse = a->inverse;
	req.amount = plain;
	req.payout = a->payout;
	req.sort = a->sort;
	rv = compare_run(&a->cmp, a->corridor, &req, &why);
	free(plain);
	if (rv != 0) {
		app_message(a, why);
		free(why);
		return -1;
	}
	a->has_cmp = 1;
	a->best = a->cmp.best;
	return 0;
}

int
app_table_old(const struct app *a, const struct corridor *c)
{
	long age = corridor_age_days(c, remit_today());

	return a->opt.max_age_days >= 0 && age > a->opt.max_age_days;
}

void
draw_title(struct app *a, const char *title)
{
	char *line = xasprintf(" remit \xc2\xb7 %s", title);

	(void)a;
	tui_fill(0, CLR_TITLE);
	tui_put(0, 0, COLS, line, CLR_TITLE);
	free(line);
}

void
list_move(struct app *a, int n, int delta)
{
	a->sel += delta;
	if (a->sel >= n)
		a->sel = n - 1;
	if (a->sel < 0)
		a->sel = 0;
}

void
draw_list(struct app *a, int y, int rows, const char *const *labels, int n)
{
	int i;

	if (a->sel >= n)
		a->sel = n > 0 ? n - 1 : 0;
	if (a->sel < a->top)
		a->top = a->sel;
	if (a->sel >= a->top + rows)
		a->top = a->sel - rows + 1;
	for (i = a->top; i < n && i < a->top + rows; i++) {
		tui_cell(y + i - a->top, 2, COLS - 4, labels[i],
		    i == a->sel ? CLR_SELECTED : CLR_NORMAL, ALIGN_PAD);
		tui_zone_add(y + i - a->top, 0, COLS, '\r', i);
	}
	if (a->top > 0)
		tui_put(y - 1, COLS - 3, 1, "^", CLR_DIM);
	if (a->top + rows < n)
		tui_put(y + rows, COLS - 3, 1, "v", CLR_DIM);
}

/* Nonzero when a key is not offered: kiosk-only limits, no print
 * command, no voice for the language. */
static int
key_hidden(const struct app *a, const struct key_binding *k)
{
	return (a->opt.kiosk && (k->flags & KB_NOT_KIOSK)) ||
	    (a->opt.print_command == NULL && (k->flags & KB_PRINT)) ||
	    ((k->flags & KB_SPEECH) && !speak_has_voice());
}

void
app_listen(struct app *a, const char *text)
{
	if (speak_say(text) != 0)
		app_message(a, _("This cannot be read aloud here: no voice or "
		    "no sound device."));
}

/* Nonzero when a key's name is a symbol (the arrows), which says what it
 * does without its label. */
static int
key_name_is_symbol(const char *name)
{
	return (unsigned char)name[0] >= 0x80;
}

/* The width of the help line: gap columns between keys; with terse, the
 * arrows without their labels. */
static int
help_width(struct app *a, const struct screen *s, int gap, int terse)
{
	const struct key_binding *k;
	int w = 1;

	for (k = s->keys; k->key != 0; k++) {
		if (k->key_name == NULL || key_hidden(a, k))
			continue;
		w += tui_width(tui_key_name(k->key_name)) + gap;
		if (!terse || !key_name_is_symbol(k->key_name))
			w += 1 + tui_width(_(k->label));
	}
	return w;
}

/*
 * The help line: every key of the screen's table that has a name.  When
 * it does not fit, the keys move closer, then the arrows lose their
 * labels, so that no key is ever cut off.
 */
static void
draw_help(struct app *a, const struct screen *s)
{
	const struct key_binding *k;
	int x = 1, w, gap = 2, terse = 0;

	if (help_width(a, s, gap, terse) > COLS)
		gap = 1;
	if (help_width(a, s, gap, terse) > COLS)
		terse = 1;
	tui_fill(LINES - 1, CLR_HELP);
	for (k = s->keys; k->key != 0; k++) {
		if (k->key_name == NULL || key_hidden(a, k))
			continue;
		w = tui_put(LINES - 1, x, COLS - x, tui_key_name(k->key_name),
		    CLR_HELP_KEY);
		if (!terse || !key_name_is_symbol(k->key_name))
			w += tui_put(LINES - 1, x + w + 1, COLS - x - w - 1,
			    _(k->label), CLR_HELP) + 1;
		tui_zone_add(LINES - 1, x, w, k->key, -1);
		x += w + gap;
		if (x >= COLS)
			break;
	}
}

static void
draw_too_small(void)
{
	const char *msg = _("This window is too small: make it at least "
	    "80 columns by 24 lines.");

	tui_wrap(LINES / 2 - 1, 1, COLS - 2, 3, msg, CLR_WARNING);
}

static void
draw_countdown(long left)
{
	char *msg = xasprintf(ngettext("Are you still there? Touch the "
	    "screen or press a key. Starting again in %ld second.",
	    "Are you still there? Touch the screen or press a key. "
	    "Starting again in %ld seconds.", left), left);
	int y = LINES / 2 - 2, i;

	for (i = 0; i < 4; i++)
		tui_fill(y + i, CLR_SELECTED);
	tui_wrap(y + 1, 2, COLS - 4, 2, msg, CLR_SELECTED);
	tui_zone_add(y, 0, COLS, ' ', -1);
	free(msg);
}

static void
draw(struct app *a, long countdown)
{
	const struct screen *s = screens[a->screen];

	erase();
	tui_zone_clear();
	if (tui_too_small())
		draw_too_small();
	else {
		draw_title(a, _(s->title));
		s->draw(a);
		if (a->message != NULL)
			tui_put(LINES - 2, 1, COLS - 2, a->message,
			    CLR_ERROR);
		draw_help(a, s);
		if (countdown > 0)
			draw_countdown(countdown);
	}
	refresh();
}

/* Folds the many spellings of Enter and Backspace into one each. */
static int
key_canon(int ch)
{
	if (ch == '\n' || ch == KEY_ENTER)
		return '\r';
	if (ch == 127 || ch == 8)
		return KEY_BACKSPACE;
	return ch;
}

static void dispatch(struct app *a, int ch);

static void
click(struct app *a)
{
	MEVENT ev;
	int key, item;

	if (getmouse(&ev) != OK ||
	    !(ev.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)))
		return;
	if (tui_zone_find(ev.y, ev.x, &key, &item) != 0)
		return;
	if (item >= 0)
		a->sel = item;
	if (key != KEY_MOUSE)
		dispatch(a, key);
}

static void
dispatch(struct app *a, int ch)
{
	const struct screen *s = screens[a->screen];
	const struct key_binding *k;

	ch = key_canon(ch);
	if (ch == KEY_MOUSE) {
		click(a);
		return;
	}
	if (ch != 'v')
		speak_stop();	/* a new key stops the reading */
	if (ch == KEY_F(12) && a->opt.kiosk && a->pin_hash != NULL &&
	    a->screen != SCR_PIN) {
		a->pin_return = a->screen;
		app_goto(a, SCR_PIN);
		return;
	}
	for (k = s->keys; k->key != 0; k++)
		if (k->key == ch) {
			if (key_hidden(a, k))
				return;
			if (k->action(a) == KEY_DONE)
				return;
		}
	if (s->text != NULL && ch >= 0x20 && ch < 0x7f)
		s->text(a, ch);
}

/* Loads the tables and says on stderr which ones were left out. */
static int
load(struct app *a)
{
	const char *dir = remit_rates_dir(a->opt.rates);
	struct diags d;
	size_t i;
	char *line;

	note_rates_dir(dir);
	if (ratebook_load_dir(&a->rb, dir) != 0) {
		line = diag_format(&a->rb.diags.v[0]);
		remit_error("%s", line);
		free(line);
		if (!a->opt.kiosk)
			return -1;
	}
	for (i = 0; i < a->rb.nbroken; i++)
		remit_error(_("rate table left out: %s: %s"),
		    a->rb.broken[i].file, a->rb.broken[i].reason);
	diags_init(&d);
	if (isocodes_load(&d) != 0) {
		line = diag_format(&d.v[0]);
		remit_error("%s", line);
		free(line);
	}
	diags_free(&d);
	lesson_ui_load(a);
	/* A kiosk with an unusable PIN file still runs, with no exit. */
	if (a->opt.pin_file != NULL &&
	    (a->pin_hash = kiosk_pin_load(a->opt.pin_file)) == NULL)
		remit_error(_("no operator exit: the PIN file cannot be used"));
	return 0;
}

/* Seconds of countdown left before a reset (0: none shown); resets the
 * kiosk when it reaches the end. */
static long
idle_check(struct app *a, int64_t *last)
{
	long idle = a->opt.idle_s, cd = idle < COUNTDOWN_S ? idle :
	    COUNTDOWN_S;
	int64_t elapsed = now_us() - *last;

	if (!a->opt.kiosk || idle <= 0 || elapsed < idle * 1000000)
		return 0;
	if (a->screen == SCR_LANG && a->sel == 0) {
		*last = now_us();
		return 0;
	}
	if (elapsed >= (idle + cd) * 1000000) {
		app_reset(a);
		*last = now_us();
		return 0;
	}
	return (long)(((idle + cd) * 1000000 - elapsed) / 1000000) + 1;
}

static void
loop(struct app *a, int64_t start)
{
	int64_t last = now_us(), t0 = 0;
	long cd = 0, prev = -1;
	int ch, dirty = 1;

	while (!a->quit && !kiosk_should_quit()) {
		if (dirty) {
			draw(a, cd);
			if (bench && !drawn_once)
				bench_print("first screen", now_us() - start);
			else if (bench && t0 > 0)
				bench_print("key to refresh", now_us() - t0);
			drawn_once = 1;
			dirty = 0;
			t0 = 0;
		}
		ch = getch();
		if (ch == ERR && kiosk_terminal_gone())
			break;
		if (ch == ERR) {
			cd = idle_check(a, &last);
			dirty = cd != prev || lesson_ui_ticking(a) ||
			    a->screen == SCR_PIN;
			prev = cd;
			continue;
		}
		t0 = now_us();
		last = t0;
		dirty = 1;
		if (cd > 0) {
			cd = 0;	/* the key only dismisses the countdown */
			continue;
		}
		if (ch != KEY_RESIZE && !tui_too_small())
			dispatch(a, ch);
	}
}

static void
app_free(struct app *a)
{
	if (a->has_cmp)
		compare_free(&a->cmp);
	explicit_bzero(a->amount, sizeof a->amount);
	explicit_bzero(a->pin, sizeof a->pin);
	free(a->message);
	free(a->pin_hash);
	lesson_ui_free(a);
	ratebook_free(&a->rb);
	free(a);
	free(messages_locale);
	free(language_at_start);
	messages_locale = language_at_start = NULL;
}

int
app_run(const struct app_options *opt)
{
	int64_t start = usec_of(&remit_started);
	struct app *a = xcalloc(1, sizeof *a);
	int status = EXIT_DONE;

	a->opt = *opt;
	if (opt->speak_wav != NULL)
		speak_to_wav(opt->speak_wav);
	bench = getenv("REMIT_BENCH") != NULL;
	locale_utf8();
	if (load(a) != 0) {
		app_free(a);
		return EXIT_USAGE;
	}
	kiosk_signals(opt->kiosk);
	if (tui_init(opt->kiosk) != 0)
		status = EXIT_USAGE;
	else {
		timeout(opt->kiosk ? 250 : 1000);
		app_reset(a);
		if (opt->lang != NULL && !opt->kiosk)
			app_goto(a, SCR_HOME);
		lesson_ui_start(a);
		loop(a, start);
		speak_end();
		tui_end();
	}
	app_free(a);
	return status;
}
