/*
 * cmd-batch.c - `remit batch`: JSON Lines in, one comparison request a
 * line; JSON Lines out, each the `remit compare --format json` object on
 * one line with the line number (and the request's id) in front.  A bad
 * line gives {"line": N, "error": "..."} and the others go on.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <getopt.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>

#include "compare-print.h"
#include "i18n.h"
#include "isocodes.h"
#include "output.h"
#include "remit.h"
#include "util.h"

#define BATCH_MAX_LINE	65536

static int cmd_batch_exec(int, char **);

const struct cmd_entry cmd_batch_entry = {
	"batch",
	N_("[FILE|-] [OPTION]..."),
	N_("compare many corridors: JSON Lines requests in, results out"),
	cmd_batch_exec
};

static const char options_help[] = N_(
"Reads one request a line (JSON Lines) from FILE, or standard input when\n"
"FILE is - or missing, and writes one JSON object a line, in the same\n"
"order.  A request:\n"
"  {\"from\": \"GB\", \"to\": \"NG\", \"amount\": \"200\"}\n"
"  {\"from\": \"GBR\", \"to\": \"NG\", \"receive\": \"100000\", \"id\": 7}\n"
"with \"amount\" (what is sent) or \"receive\" (what must arrive) as a\n"
"decimal string, and optionally \"send_currency\", \"receive_currency\",\n"
"\"payout\" (cash, account, wallet, any), \"sort\" (received, cost, fee,\n"
"speed, name) and \"id\" (any JSON value, echoed back).  Each answer is\n"
"the object of 'remit compare --format json' on one line, beginning with\n"
"\"line\" (the request's line number) and \"id\"; \"estimate\": true\n"
"marks a price estimated between or beyond two observed amounts, and\n"
"\"stale\": true a table older than --max-age days.  A line\n"
"that cannot be answered gives {\"line\": N, \"id\": ..., \"error\": \"...\"}\n"
"and the next lines go on.\n\n"
"Options:\n"
"      --rates DIR          the folder of rate tables\n"
"      --format json        the only format (JSON Lines)\n"
"      --max-age DAYS       say when the prices are older (default 90)\n"
"  -h, --help               show this help and exit\n\n"
"Exit status: 0 every line answered, 2 some line failed or bad usage.\n");

static const char *const request_keys[] = { "from", "to", "amount",
    "receive", "send_currency", "receive_currency", "payout", "sort", "id",
    NULL };

enum { OPT_RATES = 256, OPT_FORMAT, OPT_MAX_AGE };

static const struct option longopts[] = {
	{ "rates", required_argument, NULL, OPT_RATES },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "max-age", required_argument, NULL, OPT_MAX_AGE },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

struct batch {
	const struct ratebook	*rb;
	unsigned long		 line;
	long			 max_age_days;
	char			*id;	/* the request's id as JSON, or NULL */
	char			*buf;	/* one answer */
	size_t			 buflen;
	FILE			*mem;
};

/* Writes an error line; returns -1. */
static int
line_error(struct batch *b, const char *msg)
{
	printf("{\"line\": %lu, \"id\": %s, \"error\": ", b->line,
	    b->id != NULL ? b->id : "null");
	out_json_str(stdout, msg);
	fputs("}\n", stdout);
	return -1;
}

/* A string member, NULL when absent; *bad set when it is not a string. */
static const char *
get_str(const cJSON *req, const char *key, const char **bad)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(req, key);

	if (v == NULL || cJSON_IsNull(v))
		return NULL;
	if (!cJSON_IsString(v)) {
		if (*bad == NULL)
			*bad = key;
		return NULL;
	}
	return v->valuestring;
}

/* Checks the keys; returns -1 after an error line for an unknown one. */
static int
check_keys(struct batch *b, const cJSON *req)
{
	const cJSON *it;
	const char *near;
	char *msg;
	size_t k;

	cJSON_ArrayForEach(it, req) {
		for (k = 0; request_keys[k] != NULL; k++)
			if (strcmp(it->string, request_keys[k]) == 0)
				break;
		if (request_keys[k] != NULL)
			continue;
		near = nearest_word(it->string, request_keys);
		msg = near != NULL ? xasprintf(_("unknown key \"%s\"; did you "
		    "mean \"%s\"?"), it->string, near) : xasprintf(_("unknown "
		    "key \"%s\"; the keys are from, to, amount or receive, "
		    "send_currency, receive_currency, payout, sort, id"),
		    it->string);
		line_error(b, msg);
		free(msg);
		return -1;
	}
	cJSON_ArrayForEach(it, req) {
		const cJSON *e;

		for (e = req->child; e != it; e = e->next)
			if (strcmp(e->string, it->string) == 0) {
				msg = xasprintf(_("the key \"%s\" is given "
				    "twice; keep one"), it->string);
				line_error(b, msg);
				free(msg);
				return -1;
			}
	}
	return 0;
}

/* The alpha-2 code of a country member; NULL after an error line. */
static const char *
get_country(struct batch *b, const char *key, const char *v)
{
	const struct country *c;
	char *msg;

	if (v == NULL) {
		msg = xasprintf(_("no \"%s\"; write e.g. {\"from\": \"GB\", "
		    "\"to\": \"NG\", \"amount\": \"200\"}"), key);
		line_error(b, msg);
		free(msg);
		return NULL;
	}
	if ((c = country_lookup(v)) == NULL) {
		msg = xasprintf(_("\"%s\": \"%s\" is no country; give an ISO "
		    "code such as GB or GBR, or an English name"), key, v);
		line_error(b, msg);
		free(msg);
		return NULL;
	}
	return c->alpha2;
}

/* Reads the request's options into req; -1 after an error line. */
static int
read_request(struct batch *b, const cJSON *req, struct compare_request *r,
    const char **sccy, const char **rccy)
{
	const char *amount, *receive, *payout, *sort, *bad = NULL;
	char *msg;

	memset(r, 0, sizeof *r);
	amount = get_str(req, "amount", &bad);
	receive = get_str(req, "receive", &bad);
	*sccy = get_str(req, "send_currency", &bad);
	*rccy = get_str(req, "receive_currency", &bad);
	payout = get_str(req, "payout", &bad);
	sort = get_str(req, "sort", &bad);
	if (bad == NULL)
		get_str(req, "from", &bad), get_str(req, "to", &bad);
	if (bad != NULL) {
		msg = xasprintf(_("\"%s\" must be a string; write decimals as "
		    "strings, e.g. \"amount\": \"200\""), bad);
		line_error(b, msg);
		free(msg);
		return -1;
	}
	if ((amount == NULL) == (receive == NULL))
		return line_error(b, _("give either \"amount\" (what is sent) "
		    "or \"receive\" (what must arrive), not both"));
	r->inverse = receive != NULL;
	r->amount = receive != NULL ? receive : amount;
	r->payout = payout == NULL ? PAYOUT_ANY : payout_parse(payout);
	if (r->payout == 0)
		return line_error(b, _("\"payout\": write cash, account, wallet "
		    "or any"));
	r->sort = SORT_COST;
	if (sort != NULL && quote_sort_parse(sort, &r->sort) != 0)
		return line_error(b, _("\"sort\": write received, cost, fee, "
		    "speed or name"));
	return 0;
}

/* The table for a request; NULL after an error line. */
static const struct corridor *
find_table(struct batch *b, const char *from, const char *to,
    const char *sccy, const char *rccy)
{
	const struct broken_table *bt;
	const struct corridor *c;
	char *msg;
	size_t n;

	c = ratebook_find(b->rb, from, to, sccy, rccy, &n);
	if (c != NULL)
		return c;
	if (n > 1)
		msg = xasprintf(_("%s-%s has %zu rate tables; choose one with "
		    "\"send_currency\" and \"receive_currency\""), from, to, n);
	else if ((bt = ratebook_broken_for(b->rb, from, to)) != NULL)
		msg = xasprintf(_("the rate table for %s-%s could not be "
		    "read: %s"), from, to, bt->reason);
	else
		msg = xasprintf(_("no rate table for %s-%s in %s; 'remit "
		    "corridors' lists the corridors there are"), from, to,
		    b->rb->dir);
	line_error(b, msg);
	free(msg);
	return NULL;
}

/* Writes the comparison with "line" and "id" in front. */
static void
write_answer(struct batch *b, const struct comparison *cmp)
{
	rewind(b->mem);
	compare_print_json(b->mem, cmp, 1);
	fflush(b->mem);
	printf("{\"line\": %lu, \"id\": %s, ", b->line,
	    b->id != NULL ? b->id : "null");
	/* the object without its opening brace */
	fwrite(b->buf + 1, 1, (size_t)ftell(b->mem) - 1, stdout);
}

/* Answers one parsed request; 0, or -1 after an error line. */
static int
answer(struct batch *b, const cJSON *req)
{
	struct compare_request r;
	struct comparison cmp;
	const struct corridor *c;
	const char *from, *to, *sccy, *rccy, *bad = NULL;
	char fromc[3], toc[3], *why;

	if (check_keys(b, req) != 0 ||
	    read_request(b, req, &r, &sccy, &rccy) != 0)
		return -1;
	if ((from = get_country(b, "from", get_str(req, "from", &bad)))
	    == NULL)
		return -1;
	memcpy(fromc, from, 3);
	if ((to = get_country(b, "to", get_str(req, "to", &bad))) == NULL)
		return -1;
	memcpy(toc, to, 3);
	if ((c = find_table(b, fromc, toc, sccy, rccy)) == NULL)
		return -1;
	if (compare_run(&cmp, c, &r, &why) != 0) {
		bad = xasprintf("\"%s\": %s", r.inverse ? "receive" :
		    "amount", why);
		line_error(b, bad);
		free((char *)bad);
		free(why);
		return -1;
	}
	compare_set_age(&cmp, remit_today(), b->max_age_days);
	write_answer(b, &cmp);
	compare_free(&cmp);
	return 0;
}

/* Nonzero when the line holds only blanks. */
static int
blank(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' &&
		    s[i] != '\n')
			return 0;
	return 1;
}

/* Parses and answers one line; 0, or -1 when it failed. */
static int
do_line(struct batch *b, char *line, size_t len)
{
	const char *end = NULL;
	cJSON *req, *id;
	char *msg;
	int rv;

	b->id = NULL;
	if (len > BATCH_MAX_LINE)
		return line_error(b, _("the line is longer than 64 KiB; write "
		    "one request a line"));
	req = cJSON_ParseWithLengthOpts(line, len, &end, 0);
	if (req != NULL && !blank(end, len - (size_t)(end - line))) {
		msg = xasprintf(_("text after the object at column %ld; write "
		    "one object a line"), (long)(end - line) + 1);
		line_error(b, msg);
		free(msg);
		cJSON_Delete(req);
		return -1;
	}
	if (req == NULL) {
		msg = xasprintf(_("not JSON at column %ld; write one object a "
		    "line, e.g. {\"from\": \"GB\", \"to\": \"NG\", \"amount\": "
		    "\"200\"}"), end != NULL && end >= line ? (long)(end -
		    line) + 1 : 1L);
		line_error(b, msg);
		free(msg);
		return -1;
	}
	if ((id = cJSON_GetObjectItemCaseSensitive(req, "id")) != NULL)
		b->id = cJSON_PrintUnformatted(id);
	if (!cJSON_IsObject(req))
		rv = line_error(b, _("not a JSON object; write e.g. {\"from\": "
		    "\"GB\", \"to\": \"NG\", \"amount\": \"200\"}"));
	else
		rv = answer(b, req);
	cJSON_free(b->id);
	b->id = NULL;
	cJSON_Delete(req);
	return rv;
}

/*
 * Reads one line of f into line (cap bytes, at least BATCH_MAX_LINE + 2)
 * without its end of line; a longer line is read to its end but only its
 * first BATCH_MAX_LINE + 1 bytes kept, so no line costs more memory than
 * the limit.  Returns the length kept, or -1 at the end of f.
 */
static ssize_t
read_line(FILE *f, char *line, size_t cap)
{
	size_t n = 0;
	int c, any = 0;

	while ((c = getc_unlocked(f)) != EOF) {
		any = 1;
		if (c == '\n')
			break;
		if (n < cap - 1)
			line[n++] = (char)c;
	}
	if (!any)
		return -1;
	line[n] = '\0';
	return (ssize_t)n;
}

/* Reads every line of f; returns the number that failed. */
static unsigned long
run_lines(struct batch *b, FILE *f)
{
	unsigned long failed = 0;
	size_t cap = BATCH_MAX_LINE + 2;
	char *line = xmalloc(cap);
	ssize_t n;

	__fsetlocking(f, FSETLOCKING_BYCALLER);
	while ((n = read_line(f, line, cap)) >= 0) {
		b->line++;
		while (n > 0 && line[n - 1] == '\r')
			line[--n] = '\0';
		if (blank(line, (size_t)n))
			continue;
		if (do_line(b, line, (size_t)n) != 0)
			failed++;
	}
	free(line);
	return failed;
}

/* Parses the options; returns -1 to go on, else an exit status. */
static int
parse_options(int argc, char **argv, const char **rates, const char **file,
    long *max_age)
{
	int ch;

	*rates = NULL;
	*file = "-";
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_RATES: *rates = optarg; break;
		case OPT_MAX_AGE:
			if ((*max_age = remit_parse_count(optarg, 36500)) < 0)
				return remit_usage_error("batch", _("--max-age "
				    "\"%s\": write a number of days from 1 to "
				    "36500"), optarg);
			break;
		case OPT_FORMAT:
			if (strcmp(optarg, "json") != 0)
				return remit_usage_error("batch", _("--format "
				    "\"%s\": batch writes JSON Lines only; "
				    "write json"), optarg);
			break;
		case 'h':
			remit_print_usage(&cmd_batch_entry, _(options_help));
			return EXIT_DONE;
		case ':':
			return remit_usage_error("batch", _("%s needs a "
			    "value"), argv[optind - 1]);
		default:
			return remit_unknown_option("batch", argv[optind - 1],
			    longopts);
		}
	}
	if (optind + 1 < argc)
		return remit_usage_error("batch", _("give one file, or - for "
		    "standard input"));
	if (optind < argc)
		*file = argv[optind];
	return -1;
}

static int
cmd_batch_exec(int argc, char **argv)
{
	static char obuf[1 << 16];
	const char *rates, *file;
	struct ratebook rb;
	struct batch b;
	unsigned long failed;
	FILE *f;
	long max_age = REMIT_MAX_AGE_DAYS;
	int status;

	if ((status = parse_options(argc, argv, &rates, &file, &max_age)) >= 0)
		return status;
	if (strcmp(file, "-") == 0)
		f = stdin;
	else if ((f = fopen(file, "r")) == NULL) {
		remit_error(_("%s: %s; check the path"), file,
		    strerror(errno));
		return EXIT_USAGE;
	}
	if (remit_load_rates(&rb, rates, 0) != 0) {
		if (f != stdin)
			fclose(f);
		return EXIT_USAGE;
	}
	setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
	memset(&b, 0, sizeof b);
	b.rb = &rb;
	b.max_age_days = max_age;
	b.mem = open_memstream(&b.buf, &b.buflen);
	/* one thread: no locking on every character written */
	__fsetlocking(b.mem, FSETLOCKING_BYCALLER);
	__fsetlocking(stdout, FSETLOCKING_BYCALLER);
	failed = run_lines(&b, f);
	fclose(b.mem);
	free(b.buf);
	fflush(stdout);
	if (failed > 0)
		remit_error(ngettext("%lu request line failed; see its "
		    "\"error\"", "%lu request lines failed; see their "
		    "\"error\"", failed), failed);
	ratebook_free(&rb);
	if (f != stdin)
		fclose(f);
	return failed > 0 ? EXIT_USAGE : EXIT_DONE;
}
