/*
 * cmd-check.c - `remit check`: validate a rate folder and, with --lessons,
 * a lesson folder (with the translation check), and list every problem,
 * one line each, with where it is and how to fix it.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "lesson.h"
#include "output.h"
#include "remit.h"

static int cmd_check_exec(int, char **);

const struct cmd_entry cmd_check_entry = {
	"check",
	N_("[--rates DIR] [--lessons DIR]"),
	N_("validate rate tables or lessons and list every problem found"),
	cmd_check_exec
};

static const char options_help[] = N_(
"      --rates DIR      the folder of rate tables to check\n"
"      --lessons DIR    the folder of lessons to check (one sub-folder a\n"
"                       language); translations are compared with English\n"
"      --max-age DAYS   say which tables are older (default 90)\n"
"  -q, --quiet          print only the problems\n"
"  -h, --help           show this help and exit\n\n"
"Without --lessons, the rate folder is checked; give both to check both.\n"
"Exit status: 0 when everything is valid, 2 when a problem was found.\n");

enum { OPT_RATES = 256, OPT_LESSONS, OPT_MAX_AGE };

static const struct option longopts[] = {
	{ "rates", required_argument, NULL, OPT_RATES },
	{ "lessons", required_argument, NULL, OPT_LESSONS },
	{ "max-age", required_argument, NULL, OPT_MAX_AGE },
	{ "quiet", no_argument, NULL, 'q' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

/* Prints every diagnostic on stderr; returns how many there were. */
static size_t
print_diags(const struct diags *d)
{
	size_t i;
	char *line;

	for (i = 0; i < d->n; i++) {
		line = diag_format(&d->v[i]);
		out_text(stderr, line);
		fputc('\n', stderr);
		free(line);
	}
	return d->n;
}

/* One line on stderr for each valid table older than max_age days. */
static void
print_stale(const struct ratebook *rb, long max_age)
{
	size_t i;
	char *s;

	for (i = 0; i < rb->ncorridors; i++)
		if ((s = corridor_stale_text(rb->corridors[i], remit_today(),
		    max_age)) != NULL) {
			out_text(stderr, s);
			fputc('\n', stderr);
			free(s);
		}
}

static int
check_rates(const char *dir, int quiet, long max_age)
{
	struct ratebook rb;
	size_t problems, providers = 0, i;

	if (ratebook_load_dir(&rb, remit_rates_dir(dir)) != 0) {
		print_diags(&rb.diags);
		ratebook_free(&rb);
		return EXIT_USAGE;
	}
	problems = print_diags(&rb.diags);
	print_stale(&rb, max_age);
	for (i = 0; i < rb.ncorridors; i++)
		providers += rb.corridors[i]->nproviders;
	if (!quiet) {
		printf(ngettext("%s: %zu valid table", "%s: %zu valid tables",
		    rb.ncorridors), rb.dir, rb.ncorridors);
		printf(ngettext(" (%zu provider)", " (%zu providers)",
		    providers), providers);
		printf(ngettext(", %zu broken table", ", %zu broken tables",
		    rb.nbroken), rb.nbroken);
		printf(ngettext(", %zu problem\n", ", %zu problems\n",
		    problems), problems);
	}
	ratebook_free(&rb);
	return problems > 0 ? EXIT_USAGE : EXIT_DONE;
}

/* Counts the modules of one language. */
static size_t
count_lang(const struct lessonbook *lb, const char *lang)
{
	size_t i, n = 0;

	for (i = 0; i < lb->nmodules; i++)
		n += strcmp(lb->modules[i]->language, lang) == 0;
	return n;
}

/* The quizzes' balance and the objectives: warnings, never errors. */
static void
print_warnings(const struct lessonbook *lb)
{
	struct diags w;
	size_t i;
	char *line;

	diags_init(&w);
	lessons_check_balance(lb, &w);
	for (i = 0; i < w.n; i++) {
		line = diag_format(&w.v[i]);
		remit_error(_("warning: %s"), line);
		free(line);
	}
	diags_free(&w);
}

static int
check_lessons(const char *dir, int quiet)
{
	struct lessonbook lb;
	struct diags td;
	size_t problems, mismatches, i;

	if (lessons_load_dir(&lb, remit_lessons_dir(dir)) != 0) {
		print_diags(&lb.diags);
		lessons_free(&lb);
		return EXIT_USAGE;
	}
	diags_init(&td);
	mismatches = lessons_check_translations(&lb, &td);
	problems = print_diags(&lb.diags) + print_diags(&td);
	print_warnings(&lb);
	if (!quiet) {
		printf(ngettext("%s: %zu valid module", "%s: %zu valid modules",
		    lb.nmodules), lb.dir, lb.nmodules);
		for (i = 0; i < lb.nlanguages; i++)
			printf("%s%s %zu", i ? ", " : " (", lb.languages[i],
			    count_lang(&lb, lb.languages[i]));
		printf("%s", lb.nlanguages ? ")" : "");
		printf(ngettext(", %zu broken file", ", %zu broken files",
		    lb.nbroken), lb.nbroken);
		printf(ngettext(", %zu translation mismatch",
		    ", %zu translation mismatches", mismatches), mismatches);
		printf(ngettext(", %zu problem\n", ", %zu problems\n",
		    problems), problems);
	}
	diags_free(&td);
	lessons_free(&lb);
	return problems > 0 ? EXIT_USAGE : EXIT_DONE;
}

static int
cmd_check_exec(int argc, char **argv)
{
	const char *rates = NULL, *lessons = NULL;
	int ch, quiet = 0, status = EXIT_DONE, r;
	long max_age = REMIT_MAX_AGE_DAYS;

	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":qh", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_RATES:
			rates = optarg;
			break;
		case OPT_LESSONS:
			lessons = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case OPT_MAX_AGE:
			if ((max_age = remit_parse_count(optarg, 36500)) < 0)
				return remit_usage_error("check", _("--max-age "
				    "\"%s\": write a number of days from 1 to "
				    "36500"), optarg);
			break;
		case 'h':
			remit_print_usage(&cmd_check_entry, _(options_help));
			return EXIT_DONE;
		case ':':
			return remit_usage_error("check", _("%s needs a value"),
			    argv[optind - 1]);
		default:
			return remit_unknown_option("check", argv[optind - 1],
			    longopts);
		}
	}
	if (optind < argc)
		return remit_usage_error("check", _("unexpected argument "
		    "\"%s\""), argv[optind]);
	if (rates != NULL || lessons == NULL)
		status = check_rates(rates, quiet, max_age);
	if (lessons != NULL && (r = check_lessons(lessons, quiet)) !=
	    EXIT_DONE)
		status = r;
	return status;
}
