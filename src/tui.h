/*
 * tui.h - the terminal: the one module that owns ncurses.
 *
 * Start-up and shutdown, the colours named by what they mean (with a
 * monochrome scheme, chosen when the terminal has no colours or NO_COLOR is
 * set), the mouse, safe drawing of untrusted UTF-8 text cut to a width with
 * an ellipsis, and clickable zones.  Screens draw only through these
 * functions and never name a raw colour.  tui_fatal() restores the terminal
 * before it prints.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_TUI_H
#define REMIT_TUI_H

#include <curses.h>

#include "xalloc.h"

/* The smallest terminal the screens are laid out for. */
#define TUI_MIN_COLS	80
#define TUI_MIN_LINES	24

enum tui_colour {
	CLR_NORMAL,
	CLR_TITLE,		/* the title bar */
	CLR_HELP,		/* the help line */
	CLR_HELP_KEY,		/* a key's name on the help line */
	CLR_SELECTED,		/* the highlighted row */
	CLR_CHEAPEST,		/* the best quote */
	CLR_OVER_LIMIT,		/* a quote over 5% */
	CLR_WARNING,		/* out-of-date, sample data, hidden rates */
	CLR_ERROR,		/* an input that cannot be used */
	CLR_DIM,		/* unavailable rows, secondary text */
	CLR_INPUT,		/* a text field */
	CLR_BIG,		/* facilitator mode: text for a projector */
	CLR_RIGHT,		/* a right answer */
	CLR_BAR,		/* a bar of a chart */
	LAST_CLR
};

/* Cell alignment for tui_cell(). */
enum tui_align { ALIGN_LEFT, ALIGN_PAD, ALIGN_RIGHT };

/*
 * Starts curses.  raw_keys: Ctrl-C, Ctrl-Z and Ctrl-\ arrive as keys
 * instead of signals (kiosk mode).  Returns 0, or -1 when the terminal
 * cannot be used (a message has been printed).
 */
int tui_init(int raw_keys);
/* Restores the terminal; safe to call twice. */
void tui_end(void);
/* Restores the terminal, prints "remit: MESSAGE" and exits with 2. */
void tui_fatal(const char *fmt, ...) REMIT_PRINTF(1, 2)
    __attribute__((noreturn));
/* The attributes of a colour in the current scheme. */
attr_t tui_attr(enum tui_colour c);
/* Nonzero when the window is smaller than TUI_MIN_COLS x TUI_MIN_LINES. */
int tui_too_small(void);

/*
 * Draws s (untrusted UTF-8: control characters become '?') at y, x in at
 * most `width` columns, cut with an ellipsis when longer; ALIGN_PAD fills
 * the width with spaces, ALIGN_RIGHT aligns to the right edge.  Returns
 * the number of columns drawn.
 */
int tui_cell(int y, int x, int width, const char *s, enum tui_colour c,
    enum tui_align align);
/* tui_cell, left-aligned, unpadded. */
int tui_put(int y, int x, int width, const char *s, enum tui_colour c);
/*
 * Draws s word-wrapped into `width` columns from line y, at most `maxlines`
 * lines; returns the number of lines used (a word longer than the width is
 * cut).
 */
int tui_wrap(int y, int x, int width, int maxlines, const char *s,
    enum tui_colour c);
/*
 * tui_wrap, leaving out the first `skip` lines (scrolling); returns the
 * number of lines drawn.
 */
int tui_wrap_from(int y, int x, int width, int skip, int maxlines,
    const char *s, enum tui_colour c);
/* The number of lines s takes word-wrapped into `width` columns. */
int tui_wrap_count(int width, const char *s);
/* Display columns of s once made safe. */
int tui_width(const char *s);
/* Fills a line with the colour's background. */
void tui_fill(int y, enum tui_colour c);

/* Forgets every clickable zone (done before each full redraw). */
void tui_zone_clear(void);
/* Marks columns x..x+w of line y: a click there selects item (or -1 for
 * none) and then acts as the key. */
void tui_zone_add(int y, int x, int w, int key, int item);
/* The zone under a click: returns 0 and fills key/item, or -1. */
int tui_zone_find(int y, int x, int *key, int *item);

/* A key's name for the help line ("Enter", "Esc", "Tab") as keyboards
 * print it in the language; other names are returned as they are. */
const char *tui_key_name(const char *name);

#endif
