/*
 * indicators.c - a corridor's indicators at one amount: count, range,
 * simple and weighted averages, SmaRT and the share over 5%.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "quote.h"
#include "xalloc.h"

void
indicators_init(struct indicators *ind)
{
	memset(ind, 0, sizeof *ind);
	mpq_inits(ind->min_pct, ind->max_pct, ind->average_pct,
	    ind->weighted_average_pct, ind->smart_pct, ind->over_5pct_share,
	    NULL);
}

void
indicators_clear(struct indicators *ind)
{
	mpq_clears(ind->min_pct, ind->max_pct, ind->average_pct,
	    ind->weighted_average_pct, ind->smart_pct, ind->over_5pct_share,
	    NULL);
}

static int
pct_cmp(const void *a, const void *b)
{
	return mpq_cmp(**(const mpq_t *const *)a, **(const mpq_t *const *)b);
}

/* SmaRT: the mean of the three cheapest services of five days or less. */
static void
smart(struct indicators *ind, const struct quote *q, size_t n)
{
	const mpq_t **fast = xcalloc(n, sizeof *fast);
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (q[i].available && q[i].provider->transparent &&
		    q[i].provider->speed != SPEED_6_DAYS_PLUS)
			fast[k++] = &q[i].total_cost_pct;
	if (k >= 3) {
		qsort(fast, k, sizeof *fast, pct_cmp);
		mpq_add(ind->smart_pct, *fast[0], *fast[1]);
		mpq_add(ind->smart_pct, ind->smart_pct, *fast[2]);
		mpz_mul_ui(mpq_denref(ind->smart_pct),
		    mpq_denref(ind->smart_pct), 3);
		mpq_canonicalize(ind->smart_pct);
		ind->has_smart = 1;
		ind->meets_5pct = mpq_cmp_ui(ind->smart_pct, 5, 1) <= 0;
	}
	free(fast);
}

void
indicators_compute(struct indicators *ind, const struct quote *q, size_t n)
{
	mpq_t sum, wsum, w, t;
	size_t i;
	int weighted = 1;

	mpq_inits(sum, wsum, w, t, NULL);
	ind->count = ind->over_5pct = 0;
	ind->has_range = ind->has_weighted = ind->has_smart = 0;
	ind->meets_5pct = 0;
	for (i = 0; i < n; i++) {
		const mpq_t *pct = &q[i].total_cost_pct;

		if (!q[i].available || !q[i].provider->transparent)
			continue;
		if (ind->count == 0 || mpq_cmp(*pct, ind->min_pct) < 0)
			mpq_set(ind->min_pct, *pct);
		if (ind->count == 0 || mpq_cmp(*pct, ind->max_pct) > 0)
			mpq_set(ind->max_pct, *pct);
		ind->count++;
		ind->over_5pct += q[i].over_5pct;
		mpq_add(sum, sum, *pct);
		if (!q[i].provider->has_market_share)
			weighted = 0;
		else {
			mpq_mul(t, *pct, q[i].provider->market_share);
			mpq_add(w, w, t);
			mpq_add(wsum, wsum, q[i].provider->market_share);
		}
	}
	if (ind->count > 0) {
		ind->has_range = 1;
		mpq_set_ui(t, ind->count, 1);
		mpq_div(ind->average_pct, sum, t);
		mpq_set_ui(ind->over_5pct_share, ind->over_5pct, ind->count);
		mpq_canonicalize(ind->over_5pct_share);
		if (weighted && mpq_sgn(wsum) > 0) {
			mpq_div(ind->weighted_average_pct, w, wsum);
			ind->has_weighted = 1;
		}
	}
	smart(ind, q, n);
	mpq_clears(sum, wsum, w, t, NULL);
}
