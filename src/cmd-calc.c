/*
 * cmd-calc.c - `remit calc`: the money calculators (savings, goal, loan,
 * flat, inflation) on the command line, as a table or JSON.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <ctype.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "calc.h"
#include "currency.h"
#include "decimal.h"
#include "i18n.h"
#include "output.h"
#include "remit.h"

static int cmd_calc_exec(int, char **);

const struct cmd_entry cmd_calc_entry = {
	"calc",
	N_("savings|goal|loan|flat|inflation [OPTION]..."),
	N_("money calculators: savings, goal, loan, flat rate, inflation"),
	cmd_calc_exec
};

static const char options_help[] = N_(
"Calculators and their options (amounts in the currency's units):\n"
"  savings    --deposit D --rate R --months N [--initial S]\n"
"             the balance after N monthly deposits (spreadsheet FV)\n"
"  goal       --deposit D --rate R --target T [--initial S]\n"
"             the months until the balance reaches T (NPER, rounded up)\n"
"  loan       --principal P --rate R --months N [--schedule]\n"
"             the equal monthly payment (PMT) and the schedule\n"
"  flat       --principal P --flat-rate F --months N\n"
"             the yearly rates behind a flat rate of F % a month (RATE)\n"
"  inflation  --amount X --rate R --years Y\n"
"             what X will be worth after Y years of R % inflation\n\n"
"  -d, --deposit D      paid at the end of every month\n"
"  -r, --rate R         % a year, from 0 to 1000 (e.g. 5 for 5 %)\n"
"  -m, --months N       a whole number from 1 to 1200\n"
"  -i, --initial S      the amount saved at the start (default 0)\n"
"  -t, --target T       the balance to reach, within 1200 months\n"
"  -p, --principal P    the amount borrowed\n"
"  -f, --flat-rate F    % a month on the amount borrowed, from 0 to 100\n"
"  -a, --amount X       the amount today\n"
"  -y, --years Y        more than 0 and at most 100, e.g. 10 or 2.5\n"
"  -c, --currency CODE  round to this currency's minor units (default 2\n"
"                       decimals); amounts may have no more decimals\n"
"  -s, --schedule       loan: show the month-by-month schedule (JSON\n"
"                       always has it)\n"
"      --format FORMAT  table (default) or json\n"
"  -h, --help           show this help and exit\n\n"
"Results are exact and rounded once, half-up; percentages to 2 decimals.\n"
"Numbers use a dot for decimals: 12.50; not 12,50 or 1e3.\n"
"Exit status: 0 done, 2 bad input or usage.\n");

enum calc_opt {
	OPT_DEPOSIT, OPT_RATE, OPT_MONTHS, OPT_INITIAL, OPT_TARGET,
	OPT_PRINCIPAL, OPT_FLAT, OPT_AMOUNT, OPT_YEARS, OPT_SCHEDULE,
	LAST_CALC_OPT
};

#define BIT(o) (1U << (o))

static const char *const opt_names[LAST_CALC_OPT] = {
	"--deposit", "--rate", "--months", "--initial", "--target",
	"--principal", "--flat-rate", "--amount", "--years", "--schedule"
};

/* An example value for each option, for "give --X, e.g. --X 100". */
static const char *const opt_examples[LAST_CALC_OPT] = {
	"100", "5", "12", "0", "1000", "1000", "2", "1000", "10", ""
};

struct calc_args {
	const char		*val[LAST_CALC_OPT];
	unsigned		 given;
	const char		*currency;	/* upper-cased code, or NULL */
	char			 code[4];
	int			 places;
	enum output_format	 format;
};

struct calculator {
	const char	*name;
	unsigned	 required, optional;
	int		(*run)(struct calc_args *);
};

enum { OPT_FORMAT = 256 };

static const struct option longopts[] = {
	{ "deposit", required_argument, NULL, 'd' },
	{ "rate", required_argument, NULL, 'r' },
	{ "months", required_argument, NULL, 'm' },
	{ "initial", required_argument, NULL, 'i' },
	{ "target", required_argument, NULL, 't' },
	{ "principal", required_argument, NULL, 'p' },
	{ "flat-rate", required_argument, NULL, 'f' },
	{ "amount", required_argument, NULL, 'a' },
	{ "years", required_argument, NULL, 'y' },
	{ "schedule", no_argument, NULL, 's' },
	{ "currency", required_argument, NULL, 'c' },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static const char shortopts[] = ":d:r:m:i:t:p:f:a:y:sc:h";

/* Reports a bad input: one line on stderr; returns EXIT_USAGE. */
static int
calc_fail(struct diags *d)
{
	char *line = diag_format(&d->v[0]);

	remit_error("%s", line);
	free(line);
	diags_free(d);
	return EXIT_USAGE;
}

/* Reads --currency; returns 0 or an exit status. */
static int
set_currency(struct calc_args *a, const char *s)
{
	size_t k;

	for (k = 0; k < 3 && s[k] != '\0'; k++)
		a->code[k] = (char)toupper((unsigned char)s[k]);
	a->code[k] = '\0';
	if (strlen(s) != 3 || (a->places = currency_minor(a->code)) < 0) {
		remit_error(_("--currency \"%s\": not a currency; type an ISO "
		    "4217 code such as GBP, NGN or JPY"), s);
		return EXIT_USAGE;
	}
	a->currency = a->code;
	return 0;
}

/* Maps a short option letter to its calculator option, or -1. */
static int
opt_index(int ch)
{
	static const char letters[] = "drmitpfays";
	const char *p = ch > 0 && ch < 128 ? strchr(letters, ch) : NULL;

	return p != NULL ? (int)(p - letters) : -1;
}

/* Parses the options after the calculator's name; -1 to go on, else an
 * exit status. */
static int
parse_options(int argc, char **argv, struct calc_args *a, const char *name)
{
	int ch, o;

	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, shortopts, longopts, NULL)) !=
	    -1) {
		if ((o = opt_index(ch)) >= 0) {
			a->val[o] = optarg;
			a->given |= BIT(o);
			continue;
		}
		switch (ch) {
		case 'c':
			if (set_currency(a, optarg) != 0)
				return EXIT_USAGE;
			break;
		case OPT_FORMAT:
			if (output_format_parse(optarg, &a->format) != 0 ||
			    a->format == FORMAT_CSV) {
				remit_error(_("--format \"%s\": write table or "
				    "json"), optarg);
				return EXIT_USAGE;
			}
			break;
		case 'h':
			remit_print_usage(&cmd_calc_entry, _(options_help));
			return EXIT_DONE;
		case ':':
			remit_error(_("calc %s: %s needs a value"), name,
			    argv[optind - 1]);
			return EXIT_USAGE;
		default:
			return remit_unknown_option("calc", argv[optind - 1],
			    longopts);
		}
	}
	if (optind < argc)
		return remit_usage_error("calc", _("unexpected argument "
		    "\"%s\""), argv[optind]);
	return -1;
}

/* Checks that the calculator has its options and no others. */
static int
check_options(const struct calculator *c, const struct calc_args *a)
{
	int o;

	for (o = 0; o < LAST_CALC_OPT; o++) {
		if ((a->given & BIT(o)) && !((c->required | c->optional) &
		    BIT(o))) {
			remit_error(_("calc %s: %s does not apply here; see "
			    "'remit calc --help'"), c->name, opt_names[o]);
			return EXIT_USAGE;
		}
		if ((c->required & BIT(o)) && !(a->given & BIT(o))) {
			remit_error(_("calc %s: give %s, e.g. %s %s"), c->name,
			    opt_names[o], opt_names[o], opt_examples[o]);
			return EXIT_USAGE;
		}
	}
	return -1;
}

/* Reads an amount option (absent: 0); 0, or -1 with a diagnostic. */
static int
get_amount(mpq_t out, const struct calc_args *a, enum calc_opt o,
    struct diags *d)
{
	if (a->val[o] == NULL) {
		mpq_set_ui(out, 0, 1);
		return 0;
	}
	return calc_parse_amount(out, a->val[o], a->places, a->currency,
	    opt_names[o], d);
}

/* Reads --rate (or --flat-rate) with its cap. */
static int
get_rate(mpq_t out, const struct calc_args *a, enum calc_opt o,
    struct diags *d)
{
	return calc_parse_rate(out, a->val[o], o == OPT_FLAT ? CALC_MAX_FLAT :
	    CALC_MAX_RATE, opt_names[o], d);
}

/* A positive amount: zero is refused with `why`. */
static int
need_positive(const mpq_t v, const struct calc_args *a, enum calc_opt o,
    const char *why, struct diags *d)
{
	if (mpq_sgn(v) > 0)
		return 0;
	diags_add(d, NULL, opt_names[o], "\"%s\": %s", a->val[o], why);
	return -1;
}

/* Writes labelled values, labels padded to one width, values right-
 * aligned; `unit` (may be NULL) follows each value whose flag is set. */
static void
print_pairs(const char *const *label, char *const *value, int n,
    const char *const *unit)
{
	int k, lw = 0, vw = 0;

	for (k = 0; k < n; k++) {
		if (text_width(label[k]) > lw)
			lw = text_width(label[k]);
		if ((int)strlen(value[k]) > vw)
			vw = (int)strlen(value[k]);
	}
	for (k = 0; k < n; k++) {
		out_cell(stdout, label[k], lw + 2, 0);
		out_cell(stdout, value[k], vw, 1);
		if (unit[k] != NULL)
			printf(" %s", unit[k]);
		putchar('\n');
	}
}

/* Writes `{"k": "v", ...}` for n string pairs (no closing brace). */
static void
print_json_open(const char *const *key, char *const *value, int n)
{
	int k;

	fputs("{\n", stdout);
	for (k = 0; k < n; k++) {
		fputs(k == 0 ? "  " : ",\n  ", stdout);
		out_json_str(stdout, key[k]);
		fputs(": ", stdout);
		out_json_str(stdout, value[k]);
	}
}

static void
free_strs(char **v, int n)
{
	int k;

	for (k = 0; k < n; k++)
		free(v[k]);
}

/* Writes n money or percentage results as a table or a JSON object. */
static void
emit(const struct calc_args *a, const char *const *key,
    const char *const *label, char *const *value, const char *const *unit,
    int n)
{
	if (a->format == FORMAT_JSON) {
		print_json_open(key, value, n);
		fputs("\n}\n", stdout);
	} else
		print_pairs(label, value, n, unit);
}

static int
run_savings(struct calc_args *a)
{
	static const char *const key[] = { "balance", "deposited",
	    "interest" };
	const char *label[3], *unit[3];
	struct calc_savings s;
	struct diags d;
	mpq_t dep, rate, init;
	char *v[3];
	long n;

	diags_init(&d);
	mpq_inits(dep, rate, init, NULL);
	if (get_amount(dep, a, OPT_DEPOSIT, &d) != 0 ||
	    get_rate(rate, a, OPT_RATE, &d) != 0 ||
	    calc_parse_months(&n, a->val[OPT_MONTHS], "--months", &d) != 0 ||
	    get_amount(init, a, OPT_INITIAL, &d) != 0) {
		mpq_clears(dep, rate, init, NULL);
		return calc_fail(&d);
	}
	calc_savings(&s, dep, rate, n, init, a->places);
	v[0] = dec_str(s.balance, a->places, ROUND_HALF_UP);
	v[1] = dec_str(s.deposited, a->places, ROUND_HALF_UP);
	v[2] = dec_str(s.interest, a->places, ROUND_HALF_UP);
	label[0] = _("Balance");
	label[1] = _("Deposited");
	label[2] = _("Interest earned");
	unit[0] = unit[1] = unit[2] = a->currency;
	emit(a, key, label, v, unit, 3);
	free_strs(v, 3);
	calc_savings_clear(&s);
	mpq_clears(dep, rate, init, NULL);
	return EXIT_DONE;
}

/* Prints the goal's result. */
static void
print_goal(const struct calc_args *a, const struct calc_goal *g)
{
	const char *label[2], *unit[2];
	char *v[2];

	v[0] = xasprintf("%ld", g->months);
	v[1] = dec_str(g->balance, a->places, ROUND_HALF_UP);
	if (a->format == FORMAT_JSON)
		printf("{\n  \"months\": %s,\n  \"balance\": \"%s\"\n}\n",
		    v[0], v[1]);
	else {
		label[0] = _("Months needed");
		label[1] = _("Balance then");
		unit[0] = NULL;
		unit[1] = a->currency;
		print_pairs(label, v, 2, unit);
	}
	free_strs(v, 2);
}

static int
run_goal(struct calc_args *a)
{
	struct calc_goal g;
	struct diags d;
	mpq_t dep, rate, init, target;
	int status = EXIT_DONE;

	diags_init(&d);
	mpq_inits(dep, rate, init, target, NULL);
	if (get_amount(dep, a, OPT_DEPOSIT, &d) != 0 ||
	    get_rate(rate, a, OPT_RATE, &d) != 0 ||
	    get_amount(target, a, OPT_TARGET, &d) != 0 ||
	    need_positive(target, a, OPT_TARGET, _("the target must be more "
	    "than 0"), &d) != 0 ||
	    get_amount(init, a, OPT_INITIAL, &d) != 0 ||
	    calc_goal(&g, dep, rate, init, target, a->places, &d) != 0)
		status = calc_fail(&d);
	else {
		print_goal(a, &g);
		calc_goal_clear(&g);
	}
	mpq_clears(dep, rate, init, target, NULL);
	return status;
}

/* The schedule's cells: per row the month and four amounts. */
static char **
schedule_cells(const struct calc_loan *l, int places)
{
	char **c = xcalloc((size_t)l->nrows * 5, sizeof *c);
	long m;

	for (m = 0; m < l->nrows; m++) {
		c[m * 5] = xasprintf("%ld", l->rows[m].month);
		c[m * 5 + 1] = dec_str(l->rows[m].payment, places,
		    ROUND_HALF_UP);
		c[m * 5 + 2] = dec_str(l->rows[m].interest, places,
		    ROUND_HALF_UP);
		c[m * 5 + 3] = dec_str(l->rows[m].principal, places,
		    ROUND_HALF_UP);
		c[m * 5 + 4] = dec_str(l->rows[m].balance, places,
		    ROUND_HALF_UP);
	}
	return c;
}

/* The schedule as a table: a header line and one line a month. */
static void
print_schedule_table(char **c, long nrows)
{
	const char *head[5];
	int w[5], j;
	long m;

	head[0] = _("Month");
	head[1] = _("Payment");
	head[2] = _("Interest");
	head[3] = _("Principal");
	head[4] = _("Balance");
	for (j = 0; j < 5; j++) {
		w[j] = text_width(head[j]);
		for (m = 0; m < nrows; m++)
			if ((int)strlen(c[m * 5 + j]) > w[j])
				w[j] = (int)strlen(c[m * 5 + j]);
	}
	putchar('\n');
	for (j = 0; j < 5; j++) {
		fputs(j > 0 ? "  " : "", stdout);
		out_cell(stdout, head[j], w[j], 1);
	}
	putchar('\n');
	for (m = 0; m < nrows; m++) {
		for (j = 0; j < 5; j++) {
			fputs(j > 0 ? "  " : "", stdout);
			out_cell(stdout, c[m * 5 + j], w[j], 1);
		}
		putchar('\n');
	}
}

/* The schedule as the JSON array closing the loan's object. */
static void
print_schedule_json(char **c, long nrows)
{
	long m;

	fputs(",\n  \"schedule\": [", stdout);
	for (m = 0; m < nrows; m++) {
		printf("%s\n    {\"month\": %s", m > 0 ? "," : "", c[m * 5]);
		out_json_kv(stdout, "payment", c[m * 5 + 1], 0);
		out_json_kv(stdout, "interest", c[m * 5 + 2], 0);
		out_json_kv(stdout, "principal", c[m * 5 + 3], 0);
		out_json_kv(stdout, "balance", c[m * 5 + 4], 0);
		fputc('}', stdout);
	}
	fputs("\n  ]\n}\n", stdout);
}

/* Prints the loan's totals and, when asked or in JSON, its schedule. */
static void
print_loan(const struct calc_args *a, const struct calc_loan *l)
{
	static const char *const key[] = { "payment", "total_paid",
	    "total_interest" };
	const char *label[3], *unit[3];
	char *v[3], **cells;

	v[0] = dec_str(l->payment, a->places, ROUND_HALF_UP);
	v[1] = dec_str(l->total_paid, a->places, ROUND_HALF_UP);
	v[2] = dec_str(l->total_interest, a->places, ROUND_HALF_UP);
	cells = schedule_cells(l, a->places);
	if (a->format == FORMAT_JSON) {
		print_json_open(key, v, 3);
		print_schedule_json(cells, l->nrows);
	} else {
		label[0] = _("Monthly payment");
		label[1] = _("Total paid");
		label[2] = _("Total interest");
		unit[0] = unit[1] = unit[2] = a->currency;
		print_pairs(label, v, 3, unit);
		if (a->given & BIT(OPT_SCHEDULE))
			print_schedule_table(cells, l->nrows);
	}
	free_strs(cells, (int)l->nrows * 5);
	free(cells);
	free_strs(v, 3);
}

static int
run_loan(struct calc_args *a)
{
	struct calc_loan l;
	struct diags d;
	mpq_t p, rate;
	long n;

	diags_init(&d);
	mpq_inits(p, rate, NULL);
	if (get_amount(p, a, OPT_PRINCIPAL, &d) != 0 ||
	    need_positive(p, a, OPT_PRINCIPAL, _("the amount borrowed must "
	    "be more than 0"), &d) != 0 ||
	    get_rate(rate, a, OPT_RATE, &d) != 0 ||
	    calc_parse_months(&n, a->val[OPT_MONTHS], "--months", &d) != 0) {
		mpq_clears(p, rate, NULL);
		return calc_fail(&d);
	}
	calc_loan(&l, p, rate, n, a->places);
	print_loan(a, &l);
	calc_loan_clear(&l);
	mpq_clears(p, rate, NULL);
	return EXIT_DONE;
}

static int
run_flat(struct calc_args *a)
{
	static const char *const key[] = { "installment", "total_interest",
	    "apr_pct", "effective_pct" };
	const char *label[4], *unit[4];
	struct calc_flat fl;
	struct diags d;
	mpq_t p, f;
	char *v[4];
	long n;

	diags_init(&d);
	mpq_inits(p, f, NULL);
	if (get_amount(p, a, OPT_PRINCIPAL, &d) != 0 ||
	    need_positive(p, a, OPT_PRINCIPAL, _("the amount borrowed must "
	    "be more than 0"), &d) != 0 ||
	    get_rate(f, a, OPT_FLAT, &d) != 0 ||
	    calc_parse_months(&n, a->val[OPT_MONTHS], "--months", &d) != 0) {
		mpq_clears(p, f, NULL);
		return calc_fail(&d);
	}
	calc_flat(&fl, p, f, n, a->places);
	v[0] = dec_str(fl.installment, a->places, ROUND_HALF_UP);
	v[1] = dec_str(fl.total_interest, a->places, ROUND_HALF_UP);
	v[2] = dec_str(fl.apr_pct, 2, ROUND_HALF_UP);
	v[3] = dec_str(fl.effective_pct, 2, ROUND_HALF_UP);
	label[0] = _("Monthly installment");
	label[1] = _("Total interest");
	label[2] = _("Yearly rate on what you owe (US APR)");
	label[3] = _("Effective yearly rate (UK APR, EU APRC)");
	unit[0] = unit[1] = a->currency;
	unit[2] = unit[3] = "%";
	emit(a, key, label, v, unit, 4);
	free_strs(v, 4);
	calc_flat_clear(&fl);
	mpq_clears(p, f, NULL);
	return EXIT_DONE;
}

static int
run_inflation(struct calc_args *a)
{
	static const char *const key[] = { "real_value" };
	const char *label[1], *unit[1];
	struct diags d;
	mpq_t x, rate, years, out;
	char *v[1];

	diags_init(&d);
	mpq_inits(x, rate, years, out, NULL);
	if (get_amount(x, a, OPT_AMOUNT, &d) != 0 ||
	    get_rate(rate, a, OPT_RATE, &d) != 0 ||
	    calc_parse_years(years, a->val[OPT_YEARS], "--years", &d) != 0) {
		mpq_clears(x, rate, years, out, NULL);
		return calc_fail(&d);
	}
	calc_inflation(out, x, rate, years, a->places);
	v[0] = dec_str(out, a->places, ROUND_HALF_UP);
	label[0] = _("Real value in today's money");
	unit[0] = a->currency;
	emit(a, key, label, v, unit, 1);
	free_strs(v, 1);
	mpq_clears(x, rate, years, out, NULL);
	return EXIT_DONE;
}

static const struct calculator calculators[] = {
	{ "savings", BIT(OPT_DEPOSIT) | BIT(OPT_RATE) | BIT(OPT_MONTHS),
	    BIT(OPT_INITIAL), run_savings },
	{ "goal", BIT(OPT_DEPOSIT) | BIT(OPT_RATE) | BIT(OPT_TARGET),
	    BIT(OPT_INITIAL), run_goal },
	{ "loan", BIT(OPT_PRINCIPAL) | BIT(OPT_RATE) | BIT(OPT_MONTHS),
	    BIT(OPT_SCHEDULE), run_loan },
	{ "flat", BIT(OPT_PRINCIPAL) | BIT(OPT_FLAT) | BIT(OPT_MONTHS), 0,
	    run_flat },
	{ "inflation", BIT(OPT_AMOUNT) | BIT(OPT_RATE) | BIT(OPT_YEARS), 0,
	    run_inflation },
	{ NULL, 0, 0, NULL }
};

static int
cmd_calc_exec(int argc, char **argv)
{
	const struct calculator *c;
	struct calc_args a;
	int status;

	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 ||
	    strcmp(argv[1], "-h") == 0)) {
		remit_print_usage(&cmd_calc_entry, _(options_help));
		return EXIT_DONE;
	}
	if (argc < 2)
		return remit_usage_error("calc", _("name a calculator: "
		    "savings, goal, loan, flat or inflation"));
	for (c = calculators; c->name != NULL; c++)
		if (strcmp(c->name, argv[1]) == 0)
			break;
	if (c->name == NULL)
		return remit_usage_error("calc", _("\"%s\" is not a "
		    "calculator: name savings, goal, loan, flat or "
		    "inflation"), argv[1]);
	memset(&a, 0, sizeof a);
	a.places = 2;
	if ((status = parse_options(argc - 1, argv + 1, &a, c->name)) >= 0 ||
	    (status = check_options(c, &a)) >= 0)
		return status;
	return c->run(&a);
}
