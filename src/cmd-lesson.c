/*
 * cmd-lesson.c - `remit lesson [MODULE]`: plays a money lesson in the
 * full-screen app, self-paced or in facilitator mode; without MODULE, the
 * app opens on the list of lessons.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "i18n.h"
#include "lesson.h"
#include "remit.h"
#include "store.h"

static int cmd_lesson_exec(int, char **);

const struct cmd_entry cmd_lesson_entry = {
	"lesson",
	N_("[MODULE] [OPTION]..."),
	N_("play a money lesson, alone or leading a group"),
	cmd_lesson_exec
};

static const char lesson_help[] = N_(
"Without MODULE, the app opens on the list of lessons.\n\n"
"      --lessons DIR        the folder of money lessons\n"
"      --rates DIR          the folder of rate tables (compare steps)\n"
"      --lang CODE          the language: en, fr, es or pt (only the\n"
"                           lessons written in it)\n"
"      --facilitate         lead a group: large text, the group's answers\n"
"                           counted with A-D and ?, r reveals, p shows\n"
"                           the presenter notes\n"
"      --place LABEL        facilitated: where the session is held\n"
"      --participants N     facilitated: how many people (else asked)\n"
"      --notes-tty TTY      facilitated: the presenter notes on the\n"
"                           trainer's own terminal (see its name with\n"
"                           `tty`), never on the projected screen\n"
"      --notes-file FILE    facilitated: the presenter notes appended to\n"
"                           FILE or a FIFO, as the lesson moves\n"
"      --db FILE            record the results in FILE (default: the\n"
"                           sessions database; self-paced lessons are\n"
"                           recorded only with --db)\n"
"      --handout FILE       write a handout to FILE at the end\n"
"  -h, --help               show this help and exit\n\n"
"Only counts of answers are recorded: nothing about any person.\n"
"Exit status: 0 done, 2 bad input or usage.\n");

enum { OPT_LESSONS = 256, OPT_RATES, OPT_LANG, OPT_FACILITATE, OPT_PLACE,
    OPT_PARTICIPANTS, OPT_DB, OPT_HANDOUT, OPT_NOTES_TTY, OPT_NOTES_FILE };

static const struct option longopts[] = {
	{ "lessons", required_argument, NULL, OPT_LESSONS },
	{ "rates", required_argument, NULL, OPT_RATES },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "facilitate", no_argument, NULL, OPT_FACILITATE },
	{ "place", required_argument, NULL, OPT_PLACE },
	{ "participants", required_argument, NULL, OPT_PARTICIPANTS },
	{ "db", required_argument, NULL, OPT_DB },
	{ "handout", required_argument, NULL, OPT_HANDOUT },
	{ "notes-tty", required_argument, NULL, OPT_NOTES_TTY },
	{ "notes-file", required_argument, NULL, OPT_NOTES_FILE },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

/* Nonzero when path is a terminal that can be written to. */
static int
is_tty(const char *path)
{
	int fd = open(path, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	int r = fd >= 0 && isatty(fd);

	if (fd >= 0)
		close(fd);
	return r;
}

/* One option into o; -1 to go on, else an exit status. */
static int
option(int ch, struct app_options *o, char **argv)
{
	switch (ch) {
	case OPT_LESSONS: o->lessons = optarg; return -1;
	case OPT_RATES: o->rates = optarg; return -1;
	case OPT_FACILITATE: o->facilitate = 1; return -1;
	case OPT_DB: o->db = optarg; return -1;
	case OPT_HANDOUT: o->handout = optarg; return -1;
	case OPT_NOTES_FILE: o->notes_out = optarg; return -1;
	case OPT_NOTES_TTY:
		if (!is_tty(optarg))
			return remit_usage_error("lesson", _("--notes-tty \"%s\": "
			    "not a terminal; in the trainer's own terminal, "
			    "`tty` prints its name"), optarg);
		o->notes_out = optarg;
		return -1;
	case OPT_LANG:
		if (!remit_lang_valid(optarg))
			return remit_usage_error("lesson", _("--lang \"%s\": "
			    "write a language code such as en, fr or es"),
			    optarg);
		o->lang = optarg;
		return -1;
	case OPT_PLACE:
		if (strlen(optarg) > STORE_MAX_PLACE)
			return remit_usage_error("lesson", _("--place: at most "
			    "%d characters"), STORE_MAX_PLACE);
		o->place = optarg;
		return -1;
	case OPT_PARTICIPANTS:
		if ((o->participants = remit_parse_count(optarg, STORE_MAX_PARTICIPANTS)) < 0)
			return remit_usage_error("lesson", _("--participants "
			    "\"%s\": write a number from 1 to %d"), optarg,
			    STORE_MAX_PARTICIPANTS);
		return -1;
	case 'h':
		remit_print_usage(&cmd_lesson_entry, _(lesson_help));
		return EXIT_DONE;
	case ':':
		return remit_usage_error("lesson", _("%s needs a value"),
		    argv[optind - 1]);
	default:
		return remit_unknown_option("lesson", argv[optind - 1],
		    longopts);
	}
}

static int
parse(int argc, char **argv, struct app_options *o)
{
	int ch, status;

	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1)
		if ((status = option(ch, o, argv)) >= 0)
			return status;
	if (optind < argc)
		o->module = argv[optind++];
	if (optind < argc)
		return remit_usage_error("lesson", _("unexpected argument "
		    "\"%s\""), argv[optind]);
	if (!o->facilitate && (o->place != NULL || o->participants > 0))
		return remit_usage_error("lesson", _("--place and "
		    "--participants go with --facilitate"));
	if (!o->facilitate && o->notes_out != NULL)
		return remit_usage_error("lesson", _("--notes-tty and "
		    "--notes-file go with --facilitate"));
	return -1;
}

/* There must be lessons, and MODULE in the language asked for (never
 * the English one in its place). */
static int
check_lessons(const struct app_options *o)
{
	struct lessonbook lb;
	const char *lang = o->lang != NULL ? o->lang : LESSON_BASE_LANG;
	int found, elsewhere = 0;

	if (lessons_load_dir(&lb, remit_lessons_dir(o->lessons)) != 0) {
		remit_error(_("%s: the lessons folder cannot be read; give it "
		    "with --lessons DIR"), remit_lessons_dir(o->lessons));
		lessons_free(&lb);
		return EXIT_USAGE;
	}
	if (o->module == NULL)
		found = lb.nmodules > 0;
	else {
		found = lessons_find(&lb, lang, o->module) != NULL;
		elsewhere = lessons_find(&lb, LESSON_BASE_LANG, o->module) !=
		    NULL;
	}
	lessons_free(&lb);
	if (found)
		return -1;
	if (elsewhere)
		remit_error(_("the lesson \"%s\" is not available in \"%s\" "
		    "yet; 'remit lessons' lists each language's lessons"),
		    o->module, lang);
	else if (o->module == NULL)
		remit_error(_("%s: no lessons there; give the lessons folder "
		    "with --lessons DIR"), remit_lessons_dir(o->lessons));
	else
		remit_error(_("no lesson \"%s\"; 'remit lessons' lists them"),
		    o->module);
	return EXIT_USAGE;
}

static int
cmd_lesson_exec(int argc, char **argv)
{
	struct app_options o;
	int status;

	memset(&o, 0, sizeof o);
	o.idle_s = 120;
	o.max_age_days = REMIT_MAX_AGE_DAYS;
	o.lessons_first = 1;
	if ((status = parse(argc, argv, &o)) >= 0)
		return status;
	if ((status = check_lessons(&o)) >= 0)
		return status;
	if (!isatty(0) || !isatty(1)) {
		remit_error(_("a lesson needs a terminal; 'remit lessons' "
		    "lists them"));
		return EXIT_USAGE;
	}
	return app_run(&o);
}
