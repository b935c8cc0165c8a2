/*
 * app.h - the ncurses app: its state, its screens and the loop.
 *
 * One struct app holds everything: the rate tables, the options, the
 * screen shown and every answer the person gave.  app_reset() clears the
 * answers (a kiosk does it when the person walks away).  Each screen lives
 * in its own screen-NAME.c and exposes a struct screen: draw() paints the
 * whole screen, a key table maps keys to actions (and builds the help
 * line), and text() receives typed characters on screens with a text
 * field.  Nothing the person types is written anywhere.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_APP_H
#define REMIT_APP_H

#include <stddef.h>

#include "compare.h"
#include "pin.h"
#include "ratebook.h"

struct lesson_ui;

enum screen_id {
	SCR_LANG, SCR_HOME, SCR_FROM, SCR_TO, SCR_AMOUNT, SCR_PAYOUT,
	SCR_RESULTS, SCR_DETAILS, SCR_YEAR, SCR_ABOUT, SCR_PIN,
	SCR_MODULES, SCR_LESSON, SCR_OPERATOR, SCR_RECORD,
	LAST_SCR
};

/* What a key action tells the loop. */
enum key_result { KEY_IGNORED, KEY_DONE };

struct app_options {
	const char	*rates;		/* folder, or NULL: the default */
	const char	*lessons;	/* folder, or NULL: the default */
	const char	*lang;		/* language code, or NULL */
	const char	*pin_file;	/* kiosk operator PIN, or NULL */
	long		 idle_s;	/* kiosk: idle seconds before reset */
	long		 max_age_days;	/* older tables are flagged */
	int		 kiosk;
	/* the lessons (lesson-ui.h, cmd-lesson.c) */
	int		 lessons_first;	/* open on the module list */
	const char	*module;	/* play this module first */
	int		 facilitate;
	const char	*place;
	long		 participants;	/* 0: asked */
	const char	*db;		/* sessions database, or NULL */
	const char	*handout;	/* written at the end, or NULL */
	const char	*notes_out;	/* presenter notes go there, or NULL */
	const char	*print_command;	/* `P` on the results pipes a slip
					   to it, or NULL */
	const char	*speak_wav;	/* speech goes to this WAV file, or
					   NULL: played */
};

#define APP_AMOUNT_MAX	32
#define APP_FILTER_MAX	48
#define APP_PIN_MAX	32

struct app {
	struct app_options	 opt;
	struct ratebook		 rb;
	char			*pin_hash;	/* "salt:hex", or NULL */
	int			 quit;
	enum screen_id		 screen;
	char			*message;	/* one line under the screen */
	/* the person's answers */
	int			 sel;		/* highlighted item */
	int			 top;		/* first item shown */
	char			 filter[APP_FILTER_MAX];
	char			 from[3];
	const struct corridor	*corridor;
	int			 inverse;
	char			 amount[APP_AMOUNT_MAX];
	unsigned		 payout;
	enum quote_sort		 sort;
	struct comparison	 cmp;
	int			 has_cmp;
	const struct provider	*best;		/* ranked first, or NULL */
	size_t			 row;		/* the quote chosen */
	char			 pin[APP_PIN_MAX];
	enum screen_id		 pin_return;
	struct pin_guard	 pin_guard;	/* wrong tries, app_clock_s() */
	struct lesson_ui	*lesson;	/* the lesson player */
	enum screen_id		 results_return; /* Esc on the results */
	int			 details_qr;	/* details show the QR code */
};

/* One entry of a screen's key table. */
struct key_binding {
	int		  key;
	const char	 *key_name;	/* for the help line, NULL: hidden */
	const char	 *label;	/* N_(): what it does */
	enum key_result	(*action)(struct app *);
	unsigned	  flags;	/* KB_* */
};

#define KB_NOT_KIOSK	0x1	/* not offered in kiosk mode */
#define KB_PRINT	0x2	/* only with --print-command */
#define KB_SPEECH	0x4	/* only when the language can be spoken */

struct screen {
	const char			*title;		/* N_() */
	void				(*draw)(struct app *);
	const struct key_binding	*keys;		/* ends with key 0 */
	enum key_result			(*text)(struct app *, int ch);
};

extern const struct screen screen_lang, screen_home, screen_from, screen_to,
    screen_amount, screen_payout, screen_results, screen_details,
    screen_year, screen_about, screen_pin, screen_modules, screen_lesson,
    screen_operator, screen_record;

/* Runs the app until the person or a signal ends it; returns an exit
 * status.  The options are copied. */
int app_run(const struct app_options *opt);
/* Shows another screen, with its selection at the top. */
void app_goto(struct app *a, enum screen_id s);
/* Sets (or, with NULL, clears) the message line; fmt is translated
 * already. */
void app_message(struct app *a, const char *s);
/* Clears every answer and returns to the language screen. */
void app_reset(struct app *a);
/* Runs the comparison for the answers; 0, or -1 with a message set. */
int app_compare(struct app *a);
/* Reads text aloud (Listen keys), or says on the message line why it
 * cannot. */
void app_listen(struct app *a, const char *text);
/* Switches the interface language ("en", "fr", ...). */
void app_set_language(const char *code);

/* Seconds of a monotonic clock. */
long app_clock_s(void);
/* Nonzero when the corridor's table is older than --max-age. */
int app_table_old(const struct app *a, const struct corridor *c);

/* Shared drawing: the title bar, and a list of `n` labels with the
 * highlighted one and click zones, from line y, `rows` lines high. */
void draw_title(struct app *a, const char *title);
void draw_list(struct app *a, int y, int rows, const char *const *labels,
    int n);
/* Moves the selection within n items. */
void list_move(struct app *a, int n, int delta);

/* The kiosk: signals and the operator PIN (kiosk.c). */
/* Installs the handlers: kiosk mode ignores SIGINT, SIGQUIT and SIGTSTP
 * (and turns core dumps off); SIGTERM, SIGHUP and SIGPIPE (and SIGINT
 * outside kiosk mode) ask the loop to end. */
void kiosk_signals(int kiosk);
/* Nonzero once a signal asked the app to end. */
int kiosk_should_quit(void);
/* Nonzero when the terminal has gone away (after a read gave no key). */
int kiosk_terminal_gone(void);
/* Reads a PIN file (a yescrypt record on its first line, see pin.h); NULL
 * and a message on stderr when it is unusable.  The caller frees. */
char *kiosk_pin_load(const char *path);

#endif
