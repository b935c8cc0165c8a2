/*
 * yearly.c - a year of monthly transfers, exactly.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "yearly.h"

/* n × v, formatted half-up to `places`. */
static char *
times_str(unsigned long n, const mpq_t v, int places)
{
	mpq_t t;
	char *s;

	mpq_init(t);
	mpq_set_ui(t, n, 1);
	mpq_mul(t, t, v);
	s = dec_str(t, places, ROUND_HALF_UP);
	mpq_clear(t);
	return s;
}

/* The provider with the least total cost at amount, or NULL; its cost in
 * cost_min. */
static const struct provider *
cheapest(const struct corridor *c, const struct provider *p,
    const mpq_t amount, unsigned payout, mpq_t cost_min)
{
	const struct provider *best = NULL;
	struct quote q;
	size_t i;
	int cmp;

	for (i = 0; i < c->nproviders; i++) {
		quote_init(&q);
		quote_forward(&q, c, &c->providers[i], amount);
		quote_filter_payout(&q, payout);
		if (q.available) {
			cmp = best == NULL ? -1 : mpq_cmp(q.total_cost,
			    cost_min);
			if (cmp < 0 || (cmp == 0 && &c->providers[i] == p)) {
				best = &c->providers[i];
				mpq_set(cost_min, q.total_cost);
			}
		}
		quote_clear(&q);
	}
	return best;
}

/* Six transfers of 2A against twelve of A. */
static void
twice(struct yearly *y, const struct corridor *c, const struct provider *p,
    const mpq_t amount, const mpq_t year_cost)
{
	int s = c->send_minor;
	struct quote q;
	mpq_t a2, diff;

	mpq_init(a2);
	mpq_init(diff);
	mpq_add(a2, amount, amount);
	y->twice_amount = dec_str(a2, s, ROUND_HALF_UP);
	quote_init(&q);
	quote_forward(&q, c, p, a2);
	y->twice_available = q.available;
	if (!q.available)
		y->twice_reason = quote_reason(&q);
	else {
		mpq_set_ui(diff, 6, 1);
		mpq_mul(diff, diff, q.total_cost);
		y->twice_year_cost = dec_str(diff, s, ROUND_HALF_UP);
		mpq_sub(diff, diff, year_cost);
		y->twice_sign = mpq_sgn(diff);
		mpq_abs(diff, diff);
		y->twice_difference = dec_str(diff, s, ROUND_HALF_UP);
	}
	quote_clear(&q);
	mpq_clear(a2);
	mpq_clear(diff);
}

void
yearly_compute(struct yearly *y, const struct corridor *c,
    const struct provider *p, const mpq_t amount, unsigned payout)
{
	int s = c->send_minor;
	struct quote q;
	mpq_t year_cost, cmin;

	memset(y, 0, sizeof *y);
	y->amount = dec_str(amount, s, ROUND_HALF_UP);
	quote_init(&q);
	quote_forward(&q, c, p, amount);
	y->available = q.available;
	if (!q.available) {
		quote_clear(&q);
		return;
	}
	mpq_init(year_cost);
	mpq_init(cmin);
	mpq_set_ui(year_cost, 12, 1);
	mpq_mul(year_cost, year_cost, q.total_cost);
	y->year_sent = times_str(12, amount, s);
	y->year_cost = dec_str(year_cost, s, ROUND_HALF_UP);
	y->year_fee = times_str(12, q.fee, s);
	y->year_received = times_str(12, q.received, c->receive_minor);
	y->cheapest = cheapest(c, p, amount, payout, cmin);
	if (y->cheapest != NULL) {
		y->cheapest_year_cost = times_str(12, cmin, s);
		mpq_sub(cmin, q.total_cost, cmin);
		y->saving = times_str(12, cmin, s);
	}
	twice(y, c, p, amount, year_cost);
	quote_clear(&q);
	mpq_clear(year_cost);
	mpq_clear(cmin);
}

void
yearly_free(struct yearly *y)
{
	free(y->amount);
	free(y->year_sent);
	free(y->year_cost);
	free(y->year_fee);
	free(y->year_received);
	free(y->cheapest_year_cost);
	free(y->saving);
	free(y->twice_amount);
	free(y->twice_year_cost);
	free(y->twice_difference);
	free(y->twice_reason);
	memset(y, 0, sizeof *y);
}
