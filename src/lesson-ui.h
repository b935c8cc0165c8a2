/*
 * lesson-ui.h - the lesson player inside the app: the lessons folder, the
 * module being played (a struct play, lesson-play.h), what is being
 * typed, and the end of a session (the record in the store, the handout).
 * The screens are screen-modules.c (the modules of the language) and
 * screen-lesson.c (one module, self-paced or facilitated).
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
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
	int			 intro;		/* the objectives shown */
	int			 leaving;	/* Esc once: warned */
	char			*end_msg;	/* recorded / written, or NULL */
	int			 notes_fd;	/* --notes-tty/-file, or -1 */
	char			*notes_at;	/* the place last written */
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
/* The language whose modules are shown: always the interface's, never
 * another one in its place (a module missing in that language is not
 * listed); NULL when there are no lessons at all. */
const char *lesson_ui_lang(const struct app *a);
/* Nonzero when the interface's language has at least one module. */
int lesson_ui_has_lang(const struct app *a);
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
/* Leaving a lesson's comparison (results, details, year) for `to`: Home
 * and Back both return to the lesson where it left off, with the
 * lesson's route and amount cleared from the person's own fields.
 * Returns the screen to go to (`to` when no lesson's comparison is
 * open). */
enum screen_id lesson_ui_compare_leave(struct app *a, enum screen_id to);
/* Writes the presenter notes of the current place to the trainer's own
 * terminal or file (--notes-tty, --notes-file) when the lesson has moved
 * since the last time; nothing without one. */
void lesson_ui_notes_sync(struct app *a);
/* Draws the lesson screen's body from line 4 to LINES - 4, and the
 * presenter notes when shown (lesson-draw.c). */
void lesson_draw_body(struct app *a);

#endif
