/*
 * cmd-report.c - `remit report`: the indicators of every corridor of a
 * rate folder at the USD 200 and USD 500 equivalents (and --amount), with
 * the global figures over every service, as RPW computes them.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "i18n.h"
#include "remit.h"
#include "tabout.h"

#define MAX_LEVELS 3

static int cmd_report_exec(int, char **);

const struct cmd_entry cmd_report_entry = {
	"report",
	N_("[--rates DIR] [--amount USD] [OPTION]..."),
	N_("indicators of every corridor at the USD 200 and 500 benchmarks"),
	cmd_report_exec
};

/* xgettext:no-c-format */
static const char options_help[] = N_(
"For every corridor of the rate folder, at the send-currency equivalents\n"
"of USD 200 and USD 500 (from the table's send_per_usd, rounded half-up\n"
"to the currency's minor units) and at --amount: providers available,\n"
"transparent ones, the average, weighted average, SmaRT, lowest and\n"
"highest total cost %, how many and what share are over 5%, and whether\n"
"the corridor meets the 5% ceiling.  Rows with corridor ALL give the\n"
"global figures: the simple average over every service of every\n"
"corridor (never an average of averages); their smart_pct is the average\n"
"of the corridors' SmaRT values.  \"estimate\" is true when a provider\n"
"known from two benchmarks is priced at another amount.\n\n"
"Options:\n"
"      --rates DIR          the folder of rate tables\n"
"  -a, --amount USD         also at this many US dollars\n"
"      --format FORMAT      table (default), csv or json\n"
"      --digits N           decimals of percentages (default 2, half-up)\n"
"      --max-age DAYS       say which tables are older (default 90)\n"
"  -h, --help               show this help and exit\n\n"
"A table without send_per_usd cannot be converted and is left out, with\n"
"a warning; a table older than --max-age days is reported, with a\n"
"warning.\n"
"Exit status: 0 done, 1 nothing to show, 2 bad input or usage.\n");

enum { OPT_RATES = 256, OPT_FORMAT, OPT_DIGITS, OPT_MAX_AGE };

static const struct option longopts[] = {
	{ "rates", required_argument, NULL, OPT_RATES },
	{ "amount", required_argument, NULL, 'a' },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "digits", required_argument, NULL, OPT_DIGITS },
	{ "max-age", required_argument, NULL, OPT_MAX_AGE },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static const struct tab_col cols[] = {
	{ "corridor", CELL_STR, 8 }, { "send_currency", CELL_STR, 4 },
	{ "receive_currency", CELL_STR, 4 }, { "usd_amount", CELL_DEC, 7 },
	{ "amount", CELL_DEC, 11 }, { "estimate", CELL_BOOL, 8 },
	{ "services", CELL_INT, 8 }, { "transparent_services", CELL_INT, 11 },
	{ "average_pct", CELL_DEC, 7 }, { "weighted_average_pct", CELL_DEC, 8 },
	{ "smart_pct", CELL_DEC, 7 }, { "min_pct", CELL_DEC, 7 },
	{ "max_pct", CELL_DEC, 7 }, { "over_5pct", CELL_INT, 9 },
	{ "over_5pct_share", CELL_DEC, 7 }, { "meets_5pct", CELL_BOOL, 10 }
};

#define NCOLS (sizeof cols / sizeof cols[0])

/* The global figures at one USD amount, over every corridor. */
struct level {
	const char	*usd;
	mpq_t		 usd_q;
	unsigned long	 services, count, over5, nsmart;
	mpq_t		 sum, smart_sum, min, max;
};

struct report {
	struct tabout	 t;
	int		 digits;
	struct level	 lv[MAX_LEVELS];
	int		 nlv;
};

/* An exact percentage rounded, or NULL. */
static char *
pct(int has, const mpq_t v, int digits)
{
	return has ? dec_str(v, digits, ROUND_HALF_UP) : NULL;
}

/* Writes one row from its figures (strings, NULL for none). */
static void
put_row(struct report *r, const char *const *v)
{
	tab_row(&r->t, v);
}

/* Adds a comparison's transparent available quotes to the level. */
static void
level_add(struct level *l, const struct comparison *cmp)
{
	size_t i;

	l->services += cmp->n;
	for (i = 0; i < cmp->n; i++) {
		const struct quote *q = &cmp->quotes[i];

		if (!q->available || !q->provider->transparent)
			continue;
		if (l->count == 0 || mpq_cmp(q->total_cost_pct, l->min) < 0)
			mpq_set(l->min, q->total_cost_pct);
		if (l->count == 0 || mpq_cmp(q->total_cost_pct, l->max) > 0)
			mpq_set(l->max, q->total_cost_pct);
		mpq_add(l->sum, l->sum, q->total_cost_pct);
		l->over5 += q->over_5pct;
		l->count++;
	}
	if (cmp->ind.has_smart) {
		mpq_add(l->smart_sum, l->smart_sum, cmp->ind.smart_pct);
		l->nsmart++;
	}
}

/* One corridor at one level. */
static void
corridor_row(struct report *r, struct level *l, const struct corridor *c)
{
	const struct indicators *ind;
	struct compare_request req;
	struct comparison cmp;
	char name[8], nsv[24], ntr[24], nov[24], *amt, *why, *s[7];
	const char *v[NCOLS];
	mpq_t a, share;
	int k;

	mpq_inits(a, share, NULL);
	mpq_mul(a, l->usd_q, c->send_per_usd);
	amt = dec_str(a, c->send_minor, ROUND_HALF_UP);
	memset(&req, 0, sizeof req);
	req.amount = amt;
	req.payout = PAYOUT_ANY;
	if (compare_run(&cmp, c, &req, &why) != 0) {
		remit_error(_("%s: USD %s is %s %s: %s"), c->file, l->usd, amt,
		    c->send_currency, why);
		free(why);
		free(amt);
		mpq_clears(a, share, NULL);
		return;
	}
	ind = &cmp.ind;
	level_add(l, &cmp);
	snprintf(name, sizeof name, "%s-%s", c->from, c->to);
	snprintf(nsv, sizeof nsv, "%zu", cmp.n);
	snprintf(ntr, sizeof ntr, "%zu", ind->count);
	snprintf(nov, sizeof nov, "%zu", ind->over_5pct);
	mpq_set(share, ind->over_5pct_share);
	mpz_mul_ui(mpq_numref(share), mpq_numref(share), 100);
	mpq_canonicalize(share);
	s[0] = pct(ind->has_range, ind->average_pct, r->digits);
	s[1] = pct(ind->has_weighted, ind->weighted_average_pct, r->digits);
	s[2] = pct(ind->has_smart, ind->smart_pct, r->digits);
	s[3] = pct(ind->has_range, ind->min_pct, r->digits);
	s[4] = pct(ind->has_range, ind->max_pct, r->digits);
	s[5] = pct(ind->has_range, share, r->digits);
	v[0] = name; v[1] = c->send_currency; v[2] = c->receive_currency;
	v[3] = l->usd; v[4] = amt;
	v[5] = cmp.estimate ? "true" : "false";
	v[6] = nsv; v[7] = ntr; v[8] = s[0]; v[9] = s[1]; v[10] = s[2];
	v[11] = s[3]; v[12] = s[4]; v[13] = nov; v[14] = s[5];
	v[15] = ind->meets_5pct ? "true" : "false";
	put_row(r, v);
	for (k = 0; k < 6; k++)
		free(s[k]);
	compare_free(&cmp);
	free(amt);
	mpq_clears(a, share, NULL);
}

/* The global row of a level. */
static void
global_row(struct report *r, struct level *l)
{
	char nsv[24], ntr[24], nov[24], *s[5];
	const char *v[NCOLS];
	mpq_t t;
	int k;

	mpq_init(t);
	snprintf(nsv, sizeof nsv, "%lu", l->services);
	snprintf(ntr, sizeof ntr, "%lu", l->count);
	snprintf(nov, sizeof nov, "%lu", l->over5);
	memset(s, 0, sizeof s);
	if (l->count > 0) {
		mpq_set_ui(t, l->count, 1);
		mpq_div(t, l->sum, t);
		s[0] = pct(1, t, r->digits);
		s[2] = pct(1, l->min, r->digits);
		s[3] = pct(1, l->max, r->digits);
		mpq_set_ui(t, 100 * l->over5, l->count);
		mpq_canonicalize(t);
		s[4] = pct(1, t, r->digits);
	}
	if (l->nsmart > 0) {
		mpq_set_ui(t, l->nsmart, 1);
		mpq_div(t, l->smart_sum, t);
		s[1] = pct(1, t, r->digits);
	}
	v[0] = "ALL"; v[1] = v[2] = v[4] = v[5] = v[9] = v[15] = NULL;
	v[3] = l->usd; v[6] = nsv; v[7] = ntr; v[8] = s[0]; v[10] = s[1];
	v[11] = s[2]; v[12] = s[3]; v[13] = nov; v[14] = s[4];
	put_row(r, v);
	for (k = 0; k < 5; k++)
		free(s[k]);
	mpq_clear(t);
}

/* Parses the options; returns -1 to go on, else an exit status. */
static int
parse_options(int argc, char **argv, const char **rates,
    const char **amount, enum output_format *fmt, int *digits, long *max_age)
{
	char *end;
	long d;
	int ch;

	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":a:h", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_RATES: *rates = optarg; break;
		case 'a': *amount = optarg; break;
		case OPT_FORMAT:
			if (output_format_parse(optarg, fmt) != 0)
				return remit_usage_error("report", _("--format "
				    "\"%s\": write table, csv or json"),
				    optarg);
			break;
		case OPT_DIGITS:
			d = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || d < 0 || d > 20)
				return remit_usage_error("report", _("--digits "
				    "\"%s\": write a whole number from 0 to "
				    "20"), optarg);
			*digits = (int)d;
			break;
		case OPT_MAX_AGE:
			if ((*max_age = remit_parse_count(optarg, 36500)) < 0)
				return remit_usage_error("report", _("--max-age "
				    "\"%s\": write a number of days from 1 to "
				    "36500"), optarg);
			break;
		case 'h':
			remit_print_usage(&cmd_report_entry, _(options_help));
			return EXIT_DONE;
		case ':':
			return remit_usage_error("report", _("%s needs a "
			    "value"), argv[optind - 1]);
		default:
			return remit_unknown_option("report", argv[optind - 1],
			    longopts);
		}
	}
	if (optind < argc)
		return remit_usage_error("report", _("unexpected argument "
		    "\"%s\""), argv[optind]);
	return -1;
}

/* Sets up the USD levels; -1 when --amount is not a valid amount. */
static int
levels_init(struct report *r, const char *amount)
{
	static const char *const bench[2] = { "200", "500" };
	int i;

	r->nlv = amount != NULL ? 3 : 2;
	for (i = 0; i < r->nlv; i++) {
		struct level *l = &r->lv[i];

		memset(l, 0, sizeof *l);
		l->usd = i < 2 ? bench[i] : amount;
		mpq_inits(l->usd_q, l->sum, l->smart_sum, l->min, l->max,
		    NULL);
		if (dec_parse_amount(l->usd_q, l->usd, 2) != DEC_OK ||
		    mpq_sgn(l->usd_q) == 0)
			return -1;
	}
	return 0;
}

static void
levels_free(struct report *r)
{
	int i;

	for (i = 0; i < r->nlv; i++)
		mpq_clears(r->lv[i].usd_q, r->lv[i].sum, r->lv[i].smart_sum,
		    r->lv[i].min, r->lv[i].max, NULL);
}

static int
cmd_report_exec(int argc, char **argv)
{
	const char *rates = NULL, *amount = NULL;
	struct ratebook rb;
	struct report r;
	long max_age = REMIT_MAX_AGE_DAYS;
	size_t i, n = 0;
	int status, k;
	char *stale;

	memset(&r, 0, sizeof r);
	r.digits = 2;
	if ((status = parse_options(argc, argv, &rates, &amount, &r.t.fmt,
	    &r.digits, &max_age)) >= 0)
		return status;
	if (levels_init(&r, amount) != 0) {
		levels_free(&r);
		return remit_usage_error("report", _("--amount \"%s\": write "
		    "US dollars as a decimal, e.g. 300 or 250.50"), amount);
	}
	if (remit_load_rates(&rb, rates, 0) != 0) {
		levels_free(&r);
		return EXIT_USAGE;
	}
	for (i = 0; i < rb.ncorridors; i++)
		if ((stale = corridor_stale_text(rb.corridors[i],
		    remit_today(), max_age)) != NULL) {
			remit_error("%s", stale);
			free(stale);
		}
	for (i = 0; i < rb.ncorridors; i++)
		if (!rb.corridors[i]->has_send_per_usd)
			remit_error(_("%s: no send_per_usd, so no USD "
			    "equivalents; add \"send_per_usd\" to report it"),
			    rb.corridors[i]->file);
		else
			n++;
	tab_begin(&r.t, stdout, r.t.fmt, cols, NCOLS);
	for (k = 0; k < r.nlv && n > 0; k++) {
		for (i = 0; i < rb.ncorridors; i++)
			if (rb.corridors[i]->has_send_per_usd)
				corridor_row(&r, &r.lv[k], rb.corridors[i]);
		global_row(&r, &r.lv[k]);
	}
	tab_end(&r.t);
	if (r.t.fmt == FORMAT_JSON)
		fputc('\n', stdout);
	levels_free(&r);
	ratebook_free(&rb);
	return n > 0 ? EXIT_DONE : EXIT_NOTHING;
}
