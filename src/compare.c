/*
 * compare.c - running one comparison request over a corridor.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "numfmt.h"
#include "i18n.h"
#include "xalloc.h"

char *
pct_str(const mpq_t pct)
{
	return dec_str(pct, 2, ROUND_HALF_UP);
}

/* Decimals of a rate as the table wrote it ("17.50": 2). */
static int
rate_places(const char *text)
{
	const char *dot = text != NULL ? strchr(text, '.') : NULL;

	return dot != NULL ? (int)strlen(dot + 1) : 0;
}

/*
 * The rate of a quote for display: as the table gave it, or for an
 * estimate between two benchmarks the exact r(A) rounded half-up to two
 * more decimals than the benchmarks wrote, without trailing zeros beyond
 * the benchmarks' decimals.
 */
static char *
rate_text(const struct quote *q)
{
	const struct provider *p = q->provider;
	size_t n;
	int places, k;
	char *s;

	if (!p->has_benchmarks || !q->available)
		return xstrdup(p->rate_text);
	if (mpq_equal(q->amount, p->bench[1].amount) || (q->estimate &&
	    mpq_equal(q->rate, p->bench[1].rate)))
		return xstrdup(p->bench[1].rate_text);
	if (mpq_equal(q->rate, p->bench[0].rate))
		return xstrdup(p->bench[0].rate_text);
	places = rate_places(p->bench[0].rate_text);
	if (rate_places(p->bench[1].rate_text) > places)
		places = rate_places(p->bench[1].rate_text);
	s = dec_str(q->rate, places + 2, ROUND_HALF_UP);
	for (n = strlen(s), k = 0; k < 2 && s[n - 1] == '0'; k++)
		s[--n] = '\0';
	return s;
}

static void
text_fill(struct quote_text *t, const struct quote *q)
{
	const struct corridor *c = q->corridor;
	const struct provider *p = q->provider;
	int s = c->send_minor, r = c->receive_minor;

	memset(t, 0, sizeof *t);
	t->rate = rate_text(q);
	t->receiver_fee = dec_str(p->receiver_fee, r, ROUND_HALF_UP);
	if (!q->available) {
		t->reason = quote_reason(q);
		return;
	}
	t->amount = dec_str(q->amount, s, ROUND_HALF_UP);
	t->fee = dec_str(q->fee, s, ROUND_HALF_UP);
	t->received = dec_str(q->received, r, ROUND_HALF_UP);
	t->sender_pays = dec_str(q->sender_pays, s, ROUND_HALF_UP);
	t->total_cost = dec_str(q->total_cost, s, ROUND_HALF_UP);
	t->total_cost_pct = pct_str(q->total_cost_pct);
	t->fee_pct = pct_str(q->fee_pct);
	t->fx_margin_pct = pct_str(q->fx_margin_pct);
	t->fx_cost = dec_str(q->fx_cost, s, ROUND_HALF_UP);
}

static void
text_free(struct quote_text *t)
{
	free(t->amount);
	free(t->fee);
	free(t->rate);
	free(t->receiver_fee);
	free(t->received);
	free(t->sender_pays);
	free(t->total_cost);
	free(t->total_cost_pct);
	free(t->fee_pct);
	free(t->fx_margin_pct);
	free(t->fx_cost);
	free(t->reason);
}

static char *
opt_pct(int has, const mpq_t v)
{
	return has ? pct_str(v) : NULL;
}

static void
format_indicators(struct comparison *cmp)
{
	struct indicators *ind = &cmp->ind;
	mpq_t share;

	cmp->ind_min = opt_pct(ind->has_range, ind->min_pct);
	cmp->ind_max = opt_pct(ind->has_range, ind->max_pct);
	cmp->ind_average = opt_pct(ind->has_range, ind->average_pct);
	cmp->ind_weighted = opt_pct(ind->has_weighted,
	    ind->weighted_average_pct);
	cmp->ind_smart = opt_pct(ind->has_smart, ind->smart_pct);
	mpq_init(share);
	mpq_set(share, ind->over_5pct_share);
	mpz_mul_ui(mpq_numref(share), mpq_numref(share), 100);
	mpq_canonicalize(share);
	cmp->ind_share = opt_pct(ind->has_range, share);
	mpq_clear(share);
}

/* Sorting moves quotes; texts are rebuilt after each sort. */
static void
rebuild_text(struct comparison *cmp)
{
	size_t i;

	for (i = 0; i < cmp->n; i++) {
		text_free(&cmp->text[i]);
		text_fill(&cmp->text[i], &cmp->quotes[i]);
	}
}

int
compare_run(struct comparison *cmp, const struct corridor *c,
    const struct compare_request *req, char **why)
{
	int places = req->inverse ? c->receive_minor : c->send_minor;
	const char *ccy = req->inverse ? c->receive_currency :
	    c->send_currency;
	size_t i;

	memset(cmp, 0, sizeof *cmp);
	mpq_init(cmp->amount);
	*why = numfmt_amount_check(&numstyle_plain, cmp->amount, req->amount,
	    places, ccy);
	if (*why != NULL) {
		mpq_clear(cmp->amount);
		return -1;
	}
	cmp->corridor = c;
	cmp->inverse = req->inverse;
	cmp->age_days = cmp->max_age_days = -1;
	cmp->amount_text = dec_str(cmp->amount, places, ROUND_HALF_UP);
	cmp->n = c->nproviders;
	cmp->quotes = xcalloc(cmp->n, sizeof *cmp->quotes);
	cmp->text = xcalloc(cmp->n, sizeof *cmp->text);
	for (i = 0; i < cmp->n; i++) {
		quote_init(&cmp->quotes[i]);
		if (req->inverse)
			quote_inverse(&cmp->quotes[i], c, &c->providers[i],
			    cmp->amount);
		else
			quote_forward(&cmp->quotes[i], c, &c->providers[i],
			    cmp->amount);
		quote_filter_payout(&cmp->quotes[i], req->payout);
		cmp->navailable += cmp->quotes[i].available;
		if (cmp->quotes[i].available && cmp->quotes[i].estimate)
			cmp->estimate = 1;
	}
	indicators_init(&cmp->ind);
	indicators_compute(&cmp->ind, cmp->quotes, cmp->n);
	format_indicators(cmp);
	/* "Best" is the first of the spec's ranking, whatever the order
	 * asked for. */
	compare_sort(cmp, SORT_COST);
	cmp->best = cmp->navailable > 0 ? cmp->quotes[0].provider : NULL;
	if (req->sort != SORT_COST)
		compare_sort(cmp, req->sort);
	return 0;
}

void
compare_set_age(struct comparison *cmp, const char *today,
    long max_age_days)
{
	cmp->age_days = corridor_age_days(cmp->corridor, today);
	cmp->max_age_days = max_age_days;
	cmp->stale = max_age_days >= 0 && cmp->age_days > max_age_days;
}

void
compare_sort(struct comparison *cmp, enum quote_sort key)
{
	if (key == SORT_COST && cmp->inverse)
		key = SORT_SENDER_PAYS;
	cmp->sort = key;
	quote_sort(cmp->quotes, cmp->n, key);
	rebuild_text(cmp);
}

const char *
compare_sort_name(const struct comparison *cmp)
{
	switch (cmp->sort) {
	case SORT_RECEIVED:	return _("what arrives");
	case SORT_FEE:		return _("fee");
	case SORT_SPEED:	return _("speed");
	case SORT_NAME:		return _("name");
	case SORT_SENDER_PAYS:	return _("what you pay");
	default:		return _("total cost");
	}
}

void
compare_free(struct comparison *cmp)
{
	size_t i;

	for (i = 0; i < cmp->n; i++) {
		quote_clear(&cmp->quotes[i]);
		text_free(&cmp->text[i]);
	}
	free(cmp->quotes);
	free(cmp->text);
	free(cmp->amount_text);
	free(cmp->ind_min);
	free(cmp->ind_max);
	free(cmp->ind_average);
	free(cmp->ind_weighted);
	free(cmp->ind_smart);
	free(cmp->ind_share);
	indicators_clear(&cmp->ind);
	mpq_clear(cmp->amount);
	memset(cmp, 0, sizeof *cmp);
}
