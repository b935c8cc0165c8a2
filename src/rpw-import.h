/*
 * rpw-import.h - rate tables (remit-rates/1) made from one quarter of the
 * RPW dataset, and how such a table's benchmark amounts are recognised.
 *
 * RPW observed each service at two amounts only, the local equivalents
 * of USD 200 (cc1) and USD 500 (cc2).  An imported table says so in its
 * `source`, which begins with RPW_SOURCE_PREFIX, and encodes it without
 * any new schema field: every provider has min_amount = the cc1 amount and
 * max_amount = the cc2 amount, and two closed fee bands, {up_to: cc1
 * amount, fixed: cc1 fee} and {up_to: cc2 amount, fixed: cc2 fee}.  Amounts
 * outside that range are unavailable; an amount between the two is priced
 * with the cc2 fee and is an ESTIMATE, never a quote: compare, batch and
 * report say so (rpw_is_estimate()).  When a service's cc1 and cc2 margins
 * differ it becomes two providers, each pinned to its own benchmark
 * (min_amount = max_amount).  The provider rate is written so that
 * (reference - rate) / reference x 100 is the published margin exactly.
 */
#ifndef REMIT_RPW_IMPORT_H
#define REMIT_RPW_IMPORT_H

#include <gmp.h>

#include "ratebook.h"
#include "rpw.h"

#define RPW_SOURCE_PREFIX	"RPW benchmark data"

/*
 * 1 when c was written by `remit rpw import`: b1 and b2 (initialised by
 * the caller) receive its two benchmark amounts in the send currency;
 * else 0.
 */
int rpw_table_benchmarks(const struct corridor *c, mpq_t b1, mpq_t b2);
/* 1 when `amount` (send currency) is priced from an RPW table at an
 * amount other than its benchmarks: an estimate. */
int rpw_is_estimate(const struct corridor *c, const mpq_t amount);

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
