/*
 * rpw-audit.c - the two exact checks of an RPW row.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "decimal.h"
#include "rpw-audit.h"
#include "xalloc.h"

int
rpw_audit_init(struct rpw_audit *a, const char *tolerance)
{
	memset(a, 0, sizeof *a);
	mpq_init(a->tolerance);
	mpq_init(a->abs);
	if (dec_parse_amount(a->tolerance, tolerance, -1) != DEC_OK) {
		mpq_clears(a->tolerance, a->abs, NULL);
		return -1;
	}
	return 0;
}

void
rpw_audit_free(struct rpw_audit *a)
{
	mpq_clears(a->tolerance, a->abs, NULL);
	free(a->periods);
}

const char *
rpw_bench_name(int bench)
{
	return bench == 0 ? "cc1" : "cc2";
}

const char *
rpw_check_name(enum rpw_check c)
{
	return c == RPW_CHECK_TOTAL ? "total" : "margin";
}

/* The summary line of a period, made when first seen. */
static struct rpw_audit_period *
period_of(struct rpw_audit *a, const char *period)
{
	size_t i;

	for (i = a->nperiods; i > 0; i--)
		if (strcmp(a->periods[i - 1].period, period) == 0)
			return &a->periods[i - 1];
	if (a->nperiods == a->cap) {
		a->cap = a->cap ? 2 * a->cap : 16;
		a->periods = xreallocarray(a->periods, a->cap,
		    sizeof *a->periods);
	}
	memset(&a->periods[a->nperiods], 0, sizeof *a->periods);
	strcpy(a->periods[a->nperiods].period, period);
	return &a->periods[a->nperiods++];
}

#define OK(n) ((n).status == RPW_NUM_OK)

/* recomputed = fee / amount x 100 + margin; 0, or -1 if not checkable. */
static int
total_of(mpq_t out, const struct rpw_cc *cc)
{
	mpq_t t;

	if (!OK(cc->amount) || !OK(cc->fee) || !OK(cc->margin) ||
	    !OK(cc->total) || cc->amount.v <= 0)
		return -1;
	mpq_init(t);
	rpw_num_mpq(out, &cc->fee);
	rpw_num_mpq(t, &cc->amount);
	mpq_div(out, out, t);
	mpz_mul_ui(mpq_numref(out), mpq_numref(out), 100);
	mpq_canonicalize(out);
	rpw_num_mpq(t, &cc->margin);
	mpq_add(out, out, t);
	mpq_clear(t);
	return 0;
}

/* recomputed = (inter - rate) / inter x 100; 0, or -1. */
static int
margin_of(mpq_t out, const struct rpw_row *row, const struct rpw_cc *cc)
{
	mpq_t t;

	if (!row->transparent || !OK(row->inter) || !OK(cc->rate) ||
	    !OK(cc->margin) || row->inter.v <= 0)
		return -1;
	mpq_init(t);
	rpw_num_mpq(t, &row->inter);
	rpw_num_mpq(out, &cc->rate);
	mpq_sub(out, t, out);
	mpq_div(out, out, t);
	mpz_mul_ui(mpq_numref(out), mpq_numref(out), 100);
	mpq_canonicalize(out);
	mpq_clear(t);
	return 0;
}

/* Runs one check; reports a finding when beyond the tolerance. */
static void
check(struct rpw_audit *a, struct rpw_audit_period *p, struct rpw_finding *f,
    void (*found)(const struct rpw_finding *, void *), void *arg)
{
	const struct rpw_cc *cc = &f->row->cc[f->bench];
	int rv;

	if (f->check == RPW_CHECK_TOTAL) {
		rv = total_of(f->recomputed, cc);
		if (rv == 0)
			rpw_num_mpq(f->published, &cc->total);
	} else {
		rv = margin_of(f->recomputed, f->row, cc);
		if (rv == 0)
			rpw_num_mpq(f->published, &cc->margin);
	}
	if (rv != 0) {
		/* a transparent = no row has no margin check to skip */
		if (f->check == RPW_CHECK_TOTAL || f->row->transparent)
			p->skipped++;
		return;
	}
	p->checks[f->check]++;
	mpq_sub(f->difference, f->published, f->recomputed);
	mpq_abs(a->abs, f->difference);
	if (mpq_cmp(a->abs, a->tolerance) > 0) {
		p->findings[f->check]++;
		found(f, arg);
	}
}

void
rpw_audit_row(struct rpw_audit *a, const struct rpw_row *row,
    void (*found)(const struct rpw_finding *, void *), void *arg)
{
	struct rpw_audit_period *p = period_of(a, row->period);
	struct rpw_finding f;

	p->rows++;
	f.row = row;
	mpq_inits(f.published, f.recomputed, f.difference, NULL);
	for (f.bench = 0; f.bench < 2; f.bench++)
		for (f.check = 0; f.check < LAST_RPW_CHECK; f.check++)
			check(a, p, &f, found, arg);
	mpq_clears(f.published, f.recomputed, f.difference, NULL);
}
