/*
 * cmd-compare.c - `remit compare`: every provider of a corridor, ranked by
 * what it really costs (fees and exchange rate), with the corridor's
 * indicators.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare-print.h"
#include "i18n.h"
#include "isocodes.h"
#include "remit.h"
#include "speak.h"
#include "speech.h"

static int cmd_compare_exec(int, char **);
static int compare_speak(const struct comparison *cmp, const char *wav);

const struct cmd_entry cmd_compare_entry = {
	"compare",
	N_("--from COUNTRY --to COUNTRY (--amount A | --receive T) [OPTION]..."),
	N_("rank every provider of a corridor by what it really costs"),
	cmd_compare_exec
};

static const char options_help[] = N_(
"  -f, --from COUNTRY       the sending country: ISO code (GB, GBR) or name\n"
"  -t, --to COUNTRY         the receiving country\n"
"  -a, --amount A           the amount sent, in the send currency\n"
"  -r, --receive T          instead: the amount the family must receive;\n"
"                           shows how much to send with each provider\n"
"      --send-currency C    choose a table when a country pair has several\n"
"      --receive-currency C\n"
"      --payout KIND        cash, account, wallet or any (default any)\n"
"      --sort KEY           cost (default), received, fee, speed or name\n"
"      --format FORMAT      table (default), csv, json or speech (the\n"
"                           answer as it is read aloud)\n"
"      --speak-wav FILE     with --format speech: also write the answer\n"
"                           read aloud to FILE (WAV audio)\n"
"      --rates DIR          the folder of rate tables\n"
"      --max-age DAYS       say when the prices are older (default 90)\n"
"  -h, --help               show this help and exit\n\n"
"Amounts use a dot for decimals and at most the currency's decimals:\n"
"200, 200.50; not 200,50 or 2e2.\n"
"Exit status: 0 done, 1 nothing to show, 2 bad input or usage.\n");

struct compare_opts {
	const char		*from, *to, *amount, *receive;
	const char		*send_ccy, *recv_ccy, *rates;
	struct compare_request	 req;
	enum output_format	 format;
	long			 max_age_days;
	int			 speech;	/* --format speech */
	const char		*speak_wav;	/* --speak-wav FILE, or NULL */
};

enum { OPT_SEND_CCY = 256, OPT_RECV_CCY, OPT_PAYOUT, OPT_SORT, OPT_FORMAT,
    OPT_RATES, OPT_MAX_AGE, OPT_SPEAK_WAV };

static const struct option longopts[] = {
	{ "from", required_argument, NULL, 'f' },
	{ "to", required_argument, NULL, 't' },
	{ "amount", required_argument, NULL, 'a' },
	{ "receive", required_argument, NULL, 'r' },
	{ "send-currency", required_argument, NULL, OPT_SEND_CCY },
	{ "receive-currency", required_argument, NULL, OPT_RECV_CCY },
	{ "payout", required_argument, NULL, OPT_PAYOUT },
	{ "sort", required_argument, NULL, OPT_SORT },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "rates", required_argument, NULL, OPT_RATES },
	{ "max-age", required_argument, NULL, OPT_MAX_AGE },
	{ "speak-wav", required_argument, NULL, OPT_SPEAK_WAV },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

/* Parses the options; returns -1 to go on, else an exit status. */
static int
parse_options(int argc, char **argv, struct compare_opts *o)
{
	int ch;

	memset(o, 0, sizeof *o);
	o->req.payout = PAYOUT_ANY;
	o->req.sort = SORT_COST;
	o->max_age_days = REMIT_MAX_AGE_DAYS;
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":f:t:a:r:h", longopts, NULL))
	    != -1) {
		switch (ch) {
		case 'f': o->from = optarg; break;
		case 't': o->to = optarg; break;
		case 'a': o->amount = optarg; break;
		case 'r': o->receive = optarg; break;
		case OPT_SEND_CCY: o->send_ccy = optarg; break;
		case OPT_RECV_CCY: o->recv_ccy = optarg; break;
		case OPT_RATES: o->rates = optarg; break;
		case OPT_MAX_AGE:
			if ((o->max_age_days = remit_parse_count(optarg,
			    36500)) < 0)
				return remit_usage_error("compare", _(
				    "--max-age \"%s\": write a number of days "
				    "from 1 to 36500"), optarg);
			break;
		case OPT_SPEAK_WAV: o->speak_wav = optarg; break;
		case OPT_PAYOUT:
			o->req.payout = payout_parse(optarg);
			if (o->req.payout == 0)
				return remit_usage_error("compare", _("--payout "
				    "\"%s\": write cash, account, wallet or "
				    "any"), optarg);
			break;
		case OPT_SORT:
			if (quote_sort_parse(optarg, &o->req.sort) != 0)
				return remit_usage_error("compare", _("--sort "
				    "\"%s\": write received, cost, fee, speed "
				    "or name"), optarg);
			break;
		case OPT_FORMAT:
			if (strcmp(optarg, "speech") == 0)
				o->speech = 1;
			else if (output_format_parse(optarg, &o->format) != 0)
				return remit_usage_error("compare", _(
				    "--format \"%s\": write table, csv or "
				    "json"), optarg);
			break;
		case 'h':
			remit_print_usage(&cmd_compare_entry,
			    _(options_help));
			return EXIT_DONE;
		case ':':
			return remit_usage_error("compare", _("%s needs a "
			    "value"), argv[optind - 1]);
		default:
			return remit_unknown_option("compare", argv[optind - 1],
			    longopts);
		}
	}
	if (optind < argc)
		return remit_usage_error("compare", _("unexpected argument "
		    "\"%s\""), argv[optind]);
	if (o->from == NULL || o->to == NULL)
		return remit_usage_error("compare", _("give both --from and "
		    "--to, e.g. --from GB --to NG"));
	if ((o->amount == NULL) == (o->receive == NULL))
		return remit_usage_error("compare", _("give either --amount "
		    "(what you send) or --receive (what the family gets), "
		    "not both"));
	o->req.inverse = o->receive != NULL;
	o->req.amount = o->receive != NULL ? o->receive : o->amount;
	return -1;
}

/* Resolves a country argument to its alpha-2 code, or reports. */
static const char *
resolve_country(const char *opt, const char *arg)
{
	const struct country *c = country_lookup(arg);

	if (c == NULL) {
		remit_usage_error("compare", _("%s \"%s\": no such country; "
		    "give an ISO code such as GB or GBR, or an English name "
		    "such as \"United Kingdom\""), opt, arg);
		return NULL;
	}
	return c->alpha2;
}

/* Finds the table, or reports why there is none; returns NULL then. */
static const struct corridor *
find_table(const struct ratebook *rb, const struct compare_opts *o,
    const char *from, const char *to, int *status)
{
	const struct broken_table *b;
	const struct corridor *c;
	size_t n;

	c = ratebook_find(rb, from, to, o->send_ccy, o->recv_ccy, &n);
	if (c != NULL)
		return c;
	if (n > 1) {
		*status = remit_usage_error("compare", _("%s-%s has %zu rate "
		    "tables; choose one with --send-currency and "
		    "--receive-currency (see 'remit corridors')"), from, to,
		    n);
		return NULL;
	}
	b = ratebook_broken_for(rb, from, to);
	if (b != NULL)
		remit_error(_("the rate table for %s-%s could not be read: "
		    "%s"), from, to, b->reason);
	else
		remit_error(_("no rate table for %s-%s in %s; 'remit "
		    "corridors' lists the corridors there are"), from, to,
		    rb->dir);
	*status = EXIT_NOTHING;
	return NULL;
}

static int
cmd_compare_exec(int argc, char **argv)
{
	struct compare_opts o;
	struct comparison cmp;
	const struct corridor *c;
	struct ratebook rb;
	const char *from, *to;
	char fromc[3], toc[3], *why;
	int status;

	if ((status = parse_options(argc, argv, &o)) >= 0)
		return status;
	if ((from = resolve_country("--from", o.from)) == NULL ||
	    (to = resolve_country("--to", o.to)) == NULL)
		return EXIT_USAGE;
	memcpy(fromc, from, 3);
	memcpy(toc, to, 3);
	if (remit_load_rates(&rb, o.rates, 1) != 0)
		return EXIT_USAGE;
	status = EXIT_DONE;
	c = find_table(&rb, &o, fromc, toc, &status);
	if (c == NULL) {
		ratebook_free(&rb);
		return status;
	}
	if (o.speak_wav != NULL)
		o.speech = 1;
	if (o.speech)
		o.req.sort = SORT_RECEIVED;	/* the spec's ranking */
	if (compare_run(&cmp, c, &o.req, &why) != 0) {
		status = remit_usage_error("compare", "%s: %s", o.req.inverse ?
		    "--receive" : "--amount", why);
		free(why);
		ratebook_free(&rb);
		return status;
	}
	compare_set_age(&cmp, remit_today(), o.max_age_days);
	if (o.speech)
		status = compare_speak(&cmp, o.speak_wav);
	else if (o.format == FORMAT_JSON)
		compare_print_json(stdout, &cmp, 0);
	else if (o.format == FORMAT_CSV)
		compare_print_csv(stdout, &cmp);
	else
		compare_print_table(stdout, &cmp);
	if (cmp.navailable == 0) {
		remit_error(_("no provider offers that amount on %s-%s"),
		    fromc, toc);
		status = EXIT_NOTHING;
	}
	compare_free(&cmp);
	ratebook_free(&rb);
	return status;
}

/* One line on stderr; the exit status of bad input. */
static int
speak_error(const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	remit_error("%s", msg != NULL ? msg : fmt);
	free(msg);
	return EXIT_USAGE;
}

/* --format speech: the answer sentence, as the app reads it aloud; with
 * wav, also its audio.  Returns an exit status. */
static int
compare_speak(const struct comparison *cmp, const char *wav)
{
	char *s = speech_answer(cmp, cmp->best);
	int status = EXIT_DONE;

	printf("%s\n", s);
	if (wav != NULL) {
		speak_to_wav(wav);
		if (!speak_available())
			status = speak_error(_("--speak-wav: "
			    "this remit is built without speech (install "
			    "libespeak-ng-dev and build it again)"));
		else if (!speak_has_voice())
			status = speak_error(_("--speak-wav: "
			    "espeak-ng has no voice for the language \"%s\""),
			    speak_language());
		else if (speak_say(s) != 0)
			status = speak_error(_("--speak-wav "
			    "%s: cannot write it: check the folder exists and "
			    "can be written"), wav);
	}
	free(s);
	return status;
}
