/*
 * rpw-audit.h - checking every RPW row's published figures exactly
 * (cost-model.md, "The RPW dataset").
 *
 * Two checks per benchmark (cc1, cc2): "total", the published total cost
 * against fee / amount x 100 + the published FX margin; and "margin", the
 * published FX margin against (interbank - provider rate) / interbank x
 * 100, not for transparent = no rows.  A check whose cells are missing is
 * counted as skipped.  A difference larger than the tolerance (percentage
 * points) is a finding.  The audit keeps a summary per period; its memory
 * grows with the number of periods, not rows.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_RPW_AUDIT_H
#define REMIT_RPW_AUDIT_H

#include <gmp.h>

#include "rpw.h"

enum rpw_check { RPW_CHECK_TOTAL, RPW_CHECK_MARGIN, LAST_RPW_CHECK };

/* One row where a check failed; the figures are exact. */
struct rpw_finding {
	const struct rpw_row	*row;
	int			 bench;		/* 0: cc1, 1: cc2 */
	enum rpw_check		 check;
	mpq_t			 published, recomputed, difference;
};

struct rpw_audit_period {
	char		period[16];
	unsigned long	rows;
	unsigned long	checks[LAST_RPW_CHECK];
	unsigned long	findings[LAST_RPW_CHECK];
	unsigned long	skipped;	/* checks with a missing cell */
};

struct rpw_audit {
	mpq_t			 tolerance;	/* percentage points */
	mpq_t			 abs;		/* scratch */
	struct rpw_audit_period	*periods;
	size_t			 nperiods, cap;
};

/* An audit with a tolerance ("0.01"); -1 if it is not a decimal >= 0. */
int rpw_audit_init(struct rpw_audit *a, const char *tolerance);
void rpw_audit_free(struct rpw_audit *a);
/* Checks one row; calls found() for each finding (f valid during it). */
void rpw_audit_row(struct rpw_audit *a, const struct rpw_row *row,
    void (*found)(const struct rpw_finding *f, void *arg), void *arg);
/* "cc1"/"cc2" and "total"/"margin". */
const char *rpw_bench_name(int bench);
const char *rpw_check_name(enum rpw_check c);

#endif
