/*
 * compare-print.c - table, CSV and JSON output of a comparison.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "compare-print.h"
#include "i18n.h"
#include "isocodes.h"
#include "numfmt.h"
#include "output.h"

#define W_NAME		20
#define W_RECEIVED	13
#define W_PAYS		10
#define W_FEE		8
#define W_COST		8
#define W_PCT		7

/* The table's number style: the language's when a translation is in
 * use, else plain (CSV and JSON are always plain). */
static struct numstyle table_style;

/* A figure of the table in table_style; the caller frees. */
static char *
tnum(const char *plain)
{
	return numfmt(&table_style, plain);
}

/* The number columns' widths: the defaults, wider when a figure written
 * with grouping marks needs it. */
static struct {
	int	received, pays, fee, cost;
} tw;

/* Widens *w to fit a figure written in table_style. */
static void
grow(int *w, const char *plain)
{
	char *n = tnum(plain);
	int k = text_width(n);

	if (k > *w)
		*w = k;
	free(n);
}

static void
table_widths(const struct comparison *cmp)
{
	size_t i;

	tw.received = W_RECEIVED;
	tw.pays = W_PAYS;
	tw.fee = W_FEE;
	tw.cost = W_COST;
	for (i = 0; i < cmp->n; i++) {
		if (!cmp->quotes[i].available)
			continue;
		grow(&tw.received, cmp->text[i].received);
		grow(&tw.pays, cmp->text[i].sender_pays);
		grow(&tw.fee, cmp->text[i].fee);
		grow(&tw.cost, cmp->text[i].total_cost);
	}
}

static void
print_heading(FILE *f, const struct comparison *cmp)
{
	const struct corridor *c = cmp->corridor;
	const struct country *from = country_by_alpha2(c->from);
	const struct country *to = country_by_alpha2(c->to);
	char *amount, *mid;

	fprintf(f, "%s (%s) -> %s (%s), %s -> %s\n",
	    from ? country_name(from) : c->from, c->from,
	    to ? country_name(to) : c->to, c->to, c->send_currency,
	    c->receive_currency);
	amount = tnum(cmp->amount_text);
	mid = tnum(c->reference_rate_text);
	if (cmp->inverse)
		fprintf(f, _("The family should receive at least %s %s.\n"),
		    amount, c->receive_currency);
	else
		fprintf(f, _("You send %s %s.\n"), amount, c->send_currency);
	fprintf(f, _("Mid-market rate: 1 %s = %s %s\n"), c->send_currency,
	    mid, c->receive_currency);
	free(amount);
	free(mid);
	if (c->sample)
		fprintf(f, _("SAMPLE DATA, NOT REAL PRICES.\n"));
	fprintf(f, _("Sorted by %s"), compare_sort_name(cmp));
	fputs("\n\n", f);
}

static void
print_header_row(FILE *f, const struct comparison *cmp)
{
	const struct corridor *c = cmp->corridor;
	char *recv = xasprintf(_("Gets %s"), c->receive_currency);
	char *pays = xasprintf(_("Pays %s"), c->send_currency);

	fputs("  # ", f);
	out_cell(f, _("Provider"), W_NAME, 0);
	fputc(' ', f);
	out_cell(f, recv, tw.received, 1);
	fputc(' ', f);
	out_cell(f, pays, tw.pays, 1);
	fputc(' ', f);
	out_cell(f, _("Fee"), tw.fee, 1);
	fputc(' ', f);
	out_cell(f, _("Cost"), tw.cost, 1);
	fputc(' ', f);
	out_cell(f, _("Cost %"), W_PCT, 1);
	fputc('\n', f);
	free(recv);
	free(pays);
}

/* One figure, right-aligned in width columns, in table_style, then
 * suffix. */
static void
print_figure(FILE *f, const char *plain, int width, const char *suffix)
{
	char *n = tnum(plain), *s = xasprintf("%s%s", n, suffix);

	out_cell(f, s, width, 1);
	free(s);
	free(n);
}

static void
print_quote(FILE *f, const struct comparison *cmp, size_t i)
{
	const struct quote *q = &cmp->quotes[i];
	const struct quote_text *t = &cmp->text[i];
	const struct provider *p = q->provider;
	char payout[64], *rate, *margin, *pct;

	if (!q->available) {
		fputs("  - ", f);
		out_cell(f, p->name, W_NAME, 0);
		fputc(' ', f);
		fprintf(f, _("not offered: %s"), t->reason);
		fputc('\n', f);
		return;
	}
	fprintf(f, "%3zu ", i + 1);
	out_cell(f, p->name, W_NAME, 0);
	fputc(' ', f);
	if (q->estimate) {
		rate = tnum(t->received);
		pct = xasprintf("\xe2\x89\x88%s", rate);
		out_cell(f, pct, tw.received, 1);
		free(pct);
		free(rate);
	} else
		print_figure(f, t->received, tw.received, "");
	fputc(' ', f);
	print_figure(f, t->sender_pays, tw.pays, "");
	fputc(' ', f);
	print_figure(f, t->fee, tw.fee, "");
	fputc(' ', f);
	print_figure(f, t->total_cost, tw.cost, "");
	fputc(' ', f);
	print_figure(f, t->total_cost_pct, W_PCT - 1, "%");
	if (q->over_5pct)
		fputc('*', f);
	if (p == cmp->best)
		fputs(q->over_5pct ? _(" best") : _("  best"), f);
	fputc('\n', f);
	fprintf(f, "      ");
	rate = tnum(t->rate);
	margin = tnum(t->fx_margin_pct);
	fprintf(f, _("rate %s, FX margin %s%%, %s, pays out: %s"), rate,
	    margin, speed_label(p->speed),
	    payout_labels(p->payout, payout, sizeof payout));
	free(rate);
	free(margin);
	if (q->estimate)
		fprintf(f, ", %s", _("estimate"));
	if (mpq_sgn(p->receiver_fee) > 0) {
		rate = tnum(t->receiver_fee);
		fprintf(f, _(", receiver pays %s %s"), rate,
		    q->corridor->receive_currency);
		free(rate);
	}
	if (cmp->inverse) {
		rate = tnum(t->amount);
		fprintf(f, _(", send %s"), rate);
		free(rate);
	}
	fputc('\n', f);
	if (!p->transparent)
		fprintf(f, "      %s\n", _("! does not disclose its exchange "
		    "rate: left out of the averages"));
}

/* "4.29%", or "n/a" for an indicator that cannot be computed; static
 * buffers, one per slot. */
static const char *
na(const char *s, int slot)
{
	static char buf[5][40];

	char *n;

	if (s == NULL)
		return _("n/a");
	n = tnum(s);
	snprintf(buf[slot], sizeof buf[slot], "%s%%", n);
	free(n);
	return buf[slot];
}

static void
print_indicators(FILE *f, const struct comparison *cmp)
{
	const struct indicators *ind = &cmp->ind;

	fprintf(f, ngettext("Indicators over %zu transparent provider:\n",
	    "Indicators over %zu transparent providers:\n", ind->count),
	    ind->count);
	fprintf(f, _("  lowest %s, highest %s, average %s, weighted average "
	    "%s\n"), na(cmp->ind_min, 0), na(cmp->ind_max, 1),
	    na(cmp->ind_average, 2), na(cmp->ind_weighted, 3));
	fprintf(f, _("  SmaRT %s%s; over 5%%: %zu of %zu\n"),
	    na(cmp->ind_smart, 4), !ind->has_smart ? "" : ind->meets_5pct ?
	    /* xgettext:no-c-format */
	    _(" (meets the 5% ceiling)") :
	    /* xgettext:no-c-format */
	    _(" (above the 5% ceiling)"),
	    ind->over_5pct, ind->count);
}

void
compare_print_table(FILE *f, const struct comparison *cmp)
{
	const struct corridor *c = cmp->corridor;
	char *src;
	size_t i;

	if (numstyle_translated())
		numstyle_current(&table_style);
	else
		table_style = numstyle_plain;
	table_widths(cmp);
	print_heading(f, cmp);
	print_header_row(f, cmp);
	for (i = 0; i < cmp->n; i++)
		print_quote(f, cmp, i);
	fputc('\n', f);
	fprintf(f, "%s\n",
	    /* xgettext:no-c-format */
	    _("* costs more than 5% of the amount sent (the SDG 10.c "
	    "ceiling)"));
	print_indicators(f, cmp);
	if (cmp->estimate)
		out_wrapped(f, _("≈ estimate: prices observed at two "
		    "amounts only; this amount is priced between or beyond "
		    "them."), 80);
	if (cmp->stale) {
		src = xasprintf(ngettext("OUT OF DATE: these prices are from "
		    "%s, %ld day old (more than %ld); check them before you "
		    "send.", "OUT OF DATE: these prices are from %s, %ld days "
		    "old (more than %ld); check them before you send.",
		    cmp->age_days), c->as_of, cmp->age_days,
		    cmp->max_age_days);
		out_wrapped(f, src, 80);
		free(src);
	}
	src = xasprintf(_("Prices as of %s. Source: %s"), c->as_of,
	    corridor_source(c));
	out_wrapped(f, src, 80);
	free(src);
}

static const char *const csv_header[] = {
	"rank", "provider", "name", "type", "available", "reason",
	"send_amount", "fee", "rate", "receiver_fee", "amount_received",
	"sender_pays", "total_cost", "total_cost_pct", "fee_pct",
	"fx_margin_pct", "transparent", "over_5pct", "within_3pct", "speed",
	"payout", "payment", "send_currency", "receive_currency", "as_of",
	"age_days", "estimate", NULL
};

void
compare_print_csv(FILE *f, const struct comparison *cmp)
{
	const struct corridor *c = cmp->corridor;
	char rank[24], payout[64], payment[96], age[24];
	size_t i, k;

	for (k = 0; csv_header[k] != NULL; k++)
		out_csv(f, csv_header[k], csv_header[k + 1] == NULL);
	age[0] = '\0';
	if (cmp->age_days >= 0)
		snprintf(age, sizeof age, "%ld", cmp->age_days);
	for (i = 0; i < cmp->n; i++) {
		const struct quote *q = &cmp->quotes[i];
		const struct quote_text *t = &cmp->text[i];
		const struct provider *p = q->provider;
		const char *yes = "true", *no = "false";

		snprintf(rank, sizeof rank, "%zu", i + 1);
		out_csv(f, q->available ? rank : "", 0);
		out_csv(f, p->id, 0);
		out_csv(f, p->name, 0);
		out_csv(f, provider_type_name(p->type), 0);
		out_csv(f, q->available ? yes : no, 0);
		out_csv(f, t->reason, 0);
		out_csv(f, t->amount, 0);
		out_csv(f, t->fee, 0);
		out_csv(f, t->rate, 0);
		out_csv(f, t->receiver_fee, 0);
		out_csv(f, t->received, 0);
		out_csv(f, t->sender_pays, 0);
		out_csv(f, t->total_cost, 0);
		out_csv(f, t->total_cost_pct, 0);
		out_csv(f, t->fee_pct, 0);
		out_csv(f, t->fx_margin_pct, 0);
		out_csv(f, p->transparent ? yes : no, 0);
		out_csv(f, !q->available ? "" : q->over_5pct ? yes : no, 0);
		out_csv(f, !q->available ? "" : q->within_3pct ? yes : no, 0);
		out_csv(f, speed_name(p->speed), 0);
		out_csv(f, payout_names(p->payout, payout, sizeof payout), 0);
		out_csv(f, payment_names(p->payment, payment, sizeof payment),
		    0);
		out_csv(f, c->send_currency, 0);
		out_csv(f, c->receive_currency, 0);
		out_csv(f, c->as_of, 0);
		out_csv(f, age, 0);
		out_csv(f, !q->available ? "" : q->estimate ? yes : no, 1);
	}
}

/* JSON layout helpers: one line, or indented by `depth` levels. */
struct jw {
	FILE	*f;
	int	 oneline;
};

static void
jw_nl(struct jw *w, int depth)
{
	if (w->oneline)
		return;
	fputc('\n', w->f);
	while (depth-- > 0)
		fputs("  ", w->f);
}

static void
jw_key(struct jw *w, const char *key, int first, int depth)
{
	if (!first)
		fputc(',', w->f);
	if (!first && w->oneline)
		fputc(' ', w->f);
	jw_nl(w, depth);
	out_json_str(w->f, key);
	fputs(": ", w->f);
}

static void
jw_str(struct jw *w, const char *key, const char *v, int first, int depth)
{
	jw_key(w, key, first, depth);
	out_json_str(w->f, v);
}

static void
jw_raw(struct jw *w, const char *key, const char *v, int first, int depth)
{
	jw_key(w, key, first, depth);
	fputs(v, w->f);
}

static void
json_list(struct jw *w, const char *key, const char *csv, int depth)
{
	const char *p = csv, *comma;
	int first = 1;

	jw_key(w, key, 0, depth);
	fputc('[', w->f);
	while (*p != '\0') {
		comma = strchr(p, ',');
		if (!first)
			fputs(", ", w->f);
		first = 0;
		fputc('"', w->f);
		fwrite(p, 1, comma ? (size_t)(comma - p) : strlen(p), w->f);
		fputc('"', w->f);
		p = comma ? comma + 1 : p + strlen(p);
	}
	fputc(']', w->f);
}

static void
json_quote(struct jw *w, const struct comparison *cmp, size_t i)
{
	const struct quote *q = &cmp->quotes[i];
	const struct quote_text *t = &cmp->text[i];
	const struct provider *p = q->provider;
	const int d = 3;
	char buf[96];

	fputc('{', w->f);
	jw_str(w, "provider", p->id, 1, d);
	jw_str(w, "name", p->name, 0, d);
	if (!q->available) {
		jw_raw(w, "available", "false", 0, d);
		jw_str(w, "reason", t->reason, 0, d);
		jw_nl(w, d - 1);
		fputc('}', w->f);
		return;
	}
	jw_str(w, "type", provider_type_name(p->type), 0, d);
	jw_raw(w, "available", "true", 0, d);
	if (cmp->inverse)
		jw_str(w, "send_amount", t->amount, 0, d);
	jw_str(w, "fee", t->fee, 0, d);
	jw_str(w, "rate", t->rate, 0, d);
	jw_str(w, "receiver_fee", t->receiver_fee, 0, d);
	jw_str(w, "amount_received", t->received, 0, d);
	jw_str(w, "sender_pays", t->sender_pays, 0, d);
	jw_str(w, "total_cost", t->total_cost, 0, d);
	jw_str(w, "total_cost_pct", t->total_cost_pct, 0, d);
	jw_str(w, "fee_pct", t->fee_pct, 0, d);
	jw_str(w, "fx_margin_pct", t->fx_margin_pct, 0, d);
	jw_raw(w, "transparent", p->transparent ? "true" : "false", 0, d);
	jw_raw(w, "over_5pct", q->over_5pct ? "true" : "false", 0, d);
	jw_raw(w, "within_3pct", q->within_3pct ? "true" : "false", 0, d);
	if (q->estimate)
		jw_raw(w, "estimate", "true", 0, d);
	jw_str(w, "speed", speed_name(p->speed), 0, d);
	json_list(w, "payout", payout_names(p->payout, buf, sizeof buf), d);
	json_list(w, "payment", payment_names(p->payment, buf, sizeof buf),
	    d);
	jw_nl(w, d - 1);
	fputc('}', w->f);
}

static void
json_indicators(struct jw *w, const struct comparison *cmp)
{
	char count[24], over[24];

	snprintf(count, sizeof count, "%zu", cmp->ind.count);
	snprintf(over, sizeof over, "%zu", cmp->ind.over_5pct);
	jw_key(w, "indicators", 0, 1);
	fputc('{', w->f);
	jw_raw(w, "count", count, 1, 2);
	jw_str(w, "min_pct", cmp->ind_min, 0, 2);
	jw_str(w, "max_pct", cmp->ind_max, 0, 2);
	jw_str(w, "average_pct", cmp->ind_average, 0, 2);
	jw_str(w, "weighted_average_pct", cmp->ind_weighted, 0, 2);
	jw_str(w, "smart_pct", cmp->ind_smart, 0, 2);
	jw_raw(w, "over_5pct", over, 0, 2);
	jw_nl(w, 1);
	fputc('}', w->f);
}

void
compare_print_json(FILE *f, const struct comparison *cmp, int oneline)
{
	const struct corridor *c = cmp->corridor;
	struct jw w = { f, oneline };
	char age[24];
	size_t i;

	fputc('{', f);
	jw_key(&w, "corridor", 1, 1);
	fputc('{', f);
	out_json_kv(f, "from", c->from, 1);
	out_json_kv(f, "to", c->to, 0);
	out_json_kv(f, "send_currency", c->send_currency, 0);
	out_json_kv(f, "receive_currency", c->receive_currency, 0);
	fputc('}', f);
	jw_str(&w, "as_of", c->as_of, 0, 1);
	if (cmp->age_days >= 0) {
		snprintf(age, sizeof age, "%ld", cmp->age_days);
		jw_raw(&w, "age_days", age, 0, 1);
	}
	if (cmp->stale)
		jw_raw(&w, "stale", "true", 0, 1);
	/* JSON is for programs: the table's own (English) text, whatever
	 * the language of the messages. */
	jw_str(&w, "source", c->source, 0, 1);
	jw_raw(&w, "sample", c->sample ? "true" : "false", 0, 1);
	jw_str(&w, cmp->inverse ? "receive" : "amount", cmp->amount_text, 0,
	    1);
	if (cmp->estimate)
		jw_raw(&w, "estimate", "true", 0, 1);
	jw_str(&w, "reference_rate", c->reference_rate_text, 0, 1);
	jw_key(&w, "quotes", 0, 1);
	fputc('[', f);
	for (i = 0; i < cmp->n; i++) {
		if (i > 0)
			fputs(oneline ? ", " : ",", f);
		jw_nl(&w, 2);
		json_quote(&w, cmp, i);
	}
	jw_nl(&w, 1);
	fputc(']', f);
	json_indicators(&w, cmp);
	jw_nl(&w, 0);
	fputs("}\n", f);
}
