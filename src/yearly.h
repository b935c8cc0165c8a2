/*
 * yearly.h - what a choice costs over a year of monthly transfers.
 *
 * For one provider and one amount A (send currency): twelve transfers of A
 * (cost, fees, what arrives), what the cheapest provider for A (same payout
 * choice) would save over the year, and six transfers of 2A against twelve
 * of A.  Every total is exact (mpq, quote_forward on the same corridor) and
 * formatted half-up to the currency's minor units only for display.
 * yearly_compute() fills a struct yearly that owns its strings;
 * yearly_free() releases them.  The corridor must outlive it.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_YEARLY_H
#define REMIT_YEARLY_H

#include "quote.h"

struct yearly {
	int			 available;	/* the provider quotes A */
	char			*amount;	/* A */
	char			*year_sent;	/* 12 × A */
	char			*year_cost;	/* 12 × C(A) */
	char			*year_fee;	/* 12 × F(A) */
	char			*year_received;	/* 12 × R(A), receive ccy */
	const struct provider	*cheapest;	/* least C(A); may be p */
	char			*cheapest_year_cost;
	char			*saving;	/* 12 × (C(A) − Cmin(A)) */
	int			 twice_available;
	char			*twice_amount;	/* 2A */
	char			*twice_year_cost;	/* 6 × C(2A) */
	char			*twice_difference;	/* |12C(A) − 6C(2A)| */
	int			 twice_sign;	/* sign of 6C(2A) − 12C(A) */
	char			*twice_reason;	/* why 2A is not offered */
};

/* Computes the year for provider p of corridor c at amount (send
 * currency), considering only providers that pay out by `payout`. */
void yearly_compute(struct yearly *y, const struct corridor *c,
    const struct provider *p, const mpq_t amount, unsigned payout);
/* Releases the strings. */
void yearly_free(struct yearly *y);

#endif
