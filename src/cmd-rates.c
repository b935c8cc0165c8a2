/*
 * cmd-rates.c - `remit rates`: a centre's own prices.  `record` writes one
 * observed price into the corridor's table (atomically, keeping every
 * observation), `history` lists the observations.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cmd-rates.h"
#include "i18n.h"
#include "isocodes.h"
#include "output.h"
#include "remit.h"

static int cmd_rates_exec(int, char **);

const struct cmd_entry cmd_rates_entry = {
	"rates",
	N_("record|history|install [BUNDLE] [OPTION]..."),
	N_("record prices a centre observed, list them, install signed tables"),
	cmd_rates_exec
};

static const char options_help[] = N_(
"  record    write one observed price into the corridor's table\n"
"  history   list the prices observed in a corridor's table\n"
"  install BUNDLE --key PUBKEY\n"
"            install a tar of rate tables signed with minisign (the\n"
"            signature in BUNDLE.minisig): the signature and every table\n"
"            are checked, then the folder is replaced at once\n\n"
"Options:\n"
"      --rates DIR          the folder of rate tables\n"
"  -f, --from COUNTRY       the sending country\n"
"  -t, --to COUNTRY         the receiving country\n"
"      --provider ID        the provider's id (a-z, 0-9, -)\n"
"      --name NAME          its name (needed for a new provider)\n"
"      --amount A           record: the amount priced, send currency\n"
"      --fee F              record: the fee asked, paid on top\n"
"      --rate R             record: the rate offered (receive per send)\n"
"      --mid M              record: the mid-market rate that day\n"
"      --mid-source TEXT    record: where the mid-market rate came from\n"
"      --date YYYY-MM-DD    record: the day of the price (default today)\n"
"      --payout KIND        cash, account or wallet (new provider)\n"
"      --speed SPEED        under-1-hour ... 6-days-plus (new provider)\n"
"      --deducted           the fee was taken out of the amount\n"
"      --send-currency C    for a new table\n"
"      --receive-currency C for a new table\n"
"      --key PUBKEY         install: the minisign public key (.pub)\n"
"  -h, --help               show this help and exit\n\n"
"A provider seen at two amounts is priced from the latest price at each\n"
"(between and beyond them as an estimate); seen at one amount, at that\n"
"amount only.  Every observation stays in the table.\n"
"Exit status: 0 done, 1 nothing to show, 2 bad input or usage.\n");

enum { OPT_RATES = 256, OPT_PROVIDER, OPT_NAME, OPT_AMOUNT, OPT_FEE,
    OPT_RATE, OPT_MID, OPT_MID_SOURCE, OPT_DATE, OPT_PAYOUT, OPT_SPEED,
    OPT_DEDUCTED, OPT_SEND_CCY, OPT_RECV_CCY, OPT_KEY };

static const struct option longopts[] = {
	{ "rates", required_argument, NULL, OPT_RATES },
	{ "from", required_argument, NULL, 'f' },
	{ "to", required_argument, NULL, 't' },
	{ "provider", required_argument, NULL, OPT_PROVIDER },
	{ "name", required_argument, NULL, OPT_NAME },
	{ "amount", required_argument, NULL, OPT_AMOUNT },
	{ "fee", required_argument, NULL, OPT_FEE },
	{ "rate", required_argument, NULL, OPT_RATE },
	{ "mid", required_argument, NULL, OPT_MID },
	{ "mid-source", required_argument, NULL, OPT_MID_SOURCE },
	{ "date", required_argument, NULL, OPT_DATE },
	{ "payout", required_argument, NULL, OPT_PAYOUT },
	{ "speed", required_argument, NULL, OPT_SPEED },
	{ "deducted", no_argument, NULL, OPT_DEDUCTED },
	{ "send-currency", required_argument, NULL, OPT_SEND_CCY },
	{ "receive-currency", required_argument, NULL, OPT_RECV_CCY },
	{ "key", required_argument, NULL, OPT_KEY },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

struct rates_opts {
	const char		*rates, *from_arg, *to_arg, *key;
	char			 from[3], to[3];
	struct rate_record	 r;
};

/* Stores one option; returns -1 to go on, else an exit status. */
static int
store_option(struct rates_opts *o, int ch, char **argv)
{
	switch (ch) {
	case OPT_RATES: o->rates = optarg; break;
	case 'f': o->from_arg = optarg; break;
	case 't': o->to_arg = optarg; break;
	case OPT_PROVIDER: o->r.provider = optarg; break;
	case OPT_NAME: o->r.name = optarg; break;
	case OPT_AMOUNT: o->r.amount = optarg; break;
	case OPT_FEE: o->r.fee = optarg; break;
	case OPT_RATE: o->r.rate = optarg; break;
	case OPT_MID: o->r.mid = optarg; break;
	case OPT_MID_SOURCE: o->r.mid_source = optarg; break;
	case OPT_DATE: o->r.date = optarg; break;
	case OPT_PAYOUT: o->r.payout = optarg; break;
	case OPT_SPEED: o->r.speed = optarg; break;
	case OPT_DEDUCTED: o->r.deducted = 1; break;
	case OPT_SEND_CCY: o->r.send_currency = optarg; break;
	case OPT_RECV_CCY: o->r.receive_currency = optarg; break;
	case OPT_KEY: o->key = optarg; break;
	case 'h':
		remit_print_usage(&cmd_rates_entry, _(options_help));
		return EXIT_DONE;
	case ':':
		return remit_usage_error("rates", _("%s needs a value"),
		    argv[optind - 1]);
	default:
		return remit_usage_error("rates", _("unknown option %s"),
		    argv[optind - 1]);
	}
	return -1;
}

/* The two countries as alpha-2 codes; -1 to go on, else a status. */
static int
resolve(struct rates_opts *o)
{
	const struct country *f, *t;

	if (o->from_arg == NULL || o->to_arg == NULL)
		return remit_usage_error("rates", _("give both --from and "
		    "--to, e.g. --from GB --to NG"));
	if ((f = country_lookup(o->from_arg)) == NULL)
		return remit_usage_error("rates", _("%s \"%s\": no such "
		    "country; give an ISO code such as GB or GBR, or an "
		    "English name such as \"United Kingdom\""), "--from",
		    o->from_arg);
	if ((t = country_lookup(o->to_arg)) == NULL)
		return remit_usage_error("rates", _("%s \"%s\": no such "
		    "country; give an ISO code such as GB or GBR, or an "
		    "English name such as \"United Kingdom\""), "--to",
		    o->to_arg);
	memcpy(o->from, f->alpha2, 3);
	memcpy(o->to, t->alpha2, 3);
	o->r.from = o->from;
	o->r.to = o->to;
	return -1;
}

/* A decimal option in the grammar; -1 to go on, else a status. */
static int
check_decimal(const char *opt, const char *v)
{
	mpq_t q;
	enum dec_status st;
	char *why;

	mpq_init(q);
	st = dec_parse_amount(q, v, -1);
	mpq_clear(q);
	if (st == DEC_OK)
		return -1;
	why = dec_explain(st, v, -1, NULL);
	remit_usage_error("rates", "%s: %s", opt, why);
	free(why);
	return EXIT_USAGE;
}

static int
rates_record(struct rates_opts *o)
{
	static const char *const need[] = { "--provider", "--amount", "--fee",
	    "--rate", "--mid" };
	const char *vals[5] = { o->r.provider, o->r.amount, o->r.fee,
	    o->r.rate, o->r.mid };
	struct diags d;
	size_t i;
	int st;

	for (i = 0; i < 5; i++)
		if (vals[i] == NULL)
			return remit_usage_error("rates", _("record needs %s"),
			    need[i]);
	for (i = 1; i < 5; i++)
		if ((st = check_decimal(need[i], vals[i])) >= 0)
			return st;
	if (o->r.date == NULL)
		o->r.date = remit_today();
	diags_init(&d);
	if (ratebook_record(remit_rates_dir(o->rates), &o->r, &d) != 0) {
		for (i = 0; i < d.n; i++) {
			char *line = diag_format(&d.v[i]);

			remit_error("%s", line);
			free(line);
		}
		diags_free(&d);
		return EXIT_USAGE;
	}
	diags_free(&d);
	printf(_("Recorded for %s-%s: %s at %s, fee %s, rate %s, on %s.\n"),
	    o->from, o->to, o->r.provider, o->r.amount, o->r.fee, o->r.rate,
	    o->r.date);
	return EXIT_DONE;
}

static int
rates_history(struct rates_opts *o)
{
	const struct corridor *c;
	struct ratebook rb;
	size_t i, n = 0, nmatch;

	if (remit_load_rates(&rb, o->rates, 1) != 0)
		return EXIT_USAGE;
	if ((c = ratebook_find(&rb, o->from, o->to, NULL, NULL, &nmatch))
	    == NULL) {
		remit_error(_("no rate table for %s-%s in %s; 'remit "
		    "corridors' lists the corridors there are"), o->from,
		    o->to, rb.dir);
		ratebook_free(&rb);
		return EXIT_NOTHING;
	}
	printf("%-10s  %-24s %12s %10s %14s %14s\n", _("Date"),
	    _("Provider"), _("Amount"), _("Fee"), _("Rate"), _("Mid-market"));
	for (i = 0; i < c->nobs; i++) {
		const struct observation *ob = &c->obs[i];

		if (o->r.provider != NULL && strcmp(o->r.provider,
		    ob->provider) != 0)
			continue;
		printf("%-10s  ", ob->date);
		out_cell(stdout, ob->provider, 24, 0);
		printf(" %12s %10s %14s %14s\n", ob->amount, ob->fee, ob->rate,
		    ob->mid);
		n++;
	}
	printf(ngettext("%zu observation, %s %s.\n", "%zu observations, %s "
	    "%s.\n", n), n, c->send_currency, c->receive_currency);
	ratebook_free(&rb);
	return n > 0 ? EXIT_DONE : EXIT_NOTHING;
}

static int
rates_install_cmd(struct rates_opts *o, int nargs, char **args)
{
	if (nargs != 1)
		return remit_usage_error("rates", _("install needs one BUNDLE, "
		    "e.g. remit rates install rates.tar --key centre.pub"));
	if (o->key == NULL)
		return remit_usage_error("rates", _("install needs --key "
		    "PUBKEY, the minisign public key of the network"));
	return rates_install(args[0], o->key, remit_rates_dir(o->rates));
}

static int
cmd_rates_exec(int argc, char **argv)
{
	struct rates_opts o;
	const char *sub;
	int ch, st;

	memset(&o, 0, sizeof o);
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":f:t:h", longopts, NULL))
	    != -1)
		if ((st = store_option(&o, ch, argv)) >= 0)
			return st;
	if (optind >= argc)
		return remit_usage_error("rates", _("give a command: record, "
		    "history or install"));
	sub = argv[optind];
	if (strcmp(sub, "install") == 0)
		return rates_install_cmd(&o, argc - optind - 1,
		    argv + optind + 1);
	if (optind + 1 < argc)
		return remit_usage_error("rates", _("unexpected argument "
		    "\"%s\""), argv[optind + 1]);
	if (strcmp(sub, "record") != 0 && strcmp(sub, "history") != 0)
		return remit_usage_error("rates", _("\"%s\" is not a rates "
		    "command; write record, history or install"), sub);
	if ((st = resolve(&o)) >= 0)
		return st;
	return strcmp(sub, "record") == 0 ? rates_record(&o) :
	    rates_history(&o);
}
