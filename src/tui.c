/*
 * tui.c - the terminal: curses start-up and shutdown, colour schemes, safe
 * wide-character drawing, clickable zones.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <langinfo.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "i18n.h"
#include "tui.h"
#include "util.h"

#define MAX_ZONES	256

struct zone {
	int	y, x, w;
	int	key;
	int	item;
};

static int		 started;
static int		 colour;
static attr_t		 attrs[LAST_CLR];
static struct zone	 zones[MAX_ZONES];
static int		 nzones;
static int		 utf8;
static int		 ascii;		/* symbols drawn as ASCII */

/* Symbols the screens use, and what stands in for them on terminals
 * whose fonts may lack them (the Linux console, VT100s); each stand-in is
 * as wide as the symbol, so the layout does not move. */
static const struct {
	wchar_t	symbol;
	wchar_t	ascii;
} stand_ins[] = {
	{ 0x2713, L'*' },	/* check mark: the best quote */
	{ 0x2191, L'^' },	/* up arrow */
	{ 0x2193, L'v' },	/* down arrow */
	{ 0x2192, L'>' },	/* right arrow: from -> to */
	{ 0x232b, L'<' },	/* erase to the left */
	{ 0x00b7, L'-' },	/* middle dot */
	{ 0x2014, L'-' },	/* em dash */
	{ 0x2026, L'~' },	/* ellipsis */
};

/* Colour pairs on the terminal's own background (readable on black or
 * white); bars use reverse video so they work in both as well. */
static const struct {
	short	fg;
	attr_t	extra;
	attr_t	mono;
} scheme[LAST_CLR] = {
	[CLR_NORMAL] =		{ -1, 0, 0 },
	[CLR_TITLE] =		{ COLOR_BLUE, A_REVERSE | A_BOLD,
				    A_REVERSE | A_BOLD },
	[CLR_HELP] =		{ -1, A_REVERSE, A_REVERSE },
	[CLR_HELP_KEY] =	{ COLOR_CYAN, A_REVERSE | A_BOLD,
				    A_REVERSE | A_BOLD },
	[CLR_SELECTED] =	{ -1, A_REVERSE, A_REVERSE },
	[CLR_CHEAPEST] =	{ COLOR_GREEN, A_BOLD, A_BOLD },
	[CLR_OVER_LIMIT] =	{ COLOR_RED, A_BOLD, A_BOLD | A_UNDERLINE },
	[CLR_WARNING] =		{ COLOR_MAGENTA, A_BOLD, A_BOLD },
	[CLR_ERROR] =		{ COLOR_RED, A_BOLD, A_BOLD },
	[CLR_DIM] =		{ -1, A_DIM, A_DIM },
	[CLR_INPUT] =		{ -1, A_UNDERLINE | A_BOLD,
				    A_UNDERLINE | A_BOLD },
	[CLR_BIG] =		{ -1, A_BOLD, A_BOLD },
	[CLR_RIGHT] =		{ COLOR_GREEN, A_BOLD, A_BOLD | A_UNDERLINE },
	[CLR_BAR] =		{ COLOR_CYAN, A_REVERSE, A_REVERSE },
};

/* Nonzero when symbols should be drawn as ASCII: not a UTF-8 locale, a
 * VT100-like terminal, the Linux console, or REMIT_ASCII set. */
static int
want_ascii(void)
{
	const char *t = getenv("TERM"), *e = getenv("REMIT_ASCII");

	if (!utf8 || (e != NULL && *e != '\0'))
		return 1;
	if (t == NULL)
		return 1;
	return strncmp(t, "vt", 2) == 0 || strcmp(t, "linux") == 0;
}

static wchar_t
stand_in(wchar_t c)
{
	size_t i;

	for (i = 0; ascii && i < sizeof stand_ins / sizeof stand_ins[0]; i++)
		if (stand_ins[i].symbol == c)
			return stand_ins[i].ascii;
	return c;
}

static int
want_colour(void)
{
	const char *nc = getenv("NO_COLOR");

	if (nc != NULL && *nc != '\0')
		return 0;
	return has_colors();
}

static void
colours_init(void)
{
	int i;

	colour = want_colour();
	if (colour && start_color() == ERR)
		colour = 0;
	if (colour)
		use_default_colors();
	for (i = 0; i < LAST_CLR; i++) {
		if (!colour || scheme[i].fg < 0) {
			attrs[i] = colour ? scheme[i].extra : scheme[i].mono;
			continue;
		}
		init_pair((short)(i + 1), scheme[i].fg, -1);
		attrs[i] = COLOR_PAIR(i + 1) | scheme[i].extra;
	}
}

int
tui_init(int raw_keys)
{
	const char *cs = nl_langinfo(CODESET);

	utf8 = cs != NULL && strcmp(cs, "UTF-8") == 0;
	ascii = want_ascii();
	if (newterm(NULL, stdout, stdin) == NULL) {
		fprintf(stderr, _("remit: this terminal cannot be used (TERM=%s); "
		    "set TERM to your terminal's type, e.g. xterm-256color or "
		    "linux\n"), getenv("TERM") ? getenv("TERM") : "");
		return -1;
	}
	started = 1;
	if (raw_keys)
		raw();
	else
		cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED, NULL);
	mouseinterval(0);
	colours_init();
	return 0;
}

void
tui_end(void)
{
	if (!started)
		return;
	started = 0;
	curs_set(1);
	endwin();
}

void
tui_fatal(const char *fmt, ...)
{
	va_list ap;

	tui_end();
	fputs("remit: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

attr_t
tui_attr(enum tui_colour c)
{
	return attrs[c];
}

int
tui_too_small(void)
{
	return COLS < TUI_MIN_COLS || LINES < TUI_MIN_LINES;
}

/* Decodes s (already made safe) into wide characters; the caller frees.
 * Characters the terminal cannot show become '?'. */
static wchar_t *
widen(const char *s, size_t *len)
{
	char *safe = text_safe(s);
	size_t n = strlen(safe), i = 0, k;
	wchar_t *w = xcalloc(n + 1, sizeof *w);
	const char *p = safe;
	mbstate_t st;

	memset(&st, 0, sizeof st);
	while (*p != '\0') {
		k = mbrtowc(&w[i], p, strlen(p), &st);
		if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
			memset(&st, 0, sizeof st);
			w[i] = L'?';
			k = 1;
		}
		if (wcwidth(w[i]) < 0 || (w[i] >= 0x80 && w[i] < 0xa0))
			w[i] = L'?';
		w[i] = stand_in(w[i]);
		p += k;
		i++;
	}
	w[i] = L'\0';
	*len = i;
	free(safe);
	return w;
}

static int
wcol(wchar_t c)
{
	int w = wcwidth(c);

	return w < 0 ? 1 : w;
}

int
tui_width(const char *s)
{
	size_t n, i;
	wchar_t *w = widen(s, &n);
	int cols = 0;

	for (i = 0; i < n; i++)
		cols += wcol(w[i]);
	free(w);
	return cols;
}

/* Cuts w to `width` columns, ending with an ellipsis when cut; returns
 * the columns kept. */
static int
fit(wchar_t *w, size_t n, int width)
{
	int cols = 0, ell = 1;
	size_t i;

	for (i = 0; i < n; i++)
		cols += wcol(w[i]);
	if (cols <= width)
		return cols;
	cols = 0;
	for (i = 0; i < n && cols + wcol(w[i]) <= width - ell; i++)
		cols += wcol(w[i]);
	if (width >= ell) {
		w[i++] = stand_in(utf8 ? (wchar_t)0x2026 : L'~');
		cols += ell;
	}
	w[i] = L'\0';
	return cols;
}

int
tui_cell(int y, int x, int width, const char *s, enum tui_colour c,
    enum tui_align align)
{
	size_t n;
	wchar_t *w;
	int cols, pad;

	if (width <= 0 || y < 0 || y >= LINES || x >= COLS)
		return 0;
	if (x + width > COLS)
		width = COLS - x;
	w = widen(s, &n);
	cols = fit(w, n, width);
	pad = width - cols;
	attrset(attrs[c]);
	if (align == ALIGN_RIGHT) {
		mvhline(y, x, ' ', pad);
		mvaddwstr(y, x + pad, w);
	} else {
		mvaddwstr(y, x, w);
		if (align == ALIGN_PAD && pad > 0)
			mvhline(y, x + cols, ' ', pad);
	}
	attrset(A_NORMAL);
	free(w);
	return align == ALIGN_LEFT ? cols : width;
}

int
tui_put(int y, int x, int width, const char *s, enum tui_colour c)
{
	return tui_cell(y, x, width, s, c, ALIGN_LEFT);
}

/* Length in bytes of the next line of s that fits `width` columns,
 * breaking after a space when one is there. */
static size_t
wrap_len(const char *s, int width)
{
	size_t i = 0, brk = 0, k;
	char one[8];
	int cols = 0;

	while (s[i] != '\0' && s[i] != '\n') {
		k = 1;
		while ((s[i + k] & 0xc0) == 0x80)
			k++;
		memcpy(one, s + i, k < 7 ? k : 7);
		one[k < 7 ? k : 7] = '\0';
		cols += tui_width(one);
		if (cols > width)
			return brk > 0 ? brk : i;
		i += k;
		if (s[i - 1] == ' ')
			brk = i;
	}
	return i;
}

int
tui_wrap_from(int y, int x, int width, int skip, int maxlines,
    const char *s, enum tui_colour c)
{
	int lines = 0, seen = 0;
	size_t n;
	char *line;

	while (*s != '\0' && lines < maxlines && width > 0) {
		n = wrap_len(s, width);
		if (n == 0 && *s != '\n')
			n = 1;
		if (seen++ >= skip) {
			line = xstrndup(s, n);
			tui_put(y + lines, x, width, line, c);
			free(line);
			lines++;
		}
		s += n;
		if (*s == '\n')
			s++;
	}
	return lines;
}

int
tui_wrap(int y, int x, int width, int maxlines, const char *s,
    enum tui_colour c)
{
	return tui_wrap_from(y, x, width, 0, maxlines, s, c);
}

int
tui_wrap_count(int width, const char *s)
{
	int lines = 0;
	size_t n;

	while (*s != '\0' && width > 0) {
		n = wrap_len(s, width);
		if (n == 0 && *s != '\n')
			n = 1;
		s += n;
		if (*s == '\n')
			s++;
		lines++;
	}
	return lines;
}

void
tui_fill(int y, enum tui_colour c)
{
	attrset(attrs[c]);
	mvhline(y, 0, ' ', COLS);
	attrset(A_NORMAL);
}

void
tui_zone_clear(void)
{
	nzones = 0;
}

void
tui_zone_add(int y, int x, int w, int key, int item)
{
	if (nzones == MAX_ZONES)
		return;
	zones[nzones].y = y;
	zones[nzones].x = x;
	zones[nzones].w = w;
	zones[nzones].key = key;
	zones[nzones].item = item;
	nzones++;
}

int
tui_zone_find(int y, int x, int *key, int *item)
{
	int i;

	for (i = nzones - 1; i >= 0; i--)
		if (zones[i].y == y && x >= zones[i].x &&
		    x < zones[i].x + zones[i].w) {
			*key = zones[i].key;
			*item = zones[i].item;
			return 0;
		}
	return -1;
}

const char *
tui_key_name(const char *name)
{
	if (strcmp(name, "Enter") == 0)
		/* TRANSLATORS: the Enter key on the help line, as keyboards
		   print it in your language (French "Entrée", Spanish
		   "Intro"); keep "Enter" if that is what they print. */
		return _("Enter");
	if (strcmp(name, "Esc") == 0)
		/* TRANSLATORS: the Escape key on the help line, short, as
		   keyboards print it (French "Échap"); keep "Esc" if that is
		   what they print. */
		return _("Esc");
	if (strcmp(name, "Tab") == 0)
		/* TRANSLATORS: the Tab key on the help line, short, as
		   keyboards print it; keep "Tab" if that is what they
		   print. */
		return _("Tab");
	return name;
}
