/*
 * lesson-ui.c - the lesson player inside the app: loading the lessons,
 * choosing their language, starting and forgetting a module, the compare
 * step, and the end of a session: the record (anonymous counts only) and
 * the handout.  Nothing is written in kiosk mode except a record to a
 * database the kiosk was given with --db.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "i18n.h"
#include "lesson-ui.h"
#include "remit.h"
#include "store.h"

static struct lesson_ui *
ui(struct app *a)
{
	if (a->lesson == NULL)
		a->lesson = xcalloc(1, sizeof *a->lesson);
	return a->lesson;
}

void
lesson_ui_load(struct app *a)
{
	struct lesson_ui *u = ui(a);
	const char *dir = remit_lessons_dir(a->opt.lessons);
	size_t i;
	char *line;

	if (lessons_load_dir(&u->lb, dir) != 0) {
		remit_error(_("no lessons: %s cannot be read; give the lessons "
		    "folder with --lessons DIR"), dir);
		lessons_free(&u->lb);
		return;
	}
	u->loaded = 1;
	for (i = 0; i < u->lb.diags.n; i++) {
		line = diag_format(&u->lb.diags.v[i]);
		remit_error(_("lesson left out: %s"), line);
		free(line);
	}
}

static void
forget(struct lesson_ui *u)
{
	if (u->m != NULL)
		play_free(&u->play);
	u->m = NULL;
	explicit_bzero(u->field, sizeof u->field);
	u->ask = ASK_NONE;
	u->scroll = u->notes = u->ended = u->end_error = u->intro = 0;
	u->leaving = 0;
	free(u->end_msg);
	u->end_msg = NULL;
	free(u->notes_at);
	u->notes_at = NULL;
}

void
lesson_ui_reset(struct app *a)
{
	if (a->lesson != NULL)
		forget(a->lesson);
}

void
lesson_ui_free(struct app *a)
{
	if (a->lesson == NULL)
		return;
	forget(a->lesson);
	if (a->lesson->notes_fd > 0)
		close(a->lesson->notes_fd);
	if (a->lesson->loaded)
		lessons_free(&a->lesson->lb);
	free(a->lesson);
	a->lesson = NULL;
}

/* Nonzero when the language has at least one module. */
static int
has_lang(const struct lessonbook *lb, const char *lang)
{
	size_t i;

	for (i = 0; i < lb->nmodules; i++)
		if (strcmp(lb->modules[i]->language, lang) == 0)
			return 1;
	return 0;
}

const char *
lesson_ui_lang(const struct app *a)
{
	static char code[8];
	const char *env = getenv("LANGUAGE");
	const struct lesson_ui *u = a->lesson;
	size_t n;

	if (u == NULL || !u->loaded || u->lb.nmodules == 0)
		return NULL;
	if (env == NULL || *env == '\0')
		env = a->opt.lang != NULL ? a->opt.lang : LESSON_BASE_LANG;
	n = strcspn(env, ":_.@");
	snprintf(code, sizeof code, "%.*s", (int)(n < 7 ? n : 7), env);
	return code;
}

int
lesson_ui_has_lang(const struct app *a)
{
	const char *lang = lesson_ui_lang(a);

	return lang != NULL && has_lang(&a->lesson->lb, lang);
}

int
lesson_ui_available(const struct app *a)
{
	return lesson_ui_lang(a) != NULL;
}

int
lesson_ui_ticking(const struct app *a)
{
	return a->screen == SCR_LESSON && a->lesson != NULL &&
	    a->lesson->m != NULL && a->lesson->facilitate &&
	    a->lesson->play.phase == PLAY_STEPS;
}

/* The seed of the post-quiz's order: REMIT_SEED when set (tests; 0
 * keeps the file's order), else the clock and the process. */
static unsigned long
seed(void)
{
	const char *env = getenv("REMIT_SEED");
	char *end;
	unsigned long v;

	if (env != NULL && *env != '\0') {
		v = strtoul(env, &end, 10);
		if (*end == '\0')
			return v;
	}
	return ((unsigned long)time(NULL) ^ ((unsigned long)getpid() << 16))
	    | 1;
}

void
lesson_ui_play(struct app *a, const struct module *m, int facilitate)
{
	struct lesson_ui *u = ui(a);

	forget(u);
	u->m = m;
	u->facilitate = facilitate;
	play_init(&u->play, m, facilitate, facilitate ?
	    a->opt.participants : 1, app_clock_s());
	play_seed(&u->play, seed());
	u->intro = m->nobjectives > 0;
	if (facilitate && a->opt.participants <= 0)
		u->ask = ASK_PARTICIPANTS;
	app_goto(a, SCR_LESSON);
}

void
lesson_ui_start(struct app *a)
{
	const struct lesson_ui *u = a->lesson;
	const struct module *m;
	const char *lang;

	if (a->opt.module == NULL && !a->opt.lessons_first)
		return;
	if ((lang = lesson_ui_lang(a)) == NULL)
		return;
	if (a->opt.module != NULL &&
	    (m = lessons_find(&u->lb, lang, a->opt.module)) != NULL) {
		lesson_ui_play(a, m, a->opt.facilitate);
		return;
	}
	app_goto(a, SCR_MODULES);
}

void
lesson_ui_compare(struct app *a)
{
	const struct step *st = play_step(&a->lesson->play);
	const struct corridor *c;
	char *amount;
	size_t n;

	c = ratebook_find(&a->rb, st->from, st->to, NULL, NULL, &n);
	if (c == NULL) {
		app_message(a, _("No prices for this route: the rate tables "
		    "do not have it."));
		return;
	}
	amount = st->amount_text;
	memcpy(a->from, st->from, sizeof a->from);
	a->corridor = c;
	a->inverse = 0;
	snprintf(a->amount, sizeof a->amount, "%s", amount);
	a->payout = PAYOUT_ANY;
	a->sort = SORT_COST;
	if (app_compare(a) != 0)
		return;
	a->results_return = SCR_LESSON;
	app_goto(a, SCR_RESULTS);
}

enum screen_id
lesson_ui_compare_leave(struct app *a, enum screen_id to)
{
	if (a->results_return != SCR_LESSON || a->lesson == NULL ||
	    a->lesson->m == NULL || (a->screen != SCR_RESULTS &&
	    a->screen != SCR_DETAILS && a->screen != SCR_YEAR) ||
	    (to != SCR_HOME && to != SCR_LESSON))
		return to;
	if (a->has_cmp)
		compare_free(&a->cmp);
	a->has_cmp = 0;
	a->best = NULL;
	explicit_bzero(a->amount, sizeof a->amount);
	memset(a->from, 0, sizeof a->from);
	a->corridor = NULL;
	a->inverse = 0;
	a->payout = PAYOUT_ANY;
	a->row = 0;
	a->results_return = SCR_PAYOUT;
	return SCR_LESSON;
}

/* Records the session; sets the end message. */
static void
record(struct app *a, const char *path, int make_dir)
{
	struct lesson_ui *u = a->lesson;
	struct session_record r;
	struct diags d;
	struct store *s;
	long long id = 0;

	play_record(&u->play, &r);
	r.date = remit_today();
	/* Stored data: a label, not translated. */
	r.place = a->opt.place != NULL ? a->opt.place : a->opt.kiosk ?
	    "kiosk" : u->facilitate ? "not given" : "self-study";
	diags_init(&d);
	s = store_open(path, 1, make_dir, &d);
	if (s != NULL && store_record(s, &r, &id, &d) == 0)
		u->end_msg = xasprintf(_("Results recorded (session %lld)."),
		    id);
	else {
		u->end_msg = diag_format(&d.v[0]);
		u->end_error = 1;
	}
	store_close(s);
	diags_free(&d);
	play_record_free(&r);
}

void
lesson_ui_end(struct app *a)
{
	struct lesson_ui *u = a->lesson;
	struct diags d;
	char *path;

	if (u == NULL || u->m == NULL || u->ended)
		return;
	u->ended = 1;
	if (a->opt.db != NULL)
		record(a, a->opt.db, 0);
	else if (u->facilitate && !a->opt.kiosk) {
		diags_init(&d);
		if ((path = store_default_path(&d)) != NULL)
			record(a, path, 1);
		else {
			u->end_msg = diag_format(&d.v[0]);
			u->end_error = 1;
		}
		free(path);
		diags_free(&d);
	}
	if (a->opt.handout != NULL && !a->opt.kiosk)
		lesson_ui_handout(a, a->opt.handout);
}

int
lesson_ui_handout(struct app *a, const char *path)
{
	struct lesson_ui *u = a->lesson;
	char *text, *msg, *text2;
	FILE *f;
	int rc = 0;

	if (a->opt.kiosk)
		return -1;
	text = play_handout(&u->play);
	if ((f = fopen(path, "w")) == NULL)
		rc = -1;
	else if ((fputs(text, f) == EOF) | (fclose(f) != 0))
		rc = -1;
	if (rc != 0)
		msg = xasprintf(_("%s: cannot write the handout (%s); give "
		    "another file name"), path, strerror(errno));
	else
		msg = xasprintf(_("Handout written to %s."), path);
	if (u->end_msg != NULL) {
		text2 = xasprintf("%s %s", u->end_msg, msg);
		free(msg);
		msg = text2;
	}
	free(u->end_msg);
	u->end_msg = msg;
	u->end_error |= rc != 0;
	free(text);
	return rc;
}

/* Writes all of s, terminal-safe: control characters but "\n" become
 * spaces.  A reader that went away is not an error. */
static void
notes_write(int fd, const char *s)
{
	char *t = xstrdup(s), *c;
	size_t n, off = 0;
	ssize_t w;

	for (c = t; *c != '\0'; c++)
		if ((unsigned char)*c < 0x20 && *c != '\n')
			*c = ' ';
		else if ((unsigned char)*c == 0x7f)
			*c = ' ';
	n = strlen(t);
	while (off < n && ((w = write(fd, t + off, n - off)) > 0 ||
	    (w < 0 && errno == EINTR)))
		if (w > 0)
			off += (size_t)w;
	free(t);
}

/* Opens the notes output once; a FIFO with no reader yet is tried again
 * at the next move. */
static int
notes_open(struct app *a)
{
	struct lesson_ui *u = a->lesson;

	if (u->notes_fd > 0)
		return u->notes_fd;
	u->notes_fd = open(a->opt.notes_out, O_WRONLY | O_APPEND | O_CREAT |
	    O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0600);
	if (u->notes_fd < 0)
		u->notes_fd = 0;
	return u->notes_fd;
}

/* What the trainer reads: the step's notes or, in a quiz, the question
 * with its right answer as the screen letters it. */
static char *
notes_body(const struct play *p, const struct step *st)
{
	const struct quiz_question *q = play_question(p);

	if (q != NULL)
		return xasprintf(_("Question %zu of %zu: %s\nRight answer: "
		    "%c, %s"), p->q + 1, p->m->nquiz, q->prompt,
		    'A' + q->answer, q->options[q->answer]);
	return xstrdup(st != NULL && st->notes != NULL ? st->notes :
	    _("No notes for this part."));
}

void
lesson_ui_notes_sync(struct app *a)
{
	struct lesson_ui *u = a->lesson;
	const struct play *p;
	const struct step *st;
	const struct section *sec;
	char *at, *text, *body;
	int fd;

	if (a->opt.notes_out == NULL || u == NULL || u->m == NULL)
		return;
	p = &u->play;
	st = play_step(p);
	at = xasprintf("%d %zu %zu %d", (int)p->phase, p->q, p->step,
	    u->intro);
	if (u->notes_at != NULL && strcmp(at, u->notes_at) == 0) {
		free(at);
		return;
	}
	if ((fd = notes_open(a)) <= 0) {
		free(at);
		return;
	}
	free(u->notes_at);
	u->notes_at = at;
	sec = play_section(p, NULL);
	if (isatty(fd) && write(fd, "\033[H\033[2J", 7) < 0)
		return;		/* the terminal went away: nothing to do */
	body = notes_body(p, st);
	text = xasprintf("========================================\n%s\n"
	    "%s\n\n%s\n\n", u->m->title,
	    sec != NULL ? sec->title : p->phase == PLAY_PRE ? _("Before the "
	    "lesson") : p->phase == PLAY_POST ? _("After the lesson") :
	    _("Results"), body);
	notes_write(fd, text);
	free(body);
	free(text);
}
