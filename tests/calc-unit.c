/*
 * calc-unit.c - unit tests of the money calculators (calc.h).
 *
 * The expected values were worked out independently of this code (exact
 * fractions for whole months, 80-digit decimals for roots and fractional
 * powers, rounding half-up) and match the spreadsheet formula named in the
 * comment above each case.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calc.h"
#include "currency.h"
#include "decimal.h"
#include "tap.h"

struct sav_case {
	const char *dep, *rate;
	long n;
	const char *init, *ccy, *balance, *interest;
};
struct goal_case {
	const char *dep, *rate, *init, *target;
	long months;
	const char *balance;
};
struct loan_case {
	const char *p, *rate;
	long n;
	const char *ccy, *payment, *last, *total_paid, *total_interest;
};
struct flat_case {
	const char *p, *f;
	long n;
	const char *ccy, *inst, *total_interest, *apr, *eff;
};
struct infl_case {
	const char *x, *rate, *years, *ccy, *real;
};

static const struct sav_case sav_cases[] = {
	/* =FV(5%/12,120,-100,-100) spec example */
	{ "100", "5", 120, "100", NULL, "15692.93", "3592.93" },
	/* =FV(6%/12,36,-250,-1000) */
	{ "250", "6", 36, "1000", NULL, "11030.71", "1030.71" },
	/* =FV(0%/12,12,-100,-50) zero rate */
	{ "100", "0", 12, "50", NULL, "1250.00", "0.00" },
	/* =FV(12%/12,1,-100,-0) one month: the deposit earns nothing yet */
	{ "100", "12", 1, "0", NULL, "100.00", "0.00" },
	/* =FV(12%/12,1,-0,-0.50) tie: 0.505 exactly rounds up */
	{ "0", "12", 1, "0.50", NULL, "0.51", "0.01" },
	/* =FV(12%/12,2,-0.50,-0) tie: 1.005 exactly rounds up */
	{ "0.50", "12", 2, "0", NULL, "1.01", "0.01" },
	/* =FV(7%/12,1200,-50,-0) large N */
	{ "50", "7", 1200, "0", NULL, "9201904.46", "9141904.46" },
	/* =FV(3%/12,60,-10000,-0) no minor units */
	{ "10000", "3", 60, "0", "JPY", "646467", "46467" },
	/* =FV(4.5%/12,24,-25.125,-0) three minor units */
	{ "25.125", "4.5", 24, "0", "KWD", "629.734", "26.734" },
	/* =FV(0.0001%/12,120,-100,-0) tiny rate */
	{ "100", "0.0001", 120, "0", NULL, "12000.06", "0.06" },
	/* =FV(1000%/12,600,-1,-0) the highest rate, long */
	{ "1", "1000", 600, "0", NULL, "105691998710957642926003225977061831775462563823770139551756888272079355816340056515136455621485682155779149435596462702811741060000819331011063589251241444605.31", "105691998710957642926003225977061831775462563823770139551756888272079355816340056515136455621485682155779149435596462702811741060000819331011063589251241444005.31" },
	/* =FV(3.333%/12,7,-333.33,-1234.56) */
	{ "333.33", "3.333", 7, "1234.56", NULL, "3611.61", "43.74" },
};
static const struct goal_case goal_cases[] = {
	/* =ROUNDUP(NPER(5%/12,-100,-100,15692.93),0) spec example reversed */
	{ "100", "5", "100", "15692.93", 121, "15858.32" },
	/* =ROUNDUP(NPER(0%/12,-100,-0,1200),0) zero rate, lands exactly on the target */
	{ "100", "0", "0", "1200", 12, "1200.00" },
	/* =ROUNDUP(NPER(12%/12,-100,-0,201),0) lands exactly: 100 x 1.01 + 100 = 201 */
	{ "100", "12", "0", "201", 2, "201.00" },
	/* =ROUNDUP(NPER(12%/12,-100,-0,303.01),0) lands exactly after 3 months: 100 (1.01^2 + 1.01 + 1) */
	{ "100", "12", "0", "303.01", 3, "303.01" },
	/* =ROUNDUP(NPER(12%/12,-100,-0,303.02),0) one cent more takes a month more */
	{ "100", "12", "0", "303.02", 4, "406.04" },
	/* =ROUNDUP(NPER(5%/12,-100,-100,15692.92),0) a cent less is reached at 120 */
	{ "100", "5", "100", "15692.92", 120, "15692.93" },
	/* =ROUNDUP(NPER(0%/12,-1,-0,1200),0) exactly 1200 months */
	{ "1", "0", "0", "1200", 1200, "1200.00" },
	/* =ROUNDUP(NPER(5%/12,-200,-0,10000),0) */
	{ "200", "5", "0", "10000", 46, "10117.65" },
	/* =ROUNDUP(NPER(6%/12,-0,-1000,2000),0) no deposits, the start doubles */
	{ "0", "6", "1000", "2000", 139, "2000.24" },
	/* =ROUNDUP(NPER(3%/12,-10,-500,400),0) already reached */
	{ "10", "3", "500", "400", 0, "500.00" },
};
static const struct loan_case loan_cases[] = {
	/* =PMT(7.5%/12,180,-200000) spec example */
	{ "200000", "7.5", 180, NULL, "1854.02", "1855.50", "333725.08", "133725.08" },
	/* =PMT(6%/12,360,-100000) */
	{ "100000", "6", 360, NULL, "599.55", "600.00", "215838.45", "115838.45" },
	/* =PMT(0%/12,3,-1000) zero rate: the last month absorbs the cent */
	{ "1000", "0", 3, NULL, "333.33", "333.34", "1000.00", "0.00" },
	/* =PMT(12%/12,1,-1000) one month */
	{ "1000", "12", 1, NULL, "1010.00", "1010.00", "1010.00", "10.00" },
	/* =PMT(12%/12,1,-0.50) tie: payment 0.505 and interest 0.005 round up */
	{ "0.50", "12", 1, NULL, "0.51", "0.51", "0.51", "0.01" },
	/* =PMT(5%/12,1200,-100000) large N */
	{ "100000", "5", 1200, NULL, "419.52", "519.87", "503524.35", "403524.35" },
	/* =PMT(10%/12,12,-1000) the last payment absorbs the rounding */
	{ "1000", "10", 12, NULL, "87.92", "87.87", "1054.99", "54.99" },
	/* =PMT(0%/12,6,-0.09) payment 0.015 rounds up; no month pays more than due */
	{ "0.09", "0", 6, NULL, "0.02", "0.00", "0.09", "0.00" },
	/* =PMT(9.99%/12,240,-500000) no minor units */
	{ "500000", "9.99", 240, "JPY", "4822", "4656", "1157114", "657114" },
	/* =PMT(18%/12,24,-2500) three minor units */
	{ "2500", "18", 24, "KWD", "124.810", "124.816", "2995.446", "495.446" },
};
static const struct flat_case flat_cases[] = {
	/* =RATE(12,-1000*(1+2%*12)/12,1000)*1200 spec example */
	{ "1000", "2", 12, NULL, "103.33", "240.00", "41.70", "50.67" },
	/* =RATE(24,-5000*(1+1.5%*24)/24,5000)*1200 */
	{ "5000", "1.5", 24, NULL, "283.33", "1800.00", "31.46", "36.42" },
	/* =RATE(1,-100*(1+10%*1)/1,100)*1200 one month: i = f/100 exactly */
	{ "100", "10", 1, NULL, "110.00", "10.00", "120.00", "213.84" },
	/* =RATE(1,-1000*(1+0.00125%*1)/1,1000)*1200 APR tie: 1200 x 0.0000125 = 0.015 exactly */
	{ "1000", "0.00125", 1, NULL, "1000.01", "0.01", "0.02", "0.02" },
	/* =RATE(12,-1000*(1+0%*12)/12,1000)*1200 no interest */
	{ "1000", "0", 12, NULL, "83.33", "0.00", "0.00", "0.00" },
	/* =RATE(1200,-1000*(1+0.5%*1200)/1200,1000)*1200 large N */
	{ "1000", "0.5", 1200, NULL, "5.83", "6000.00", "6.99", "7.22" },
	/* =RATE(6,-100000*(1+3%*6)/6,100000)*1200 no minor units */
	{ "100000", "3", 6, "JPY", "19667", "18000", "59.33", "78.45" },
	/* =RATE(12,-250*(1+100%*12)/12,250)*1200 the highest flat rate */
	{ "250", "100", 12, NULL, "270.83", "3000.00", "1299.81", "667781.44" },
};
static const struct infl_case infl_cases[] = {
	/* =1000/(1+5%)^10 */
	{ "1000", "5", "10", NULL, "613.91" },
	/* =1000/(1+21%)^0.5 rational factor 1.1 */
	{ "1000", "21", "0.5", NULL, "909.09" },
	/* =1.01/(1+100%)^1 tie: 0.505 exactly */
	{ "1.01", "100", "1", NULL, "0.51" },
	/* =5/(1+300%)^0.5 tie: 5 / 2 = 2.5 exactly */
	{ "5", "300", "0.5", "JPY", "3" },
	/* =100/(1+3%)^2.5 */
	{ "100", "3", "2.5", NULL, "92.88" },
	/* =100/(1+1000%)^100 rounds to nothing */
	{ "100", "1000", "100", NULL, "0.00" },
	/* =250/(1+0%)^3 zero rate */
	{ "250", "0", "3", NULL, "250.00" },
	/* =1000/(1+2.5%)^0.0001 a few minutes */
	{ "1000", "2.5", "0.0001", NULL, "1000.00" },
};

#define NCASES(a) (sizeof (a) / sizeof (a)[0])

static int
places_of(const char *ccy)
{
	return ccy == NULL ? 2 : currency_minor(ccy);
}

/* Parses a literal the tests know to be valid. */
static void
q(mpq_t out, const char *s)
{
	if (dec_parse(out, s) != DEC_OK)
		abort();
}

/* Checks a rounded value against its expected text. */
static void
is_q(const mpq_t v, int places, const char *want, const char *what,
    const char *tag)
{
	char *got = dec_str(v, places, ROUND_HALF_UP), name[160];

	snprintf(name, sizeof name, "%s %s", what, tag);
	tap_is(got, want, name);
	free(got);
}

static void
test_savings(void)
{
	struct calc_savings s;
	mpq_t d, r, i;
	size_t k;
	char tag[96];
	int pl;

	mpq_inits(d, r, i, NULL);
	for (k = 0; k < NCASES(sav_cases); k++) {
		const struct sav_case *c = &sav_cases[k];

		pl = places_of(c->ccy);
		q(d, c->dep), q(r, c->rate), q(i, c->init);
		snprintf(tag, sizeof tag, "FV(%s%%/12,%ld,-%s,-%s)", c->rate,
		    c->n, c->dep, c->init);
		calc_savings(&s, d, r, c->n, i, pl);
		is_q(s.balance, pl, c->balance, "savings balance", tag);
		is_q(s.interest, pl, c->interest, "savings interest", tag);
		mpq_add(d, s.deposited, s.interest);
		tap_ok(mpq_equal(d, s.balance), "deposited + interest = balance");
		calc_savings_clear(&s);
	}
	mpq_clears(d, r, i, NULL);
}

static void
test_goal(void)
{
	struct calc_goal g;
	struct diags dg;
	mpq_t d, r, i, t;
	size_t k;
	char tag[96];

	mpq_inits(d, r, i, t, NULL);
	diags_init(&dg);
	for (k = 0; k < NCASES(goal_cases); k++) {
		const struct goal_case *c = &goal_cases[k];

		q(d, c->dep), q(r, c->rate), q(i, c->init), q(t, c->target);
		snprintf(tag, sizeof tag, "NPER(%s%%/12,-%s,-%s,%s)", c->rate,
		    c->dep, c->init, c->target);
		if (!tap_ok(calc_goal(&g, d, r, i, t, 2, &dg) == 0,
		    "goal reachable"))
			continue;
		tap_ok(g.months == c->months, tag);
		if (g.months != c->months)
			printf("#   got %ld, want %ld\n", g.months, c->months);
		is_q(g.balance, 2, c->balance, "goal balance", tag);
		calc_goal_clear(&g);
	}
	diags_free(&dg);
	mpq_clears(d, r, i, t, NULL);
}

/* Targets never reached within 1200 months: an error naming --target. */
static void
test_goal_unreachable(void)
{
	static const char *bad[][4] = {
		{ "1", "0", "0", "1200.01" },	/* one cent past 1200 months */
		{ "1", "0", "0", "10000" },
		{ "0", "0", "100", "200" },	/* nothing grows */
		{ "0", "5", "0", "1" },		/* nothing to grow */
		{ "1", "0.01", "0", "1000000" },
	};
	struct calc_goal g;
	struct diags dg;
	mpq_t d, r, i, t;
	size_t k;

	mpq_inits(d, r, i, t, NULL);
	for (k = 0; k < NCASES(bad); k++) {
		diags_init(&dg);
		q(d, bad[k][0]), q(r, bad[k][1]), q(i, bad[k][2]);
		q(t, bad[k][3]);
		tap_ok(calc_goal(&g, d, r, i, t, 2, &dg) == -1 && dg.n == 1 &&
		    strcmp(dg.v[0].where, "--target") == 0 &&
		    strstr(dg.v[0].msg, "1200 months") != NULL,
		    "unreachable goal is an error");
		diags_free(&dg);
	}
	mpq_clears(d, r, i, t, NULL);
}

/* Invariants of every schedule: each row adds up, the balance ends at 0,
 * the principal repaid is the loan and the totals are the sums. */
static int
loan_consistent(const struct calc_loan *l, const mpq_t p)
{
	mpq_t sum, paid, t;
	long m;
	int ok = 1;

	mpq_inits(sum, paid, t, NULL);
	for (m = 0; m < l->nrows; m++) {
		const struct calc_loan_row *r = &l->rows[m];

		mpq_add(t, r->interest, r->principal);
		ok &= mpq_equal(t, r->payment) && r->month == m + 1;
		mpq_add(sum, sum, r->principal);
		mpq_add(paid, paid, r->payment);
	}
	ok &= mpq_sgn(l->rows[l->nrows - 1].balance) == 0;
	ok &= mpq_equal(sum, p) && mpq_equal(paid, l->total_paid);
	mpq_add(t, p, l->total_interest);
	ok &= mpq_equal(t, l->total_paid);
	mpq_clears(sum, paid, t, NULL);
	return ok;
}

static void
test_loan(void)
{
	struct calc_loan l;
	mpq_t p, r;
	size_t k;
	char tag[96];
	int pl;

	mpq_inits(p, r, NULL);
	for (k = 0; k < NCASES(loan_cases); k++) {
		const struct loan_case *c = &loan_cases[k];

		pl = places_of(c->ccy);
		q(p, c->p), q(r, c->rate);
		snprintf(tag, sizeof tag, "PMT(%s%%/12,%ld,-%s)", c->rate,
		    c->n, c->p);
		calc_loan(&l, p, r, c->n, pl);
		is_q(l.payment, pl, c->payment, "loan payment", tag);
		is_q(l.rows[l.nrows - 1].payment, pl, c->last,
		    "loan last payment", tag);
		is_q(l.total_paid, pl, c->total_paid, "loan total paid", tag);
		is_q(l.total_interest, pl, c->total_interest,
		    "loan total interest", tag);
		tap_ok(loan_consistent(&l, p), "schedule adds up to 0");
		calc_loan_clear(&l);
	}
	mpq_clears(p, r, NULL);
}

/* =PMT(10%/12,12,-1000) month by month; the last payment absorbs the
 * rounding of the interest and of the payment. */
static void
test_loan_schedule(void)
{
	static const char *want[12][5] = {
		{ "1", "87.92", "8.33", "79.59", "920.41" },
		{ "2", "87.92", "7.67", "80.25", "840.16" },
		{ "3", "87.92", "7.00", "80.92", "759.24" },
		{ "4", "87.92", "6.33", "81.59", "677.65" },
		{ "5", "87.92", "5.65", "82.27", "595.38" },
		{ "6", "87.92", "4.96", "82.96", "512.42" },
		{ "7", "87.92", "4.27", "83.65", "428.77" },
		{ "8", "87.92", "3.57", "84.35", "344.42" },
		{ "9", "87.92", "2.87", "85.05", "259.37" },
		{ "10", "87.92", "2.16", "85.76", "173.61" },
		{ "11", "87.92", "1.45", "86.47", "87.14" },
		{ "12", "87.87", "0.73", "87.14", "0.00" },
	};
	struct calc_loan l;
	mpq_t p, r;
	char *s[4];
	int m, j, ok;

	mpq_inits(p, r, NULL);
	q(p, "1000"), q(r, "10");
	calc_loan(&l, p, r, 12, 2);
	for (m = 0; m < 12; m++) {
		s[0] = dec_str(l.rows[m].payment, 2, ROUND_HALF_UP);
		s[1] = dec_str(l.rows[m].interest, 2, ROUND_HALF_UP);
		s[2] = dec_str(l.rows[m].principal, 2, ROUND_HALF_UP);
		s[3] = dec_str(l.rows[m].balance, 2, ROUND_HALF_UP);
		ok = l.rows[m].month == atol(want[m][0]);
		for (j = 0; j < 4; j++) {
			ok &= strcmp(s[j], want[m][j + 1]) == 0;
			free(s[j]);
		}
		tap_ok(ok, "PMT(10%/12,12,-1000) schedule row");
	}
	calc_loan_clear(&l);
	mpq_clears(p, r, NULL);
}

static void
test_flat(void)
{
	struct calc_flat fl;
	mpq_t p, f;
	size_t k;
	char tag[96];
	int pl;

	mpq_inits(p, f, NULL);
	for (k = 0; k < NCASES(flat_cases); k++) {
		const struct flat_case *c = &flat_cases[k];

		pl = places_of(c->ccy);
		q(p, c->p), q(f, c->f);
		snprintf(tag, sizeof tag, "flat %s%% x %ld on %s", c->f, c->n,
		    c->p);
		calc_flat(&fl, p, f, c->n, pl);
		is_q(fl.installment, pl, c->inst, "installment", tag);
		is_q(fl.total_interest, pl, c->total_interest,
		    "total interest", tag);
		is_q(fl.apr_pct, 2, c->apr, "APR", tag);
		is_q(fl.effective_pct, 2, c->eff, "effective rate", tag);
		calc_flat_clear(&fl);
	}
	mpq_clears(p, f, NULL);
}

static void
test_inflation(void)
{
	mpq_t x, r, y, out;
	size_t k;
	char tag[96];
	int pl;

	mpq_inits(x, r, y, out, NULL);
	for (k = 0; k < NCASES(infl_cases); k++) {
		const struct infl_case *c = &infl_cases[k];

		pl = places_of(c->ccy);
		q(x, c->x), q(r, c->rate), q(y, c->years);
		snprintf(tag, sizeof tag, "%s/(1+%s%%)^%s", c->x, c->rate,
		    c->years);
		calc_inflation(out, x, r, y, pl);
		is_q(out, pl, c->real, "real value", tag);
	}
	mpq_clears(x, r, y, out, NULL);
}

/* The input readers: what they accept and what they refuse. */
static void
test_parse(void)
{
	struct diags d;
	mpq_t v;
	long n = 0;

	mpq_init(v);
	diags_init(&d);
	tap_ok(calc_parse_amount(v, "12.50", 2, NULL, "--deposit", &d) == 0,
	    "12.50 is an amount");
	tap_ok(calc_parse_amount(v, "12,50", 2, NULL, "--deposit", &d) == -1,
	    "12,50 is refused");
	tap_ok(calc_parse_amount(v, "1e3", 2, NULL, "--deposit", &d) == -1,
	    "1e3 is refused");
	tap_ok(calc_parse_amount(v, "12.5", 0, "JPY", "--deposit", &d) == -1,
	    "12.5 yen is refused");
	tap_ok(calc_parse_amount(v, "-5", 2, NULL, "--deposit", &d) == -1,
	    "a negative amount is refused");
	tap_ok(d.n == 4 && strcmp(d.v[0].where, "--deposit") == 0,
	    "each refusal is one diagnostic at the option");
	tap_ok(calc_parse_rate(v, "1000", CALC_MAX_RATE, "--rate", &d) == 0,
	    "a rate of 1000 is allowed");
	tap_ok(calc_parse_rate(v, "1000.01", CALC_MAX_RATE, "--rate", &d) ==
	    -1, "a rate above 1000 is refused");
	tap_ok(calc_parse_rate(v, "100.5", CALC_MAX_FLAT, "--flat-rate", &d)
	    == -1, "a flat rate above 100 is refused");
	tap_ok(calc_parse_months(&n, "1200", "--months", &d) == 0 &&
	    n == 1200, "1200 months are allowed");
	tap_ok(calc_parse_months(&n, "0", "--months", &d) == -1 &&
	    calc_parse_months(&n, "-3", "--months", &d) == -1 &&
	    calc_parse_months(&n, "1201", "--months", &d) == -1 &&
	    calc_parse_months(&n, "12.5", "--months", &d) == -1 &&
	    calc_parse_months(&n, "", "--months", &d) == -1,
	    "0, -3, 1201, 12.5 and nothing are not months");
	tap_ok(calc_parse_years(v, "2.5", "--years", &d) == 0 &&
	    calc_parse_years(v, "0", "--years", &d) == -1 &&
	    calc_parse_years(v, "100.5", "--years", &d) == -1 &&
	    calc_parse_years(v, "1.00001", "--years", &d) == -1,
	    "years: 2.5 yes; 0, 100.5 and 1.00001 no");
	diags_free(&d);
	mpq_clear(v);
}

int
main(void)
{
	test_savings();
	test_goal();
	test_goal_unreachable();
	test_loan();
	test_loan_schedule();
	test_flat();
	test_inflation();
	test_parse();
	return tap_done();
}
