/*
 * cmd-sessions.c - `remit sessions`: the report of lesson sessions by
 * module and period (average pre and post quiz scores and the gain), the
 * integrity check of the store, and `remit sessions record`, a scriptable
 * way to record one session.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "decimal.h"
#include "i18n.h"
#include "lesson.h"
#include "output.h"
#include "cmd-sessions.h"
#include "remit.h"
#include "store.h"
#include "util.h"

static int cmd_sessions_exec(int, char **);

const struct cmd_entry cmd_sessions_entry = {
	"sessions",
	N_("[record] [--db FILE] [--module ID] [--from DATE] [--to DATE] "
	    "[--period month|quarter] [--format table|csv|json] [--check] "
	    "[--certificate]"),
	N_("report quiz scores of lesson sessions, or record one"),
	cmd_sessions_exec
};

static const char options_help[] = N_(
"      --db FILE        the session database (default:\n"
"                       $XDG_DATA_HOME/remit/sessions.db, else\n"
"                       ~/.local/share/remit/sessions.db)\n"
"      --module ID      only this module\n"
"      --from DATE      only sessions on or after DATE (YYYY-MM-DD)\n"
"      --to DATE        only sessions on or before DATE\n"
"      --period PERIOD  month (default) or quarter\n"
"      --format FORMAT  table (default), csv or json\n"
"      --check          check the database file (PRAGMA integrity_check and\n"
"                       foreign_key_check); prints ok when it is sound\n"
"      --certificate    print a plain-text attendance certificate for each\n"
"                       session (module, date, place, hours; no names),\n"
"                       separated by form feeds\n"
"      --lessons DIR    the lessons folder, for the certificates' titles\n"
"                       and hours\n"
"  -h, --help           show this help and exit\n\n"
"Scores are the share of quiz questions answered right, in %, averaged\n"
"over the sessions (exactly, then rounded half-up to 2 decimals); the gain\n"
"is the average post score minus the average pre score, in points.\n\n"
"remit sessions record --module ID --lang CODE --place LABEL\n"
"    --mode facilitated|self --participants N [--date DATE]\n"
"    [--pre LIST] [--post LIST] [--db FILE] [--lessons DIR]\n"
"  records one session.  LIST is QUESTION=ANSWER:COUNT,... where ANSWER is\n"
"  A to D (the options in order) or ? (\"I don't know\"), e.g.\n"
"  --pre q1=A:5,q1=B:3,q1=?:2.  No names are stored: the place is a town\n"
"  or a venue.\n\n"
"Exit status: 0 done, 1 no session to report, 2 bad input or a database\n"
"that cannot be read or written.\n");

enum {
	OPT_DB = 256, OPT_MODULE, OPT_FROM, OPT_TO, OPT_PERIOD, OPT_FORMAT,
	OPT_CHECK, OPT_CERTIFICATE, OPT_LESSONS
};

static const struct option longopts[] = {
	{ "db", required_argument, NULL, OPT_DB },
	{ "module", required_argument, NULL, OPT_MODULE },
	{ "from", required_argument, NULL, OPT_FROM },
	{ "to", required_argument, NULL, OPT_TO },
	{ "period", required_argument, NULL, OPT_PERIOD },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "check", no_argument, NULL, OPT_CHECK },
	{ "certificate", no_argument, NULL, OPT_CERTIFICATE },
	{ "lessons", required_argument, NULL, OPT_LESSONS },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

void
sessions_print_diags(const struct diags *d)
{
	size_t i;
	char *line;

	for (i = 0; i < d->n; i++) {
		line = diag_format(&d->v[i]);
		fputs("remit: ", stderr);
		out_text(stderr, line);
		fputc('\n', stderr);
		free(line);
	}
}

char *
sessions_db_path(const char *opt, int *is_default)
{
	struct diags d;
	char *p;

	*is_default = opt == NULL;
	if (opt != NULL)
		return xstrdup(opt);
	diags_init(&d);
	p = store_default_path(&d);
	sessions_print_diags(&d);
	diags_free(&d);
	return p;
}

/* A score in % (or a gain in points), 2 decimals, half-up; "" if none. */
static char *
percent(const mpq_t v, int given)
{
	mpq_t h;
	char *s;

	if (!given)
		return xstrdup("");
	mpq_init(h);
	mpq_set_ui(h, 100, 1);
	mpq_mul(h, h, v);
	s = dec_str(h, 2, ROUND_HALF_UP);
	mpq_clear(h);
	return s;
}

static void
row_strings(const struct report_row *w, char *v[3])
{
	v[0] = percent(w->pre, w->npre > 0);
	v[1] = percent(w->post, w->npost > 0);
	v[2] = percent(w->gain, w->has_gain);
}

static void
print_table(const struct report *r)
{
	char *v[3];
	size_t i, k;

	out_cell(stdout, _("Module"), 22, 0);
	fputc(' ', stdout);
	out_cell(stdout, _("Period"), 7, 0);
	fputc(' ', stdout);
	out_cell(stdout, _("Sessions"), 8, 1);
	fputc(' ', stdout);
	out_cell(stdout, _("Participants"), 12, 1);
	fputc(' ', stdout);
	out_cell(stdout, _("Pre %"), 7, 1);
	fputc(' ', stdout);
	out_cell(stdout, _("Post %"), 7, 1);
	fputc(' ', stdout);
	out_cell(stdout, _("Gain"), 7, 1);
	fputc('\n', stdout);
	for (i = 0; i < r->nrows; i++) {
		const struct report_row *w = &r->rows[i];

		row_strings(w, v);
		out_cell(stdout, w->module, 22, 0);
		printf(" %-7s %8ld %12ld %7s %7s %7s\n", w->period, w->sessions,
		    w->participants, *v[0] ? v[0] : "-", *v[1] ? v[1] : "-",
		    *v[2] ? v[2] : "-");
		for (k = 0; k < 3; k++)
			free(v[k]);
	}
}

static void
print_csv(const struct report *r)
{
	static const char *const head[] = { "module", "period", "sessions",
	    "participants", "pre_percent", "post_percent", "gain_points",
	    NULL };
	char *v[3], n[24];
	size_t i, k;

	for (k = 0; head[k] != NULL; k++)
		out_csv(stdout, head[k], head[k + 1] == NULL);
	for (i = 0; i < r->nrows; i++) {
		row_strings(&r->rows[i], v);
		out_csv(stdout, r->rows[i].module, 0);
		out_csv(stdout, r->rows[i].period, 0);
		snprintf(n, sizeof n, "%ld", r->rows[i].sessions);
		out_csv(stdout, n, 0);
		snprintf(n, sizeof n, "%ld", r->rows[i].participants);
		out_csv(stdout, n, 0);
		for (k = 0; k < 3; k++) {
			out_csv(stdout, v[k], k == 2);
			free(v[k]);
		}
	}
}

static void
print_json(const struct report *r, const char *path)
{
	static const char *const keys[] = { "pre_percent", "post_percent",
	    "gain_points" };
	char *v[3];
	size_t i, k;

	printf("{");
	out_json_kv(stdout, "db", path, 1);
	printf(", \"rows\": [");
	for (i = 0; i < r->nrows; i++) {
		row_strings(&r->rows[i], v);
		printf("%s\n  {", i ? "," : "");
		out_json_kv(stdout, "module", r->rows[i].module, 1);
		out_json_kv(stdout, "period", r->rows[i].period, 0);
		printf(", \"sessions\": %ld, \"participants\": %ld",
		    r->rows[i].sessions, r->rows[i].participants);
		for (k = 0; k < 3; k++) {
			out_json_kv(stdout, keys[k], *v[k] ? v[k] : NULL, 0);
			free(v[k]);
		}
		putchar('}');
	}
	printf("]}\n");
}

struct report_opts {
	const char		*db;
	struct report_query	 q;
	enum output_format	 format;
	int			 check;
	int			 certificate;
	const char		*lessons;
};

/* Opens the database read-only; exit status in *status on failure. */
static struct store *
open_read(const char *path, int *status)
{
	struct store *s;
	struct diags d;

	if (access(path, F_OK) != 0) {
		remit_error(_("%s: no session recorded yet (no such file); "
		    "record one with 'remit sessions record' or give another "
		    "file with --db FILE"), path);
		*status = EXIT_NOTHING;
		return NULL;
	}
	diags_init(&d);
	s = store_open(path, 0, 0, &d);
	sessions_print_diags(&d);
	diags_free(&d);
	*status = EXIT_USAGE;
	return s;
}

static int
do_check(struct store *s)
{
	struct diags d;
	int rc;

	diags_init(&d);
	rc = store_check(s, &d);
	sessions_print_diags(&d);
	diags_free(&d);
	if (rc == 0)
		printf("ok\n");
	return rc == 0 ? EXIT_DONE : EXIT_USAGE;
}

static int
do_report(struct store *s, const struct report_opts *o, const char *path)
{
	struct report r;
	struct diags d;
	int status;

	diags_init(&d);
	if (store_report(s, &o->q, &r, &d) != 0) {
		sessions_print_diags(&d);
		diags_free(&d);
		return EXIT_USAGE;
	}
	diags_free(&d);
	if (o->format == FORMAT_JSON)
		print_json(&r, path);
	else if (o->format == FORMAT_CSV)
		print_csv(&r);
	else if (r.nrows > 0)
		print_table(&r);
	else
		printf("%s\n", _("No session matches."));
	status = r.nrows > 0 ? EXIT_DONE : EXIT_NOTHING;
	report_free(&r);
	return status;
}

static int
do_certificates(struct store *s, const struct report_opts *o)
{
	struct session_info *v;
	struct diags d;
	size_t n;
	int status;

	diags_init(&d);
	if (store_sessions(s, &o->q, &v, &n, &d) != 0) {
		sessions_print_diags(&d);
		diags_free(&d);
		return EXIT_USAGE;
	}
	diags_free(&d);
	if (n == 0)
		printf("%s\n", _("No session matches."));
	status = sessions_certificates(v, n, o->lessons);
	session_info_free(v, n);
	return status;
}

static int
run_report(const struct report_opts *o)
{
	struct store *s;
	char *path;
	int status, dflt;

	if ((path = sessions_db_path(o->db, &dflt)) == NULL)
		return EXIT_USAGE;
	s = open_read(path, &status);
	if (s != NULL) {
		status = o->check ? do_check(s) : o->certificate ?
		    do_certificates(s, o) : do_report(s, o, path);
		store_close(s);
	}
	free(path);
	return status;
}

static int
date_opt(const char *name, const char *v, const char **out)
{
	if (!store_date_valid(v))
		return remit_usage_error("sessions", _("%s \"%s\": write a date "
		    "as YYYY-MM-DD"), name, v);
	*out = v;
	return 0;
}

static int
report_option(int ch, struct report_opts *o)
{
	switch (ch) {
	case OPT_DB:
		o->db = optarg;
		return 0;
	case OPT_MODULE:
		o->q.module = optarg;
		return 0;
	case OPT_FROM:
		return date_opt("--from", optarg, &o->q.from);
	case OPT_TO:
		return date_opt("--to", optarg, &o->q.to);
	case OPT_PERIOD:
		if (report_period_parse(optarg, &o->q.period) == 0)
			return 0;
		return remit_usage_error("sessions", _("--period \"%s\": write "
		    "month or quarter"), optarg);
	case OPT_FORMAT:
		if (output_format_parse(optarg, &o->format) == 0)
			return 0;
		return remit_usage_error("sessions", _("--format \"%s\": write "
		    "table, csv or json"), optarg);
	case OPT_CHECK:
		o->check = 1;
		return 0;
	case OPT_CERTIFICATE:
		o->certificate = 1;
		return 0;
	case OPT_LESSONS:
		o->lessons = optarg;
		return 0;
	}
	return -1;
}


static int
cmd_sessions_exec(int argc, char **argv)
{
	struct report_opts o;
	int ch, rc;

	if (argc > 1 && strcmp(argv[1], "record") == 0)
		return sessions_record(argc - 1, argv + 1);
	memset(&o, 0, sizeof o);
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		if (ch == 'h') {
			remit_print_usage(&cmd_sessions_entry,
			    _(options_help));
			return EXIT_DONE;
		}
		if (ch == ':')
			return remit_usage_error("sessions", _("%s needs a "
			    "value"), argv[optind - 1]);
		if ((rc = report_option(ch, &o)) < 0)
			return remit_unknown_option("sessions",
			    argv[optind - 1], longopts);
		if (rc != 0)
			return rc;
	}
	if (optind < argc)
		return remit_usage_error("sessions", _("unexpected argument "
		    "\"%s\""), argv[optind]);
	return run_report(&o);
}
