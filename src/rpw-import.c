/*
 * rpw-import.c - one quarter of RPW written as remit-rates/1 tables.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "currency.h"
#include "decimal.h"
#include "i18n.h"
#include "isocodes.h"
#include "output.h"
#include "rpw-import.h"
#include "util.h"
#include "xalloc.h"


/* One service of the period, at the benchmarks it has. */
struct svc {
	char	*firm, *type, *speed, *pickup, *id, *payment, *notes;
	int	 transparent, promotion;
	int	 has[2];
	mpq_t	 amount[2], fee[2], margin[2];
};

struct icorr {
	char		 code[16];	/* "GBRNGA" */
	char		 send_ccy[4];
	char		 recv_ccy[4];	/* the payout currency */
	char		 as_of[11];	/* the latest date of its rows */
	int		 has_inter;
	mpq_t		 inter;
	struct svc	*v;
	size_t		 n, cap;
};

struct rpw_import {
	char		 period[16];
	char		*dir;
	struct icorr	*c;
	size_t		 n, cap;
	unsigned long	 used, skipped, promotions;
};

struct rpw_import *
rpw_import_new(const char *period, const char *dir)
{
	struct rpw_import *im = xcalloc(1, sizeof *im);
	size_t i, n = 0;

	for (i = 0; period[i] != '\0' && n + 1 < sizeof im->period; i++)
		if (period[i] != ' ')
			im->period[n++] = (char)(period[i] >= 'a' &&
			    period[i] <= 'z' ? period[i] - 32 : period[i]);
	im->dir = xstrdup(dir);
	return im;
}

/* The table of a row's corridor and payout currency, made when new. */
static struct icorr *
corr_of(struct rpw_import *im, const struct rpw_row *row)
{
	struct icorr *c;
	size_t i;

	for (i = im->n; i > 0; i--)
		if (strcmp(im->c[i - 1].code, row->corridor) == 0 &&
		    strcmp(im->c[i - 1].recv_ccy, row->recv_ccy) == 0)
			return &im->c[i - 1];
	if (im->n == im->cap) {
		im->cap = im->cap ? 2 * im->cap : 32;
		im->c = xreallocarray(im->c, im->cap, sizeof *im->c);
	}
	c = &im->c[im->n++];
	memset(c, 0, sizeof *c);
	strcpy(c->code, row->corridor);
	strcpy(c->recv_ccy, row->recv_ccy);
	mpq_init(c->inter);
	return c;
}

/* A spreadsheet's day number (1 is 1900-01-01, with its phantom
 * 1900-02-29; 45914 is 2025-09-14) as year, month and day. */
static void
serial_date(unsigned long n, unsigned *y, unsigned *m, unsigned *d)
{
	/* days from 1970-01-01, then the civil date (H. Hinnant) */
	long z = (long)n - 25569 + 719468, era, doe, yoe, doy, mp;

	era = z / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (unsigned)(doy - (153 * mp + 2) / 5 + 1);
	*m = (unsigned)(mp < 10 ? mp + 3 : mp - 9);
	*y = (unsigned)(yoe + era * 400 + (*m <= 2));
}

/* A row's "date" as YYYY-MM-DD into out[11]: "2025-09-14", "14/09/2025",
 * "09/2025", "2025-09" (the first of the month), or a workbook's day
 * number ("45914"); 0, or -1. */
static int
row_date(const char *s, char *out)
{
	unsigned y, m, d = 1;
	unsigned long serial;
	char tail;

	while (*s == ' ')
		s++;
	if (sscanf(s, "%5lu%c", &serial, &tail) == 1 && serial >= 32874 &&
	    serial <= 80000)
		serial_date(serial, &y, &m, &d);
	else if (sscanf(s, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3 &&
	    sscanf(s, "%2u/%2u/%4u%c", &d, &m, &y, &tail) != 3 &&
	    (d = 1, sscanf(s, "%2u/%4u%c", &m, &y, &tail)) != 2 &&
	    sscanf(s, "%4u-%2u%c", &y, &m, &tail) != 2)
		return -1;
	if (y < 1990 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31)
		return -1;
	snprintf(out, 11, "%04u-%02u-%02u", y, m, d);
	return 0;
}

/* remit's payment word for RPW's "payment instrument", or NULL. */
static const char *
payment_word(const char *s)
{
	if (strcasestr(s, "card") != NULL)
		return "card";
	if (strcasestr(s, "online") != NULL || strcasestr(s, "internet"))
		return "online";
	if (strcasestr(s, "mobile") != NULL || strcasestr(s, "wallet"))
		return "mobile";
	if (strcasestr(s, "account") != NULL || strcasestr(s, "bank"))
		return "bank-transfer";
	if (strcasestr(s, "cash") != NULL)
		return "cash";
	return NULL;
}

/* A cell as one line of plain text (caller frees): line breaks and tabs
 * become spaces, other controls and invalid UTF-8 a "?" (text_safe()). */
static char *
text_safe_line(const char *cell)
{
	char *t = xstrdup(cell), *c, *s;

	for (c = t; *c != '\0'; c++)
		if (*c == '\n' || *c == '\r' || *c == '\t')
			*c = ' ';
	s = text_safe(t);
	free(t);
	return s;
}

/* Adds "label: text." to a note when the text is not blank. */
static void
note_add(char **note, const char *label, const char *text)
{
	char *t, *plain;
	size_t len;
	const char *stop;

	plain = text_safe_line(text + strspn(text, " \t"));
	text = plain;
	if ((len = strlen(text)) == 0) {
		free(plain);
		return;
	}
	stop = strchr(".!?", text[len - 1]) != NULL ? "" : ".";
	t = label != NULL ? xasprintf("%s%s%s: %s%s", *note ? *note : "",
	    *note ? " " : "", label, text, stop) : xasprintf("%s%s%s%s",
	    *note ? *note : "", *note ? " " : "", text, stop);
	free(*note);
	free(plain);
	*note = t;
}

/* The notes of a service: a promotion said first, then RPW's notes, the
 * access point and the receiving network coverage. */
static char *
row_notes(const struct rpw_row *row)
{
	char *note = NULL;

	if (row->promotion)
		note_add(&note, NULL, "Promotion: a negative FX margin, the "
		    "provider's rate above the interbank rate.");
	note_add(&note, NULL, row->col[RPW_NOTE1]);
	note_add(&note, NULL, row->col[RPW_NOTE2]);
	note_add(&note, "Access point", row->col[RPW_ACCESS]);
	note_add(&note, "Receiving network coverage",
	    row->col[RPW_COVERAGE]);
	return note;
}

#define OK(n) ((n).status == RPW_NUM_OK)

/* Takes one benchmark of a row into s; 0 when it has every figure. */
static int
take_bench(struct svc *s, const struct rpw_cc *cc, int b)
{
	if (!OK(cc->amount) || !OK(cc->fee) || !OK(cc->margin) ||
	    cc->amount.v <= 0 || cc->fee.v < 0 ||
	    rpw_num_cmp(&cc->margin, &(struct rpw_num){ RPW_NUM_OK, 100, 0 })
	    >= 0)
		return -1;
	rpw_num_mpq(s->amount[b], &cc->amount);
	rpw_num_mpq(s->fee[b], &cc->fee);
	rpw_num_mpq(s->margin[b], &cc->margin);
	s->has[b] = 1;
	return 0;
}

void
rpw_import_add(struct rpw_import *im, const struct rpw_row *row)
{
	struct icorr *c;
	struct svc *s;
	char date[11];
	int b, any = 0;

	if (strcmp(row->period, im->period) != 0)
		return;
	c = corr_of(im, row);
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 8;
		c->v = xreallocarray(c->v, c->cap, sizeof *c->v);
	}
	s = &c->v[c->n];
	memset(s, 0, sizeof *s);
	for (b = 0; b < 2; b++) {
		mpq_inits(s->amount[b], s->fee[b], s->margin[b], NULL);
		any |= take_bench(s, &row->cc[b], b) == 0;
	}
	if (!any || (!c->has_inter && (!OK(row->inter) ||
	    row->inter.v <= 0))) {
		for (b = 0; b < 2; b++)
			mpq_clears(s->amount[b], s->fee[b], s->margin[b],
			    NULL);
		im->skipped++;
		return;
	}
	if (!c->has_inter) {
		rpw_num_mpq(c->inter, &row->inter);
		c->has_inter = 1;
	}
	if (c->send_ccy[0] == '\0' && strlen(row->cc[0].code) == 3)
		memcpy(c->send_ccy, row->cc[0].code, 4);
	s->firm = text_safe_line(row->col[RPW_FIRM]);
	s->type = xstrdup(row->col[RPW_FIRM_TYPE]);
	s->speed = xstrdup(row->col[RPW_SPEED]);
	s->pickup = xstrdup(row->col[RPW_PICKUP]);
	s->payment = payment_word(row->col[RPW_PAYMENT]) != NULL ?
	    xstrdup(payment_word(row->col[RPW_PAYMENT])) : NULL;
	s->notes = row_notes(row);
	s->transparent = row->transparent;
	s->promotion = row->promotion;
	if (row_date(row->col[RPW_DATE], date) == 0 &&
	    strcmp(date, c->as_of) > 0)
		memcpy(c->as_of, date, sizeof date);
	im->promotions += row->promotion != 0;
	c->n++;
	im->used++;
}

void
rpw_import_counts(const struct rpw_import *im, unsigned long *used,
    unsigned long *skipped)
{
	*used = im->used;
	*skipped = im->skipped;
}

unsigned long
rpw_import_promotions(const struct rpw_import *im)
{
	return im->promotions;
}

void
rpw_import_free(struct rpw_import *im)
{
	size_t i, k;
	int b;

	for (i = 0; i < im->n; i++) {
		for (k = 0; k < im->c[i].n; k++) {
			struct svc *s = &im->c[i].v[k];

			for (b = 0; b < 2; b++)
				mpq_clears(s->amount[b], s->fee[b],
				    s->margin[b], NULL);
			free(s->firm);
			free(s->type);
			free(s->speed);
			free(s->pickup);
			free(s->id);
			free(s->payment);
			free(s->notes);
		}
		free(im->c[i].v);
		mpq_clear(im->c[i].inter);
	}
	free(im->c);
	free(im->dir);
	free(im);
}

/* remit's provider type for an RPW firm type. */
static const char *
type_word(const char *t)
{
	if (strcasestr(t, "bank") != NULL)
		return "bank";
	if (strcasestr(t, "post") != NULL)
		return "post";
	if (strcasestr(t, "mobile") != NULL)
		return "mobile";
	if (strcasestr(t, "mto") != NULL || strcasestr(t, "money") != NULL)
		return "mto";
	return "other";
}

/* remit's speed word for RPW's "speed actual"; unknown is the slowest. */
static const char *
speed_word(const char *s)
{
	if (strcasestr(s, "6 days") != NULL || strcasestr(s, "more") != NULL)
		return "6-days-plus";
	if (strcasestr(s, "hour") != NULL || strcasestr(s, "minute") != NULL)
		return "under-1-hour";
	if (strcasestr(s, "same day") != NULL)
		return "same-day";
	if (strcasestr(s, "next day") != NULL || strcasestr(s, "1 day"))
		return "next-day";
	if (strcasestr(s, "2 days") != NULL)
		return "2-days";
	if (strcasestr(s, "3-5") != NULL || strcasestr(s, "3 to 5") != NULL)
		return "3-5-days";
	return "6-days-plus";
}

static const char *
payout_word(const char *s)
{
	if (strcasestr(s, "account") != NULL)
		return "account";
	if (strcasestr(s, "wallet") != NULL || strcasestr(s, "mobile"))
		return "wallet";
	return "cash";
}

/* A provider id made of the firm's name, unique among used[0..n). */
static char *
make_id(char *const *used, size_t nused, const char *firm,
    const char *suffix)
{
	char base[48], *id;
	const char *p;
	size_t n = 0, k, tries;

	for (p = firm; *p != '\0' && n + 1 < 40; p++) {
		char ch = *p >= 'A' && *p <= 'Z' ? (char)(*p + 32) : *p;

		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
			base[n++] = ch;
		else if (n > 0 && base[n - 1] != '-')
			base[n++] = '-';
	}
	while (n > 0 && base[n - 1] == '-')
		n--;
	base[n] = '\0';
	for (tries = 1;; tries++) {
		id = tries == 1 ? xasprintf("%s%s", n ? base : "service",
		    suffix) : xasprintf("%s%s-%zu", n ? base : "service",
		    suffix, tries);
		for (k = 0; k < nused; k++)
			if (strcmp(used[k], id) == 0)
				break;
		if (k == nused)
			return id;
		free(id);
	}
}

/* Writing one table. */
struct wctx {
	FILE		*f;
	int		 minor;
	mpq_ptr		 inter;
	char		**used;
	size_t		 nused;
	int		 nprov;
};

/* The provider rate whose margin against m is `margin` percent:
 * m x (100 - margin) / 100, exact (at most 30 digits). */
static char *
rate_text(const mpq_t m, const mpq_t margin)
{
	mpq_t r;
	char *s;
	size_t digits = 0, intd = 0;
	const char *p;

	mpq_init(r);
	mpq_set_ui(r, 100, 1);
	mpq_sub(r, r, margin);
	mpq_mul(r, r, m);
	mpz_mul_ui(mpq_denref(r), mpq_denref(r), 100);
	mpq_canonicalize(r);
	s = dec_str_exact(r);
	for (p = s; *p != '\0'; p++)
		if (*p >= '0' && *p <= '9')
			digits++;
	if (digits > DEC_MAX_DIGITS) {
		for (p = s; *p != '.' && *p != '\0'; p++)
			intd++;
		free(s);
		s = dec_str(r, DEC_MAX_DIGITS - (int)intd, ROUND_HALF_UP);
	}
	mpq_clear(r);
	return s;
}

/* "key": "decimal" rounded to places. */
static void
kv_dec(FILE *f, const char *key, const mpq_t v, int places)
{
	char *s = dec_str(v, places, ROUND_HALF_UP);

	fprintf(f, "\"%s\": \"%s\"", key, s);
	free(s);
}

/* A service's payment instrument and notes, each when known, each
 * followed by ", ". */
static void
write_service_fields(FILE *f, const struct svc *s)
{
	if (s->payment != NULL)
		fprintf(f, "\"payment\": [\"%s\"], ", s->payment);
	if (s->notes != NULL) {
		fputs("\"notes\": ", f);
		out_json_str(f, s->notes);
		fputs(", ", f);
	}
}


/* "benchmarks": the two observed prices, fee and rate at cc1 and cc2. */
static void
write_benchmarks(struct wctx *w, const struct svc *s)
{
	char *rate;
	int b;

	fputs("\"benchmarks\": [", w->f);
	for (b = 0; b < 2; b++) {
		rate = rate_text(w->inter, s->margin[b]);
		fputs(b > 0 ? ",\n       {" : "{", w->f);
		kv_dec(w->f, "amount", s->amount[b], w->minor);
		fputs(", ", w->f);
		kv_dec(w->f, "fee", s->fee[b], w->minor);
		fprintf(w->f, ", \"rate\": \"%s\"}", rate);
		free(rate);
	}
	fputc(']', w->f);
}

/* A price seen at one benchmark b only: that fee and rate, at that
 * amount only (min_amount = max_amount). */
static void
write_pinned(struct wctx *w, const struct svc *s, int b)
{
	char *rate = rate_text(w->inter, s->margin[b]);

	fprintf(w->f, "\"rate\": \"%s\", \"fee\": {\"bands\": [{", rate);
	kv_dec(w->f, "fixed", s->fee[b], w->minor);
	fputs("}], \"deducted\": false},\n     ", w->f);
	kv_dec(w->f, "min_amount", s->amount[b], w->minor);
	fputs(", ", w->f);
	kv_dec(w->f, "max_amount", s->amount[b], w->minor);
	free(rate);
}

/*
 * One service, one provider: with "benchmarks" when it was observed at
 * both amounts (priced elsewhere as an estimate, cost-model.md "Tables
 * from two benchmarks"), else pinned to the one benchmark it has.
 */
static void
write_provider(struct wctx *w, const struct svc *s)
{
	int both = s->has[0] && s->has[1] &&
	    mpq_cmp(s->amount[0], s->amount[1]) < 0;
	char *id;

	id = make_id(w->used, w->nused, s->firm, "");
	w->used = xreallocarray(w->used, w->nused + 1, sizeof *w->used);
	w->used[w->nused++] = id;
	fprintf(w->f, "%s\n    {\"id\": \"%s\", \"name\": ",
	    w->nprov++ > 0 ? "," : "", id);
	out_json_str(w->f, s->firm);
	fprintf(w->f, ", \"type\": \"%s\", \"transparent\": %s, "
	    "\"payout\": [\"%s\"], \"speed\": \"%s\",\n     ",
	    type_word(s->type), s->transparent ? "true" : "false",
	    payout_word(s->pickup), speed_word(s->speed));
	write_service_fields(w->f, s);
	if (both)
		write_benchmarks(w, s);
	else
		write_pinned(w, s, s->has[0] ? 0 : 1);
	fputc('}', w->f);
}

/* Writes every service of a corridor as providers. */
static void
write_services(struct wctx *w, const struct icorr *c)
{
	size_t k;

	for (k = 0; k < c->n; k++)
		if (c->v[k].has[0] || c->v[k].has[1])
			write_provider(w, &c->v[k]);
}

/* The two benchmark amounts as text ("160.00 and 400.00 GBP"). */
static char *
bench_text(const struct icorr *c, int minor, const char *ccy)
{
	char *a[2] = { NULL, NULL }, *s;
	size_t k;
	int b;

	for (b = 0; b < 2; b++)
		for (k = 0; k < c->n && a[b] == NULL; k++)
			if (c->v[k].has[b])
				a[b] = dec_str(c->v[k].amount[b], minor,
				    ROUND_HALF_UP);
	s = xasprintf("%s%s%s %s", a[0] ? a[0] : "", a[0] && a[1] ? " and " :
	    "", a[1] ? a[1] : "", ccy);
	free(a[0]);
	free(a[1]);
	return s;
}

/* The table's header: corridor, dates, source, rates. */
static void
write_header(struct wctx *w, const struct rpw_import *im,
    const struct icorr *c, const char *from, const char *to,
    const char *sccy, const char *rccy)
{
	static const char *const qend[4] = { "03-31", "06-30", "09-30",
	    "12-31" };
	char *bt = bench_text(c, w->minor, sccy), *src, *ref;
	mpq_t usd;
	size_t k;

	fprintf(w->f, "{\n  \"schema\": \"%s\",\n  \"corridor\": {\"from\": "
	    "\"%s\", \"to\": \"%s\", \"send_currency\": \"%s\", "
	    "\"receive_currency\": \"%s\"},\n", RATES_SCHEMA, from, to, sccy,
	    rccy);
	if (c->as_of[0] != '\0')
		fprintf(w->f, "  \"as_of\": \"%s\",\n", c->as_of);
	else
		fprintf(w->f, "  \"as_of\": \"%.4s-%s\",\n", im->period,
		    qend[(im->period[5] - '1') & 3]);
	fputs("  \"source\": ", w->f);
	src = xasprintf("%s (World Bank Remittance Prices Worldwide, %s, "
	    "corridor %s): prices observed at %s, the equivalents of USD "
	    "200 and USD 500, only; any other amount is an estimate.",
	    RPW_SOURCE_PREFIX, im->period, c->code, bt);
	out_json_str(w->f, src);
	ref = dec_str_exact(c->inter);
	fprintf(w->f, ",\n  \"reference_rate\": \"%s\"", ref);
	mpq_init(usd);
	for (k = 0; k < c->n; k++)
		if (c->v[k].has[0]) {
			mpq_set_ui(usd, 1, 200);
			mpq_mul(usd, usd, c->v[k].amount[0]);
			free(ref);
			ref = dec_str_exact(usd);
			fprintf(w->f, ",\n  \"send_per_usd\": \"%s\"", ref);
			break;
		}
	mpq_clear(usd);
	fputs(",\n  \"providers\": [", w->f);
	free(ref);
	free(src);
	free(bt);
}

/* The two countries and currencies of a corridor; -1 with a diag. */
static int
corridor_codes(const struct icorr *c, char *from, char *to, char *sccy,
    char *rccy, struct diags *d)
{
	const struct country *f, *t;
	char a3[4];

	memcpy(a3, c->code, 3);
	a3[3] = '\0';
	f = strlen(c->code) == 6 ? country_lookup(a3) : NULL;
	t = strlen(c->code) == 6 ? country_lookup(c->code + 3) : NULL;
	if (f == NULL || t == NULL) {
		diags_add(d, NULL, c->code, _("not two ISO 3166 alpha-3 codes; "
		    "check the corridor column"));
		return -1;
	}
	memcpy(from, f->alpha2, 3);
	memcpy(to, t->alpha2, 3);
	if (currency_minor(c->send_ccy) >= 0)
		memcpy(sccy, c->send_ccy, 4);
	else if (rpw_country_currency(a3, sccy) == NULL) {
		diags_add(d, NULL, c->code, _("no send currency in \"cc1 lcu "
		    "code\"; fill it with the ISO 4217 code"));
		return -1;
	}
	if (c->recv_ccy[0] != '\0')
		memcpy(rccy, c->recv_ccy, 4);
	else if (rpw_country_currency(c->code + 3, rccy) == NULL) {
		diags_add(d, NULL, c->code, _("remit does not know the "
		    "currency of %s; this corridor is left out"), c->code + 3);
		return -1;
	}
	return 0;
}

/* Checks the table as remit will read it, then writes it: "gb-ng.json",
 * or "ke-ss-usd.json" when the payout currency is not the
 * destination's own. */
static int
save_table(const char *dir, const char *code, const char *from,
    const char *to, const char *rccy, const char *text, size_t len,
    struct diags *d)
{
	struct corridor *c;
	struct diags pd;
	char *path, *line, name[16], own[4];
	FILE *f;
	int rv = 0;

	snprintf(name, sizeof name, "%c%c-%c%c", from[0] + 32, from[1] + 32,
	    to[0] + 32, to[1] + 32);
	if (rpw_country_currency(code + 3, own) == NULL ||
	    strcmp(own, rccy) != 0)
		snprintf(name + 5, sizeof name - 5, "-%c%c%c", rccy[0] + 32,
		    rccy[1] + 32, rccy[2] + 32);
	path = xasprintf("%s/%s.json", dir, name);
	diags_init(&pd);
	if ((c = corridor_parse(path, text, len, &pd, NULL, NULL)) == NULL) {
		line = diag_format(&pd.v[0]);
		diags_add(d, path, NULL, _("the table made does not load (%s); "
		    "this is a bug in remit, please report it"), line);
		free(line);
		rv = -1;
	} else if ((f = fopen(path, "w")) == NULL || fwrite(text, 1, len, f)
	    != len || fclose(f) != 0) {
		diags_add(d, path, NULL, _("cannot write: %s; check the "
		    "folder"), strerror(errno));
		rv = -1;
	}
	corridor_free(c);
	diags_free(&pd);
	free(path);
	return rv;
}

/* Writes one corridor's table; 0, or -1 with a diagnostic. */
static int
write_corridor(struct rpw_import *im, const struct icorr *c,
    struct diags *d)
{
	char from[3], to[3], sccy[4], rccy[4], *buf = NULL;
	struct wctx w;
	size_t len = 0, i;
	int rv;

	if (corridor_codes(c, from, to, sccy, rccy, d) != 0)
		return -1;
	memset(&w, 0, sizeof w);
	w.f = open_memstream(&buf, &len);
	w.minor = currency_minor(sccy);
	w.inter = (mpq_ptr)c->inter;
	write_header(&w, im, c, from, to, sccy, rccy);
	write_services(&w, c);
	fputs("\n  ]\n}\n", w.f);
	fclose(w.f);
	rv = save_table(im->dir, c->code, from, to, rccy, buf, len, d);
	for (i = 0; i < w.nused; i++)
		free(w.used[i]);
	free(w.used);
	free(buf);
	return rv;
}

size_t
rpw_import_write(struct rpw_import *im, struct diags *d)
{
	size_t i, n = 0;

	if (mkdir(im->dir, 0777) != 0 && errno != EEXIST) {
		diags_add(d, im->dir, NULL, _("cannot make the folder: %s"),
		    strerror(errno));
		return 0;
	}
	for (i = 0; i < im->n; i++)
		if (im->c[i].n > 0 && write_corridor(im, &im->c[i], d) == 0)
			n++;
	return n;
}
