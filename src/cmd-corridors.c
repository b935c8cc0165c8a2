/*
 * cmd-corridors.c - `remit corridors`: what the rate folder holds.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "isocodes.h"
#include "output.h"
#include "remit.h"

static int cmd_corridors_exec(int, char **);

const struct cmd_entry cmd_corridors_entry = {
	"corridors",
	N_("[--rates DIR] [--format table|csv|json]"),
	N_("list the corridors of the rate folder, with their dates"),
	cmd_corridors_exec
};

static const char options_help[] = N_(
"      --format FORMAT  table (default), csv or json\n"
"      --rates DIR      the folder of rate tables\n"
"  -h, --help           show this help and exit\n");

enum { OPT_FORMAT = 256, OPT_RATES };

static const struct option longopts[] = {
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "rates", required_argument, NULL, OPT_RATES },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static void
print_table(const struct ratebook *rb)
{
	const char *today = remit_today();
	size_t i;

	out_cell(stdout, _("Route"), 7, 0);
	fputc(' ', stdout);
	out_cell(stdout, _("Money"), 7, 0);
	fputc(' ', stdout);
	out_cell(stdout, _("Providers"), 9, 1);
	fputc(' ', stdout);
	out_cell(stdout, _("Prices of"), 10, 0);
	fputc(' ', stdout);
	out_cell(stdout, _("Days"), 5, 1);
	printf("  %s\n", _("From - to"));
	for (i = 0; i < rb->ncorridors; i++) {
		const struct corridor *c = rb->corridors[i];
		const struct country *f = country_by_alpha2(c->from);
		const struct country *t = country_by_alpha2(c->to);
		char *names = xasprintf("%s - %s", f ? country_name(f) :
		    c->from, t ? country_name(t) : c->to);

		printf("%s-%s   %s-%s %9zu %-10s %5ld  ", c->from, c->to,
		    c->send_currency, c->receive_currency, c->nproviders,
		    c->as_of, corridor_age_days(c, today));
		out_cell(stdout, names, 38, 0);
		fputc('\n', stdout);
		free(names);
	}
	for (i = 0; i < rb->nbroken; i++) {
		printf(_("broken: "));
		out_text(stdout, rb->broken[i].reason);
		fputc('\n', stdout);
	}
	if (rb->ncorridors > 0 && rb->corridors[0]->sample)
		printf("%s\n", _("SAMPLE DATA, NOT REAL PRICES."));
}

static void
print_csv(const struct ratebook *rb)
{
	static const char *const head[] = { "from", "to", "send_currency",
	    "receive_currency", "providers", "as_of", "sample", "file", NULL };
	char n[24];
	size_t i, k;

	for (k = 0; head[k] != NULL; k++)
		out_csv(stdout, head[k], head[k + 1] == NULL);
	for (i = 0; i < rb->ncorridors; i++) {
		const struct corridor *c = rb->corridors[i];

		snprintf(n, sizeof n, "%zu", c->nproviders);
		out_csv(stdout, c->from, 0);
		out_csv(stdout, c->to, 0);
		out_csv(stdout, c->send_currency, 0);
		out_csv(stdout, c->receive_currency, 0);
		out_csv(stdout, n, 0);
		out_csv(stdout, c->as_of, 0);
		out_csv(stdout, c->sample ? "true" : "false", 0);
		out_csv(stdout, c->file, 1);
	}
}

static void
print_json(const struct ratebook *rb)
{
	size_t i;

	printf("{\"corridors\": [");
	for (i = 0; i < rb->ncorridors; i++) {
		const struct corridor *c = rb->corridors[i];

		printf("%s\n  {", i ? "," : "");
		out_json_kv(stdout, "from", c->from, 1);
		out_json_kv(stdout, "to", c->to, 0);
		out_json_kv(stdout, "send_currency", c->send_currency, 0);
		out_json_kv(stdout, "receive_currency", c->receive_currency,
		    0);
		printf(", \"providers\": %zu", c->nproviders);
		out_json_kv(stdout, "as_of", c->as_of, 0);
		printf(", \"sample\": %s", c->sample ? "true" : "false");
		out_json_kv(stdout, "file", c->file, 0);
		putchar('}');
	}
	printf("],\n \"broken\": [");
	for (i = 0; i < rb->nbroken; i++) {
		printf("%s\n  {", i ? "," : "");
		out_json_kv(stdout, "file", rb->broken[i].file, 1);
		out_json_kv(stdout, "reason", rb->broken[i].reason, 0);
		putchar('}');
	}
	printf("]}\n");
}

static int
cmd_corridors_exec(int argc, char **argv)
{
	enum output_format format = FORMAT_TABLE;
	const char *rates = NULL;
	struct ratebook rb;
	int ch, status;

	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_FORMAT:
			if (output_format_parse(optarg, &format) != 0)
				return remit_usage_error("corridors", _(
				    "--format \"%s\": write table, csv or "
				    "json"), optarg);
			break;
		case OPT_RATES:
			rates = optarg;
			break;
		case 'h':
			remit_print_usage(&cmd_corridors_entry,
			    _(options_help));
			return EXIT_DONE;
		case ':':
			return remit_usage_error("corridors", _("%s needs a "
			    "value"), argv[optind - 1]);
		default:
			return remit_unknown_option("corridors",
			    argv[optind - 1], longopts);
		}
	}
	if (optind < argc)
		return remit_usage_error("corridors", _("unexpected argument "
		    "\"%s\""), argv[optind]);
	if (remit_load_rates(&rb, rates, format != FORMAT_TABLE) != 0)
		return EXIT_USAGE;
	if (format == FORMAT_JSON)
		print_json(&rb);
	else if (format == FORMAT_CSV)
		print_csv(&rb);
	else
		print_table(&rb);
	status = rb.ncorridors > 0 ? EXIT_DONE : EXIT_NOTHING;
	ratebook_free(&rb);
	return status;
}
