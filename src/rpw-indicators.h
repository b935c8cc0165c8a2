/*
 * rpw-indicators.h - RPW indicators per group and benchmark, exactly.
 *
 * Rows are grouped by the keys asked for (none: one group, the global
 * figures).  For each group and benchmark: services (rows with a total
 * cost for that benchmark), transparent services, and over the transparent
 * ones only: the simple average, minimum, maximum, count and share over 5%.
 * SmaRT is computed per corridor and period over the group's transparent
 * services that deliver in 5 days or less (the average of the three
 * cheapest; fewer than three: none); a group's smart_pct is the simple
 * average of the SmaRT values of its corridor-periods that have one, and
 * meets_5pct is known only for a group of one corridor-period.
 *
 * By default a service's cost is the published total; with `recompute`
 * it is fee / amount x 100 + the published margin, exactly.  Sums are
 * exact (scaled integers, rationals for recompute); memory grows with the
 * number of groups and corridor-periods, never with rows.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_RPW_INDICATORS_H
#define REMIT_RPW_INDICATORS_H

#include <cjson/cJSON.h>
#include <stddef.h>
#include <stdio.h>

#include "rpw.h"

enum rpw_key {
	RPW_BY_PERIOD, RPW_BY_CORRIDOR, RPW_BY_SOURCE, RPW_BY_DESTINATION,
	RPW_BY_REGION, RPW_BY_FIRM_TYPE, LAST_RPW_KEY
};

struct rpw_ind;

/* The figures of one group and benchmark, formatted for output. */
struct rpw_ind_row {
	const char	*key[LAST_RPW_KEY];	/* the group's keys, in order */
	const char	*bench;			/* "cc1" or "cc2" */
	char		 services[24], transparent[24], over5[24];
	char		*average, *smart, *min, *max, *share; /* NULL: none */
	const char	*meets;			/* "true", "false" or NULL */
};

/* Reads "period", "corridor", ..., "firm-type"; -1 if unknown. */
int rpw_key_parse(const char *s, enum rpw_key *k);
/* The output name of a key: "period", ..., "firm_type". */
const char *rpw_key_name(enum rpw_key k);
/* New accumulators for the keys by[0..nby). */
struct rpw_ind *rpw_ind_new(const enum rpw_key *by, size_t nby,
    int recompute);
/* Adds one row. */
void rpw_ind_add(struct rpw_ind *ind, const struct rpw_row *row);
/*
 * Calls emit() for every group (sorted by its keys) and benchmark, with
 * percentages rounded half-up to `digits` decimals.  Returns the number of
 * groups.
 */
size_t rpw_ind_emit(struct rpw_ind *ind, int digits,
    void (*emit)(const struct rpw_ind_row *r, void *arg), void *arg);
void rpw_ind_free(struct rpw_ind *ind);
/*
 * The exact partial sums, as JSON Lines: one {"group": [keys], "cc1":
 * [services, transparent, over5, sum, min, max], "cc2": [...]} per group
 * and one {"cell": [keys], "corridor", "period", "cc1": [three cheapest
 * fast], "cc2": [...]} per corridor-period; values are "v:scale" decimals,
 * or "n/d" rationals with recompute.  Call before rpw_ind_emit().
 */
void rpw_ind_partial(struct rpw_ind *ind, FILE *f);
/* Adds one line written by rpw_ind_partial(); -1 when it is not one. */
int rpw_ind_merge(struct rpw_ind *ind, const cJSON *line);

#endif
