/*
 * cmd-rpw.c - `remit rpw audit|indicators|import`: the World Bank's RPW
 * dataset, read as a stream, checked and summarised exactly.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decimal.h"
#include "i18n.h"
#include "output.h"
#include "remit.h"
#include "rpw-audit.h"
#include "rpw-import.h"
#include "rpw-indicators.h"
#include "tabout.h"

static int cmd_rpw_exec(int, char **);

const struct cmd_entry cmd_rpw_entry = {
	"rpw",
	N_("audit|indicators|import|merge FILE [OPTION]..."),
	N_("audit and summarise the World Bank's RPW dataset exactly"),
	cmd_rpw_exec
};

/* xgettext:no-c-format */
static const char options_help[] = N_(
"Commands:\n"
"  audit FILE        check every row's cc1 and cc2 figures two ways: the\n"
"                    total against fee / amount x 100 + the published FX\n"
"                    margin, and the margin against the interbank and\n"
"                    provider rates; list each difference over the\n"
"                    tolerance, then a summary by period\n"
"  indicators FILE   services, transparent services, average, SmaRT,\n"
"                    minimum, maximum and the share over 5%, per group\n"
"  import FILE       write rate tables for one quarter (--period, --out)\n"
"  merge FILE        the indicators from the JSON Lines of\n"
"                    `indicators --partial` runs over parts of a file\n"
"FILE is the RPW workbook (.xlsx) or the CSV export of its sheet\n"
"\"Dataset (from Q2 2016)\"; - reads CSV from standard input.\n\n"
"Options:\n"
"      --by KEY          indicators per period, corridor, source,\n"
"                        destination, region or firm-type (repeatable,\n"
"                        in the order given; none: the global figures)\n"
"      --recompute       indicators from fee / amount x 100 + the\n"
"                        published margin instead of the published total\n"
"      --partial         indicators: write exact partial sums per group\n"
"                        as JSON Lines, for `remit rpw merge`\n"
"      --tolerance PP    audit tolerance in percentage points (0.01)\n"
"      --period P        import: the quarter, e.g. 2025_3Q\n"
"      --out DIR         import: the folder to write the tables to\n"
"      --sheet NAME      the sheet of an .xlsx workbook (default\n"
"                        \"Dataset (from Q2 2016)\")\n"
"      --format FORMAT   table (default), csv or json\n"
"      --digits N        decimals of percentages (default 2, half-up)\n"
"  -h, --help            show this help and exit\n\n"
"Non-transparent services (transparent = no) are counted but left out of\n"
"every average.  Quirks of the file (blank and \"..\" cells, exponents,\n"
"CRLF, a BOM, spacer and duplicate rows...) are counted and reported,\n"
"never fatal; named columns that no rule reads are listed.\n"
"Exit status: 0 done, 1 nothing to show, 2 bad input or usage.\n");

struct rpw_opts {
	const char		*sub, *file, *tolerance, *period, *out;
	const char		*sheet;
	enum rpw_key		 by[LAST_RPW_KEY];
	size_t			 nby;
	int			 recompute, digits, partial;
	enum output_format	 format;
};

enum { OPT_BY = 256, OPT_RECOMPUTE, OPT_PARTIAL, OPT_TOLERANCE, OPT_PERIOD,
    OPT_OUT, OPT_FORMAT, OPT_DIGITS, OPT_SHEET };

static const struct option longopts[] = {
	{ "by", required_argument, NULL, OPT_BY },
	{ "recompute", no_argument, NULL, OPT_RECOMPUTE },
	{ "partial", no_argument, NULL, OPT_PARTIAL },
	{ "tolerance", required_argument, NULL, OPT_TOLERANCE },
	{ "period", required_argument, NULL, OPT_PERIOD },
	{ "out", required_argument, NULL, OPT_OUT },
	{ "format", required_argument, NULL, OPT_FORMAT },
	{ "digits", required_argument, NULL, OPT_DIGITS },
	{ "sheet", required_argument, NULL, OPT_SHEET },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

/* Reads --digits: 0 to 20. */
static int
parse_digits(const char *s, int *digits)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || *end != '\0' || end == s || v < 0 || v > 20)
		return -1;
	*digits = (int)v;
	return 0;
}

/* Nonzero when the key just read was given before. */
static int
by_repeated(const struct rpw_opts *o)
{
	size_t i;

	for (i = 0; i < o->nby; i++)
		if (o->by[i] == o->by[o->nby])
			return 1;
	return 0;
}

/* One option; returns -1 to go on, else an exit status. */
static int
parse_one(int ch, char **argv, struct rpw_opts *o)
{
	switch (ch) {
	case OPT_BY:
		if (o->nby == LAST_RPW_KEY ||
		    rpw_key_parse(optarg, &o->by[o->nby]) != 0 ||
		    by_repeated(o))
			return remit_usage_error("rpw", _("--by \"%s\": write "
			    "period, corridor, source, destination, region or "
			    "firm-type, each once"), optarg);
		o->nby++;
		return -1;
	case OPT_RECOMPUTE: o->recompute = 1; return -1;
	case OPT_PARTIAL: o->partial = 1; return -1;
	case OPT_TOLERANCE: o->tolerance = optarg; return -1;
	case OPT_PERIOD: o->period = optarg; return -1;
	case OPT_OUT: o->out = optarg; return -1;
	case OPT_SHEET: o->sheet = optarg; return -1;
	case OPT_FORMAT:
		if (output_format_parse(optarg, &o->format) == 0)
			return -1;
		return remit_usage_error("rpw", _("--format \"%s\": write "
		    "table, csv or json"), optarg);
	case OPT_DIGITS:
		if (parse_digits(optarg, &o->digits) == 0)
			return -1;
		return remit_usage_error("rpw", _("--digits \"%s\": write a "
		    "whole number from 0 to 20"), optarg);
	case 'h':
		remit_print_usage(&cmd_rpw_entry, _(options_help));
		return EXIT_DONE;
	case ':':
		return remit_usage_error("rpw", _("%s needs a value"),
		    argv[optind - 1]);
	default:
		return remit_unknown_option("rpw", argv[optind - 1],
		    longopts);
	}
}

/* Parses the options; returns -1 to go on, else an exit status. */
static int
parse_options(int argc, char **argv, struct rpw_opts *o)
{
	int ch, rv;

	memset(o, 0, sizeof *o);
	o->tolerance = "0.01";
	o->digits = 2;
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1)
		if ((rv = parse_one(ch, argv, o)) >= 0)
			return rv;
	if (optind + 2 != argc)
		return remit_usage_error("rpw", _("give a command and a file: "
		    "remit rpw audit|indicators|import|merge FILE"));
	o->sub = argv[optind];
	o->file = argv[optind + 1];
	return -1;
}

/* Opens the RPW file (CSV, or an .xlsx workbook's sheet) and reads its
 * header; NULL after reporting. */
static struct rpw_reader *
open_rpw(const char *file, const char *sheet, FILE **fp)
{
	struct rpw_reader *r = NULL;
	struct diags d;
	size_t i;
	char *line;

	*fp = NULL;
	diags_init(&d);
	if (strcmp(file, "-") != 0 && rpw_is_xlsx(file))
		r = rpw_open_xlsx(file, sheet, &d);
	else if (strcmp(file, "-") == 0)
		*fp = stdin;
	else if ((*fp = fopen(file, "rb")) == NULL) {
		remit_error(_("%s: %s; check the path"), file,
		    strerror(errno));
		diags_free(&d);
		return NULL;
	}
	if (*fp != NULL)
		r = rpw_open(*fp, file, &d);
	for (i = 0; i < d.n; i++) {
		line = diag_format(&d.v[i]);
		remit_error("%s", line);
		free(line);
	}
	diags_free(&d);
	if (r == NULL && *fp != NULL && *fp != stdin)
		fclose(*fp);
	return r;
}

/* Prints and frees the diagnostics met while reading rows. */
static void
flush_diags(struct diags *d)
{
	size_t i;
	char *line;

	for (i = 0; i < d->n; i++) {
		line = diag_format(&d->v[i]);
		remit_error("%s", line);
		free(line);
	}
	diags_free(d);
}

static const struct tab_col audit_cols[] = {
	{ "id", CELL_STR, 8 }, { "period", CELL_STR, 7 },
	{ "corridor", CELL_STR, 8 }, { "firm", CELL_STR, 16 },
	{ "benchmark", CELL_STR, 9 }, { "check", CELL_STR, 6 },
	{ "published_pct", CELL_DEC, 13 }, { "recomputed_pct", CELL_DEC, 14 },
	{ "difference_pp", CELL_DEC, 13 }
};

static const struct tab_col summary_cols[] = {
	{ "period", CELL_STR, 8 }, { "rows", CELL_INT, 7 },
	{ "total_checks", CELL_INT, 12 }, { "total_findings", CELL_INT, 14 },
	{ "margin_checks", CELL_INT, 13 },
	{ "margin_findings", CELL_INT, 15 },
	{ "skipped_checks", CELL_INT, 14 }
};

struct audit_ctx {
	struct tabout	 t;
	int		 digits;
	unsigned long	 nfound;
};

/* Writes one finding. */
static void
audit_found(const struct rpw_finding *f, void *arg)
{
	struct audit_ctx *a = arg;
	const char *v[9];
	char *pub, *rec, *diff;

	pub = dec_str_exact(f->published);
	if (strchr(pub, '.') == NULL ||
	    (int)strlen(strchr(pub, '.') + 1) < a->digits) {
		/* as published, with at least --digits decimals */
		free(pub);
		pub = dec_str(f->published, a->digits, ROUND_HALF_UP);
	}
	rec = dec_str(f->recomputed, a->digits, ROUND_HALF_UP);
	diff = dec_str(f->difference, a->digits, ROUND_HALF_UP);
	v[0] = f->row->col[RPW_ID];
	v[1] = f->row->period;
	v[2] = f->row->corridor;
	v[3] = f->row->col[RPW_FIRM];
	v[4] = rpw_bench_name(f->bench);
	v[5] = rpw_check_name(f->check);
	v[6] = pub;
	v[7] = rec;
	v[8] = diff;
	tab_row(&a->t, v);
	a->nfound++;
	free(pub);
	free(rec);
	free(diff);
}

/* The summary by period. */
static void
audit_summary(FILE *f, enum output_format fmt, const struct rpw_audit *au)
{
	struct tabout t;
	const struct rpw_audit_period *p;
	char buf[6][24];
	const char *v[7];
	size_t i;
	int k;

	tab_begin(&t, f, fmt, summary_cols, 7);
	for (i = 0; i < au->nperiods; i++) {
		p = &au->periods[i];
		snprintf(buf[0], 24, "%lu", p->rows);
		snprintf(buf[1], 24, "%lu", p->checks[RPW_CHECK_TOTAL]);
		snprintf(buf[2], 24, "%lu", p->findings[RPW_CHECK_TOTAL]);
		snprintf(buf[3], 24, "%lu", p->checks[RPW_CHECK_MARGIN]);
		snprintf(buf[4], 24, "%lu", p->findings[RPW_CHECK_MARGIN]);
		snprintf(buf[5], 24, "%lu", p->skipped);
		v[0] = p->period;
		for (k = 0; k < 6; k++)
			v[k + 1] = buf[k];
		tab_row(&t, v);
	}
	tab_end(&t);
}

/* The summary and quirks after the findings, where the format wants. */
static void
audit_tail(const struct rpw_opts *o, const struct rpw_audit *au,
    const struct rpw_quirks *q)
{
	if (o->format == FORMAT_JSON) {
		fputs(",\n\"summary\": ", stdout);
		audit_summary(stdout, FORMAT_JSON, au);
		fputs(",\n\"quirks\": {", stdout);
		rpw_quirks_json(stdout, q);
		fputs("}}\n", stdout);
	} else if (o->format == FORMAT_CSV) {
		audit_summary(stderr, FORMAT_TABLE, au);
		rpw_quirks_text(stderr, q);
	} else {
		fputc('\n', stdout);
		audit_summary(stdout, FORMAT_TABLE, au);
		fputc('\n', stdout);
		rpw_quirks_text(stdout, q);
	}
}

static int
rpw_audit_cmd(const struct rpw_opts *o)
{
	struct rpw_reader *r;
	struct rpw_audit au;
	struct audit_ctx a;
	struct rpw_row row;
	struct diags d;
	FILE *f;

	if (rpw_audit_init(&au, o->tolerance) != 0)
		return remit_usage_error("rpw", _("--tolerance \"%s\": write "
		    "percentage points as a decimal, e.g. 0.01"),
		    o->tolerance);
	if ((r = open_rpw(o->file, o->sheet, &f)) == NULL) {
		rpw_audit_free(&au);
		return EXIT_USAGE;
	}
	memset(&a, 0, sizeof a);
	a.digits = o->digits;
	diags_init(&d);
	if (o->format == FORMAT_JSON)
		fputs("{\"findings\": ", stdout);
	tab_begin(&a.t, stdout, o->format, audit_cols, 9);
	while (rpw_next(r, &row, &d))
		rpw_audit_row(&au, &row, audit_found, &a);
	tab_end(&a.t);
	flush_diags(&d);
	audit_tail(o, &au, rpw_quirks(r));
	rpw_close(r);
	if (f != NULL && f != stdin)
		fclose(f);
	rpw_audit_free(&au);
	return EXIT_DONE;
}

static const struct tab_col ind_tail_cols[] = {
	{ "benchmark", CELL_STR, 9 }, { "services", CELL_INT, 8 },
	{ "transparent_services", CELL_INT, 20 },
	{ "average_pct", CELL_DEC, 11 }, { "smart_pct", CELL_DEC, 9 },
	{ "min_pct", CELL_DEC, 7 }, { "max_pct", CELL_DEC, 7 },
	{ "over_5pct", CELL_INT, 9 }, { "over_5pct_share", CELL_DEC, 15 },
	{ "meets_5pct", CELL_BOOL, 10 }
};

#define NTAIL (sizeof ind_tail_cols / sizeof ind_tail_cols[0])

struct ind_ctx {
	struct tabout	t;
	size_t		nby;
};

/* Writes one group's benchmark. */
static void
ind_emit(const struct rpw_ind_row *r, void *arg)
{
	struct ind_ctx *c = arg;
	const char *v[LAST_RPW_KEY + NTAIL];
	size_t i, n = c->nby;

	for (i = 0; i < n; i++)
		v[i] = r->key[i];
	v[n++] = r->bench;
	v[n++] = r->services;
	v[n++] = r->transparent;
	v[n++] = r->average;
	v[n++] = r->smart;
	v[n++] = r->min;
	v[n++] = r->max;
	v[n++] = r->over5;
	v[n++] = r->share;
	v[n++] = r->meets;
	tab_row(&c->t, v);
}

/* The column list: the keys, then the figures. */
static void
ind_columns(const struct rpw_opts *o, struct tab_col *cols)
{
	static const int widths[LAST_RPW_KEY] = { 7, 8, 6, 11, 26, 16 };
	size_t i;

	for (i = 0; i < o->nby; i++) {
		cols[i].name = rpw_key_name(o->by[i]);
		cols[i].kind = CELL_STR;
		cols[i].width = widths[o->by[i]];
	}
	memcpy(cols + o->nby, ind_tail_cols, sizeof ind_tail_cols);
}

/* The quirks after the figures, where the format wants them. */
static void
ind_tail(const struct rpw_opts *o, const struct rpw_quirks *q)
{
	if (o->format == FORMAT_JSON) {
		fputs(",\n\"quirks\": {", stdout);
		rpw_quirks_json(stdout, q);
		fputs("}}\n", stdout);
	} else if (o->format == FORMAT_CSV)
		rpw_quirks_text(stderr, q);
	else {
		fputc('\n', stdout);
		rpw_quirks_text(stdout, q);
	}
}

/* The first line of a partial: what it was computed with. */
static void
partial_head(const struct rpw_opts *o)
{
	size_t i;

	fputs("{\"remit_partial\": 1, \"by\": [", stdout);
	for (i = 0; i < o->nby; i++)
		printf("%s\"%s\"", i > 0 ? ", " : "", rpw_key_name(o->by[i]));
	printf("], \"recompute\": %s}\n", o->recompute ? "true" : "false");
}

/* The quirk counters by their names in output; max: a header's. */
static const struct {
	const char	*name;
	size_t		 off;
	int		 max;
} quirk_fields[] = {
	{ "rows", offsetof(struct rpw_quirks, rows), 0 },
	{ "blank_cells", offsetof(struct rpw_quirks, blank_cells), 0 },
	{ "dotdot_cells", offsetof(struct rpw_quirks, dotdot_cells), 0 },
	{ "unnamed_columns", offsetof(struct rpw_quirks, unnamed_columns), 1 },
	{ "extra_cells", offsetof(struct rpw_quirks, extra_cells), 0 },
	{ "short_rows", offsetof(struct rpw_quirks, short_rows), 0 },
	{ "inconsistent_casing", offsetof(struct rpw_quirks, casing), 0 },
	{ "exponent_numbers", offsetof(struct rpw_quirks, exponent_numbers),
	    0 },
	{ "bad_numbers", offsetof(struct rpw_quirks, bad_numbers), 0 },
	{ "not_transparent_rows", offsetof(struct rpw_quirks,
	    not_transparent), 0 },
	{ "unknown_speed", offsetof(struct rpw_quirks, unknown_speed), 0 },
	{ "malformed_rows", offsetof(struct rpw_quirks, malformed_rows), 0 },
	{ "crlf_lines", offsetof(struct rpw_quirks, crlf), 0 },
	{ "quoted_commas", offsetof(struct rpw_quirks, quoted_comma), 0 },
	{ "quoted_newlines", offsetof(struct rpw_quirks, quoted_newline), 0 },
	{ "spacer_rows", offsetof(struct rpw_quirks, spacer_rows), 0 },
	{ "duplicate_rows", offsetof(struct rpw_quirks, duplicate_rows), 0 },
	{ "text_numbers", offsetof(struct rpw_quirks, text_numbers), 0 },
	{ "inferred_currency_rows", offsetof(struct rpw_quirks,
	    inferred_currency), 0 },
	{ "usd_payout_rows", offsetof(struct rpw_quirks, usd_payout), 0 },
	{ "negative_margins", offsetof(struct rpw_quirks, negative_margins),
	    0 },
};

#define NQUIRKS (sizeof quirk_fields / sizeof quirk_fields[0])

/* Reads a quirks object into v[] (bom last); -1 if bad. */
static int
quirks_get(const cJSON *obj, unsigned long *v)
{
	const cJSON *e;
	size_t i;

	memset(v, 0, (NQUIRKS + 1) * sizeof *v);
	if (!cJSON_IsObject(obj))
		return -1;
	cJSON_ArrayForEach(e, obj) {
		if (strcmp(e->string, "unread_columns") == 0 &&
		    cJSON_IsArray(e))
			continue;	/* the header's: see quirks_unread() */
		if (!cJSON_IsNumber(e) || e->valuedouble < 0)
			return -1;
		for (i = 0; i < NQUIRKS; i++)
			if (strcmp(e->string, quirk_fields[i].name) == 0)
				break;
		if (i == NQUIRKS && strcmp(e->string, "bom") != 0)
			return -1;
		v[i] = (unsigned long)e->valuedouble;
	}
	return 0;
}

/* The quirks of the parts merged; hq: the most any header had. */
struct mquirks {
	struct rpw_quirks	q;
	unsigned long		hq[NQUIRKS];
	char			**unread;	/* the first part's, owned */
};

/* The columns no rule reads: a fact of the header, the same in every
 * part, so the first part's list is kept. */
static int
quirks_unread(struct mquirks *q, const cJSON *all)
{
	const cJSON *arr = cJSON_GetObjectItemCaseSensitive(all,
	    "unread_columns"), *e;
	size_t n = 0;

	if (arr == NULL || q->unread != NULL)
		return 0;
	if (!cJSON_IsArray(arr))
		return -1;
	q->unread = xcalloc((size_t)cJSON_GetArraySize(arr) + 1,
	    sizeof *q->unread);
	cJSON_ArrayForEach(e, arr) {
		if (!cJSON_IsString(e))
			return -1;
		q->unread[n++] = xstrdup(e->valuestring);
	}
	q->q.unread = q->unread;
	q->q.nunread = n;
	return 0;
}

/*
 * Adds a part's quirks: those of its rows are summed, those of its header
 * (every part may repeat the file's header) counted once.
 */
static int
quirks_merge(struct mquirks *q, const cJSON *all, const cJSON *header)
{
	unsigned long a[NQUIRKS + 1], h[NQUIRKS + 1], *p;
	size_t i;

	if (quirks_get(all, a) != 0 || quirks_get(header, h) != 0 ||
	    quirks_unread(q, all) != 0)
		return -1;
	for (i = 0; i < NQUIRKS; i++) {
		if (h[i] > a[i])
			return -1;
		p = (unsigned long *)((char *)&q->q + quirk_fields[i].off);
		*p += a[i] - h[i];
		if (h[i] > q->hq[i]) {
			*p += h[i] - q->hq[i];
			q->hq[i] = h[i];
		}
	}
	if (a[NQUIRKS] > 0)
		q->q.bom = 1;
	return 0;
}

/* Nonzero when a partial's head says what the first head said. */
static int
head_same(const cJSON *a, const cJSON *b)
{
	return cJSON_Compare(a, b, 1);
}

/* Reads one line of partials into ind (made from the first head). */
static int
merge_line(struct rpw_opts *o, struct rpw_ind **ind, cJSON **head,
    struct mquirks *q, const cJSON *v)
{
	const cJSON *e;
	size_t i = 0;

	if (cJSON_GetObjectItemCaseSensitive(v, "remit_partial") != NULL) {
		if (*head != NULL)
			return head_same(*head, v) ? 0 : -2;
		e = cJSON_GetObjectItemCaseSensitive(v, "by");
		if (!cJSON_IsArray(e))
			return -1;
		cJSON_ArrayForEach(e, e) {
			if (!cJSON_IsString(e) || i == LAST_RPW_KEY ||
			    rpw_key_parse(e->valuestring, &o->by[i]) != 0)
				return -1;
			i++;
		}
		o->nby = i;
		e = cJSON_GetObjectItemCaseSensitive(v, "recompute");
		if (!cJSON_IsBool(e))
			return -1;
		o->recompute = cJSON_IsTrue(e);
		*head = cJSON_Duplicate(v, 1);
		*ind = rpw_ind_new(o->by, o->nby, o->recompute);
		return 0;
	}
	if (*ind == NULL)
		return -3;
	if ((e = cJSON_GetObjectItemCaseSensitive(v, "quirks")) != NULL)
		return quirks_merge(q, e, cJSON_GetObjectItemCaseSensitive(v,
		    "header_quirks"));
	return rpw_ind_merge(*ind, v);
}

/* Reads the partials; NULL after reporting. */
static struct rpw_ind *
merge_read(struct rpw_opts *o, FILE *f, struct mquirks *q)
{
	struct rpw_ind *ind = NULL;
	cJSON *head = NULL, *v;
	char *line = NULL;
	size_t cap = 0;
	unsigned long lineno = 0;
	ssize_t n;
	int rv = 0;

	while (rv == 0 && (n = getline(&line, &cap, f)) > 0) {
		lineno++;
		if (n == 1 && line[0] == '\n')
			continue;
		if ((v = cJSON_ParseWithLength(line, (size_t)n)) == NULL)
			rv = -1;
		else {
			rv = merge_line(o, &ind, &head, q, v);
			cJSON_Delete(v);
		}
	}
	free(line);
	cJSON_Delete(head);
	if (rv == -2)
		remit_error(_("%s:%lu: these partial sums were made with other "
		    "--by keys or --recompute than the first; merge parts of "
		    "one run only"), o->file, lineno);
	else if (rv == -3)
		remit_error(_("%s:%lu: partial sums must start with the line "
		    "written first by `remit rpw indicators --partial`"),
		    o->file, lineno);
	else if (rv != 0)
		remit_error(_("%s:%lu: not a line of `remit rpw indicators "
		    "--partial`; merge only its output"), o->file, lineno);
	else if (ind == NULL)
		remit_error(_("%s: no partial sums; give the output of "
		    "`remit rpw indicators --partial`"), o->file);
	if (rv != 0 && ind != NULL) {
		rpw_ind_free(ind);
		ind = NULL;
	}
	return ind;
}

/* Prints the indicators of ind, then the quirks q; returns the number
 * of groups. */
static size_t
ind_print(const struct rpw_opts *o, struct rpw_ind *ind,
    const struct rpw_quirks *q)
{
	struct tab_col cols[LAST_RPW_KEY + NTAIL];
	struct ind_ctx c;
	size_t ngroups;

	ind_columns(o, cols);
	c.nby = o->nby;
	if (o->format == FORMAT_JSON)
		fputs("{\"indicators\": ", stdout);
	tab_begin(&c.t, stdout, o->format, cols, o->nby + NTAIL);
	ngroups = rpw_ind_emit(ind, o->digits, ind_emit, &c);
	tab_end(&c.t);
	ind_tail(o, q);
	return ngroups;
}

static int
rpw_merge_cmd(struct rpw_opts *o)
{
	struct mquirks q;
	struct rpw_ind *ind;
	size_t ngroups, i;
	FILE *f;

	if (strcmp(o->file, "-") == 0)
		f = stdin;
	else if ((f = fopen(o->file, "r")) == NULL) {
		remit_error(_("%s: %s; check the path"), o->file,
		    strerror(errno));
		return EXIT_USAGE;
	}
	memset(&q, 0, sizeof q);
	ind = merge_read(o, f, &q);
	if (f != stdin)
		fclose(f);
	if (ind == NULL)
		return EXIT_USAGE;
	ngroups = ind_print(o, ind, &q.q);
	rpw_ind_free(ind);
	for (i = 0; q.unread != NULL && q.unread[i] != NULL; i++)
		free(q.unread[i]);
	free(q.unread);
	return ngroups > 0 ? EXIT_DONE : EXIT_NOTHING;
}

static int
rpw_indicators_cmd(const struct rpw_opts *o)
{
	struct rpw_reader *r;
	struct rpw_quirks head;
	struct rpw_ind *ind;
	struct rpw_row row;
	struct diags d;
	size_t ngroups;
	FILE *f;

	if ((r = open_rpw(o->file, o->sheet, &f)) == NULL)
		return EXIT_USAGE;
	ind = rpw_ind_new(o->by, o->nby, o->recompute);
	head = *rpw_quirks(r);
	diags_init(&d);
	while (rpw_next(r, &row, &d))
		rpw_ind_add(ind, &row);
	flush_diags(&d);
	if (o->partial) {
		partial_head(o);
		rpw_ind_partial(ind, stdout);
		fputs("{\"quirks\": {", stdout);
		rpw_quirks_json(stdout, rpw_quirks(r));
		fputs("}, \"header_quirks\": {", stdout);
		rpw_quirks_json(stdout, &head);
		fputs("}}\n", stdout);
		rpw_ind_free(ind);
		rpw_close(r);
		if (f != stdin)
			fclose(f);
		return EXIT_DONE;
	}
	ngroups = ind_print(o, ind, rpw_quirks(r));
	rpw_ind_free(ind);
	rpw_close(r);
	if (f != NULL && f != stdin)
		fclose(f);
	return ngroups > 0 ? EXIT_DONE : EXIT_NOTHING;
}

/* Nonzero when p is a quarter such as 2025_3Q. */
static int
period_valid(const char *p)
{
	int i;

	for (i = 0; i < 4; i++)
		if (p[i] < '0' || p[i] > '9')
			return 0;
	return p[4] == '_' && p[5] >= '1' && p[5] <= '4' &&
	    (p[6] == 'Q' || p[6] == 'q') && p[7] == '\0';
}

static int
rpw_import_cmd(const struct rpw_opts *o)
{
	struct rpw_import *im;
	struct rpw_reader *r;
	struct rpw_row row;
	struct diags d;
	unsigned long used, skipped;
	size_t n;
	FILE *f;

	if (o->period == NULL || !period_valid(o->period) || o->out == NULL)
		return remit_usage_error("rpw", _("import needs --period, a "
		    "quarter such as 2025_3Q, and --out DIR"));
	if ((r = open_rpw(o->file, o->sheet, &f)) == NULL)
		return EXIT_USAGE;
	im = rpw_import_new(o->period, o->out);
	diags_init(&d);
	while (rpw_next(r, &row, &d))
		rpw_import_add(im, &row);
	n = rpw_import_write(im, &d);
	flush_diags(&d);
	rpw_import_counts(im, &used, &skipped);
	if (o->format == FORMAT_JSON) {
		printf("{\"tables\": %zu, \"rows_used\": %lu, "
		    "\"rows_skipped\": %lu, \"promotions\": %lu, \"dir\": ", n,
		    used, skipped, rpw_import_promotions(im));
		out_json_str(stdout, o->out);
		fputs(", \"quirks\": {", stdout);
		rpw_quirks_json(stdout, rpw_quirks(r));
		fputs("}}\n", stdout);
	} else if (o->format == FORMAT_CSV) {
		printf("tables,rows_used,rows_skipped,dir\r\n%zu,%lu,%lu,", n,
		    used, skipped);
		out_csv(stdout, o->out, 1);
	} else
		printf(_("%zu rate tables written to %s from %lu rows of %s "
		    "(%lu rows left out: no complete benchmark)\n"), n,
		    o->out, used, o->period, skipped);
	rpw_import_free(im);
	rpw_close(r);
	if (f != NULL && f != stdin)
		fclose(f);
	return n > 0 ? EXIT_DONE : EXIT_NOTHING;
}

static int
cmd_rpw_exec(int argc, char **argv)
{
	struct rpw_opts o;
	int status;

	if ((status = parse_options(argc, argv, &o)) >= 0)
		return status;
	if (strcmp(o.sub, "audit") == 0)
		return rpw_audit_cmd(&o);
	if (strcmp(o.sub, "indicators") == 0)
		return rpw_indicators_cmd(&o);
	if (strcmp(o.sub, "import") == 0)
		return rpw_import_cmd(&o);
	if (strcmp(o.sub, "merge") == 0)
		return rpw_merge_cmd(&o);
	return remit_usage_error("rpw", _("\"%s\" is not an rpw command; "
	    "write audit, indicators, import or merge"), o.sub);
}
