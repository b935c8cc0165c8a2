/*
 * answer.h - the comparison's answer in one plain sentence: who is best
 * for the family, what arrives and how, how fast, and what the sender
 * pays ("Best for your family: Okada Wallet. They get 387,600.00 NGN into
 * a mobile wallet, in under 1 hour. You pay 201.80 GBP.").  The app shows
 * it above the results; it has no terminal I/O so tests and the command
 * line can use it.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_ANSWER_H
#define REMIT_ANSWER_H

#include "compare.h"
#include "numfmt.h"

/* How quote i's money arrives, translated: "into a mobile wallet", "as
 * cash to pick up or into a bank account"; only the ways in `payout`
 * (bits) are named. */
char *answer_payout(const struct quote *q, unsigned payout);
/*
 * The sentence for quote i of cmp (the best), numbers in style st, the
 * payout ways limited to `payout` (bits, PAYOUT_ANY for all); in receive
 * mode it leads with what the sender pays.  NULL when quote i is not
 * available.  The caller frees.
 */
char *answer_sentence(const struct comparison *cmp, size_t i,
    unsigned payout, const struct numstyle *st);

#endif
