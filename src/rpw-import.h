/*
 * rpw-import.h - rate tables (remit-rates/1) made from one quarter of the
 * RPW dataset.
 *
 * RPW observed each service at two amounts only, the local equivalents
 * of USD 200 (cc1) and USD 500 (cc2).  A service observed at both becomes
 * one provider with "benchmarks" (remit-rates(5)): priced as observed at
 * those two amounts and as an ESTIMATE anywhere else, by the rule of
 * cost-model.md "Tables from two benchmarks"; the estimate is the
 * table's, computed by quote.c.  A service observed at one amount only
 * is priced at that amount only (min_amount = max_amount).  Provider
 * rates are written so that (reference - rate) / reference x 100 is the
 * published margin exactly.  The table's `source` begins with
 * RPW_SOURCE_PREFIX.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_RPW_IMPORT_H
#define REMIT_RPW_IMPORT_H

#include <gmp.h>

#include "ratebook.h"
#include "rpw.h"

#define RPW_SOURCE_PREFIX	"RPW benchmark data"

struct rpw_import;

/*
 * An import of one period into the folder `dir` (made if missing): one
 * table per corridor and payout currency (rpw.h), named "gb-ng.json", or
 * "ke-ss-usd.json" for a payout currency other than the destination's;
 * its as_of is the latest "date" of its rows (else the quarter's end), and
 * each provider carries the service's payment instrument, notes, access
 * point and receiving network coverage.  Exact duplicate rows were
 * dropped by the reader.
 */
struct rpw_import *rpw_import_new(const char *period, const char *dir);
/* Adds a row (rows of other periods are skipped and counted). */
void rpw_import_add(struct rpw_import *im, const struct rpw_row *row);
/*
 * Writes one table per corridor; returns the number written.  Problems
 * (a corridor without a known currency, a file that cannot be written)
 * are added to d, one per corridor.
 */
size_t rpw_import_write(struct rpw_import *im, struct diags *d);
/* Rows of the period that were used, and skipped (missing figures). */
void rpw_import_counts(const struct rpw_import *im, unsigned long *used,
    unsigned long *skipped);
/* Rows used that had a negative FX margin: promotions, kept, and said in
 * their provider's notes. */
unsigned long rpw_import_promotions(const struct rpw_import *im);
void rpw_import_free(struct rpw_import *im);

#endif
