/*
 * quote.h - the cost model: one provider's quote for one amount.
 *
 * Implements ../shared/spec/cost-model.md (remit-rates(5)): the fee from
 * the bands, the amount received rounded once with the provider's mode, what
 * the sender pays, the total cost and its parts, exactly; and the inverse,
 * the smallest amount that delivers at least a target.  Nothing here
 * rounds for display: the caller formats with dec_str().
 *
 * A struct quote is initialised by quote_init() and released by
 * quote_clear(); it points into the corridor and provider it was made from,
 * which must outlive it.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_QUOTE_H
#define REMIT_QUOTE_H

#include <gmp.h>
#include <stddef.h>

#include "ratebook.h"

enum unavailable {
	UNAV_NONE,
	UNAV_BELOW_MIN,		/* below the provider's min_amount */
	UNAV_ABOVE_MAX,		/* above the provider's max_amount */
	UNAV_ABOVE_BANDS,	/* above the last band, which is closed */
	UNAV_FEE_TOO_LARGE,	/* R would be zero or negative */
	UNAV_PAYOUT,		/* does not pay out the way asked */
	UNAV_TARGET,		/* cannot deliver the target within limits */
	LAST_UNAV
};

struct quote {
	const struct corridor	*corridor;
	const struct provider	*provider;
	int			 available;
	enum unavailable	 why;
	mpq_t			 amount;	/* A, send currency */
	mpq_t			 fee;		/* F, rounded half-up */
	mpq_t			 received;	/* R, rounded, receive ccy */
	mpq_t			 sender_pays;	/* P */
	mpq_t			 total_cost;	/* C, exact */
	mpq_t			 total_cost_pct;/* C%, exact */
	mpq_t			 fee_pct;	/* exact */
	mpq_t			 fx_margin_pct;	/* exact, may be negative */
	mpq_t			 fx_cost;	/* C - F, exact */
	int			 over_5pct;
	int			 within_3pct;
	mpq_t			 rate;		/* r used, exact */
	int			 estimate;	/* priced between or beyond
						   two benchmarks, not at
						   an observed amount */
};

/* Sort keys for quote_sort(). */
enum quote_sort {
	SORT_COST,	/* the spec's ranking: C ascending, then R
			   descending, then faster, then name */
	SORT_RECEIVED,	/* R descending */
	SORT_FEE,	/* F ascending */
	SORT_SPEED,	/* fastest first */
	SORT_NAME,	/* name, byte order */
	SORT_SENDER_PAYS,	/* P ascending: the inverse's ranking */
	LAST_QUOTE_SORT
};

void quote_init(struct quote *q);
void quote_clear(struct quote *q);
/*
 * F for amount A (send currency), rounded half-up to the send currency's
 * minor units.  Returns 0, or -1 when no band covers A.
 */
int quote_fee(mpq_t fee, const struct corridor *c, const struct provider *p,
    const mpq_t amount);
/*
 * The customer rate r for amount A (exact): the provider's rate, or for a
 * provider known from two benchmarks the spec's r(A).  Returns 1 when that
 * price is an estimate (A is not one of the benchmark amounts), else 0.
 */
int quote_rate(mpq_t rate, const struct provider *p, const mpq_t amount);
/*
 * The forward quote: what reaches the family when the sender types A.
 * Sets q->available and q->why; figures are set only when available.
 */
void quote_forward(struct quote *q, const struct corridor *c,
    const struct provider *p, const mpq_t amount);
/*
 * The inverse: the smallest A (a whole number of send minor units) inside
 * the provider's limits whose forward quote delivers at least `target`
 * (receive currency); q is that forward quote, or unavailable with
 * UNAV_TARGET when no such A exists.
 */
void quote_inverse(struct quote *q, const struct corridor *c,
    const struct provider *p, const mpq_t target);
/* Marks a quote unavailable when its provider does not pay out by
 * any of `payout` (bits); PAYOUT_ANY keeps every quote. */
void quote_filter_payout(struct quote *q, unsigned payout);
/* Sorts quotes: available first, then by key, ties as the spec ranks
 * (C ascending, R descending, faster, name); unavailable ones by name. */
void quote_sort(struct quote *q, size_t n, enum quote_sort key);
/* Reads "cost", "received", "fee", "speed" or "name"; -1 if unknown. */
int quote_sort_parse(const char *name, enum quote_sort *key);
/* A translated sentence saying why a quote is unavailable. */
char *quote_reason(const struct quote *q);

/* A corridor's indicators at one amount (spec: "A corridor's indicators"). */
struct indicators {
	size_t	count;		/* available and transparent */
	int	has_range;	/* count > 0 */
	mpq_t	min_pct, max_pct, average_pct;
	int	has_weighted;
	mpq_t	weighted_average_pct;
	int	has_smart;
	mpq_t	smart_pct;
	int	meets_5pct;	/* has_smart and smart_pct <= 5 */
	size_t	over_5pct;	/* among the count */
	mpq_t	over_5pct_share;	/* fraction 0..1, when count > 0 */
};

void indicators_init(struct indicators *ind);
void indicators_clear(struct indicators *ind);
/* Computes the indicators over quotes q[0..n). */
void indicators_compute(struct indicators *ind, const struct quote *q,
    size_t n);

#endif
