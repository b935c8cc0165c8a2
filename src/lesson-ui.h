/*
 * lesson-ui.h - the lesson player inside the app: the lessons folder, the
 * module being played (a struct play, lesson-play.h), what is being
 * typed, and the end of a session (the record in the store, the handout).
 * The screens are screen-modules.c (the modules of the language) and
 * screen-lesson.c (one module, self-paced or facilitated).
 */
#ifndef REMIT_LESSON_UI_H
#define REMIT_LESSON_UI_H

#include "app.h"
#include "lesson-play.h"
#include "lesson.h"

#define LESSON_FIELD_MAX	64

/* What the text field is for. */
enum lesson_ask {
	ASK_NONE,		/* a number or calculator answer */
	ASK_PARTICIPANTS,	/* facilitated: how many people */
	ASK_HANDOUT		/* the handout's file name */
};

struct lesson_ui {
	struct lessonbook	 lb;
	int			 loaded;
	const struct module	*m;		/* being played, or NULL */
	struct play		 play;
	int			 facilitate;	/* of the module played */
	enum lesson_ask		 ask;
	char			 field[LESSON_FIELD_MAX];
	int			 scroll;	/* lines scrolled */
	int			 notes;		/* presenter notes shown */
	int			 ended;		/* the end was handled */
	int			 leaving;	/* Esc once: warned */
	char			*end_msg;	/* recorded / written, or NULL */
	int			 end_error;
};

/* Loads the lessons folder (--lessons or the default); problems go to
 * stderr, the app runs without lessons. */
void lesson_ui_load(struct app *a);
/* Forgets the module being played (a kiosk's reset, leaving). */
void lesson_ui_reset(struct app *a);
/* Releases everything. */
void lesson_ui_free(struct app *a);
/* Opens the screen `remit lesson` asked for, if any. */
void lesson_ui_start(struct app *a);
/* The language whose modules are shown: the interface's when it has
 * lessons, else English; NULL when there are none at all. */
const char *lesson_ui_lang(const struct app *a);
/* Nonzero when there are modules to show. */
int lesson_ui_available(const struct app *a);
/* Nonzero when the screen shows a running timer (redrawn each second). */
int lesson_ui_ticking(const struct app *a);
/* Starts module m, self-paced or facilitated. */
void lesson_ui_play(struct app *a, const struct module *m, int facilitate);
/* At the end: records the session (facilitated, or with --db) and
 * writes the --handout file; once. */
void lesson_ui_end(struct app *a);
/* Writes the handout to path; 0, or -1 with a message set. */
int lesson_ui_handout(struct app *a, const char *path);
/* Opens the results screen for the compare step. */
void lesson_ui_compare(struct app *a);
/* Draws the lesson screen's body from line 4 to LINES - 4, and the
 * presenter notes when shown (lesson-draw.c). */
void lesson_draw_body(struct app *a);

#endif
