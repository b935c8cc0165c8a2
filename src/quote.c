/*
 * quote.c - the cost model of one quote, forward and inverse.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "quote.h"
#include "xalloc.h"

void
quote_init(struct quote *q)
{
	memset(q, 0, sizeof *q);
	mpq_inits(q->amount, q->fee, q->received, q->sender_pays,
	    q->total_cost, q->total_cost_pct, q->fee_pct, q->fx_margin_pct,
	    q->fx_cost, q->rate, NULL);
}

void
quote_clear(struct quote *q)
{
	mpq_clears(q->amount, q->fee, q->received, q->sender_pays,
	    q->total_cost, q->total_cost_pct, q->fee_pct, q->fx_margin_pct,
	    q->fx_cost, q->rate, NULL);
}

/*
 * out = v1 + (A - a1) x (v2 - v1) / (a2 - a1): the straight line through
 * the two benchmarks, exact.
 */
static void
bench_line(mpq_t out, const struct provider *p, const mpq_t v1,
    const mpq_t v2, const mpq_t amount)
{
	mpq_t t;

	mpq_init(t);
	mpq_sub(t, p->bench[1].amount, p->bench[0].amount);
	mpq_sub(out, v2, v1);
	mpq_div(out, out, t);
	mpq_sub(t, amount, p->bench[0].amount);
	mpq_mul(out, out, t);
	mpq_add(out, out, v1);
	mpq_clear(t);
}

/* -1 below the first benchmark, 0 between (inclusive), 1 above the last. */
static int
bench_side(const struct provider *p, const mpq_t amount)
{
	if (mpq_cmp(amount, p->bench[0].amount) < 0)
		return -1;
	return mpq_cmp(amount, p->bench[1].amount) > 0;
}

int
quote_rate(mpq_t rate, const struct provider *p, const mpq_t amount)
{
	int side;

	if (!p->has_benchmarks) {
		mpq_set(rate, p->rate);
		return 0;
	}
	side = bench_side(p, amount);
	if (side == 0)
		bench_line(rate, p, p->bench[0].rate, p->bench[1].rate, amount);
	else
		mpq_set(rate, p->bench[side < 0 ? 0 : 1].rate);
	return !mpq_equal(amount, p->bench[0].amount) &&
	    !mpq_equal(amount, p->bench[1].amount);
}

/* The spec's F(A) of a provider known from two benchmarks, unrounded. */
static void
bench_fee(mpq_t raw, const struct provider *p, const mpq_t amount)
{
	int side = bench_side(p, amount);

	if (side == 0 || mpq_cmp(p->bench[1].fee, p->bench[0].fee) >= 0)
		bench_line(raw, p, p->bench[0].fee, p->bench[1].fee, amount);
	else
		mpq_set(raw, p->bench[side < 0 ? 0 : 1].fee);
	if (mpq_sgn(raw) < 0)
		mpq_set_ui(raw, 0, 1);
}

/* The band that covers A, or NULL. */
static const struct fee_band *
band_for(const struct provider *p, const mpq_t amount)
{
	size_t i;

	for (i = 0; i < p->nbands; i++)
		if (!p->bands[i].has_up_to ||
		    mpq_cmp(p->bands[i].up_to, amount) >= 0)
			return &p->bands[i];
	return NULL;
}

int
quote_fee(mpq_t fee, const struct corridor *c, const struct provider *p,
    const mpq_t amount)
{
	const struct fee_band *b = band_for(p, amount);
	mpq_t raw;

	if (b == NULL)
		return -1;
	mpq_init(raw);
	if (p->has_benchmarks) {
		bench_fee(raw, p, amount);
		dec_round_q(fee, raw, c->send_minor, ROUND_HALF_UP);
		mpq_clear(raw);
		return 0;
	}
	mpq_mul(raw, amount, b->percent);
	mpz_mul_ui(mpq_denref(raw), mpq_denref(raw), 100);
	mpq_canonicalize(raw);
	mpq_add(raw, raw, b->fixed);
	if (b->has_min && mpq_cmp(raw, b->min) < 0)
		mpq_set(raw, b->min);
	if (b->has_max && mpq_cmp(raw, b->max) > 0)
		mpq_set(raw, b->max);
	dec_round_q(fee, raw, c->send_minor, ROUND_HALF_UP);
	mpq_clear(raw);
	return 0;
}

/* out = v / A × 100 */
static void
percent_of(mpq_t out, const mpq_t v, const mpq_t amount)
{
	mpq_div(out, v, amount);
	mpz_mul_ui(mpq_numref(out), mpq_numref(out), 100);
	mpq_canonicalize(out);
}

static void
unavailable(struct quote *q, enum unavailable why)
{
	q->available = 0;
	q->why = why;
}

void
quote_forward(struct quote *q, const struct corridor *c,
    const struct provider *p, const mpq_t amount)
{
	mpq_t base;

	q->corridor = c;
	q->provider = p;
	q->available = 1;
	q->why = UNAV_NONE;
	mpq_set(q->amount, amount);
	q->estimate = quote_rate(q->rate, p, amount);
	if (p->has_min_amount && mpq_cmp(amount, p->min_amount) < 0)
		return unavailable(q, UNAV_BELOW_MIN);
	if (p->has_max_amount && mpq_cmp(amount, p->max_amount) > 0)
		return unavailable(q, UNAV_ABOVE_MAX);
	if (quote_fee(q->fee, c, p, amount) != 0)
		return unavailable(q, UNAV_ABOVE_BANDS);
	mpq_init(base);
	if (p->deducted)
		mpq_sub(base, amount, q->fee);
	else
		mpq_set(base, amount);
	mpq_mul(base, base, q->rate);
	mpq_sub(base, base, p->receiver_fee);
	dec_round_q(q->received, base, c->receive_minor, p->rounding);
	mpq_clear(base);
	if (mpq_sgn(q->received) <= 0)
		return unavailable(q, UNAV_FEE_TOO_LARGE);
	if (p->deducted)
		mpq_set(q->sender_pays, amount);
	else
		mpq_add(q->sender_pays, amount, q->fee);
	mpq_div(q->total_cost, q->received, c->reference_rate);
	mpq_sub(q->total_cost, q->sender_pays, q->total_cost);
	percent_of(q->total_cost_pct, q->total_cost, amount);
	percent_of(q->fee_pct, q->fee, amount);
	mpq_sub(q->fx_margin_pct, c->reference_rate, q->rate);
	percent_of(q->fx_margin_pct, q->fx_margin_pct, c->reference_rate);
	mpq_sub(q->fx_cost, q->total_cost, q->fee);
	q->over_5pct = mpq_cmp_ui(q->total_cost_pct, 5, 1) > 0;
	q->within_3pct = mpq_cmp_ui(q->total_cost_pct, 3, 1) <= 0;
}

/* Forward quote at n minor units; nonzero when it delivers the target. */
static int
delivers(struct quote *q, const struct corridor *c, const struct provider *p,
    const mpz_t n, const mpq_t target)
{
	mpq_t a;
	int ok;

	mpq_init(a);
	mpz_set(mpq_numref(a), n);
	dec_pow10(mpq_denref(a), c->send_minor);
	mpq_canonicalize(a);
	quote_forward(q, c, p, a);
	ok = q->available && mpq_cmp(q->received, target) >= 0;
	mpq_clear(a);
	return ok;
}

/* v in whole minor units (v has at most `minor` decimals). */
static void
to_units(mpz_t out, const mpq_t v, int minor)
{
	dec_round(out, v, minor, ROUND_DOWN);
}

/*
 * Where band b would deliver the target if nothing were rounded or
 * clamped, in whole minor units rounded up: inside a band R is affine in
 * A, R = A x rate - receiver fee, or with the fee deducted R = (A (1 -
 * percent / 100) - fixed) x rate - receiver fee.  Only a first guess:
 * the search checks it forward.
 */
static void
guess_units(mpz_t out, const struct corridor *c, const struct provider *p,
    const struct fee_band *b, const mpq_t target)
{
	mpq_t x, d;

	mpz_set_ui(out, 0);
	if (mpq_sgn(p->rate) <= 0)
		return;
	mpq_inits(x, d, NULL);
	mpq_add(x, target, p->receiver_fee);
	mpq_div(x, x, p->rate);
	if (p->deducted) {
		mpq_add(x, x, b->fixed);
		mpq_set_ui(d, 100, 1);
		mpq_sub(d, d, b->percent);
		if (mpq_sgn(d) > 0) {
			mpq_div(x, x, d);
			mpz_mul_ui(mpq_numref(x), mpq_numref(x), 100);
			mpq_canonicalize(x);
		}
	}
	dec_pow10(mpq_denref(d), c->send_minor);
	mpz_mul(mpq_numref(x), mpq_numref(x), mpq_denref(d));
	mpz_cdiv_q(out, mpq_numref(x), mpq_denref(x));
	mpq_clears(x, d, NULL);
}

/*
 * The smallest n in [lo, hi] (minor units; hi < 0 means unbounded) that
 * delivers the target, assuming R grows with A inside one band.  Returns
 * 1 and sets *found, or 0.  The guess of guess_units() is tried first,
 * with its neighbours; a binary search between known failures and
 * successes finishes when it misses.
 */
static int
search_band(const struct corridor *c, const struct provider *p,
    const struct fee_band *b, const mpq_t target, const mpz_t lo,
    const mpz_t hi_in, int open, mpz_t found)
{
	struct quote q;
	mpz_t hi, mid, limit, g;
	int ok = 0;

	quote_init(&q);
	mpz_inits(hi, mid, limit, g, NULL);
	guess_units(g, c, p, b, target);
	if (open) {
		/* Widen until the target is met or amounts get absurd. */
		dec_pow10(limit, DEC_MAX_DIGITS);
		mpz_set(hi, lo);
		if (mpz_cmp(g, hi) > 0 && mpz_cmp(g, limit) < 0)
			mpz_set(hi, g);
		while (!delivers(&q, c, p, hi, target) &&
		    mpz_cmp(hi, limit) < 0)
			mpz_mul_2exp(hi, hi, 1);
	} else
		mpz_set(hi, hi_in);
	if (mpz_cmp(lo, hi) <= 0 && delivers(&q, c, p, hi, target)) {
		mpz_set(found, hi);
		mpz_set(hi, lo);
		mpz_sub_ui(hi, hi, 1);	/* hi: largest known failure */
		mpz_set(mid, lo);
		if (delivers(&q, c, p, lo, target))
			mpz_set(found, lo);
		else {
			mpz_set(hi, lo);	/* lo fails */
			if (mpz_cmp(g, hi) > 0 && mpz_cmp(g, found) <= 0) {
				if (mpz_cmp(g, found) == 0 ||
				    delivers(&q, c, p, g, target)) {
					mpz_set(found, g);
					mpz_sub_ui(mid, g, 1);
					if (mpz_cmp(mid, hi) > 0 &&
					    !delivers(&q, c, p, mid, target))
						mpz_set(hi, mid);
				} else {
					mpz_set(hi, g);
					mpz_add_ui(mid, g, 1);
					if (mpz_cmp(mid, found) < 0) {
						if (delivers(&q, c, p, mid,
						    target))
							mpz_set(found, mid);
						else
							mpz_set(hi, mid);
					}
				}
			}
			while (mpz_cmp(hi, found) < 0) {
				mpz_add(mid, hi, found);
				mpz_fdiv_q_2exp(mid, mid, 1);
				if (mpz_cmp(mid, hi) == 0)
					break;
				if (delivers(&q, c, p, mid, target))
					mpz_set(found, mid);
				else
					mpz_set(hi, mid);
			}
		}
		ok = 1;
	}
	mpz_clears(hi, mid, limit, g, NULL);
	quote_clear(&q);
	return ok;
}

void
quote_inverse(struct quote *q, const struct corridor *c,
    const struct provider *p, const mpq_t target)
{
	mpz_t lo, hi, n, cap;
	size_t i;
	int found = 0, has_cap = 0;

	mpz_inits(lo, hi, n, cap, NULL);
	if (p->has_max_amount) {
		to_units(cap, p->max_amount, c->send_minor);
		has_cap = 1;
	}
	mpz_set_ui(lo, 1);
	if (p->has_min_amount) {
		to_units(n, p->min_amount, c->send_minor);
		if (mpz_cmp(n, lo) > 0)
			mpz_set(lo, n);
	}
	for (i = 0; i < p->nbands && !found; i++) {
		const struct fee_band *b = &p->bands[i];
		int open = !b->has_up_to && !has_cap;

		if (b->has_up_to)
			to_units(hi, b->up_to, c->send_minor);
		else if (has_cap)
			mpz_set(hi, cap);
		if (has_cap && mpz_cmp(hi, cap) > 0)
			mpz_set(hi, cap);
		if (open || mpz_cmp(lo, hi) <= 0)
			found = search_band(c, p, b, target, lo, hi, open,
			    n);
		if (b->has_up_to) {
			to_units(hi, b->up_to, c->send_minor);
			mpz_add_ui(hi, hi, 1);
			if (mpz_cmp(hi, lo) > 0)
				mpz_set(lo, hi);
		}
	}
	if (found && delivers(q, c, p, n, target)) {
		mpz_clears(lo, hi, n, cap, NULL);
		return;
	}
	quote_forward(q, c, p, target);	/* sets corridor and provider */
	unavailable(q, UNAV_TARGET);
	mpz_clears(lo, hi, n, cap, NULL);
}

void
quote_filter_payout(struct quote *q, unsigned payout)
{
	if (q->available && (q->provider->payout & payout) == 0)
		unavailable(q, UNAV_PAYOUT);
}

static enum quote_sort sort_key;

static int
cmp_ranking(const struct quote *a, const struct quote *b)
{
	int r;

	if ((r = mpq_cmp(a->total_cost, b->total_cost)) != 0)
		return r;
	if ((r = mpq_cmp(b->received, a->received)) != 0)
		return r;
	if (a->provider->speed != b->provider->speed)
		return (int)a->provider->speed - (int)b->provider->speed;
	return strcmp(a->provider->name, b->provider->name);
}

static int
quote_cmp(const void *va, const void *vb)
{
	const struct quote *a = va, *b = vb;
	int r = 0;

	if (a->available != b->available)
		return b->available - a->available;
	if (!a->available)
		return strcmp(a->provider->name, b->provider->name);
	switch (sort_key) {
	case SORT_RECEIVED:
		r = mpq_cmp(b->received, a->received);
		break;
	case SORT_FEE:
		r = mpq_cmp(a->fee, b->fee);
		break;
	case SORT_SPEED:
		r = (int)a->provider->speed - (int)b->provider->speed;
		break;
	case SORT_NAME:
		r = strcmp(a->provider->name, b->provider->name);
		break;
	case SORT_SENDER_PAYS:
		r = mpq_cmp(a->sender_pays, b->sender_pays);
		break;
	default:
		break;
	}
	return r != 0 ? r : cmp_ranking(a, b);
}

void
quote_sort(struct quote *q, size_t n, enum quote_sort key)
{
	sort_key = key;
	qsort(q, n, sizeof *q, quote_cmp);
}

int
quote_sort_parse(const char *name, enum quote_sort *key)
{
	static const char *const names[] = {
		"cost", "received", "fee", "speed", "name", NULL
	};
	int i;

	for (i = 0; names[i] != NULL; i++)
		if (strcmp(names[i], name) == 0) {
			*key = (enum quote_sort)i;
			return 0;
		}
	return -1;
}

char *
quote_reason(const struct quote *q)
{
	const struct provider *p = q->provider;
	const struct corridor *c = q->corridor;
	char *lim, *s;

	switch (q->why) {
	case UNAV_BELOW_MIN:
		lim = dec_str(p->min_amount, c->send_minor, ROUND_HALF_UP);
		s = xasprintf(_("sends at least %s %s"), lim,
		    c->send_currency);
		break;
	case UNAV_ABOVE_MAX:
		lim = dec_str(p->max_amount, c->send_minor, ROUND_HALF_UP);
		s = xasprintf(_("sends at most %s %s"), lim, c->send_currency);
		break;
	case UNAV_ABOVE_BANDS:
		lim = dec_str(p->bands[p->nbands - 1].up_to, c->send_minor,
		    ROUND_HALF_UP);
		s = xasprintf(_("has no price above %s %s"), lim,
		    c->send_currency);
		break;
	case UNAV_FEE_TOO_LARGE:
		return xstrdup(_("the fee is larger than the amount"));
	case UNAV_PAYOUT:
		return xstrdup(_("does not pay out that way"));
	case UNAV_TARGET:
		return xstrdup(_("cannot deliver that much within its limits"));
	default:
		return xstrdup("");
	}
	free(lim);
	return s;
}
