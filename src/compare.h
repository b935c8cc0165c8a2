/*
 * compare.h - one comparison: every provider of a corridor quoted for one
 * request (an amount to send, or an amount to deliver), ranked, with the
 * corridor's indicators and every figure formatted for display.
 *
 * This is what `remit compare`, `remit batch` and the app's results screen
 * share.  compare_run() fills a struct comparison that owns its quotes and
 * strings; compare_free() releases them.  The corridor must outlive it.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_COMPARE_H
#define REMIT_COMPARE_H

#include "quote.h"

struct compare_request {
	int		 inverse;	/* 0: amount is what the sender sends;
					   1: amount is what must arrive */
	const char	*amount;	/* as typed */
	unsigned	 payout;	/* enum payout bits; PAYOUT_ANY */
	enum quote_sort	 sort;
};

/* A quote's figures rounded for display (spec: "Display"). */
struct quote_text {
	char	*amount;		/* A, send currency */
	char	*fee;
	char	*rate;			/* as the table gave it */
	char	*receiver_fee;
	char	*received;
	char	*sender_pays;
	char	*total_cost;
	char	*total_cost_pct;
	char	*fee_pct;
	char	*fx_margin_pct;
	char	*fx_cost;
	char	*reason;		/* unavailable: why, translated */
};

struct comparison {
	const struct corridor	*corridor;
	int			 inverse;
	mpq_t			 amount;	/* the request's amount */
	char			*amount_text;	/* formatted */
	enum quote_sort		 sort;		/* what quotes are sorted by */
	const struct provider	*best;		/* first of the spec's ranking
						   (C, or P when inverse), or
						   NULL: none available */
	struct quote		*quotes;	/* sorted, available first */
	struct quote_text	*text;		/* parallel to quotes */
	size_t			 n;
	size_t			 navailable;
	int			 estimate;	/* some available quote is
						   an estimate (quote.h) */
	long			 age_days;	/* of the table's prices;
						   -1 unknown */
	long			 max_age_days;	/* -1: no limit */
	int			 stale;		/* age_days > max_age_days */
	struct indicators	 ind;
	char			*ind_min, *ind_max, *ind_average;
	char			*ind_weighted, *ind_smart, *ind_share;
};

/*
 * Runs a request on a corridor.  Returns 0, or -1 when the amount is not
 * valid for the corridor's currency: then *why holds a translated sentence
 * (caller frees) and nothing needs freeing in cmp.
 */
int compare_run(struct comparison *cmp, const struct corridor *c,
    const struct compare_request *req, char **why);
/*
 * Dates the comparison: the table's age on `today` (YYYY-MM-DD) and whether
 * it is older than max_age_days (< 0: never stale).  compare_run() leaves
 * the age unknown (-1) until this is called.
 */
void compare_set_age(struct comparison *cmp, const char *today,
    long max_age_days);
/*
 * Re-sorts the quotes and their texts by another key.  SORT_COST is the
 * spec's ranking: by total cost, or by what the sender pays when the
 * request is an amount to deliver.
 */
void compare_sort(struct comparison *cmp, enum quote_sort key);
/* What the quotes are sorted by, translated, for "Sorted by %s". */
const char *compare_sort_name(const struct comparison *cmp);
/* Releases what compare_run allocated. */
void compare_free(struct comparison *cmp);
/* Formats a percentage (exact) half-up to 2 decimals: "4.49". */
char *pct_str(const mpq_t pct);

#endif
