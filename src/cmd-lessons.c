/*
 * cmd-lessons.c - `remit lessons`: the lesson modules of each language,
 * in course order.
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

static int cmd_lessons_exec(int, char **);

const struct cmd_entry cmd_lessons_entry = {
	"lessons",
	N_("[--lessons DIR] [--lang CODE] [--format table|csv|json]"),
	N_("list the lesson modules of each language"),
	cmd_lessons_exec
};

static const char options_help[] = N_(
"      --format FORMAT  table (default), csv or json\n"
"      --lang CODE      only this language (the folder name: en, fr, ...)\n"
"      --lessons DIR    the folder of lessons\n"
"  -h, --help           show this help and exit\n\n"
"Exit status: 0 when modules were listed, 1 when there is none,\n"
"2 on bad usage or when the folder cannot be read.\n");

enum { OPT_FORMAT = 256, OPT_LANG, OPT_LESSONS };

static const struct option longopts[] = {
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "lessons", required_argument, NULL, OPT_LESSONS },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static int
wanted(const struct module *m, const char *lang)
{
	return lang == NULL || strcmp(m->language, lang) == 0;
}

static void
print_table(const struct lessonbook *lb, const char *lang)
{
	const struct module *m;
	size_t i;

	out_cell(stdout, _("Lang"), 5, 0);
	fputc(' ', stdout);
	out_cell(stdout, _("Order"), 5, 1);
	fputs("  ", stdout);
	out_cell(stdout, _("Id"), 22, 0);
	fputc(' ', stdout);
	out_cell(stdout, _("Minutes"), 7, 1);
	fputc(' ', stdout);
	out_cell(stdout, _("Steps"), 5, 1);
	printf("  %s\n", _("Title"));
	for (i = 0; i < lb->nmodules; i++) {
		m = lb->modules[i];
		if (!wanted(m, lang))
			continue;
		out_cell(stdout, m->language, 5, 0);
		printf(" %5d  ", m->order);
		out_cell(stdout, m->id, 22, 0);
		printf(" %7d %5zu  ", m->minutes, module_nsteps(m));
		/* The last column: cut when too wide, never padded. */
		if (text_width(m->title) > 44)
			out_cell(stdout, m->title, 44, 0);
		else
			out_text(stdout, m->title);
		fputc('\n', stdout);
	}
}

static void
print_csv(const struct lessonbook *lb, const char *lang)
{
	static const char *const head[] = { "language", "order", "id",
	    "title", "minutes", "steps", "file", NULL };
	const struct module *m;
	char n[24];
	size_t i, k;

	for (k = 0; head[k] != NULL; k++)
		out_csv(stdout, head[k], head[k + 1] == NULL);
	for (i = 0; i < lb->nmodules; i++) {
		m = lb->modules[i];
		if (!wanted(m, lang))
			continue;
		out_csv(stdout, m->language, 0);
		snprintf(n, sizeof n, "%d", m->order);
		out_csv(stdout, n, 0);
		out_csv(stdout, m->id, 0);
		out_csv(stdout, m->title, 0);
		snprintf(n, sizeof n, "%d", m->minutes);
		out_csv(stdout, n, 0);
		snprintf(n, sizeof n, "%zu", module_nsteps(m));
		out_csv(stdout, n, 0);
		out_csv(stdout, m->file, 1);
	}
}

static void
print_json(const struct lessonbook *lb, const char *lang)
{
	const struct module *m;
	size_t i;
	int first = 1;

	printf("{\"modules\": [");
	for (i = 0; i < lb->nmodules; i++) {
		m = lb->modules[i];
		if (!wanted(m, lang))
			continue;
		printf("%s\n  {", first ? "" : ",");
		first = 0;
		out_json_kv(stdout, "language", m->language, 1);
		printf(", \"order\": %d", m->order);
		out_json_kv(stdout, "id", m->id, 0);
		out_json_kv(stdout, "title", m->title, 0);
		printf(", \"minutes\": %d, \"steps\": %zu", m->minutes,
		    module_nsteps(m));
		out_json_kv(stdout, "file", m->file, 0);
		putchar('}');
	}
	printf("],\n \"broken_files\": %zu}\n", lb->nbroken);
}

static size_t
count_wanted(const struct lessonbook *lb, const char *lang)
{
	size_t i, n = 0;

	for (i = 0; i < lb->nmodules; i++)
		n += wanted(lb->modules[i], lang);
	return n;
}

static int
list_lessons(const char *dir, const char *lang, enum output_format format)
{
	struct lessonbook lb;
	char *line;
	int status;

	if (lessons_load_dir(&lb, remit_lessons_dir(dir)) != 0) {
		line = diag_format(&lb.diags.v[0]);
		remit_error("%s", line);
		free(line);
		lessons_free(&lb);
		return EXIT_USAGE;
	}
	if (lb.nbroken > 0)
		remit_error(ngettext("warning: %zu lesson file in %s could not "
		    "be read; run 'remit check --lessons %s' for details",
		    "warning: %zu lesson files in %s could not be read; run "
		    "'remit check --lessons %s' for details", lb.nbroken),
		    lb.nbroken, lb.dir, lb.dir);
	if (format == FORMAT_JSON)
		print_json(&lb, lang);
	else if (format == FORMAT_CSV)
		print_csv(&lb, lang);
	else
		print_table(&lb, lang);
	status = count_wanted(&lb, lang) > 0 ? EXIT_DONE : EXIT_NOTHING;
	lessons_free(&lb);
	return status;
}

static int
cmd_lessons_exec(int argc, char **argv)
{
	enum output_format format = FORMAT_TABLE;
	const char *dir = NULL, *lang = NULL;
	int ch;

	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_FORMAT:
			if (output_format_parse(optarg, &format) != 0)
				return remit_usage_error("lessons", _(
				    "--format \"%s\": write table, csv or "
				    "json"), optarg);
			break;
		case OPT_LANG:
			lang = optarg;
			break;
		case OPT_LESSONS:
			dir = optarg;
			break;
		case 'h':
			remit_print_usage(&cmd_lessons_entry, _(options_help));
			return EXIT_DONE;
		case ':':
			return remit_usage_error("lessons", _("%s needs a "
			    "value"), argv[optind - 1]);
		default:
			return remit_unknown_option("lessons", argv[optind - 1],
			    longopts);
		}
	}
	if (optind < argc)
		return remit_usage_error("lessons", _("unexpected argument "
		    "\"%s\""), argv[optind]);
	return list_lessons(dir, lang, format);
}
