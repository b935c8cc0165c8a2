/*
 * cmd-check.c - `remit check`: validate a rate folder and list every
 * problem, one line each, with where it is and how to fix it.
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "output.h"
#include "remit.h"

static int cmd_check_exec(int, char **);

const struct cmd_entry cmd_check_entry = {
	"check",
	N_("[--rates DIR]"),
	N_("validate rate tables and list every problem found"),
	cmd_check_exec
};

static const char options_help[] = N_(
"      --rates DIR      the folder of rate tables to check\n"
"  -q, --quiet          print only the problems\n"
"  -h, --help           show this help and exit\n\n"
"Exit status: 0 when everything is valid, 2 when a problem was found.\n");

enum { OPT_RATES = 256 };

static const struct option longopts[] = {
	{ "rates", required_argument, NULL, OPT_RATES },
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

static int
check_rates(const char *dir, int quiet)
{
	struct ratebook rb;
	size_t problems, providers = 0, i;

	if (ratebook_load_dir(&rb, remit_rates_dir(dir)) != 0) {
		print_diags(&rb.diags);
		ratebook_free(&rb);
		return EXIT_USAGE;
	}
	problems = print_diags(&rb.diags);
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

static int
cmd_check_exec(int argc, char **argv)
{
	const char *rates = NULL;
	int ch, quiet = 0;

	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":qh", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_RATES:
			rates = optarg;
			break;
		case 'q':
			quiet = 1;
			break;
		case 'h':
			remit_print_usage(&cmd_check_entry, _(options_help));
			return EXIT_DONE;
		case ':':
			return remit_usage_error("check", _("%s needs a value"),
			    argv[optind - 1]);
		default:
			return remit_usage_error("check", _("unknown option "
			    "%s"), argv[optind - 1]);
		}
	}
	if (optind < argc)
		return remit_usage_error("check", _("unexpected argument "
		    "\"%s\""), argv[optind]);
	return check_rates(rates, quiet);
}
