/*
 * calc.c - the money calculators on GMP rationals and GNU MPFR.
 *
 * Each result is first computed in MPFR at CALC_PREC bits and converted to
 * an exact rational (an MPFR value is a dyadic rational).  When that value
 * is farther than a generous error bound from every rounding boundary, its
 * half-up rounding is the correct one; otherwise the value is recomputed
 * exactly (integer powers of rationals are exact in GMP) or, when it is
 * irrational, at a far higher precision.  Loan schedules and goal checks
 * are exact throughout.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include <mpfr.h>

#include "calc.h"
#include "decimal.h"
#include "i18n.h"
#include "xalloc.h"

#define CALC_PREC	256	/* bits of every MPFR value */
#define CALC_GUARD	192	/* bits trusted of an MPFR result */
#define CALC_PREC_HIGH	4096	/* for irrational values near a tie */

/* i = rate / 1200, exactly. */
static void
monthly_rate(mpq_t i, const mpq_t rate)
{
	mpq_set(i, rate);
	mpz_mul_ui(mpq_denref(i), mpq_denref(i), 1200);
	mpq_canonicalize(i);
}

/* out = b^n exactly (b canonical and non-negative). */
static void
q_pow(mpq_t out, const mpq_t b, unsigned long n)
{
	mpz_pow_ui(mpq_numref(out), mpq_numref(b), n);
	mpz_pow_ui(mpq_denref(out), mpq_denref(b), n);
}

/*
 * Rounds the MPFR approximation `a` half-up to `places` decimals into out,
 * unless it lies within (|a| + 1) 2^-CALC_GUARD (scaled to units of the
 * last place) of a rounding boundary; returns 0, or -1 to ask the caller
 * for an exact answer.
 */
static int
round_approx(mpq_t out, const mpfr_t a, int places)
{
	mpq_t q, v, dist, tol;
	mpz_t fl, scale;
	int near;

	mpq_inits(q, v, dist, tol, NULL);
	mpz_inits(fl, scale, NULL);
	mpfr_get_q(q, a);
	dec_pow10(scale, places);
	mpz_mul(mpq_numref(v), mpq_numref(q), scale);
	mpz_set(mpq_denref(v), mpq_denref(q));
	mpq_canonicalize(v);
	mpq_abs(v, v);
	mpz_fdiv_q(fl, mpq_numref(v), mpq_denref(v));
	mpz_mul_2exp(fl, fl, 1);
	mpz_add_ui(fl, fl, 1);				/* 2 floor(v) + 1 */
	mpq_set_z(dist, fl);
	mpz_mul_2exp(mpq_denref(dist), mpq_denref(dist), 1);
	mpq_canonicalize(dist);				/* floor(v) + 1/2 */
	mpq_sub(dist, v, dist);
	mpq_abs(dist, dist);
	mpq_set_ui(tol, 1, 1);
	mpq_add(tol, tol, v);
	mpq_div_2exp(tol, tol, CALC_GUARD);
	near = mpq_cmp(dist, tol) <= 0;
	if (!near)
		dec_round_q(out, q, places, ROUND_HALF_UP);
	mpq_clears(q, v, dist, tol, NULL);
	mpz_clears(fl, scale, NULL);
	return near ? -1 : 0;
}

/* out = (1+i)^n - 1 in MPFR, without cancellation for small i. */
static void
growth_m1(mpfr_t out, const mpfr_t i, long n)
{
	mpfr_log1p(out, i, MPFR_RNDN);
	mpfr_mul_si(out, out, n, MPFR_RNDN);
	mpfr_expm1(out, out, MPFR_RNDN);
}

void
calc_balance_exact(mpq_t out, const mpq_t deposit, const mpq_t rate,
    long n, const mpq_t initial)
{
	mpq_t i, x, t;

	mpq_inits(i, x, t, NULL);
	monthly_rate(i, rate);
	if (mpq_sgn(i) == 0) {
		mpq_set_si(t, n, 1);
		mpq_mul(t, t, deposit);
		mpq_add(out, initial, t);
	} else {
		mpq_set_ui(x, 1, 1);
		mpq_add(x, x, i);
		q_pow(x, x, (unsigned long)n);		/* (1+i)^n */
		mpq_mul(t, initial, x);
		mpq_set_ui(out, 1, 1);
		mpq_sub(x, x, out);
		mpq_div(x, x, i);
		mpq_mul(x, x, deposit);
		mpq_add(out, t, x);
	}
	mpq_clears(i, x, t, NULL);
}

/* The balance after n months in MPFR (i > 0). */
static void
balance_mpfr(mpfr_t out, const mpq_t deposit, const mpq_t i, long n,
    const mpq_t initial)
{
	mpfr_t fi, g, t;

	mpfr_inits2(CALC_PREC, fi, g, t, (mpfr_ptr)0);
	mpfr_set_q(fi, i, MPFR_RNDN);
	growth_m1(g, fi, n);
	mpfr_set_q(t, deposit, MPFR_RNDN);
	mpfr_mul(t, t, g, MPFR_RNDN);
	mpfr_div(t, t, fi, MPFR_RNDN);		/* D ((1+i)^n - 1) / i */
	mpfr_add_ui(g, g, 1, MPFR_RNDN);
	mpfr_mul_q(g, g, initial, MPFR_RNDN);	/* S (1+i)^n */
	mpfr_add(out, g, t, MPFR_RNDN);
	mpfr_clears(fi, g, t, (mpfr_ptr)0);
}

/* out = the balance after n months rounded half-up to places. */
static void
balance_rounded(mpq_t out, const mpq_t deposit, const mpq_t rate, long n,
    const mpq_t initial, int places)
{
	mpq_t i;
	mpfr_t b;
	int near = -1;

	mpq_init(i);
	monthly_rate(i, rate);
	if (mpq_sgn(i) != 0) {
		mpfr_init2(b, CALC_PREC);
		balance_mpfr(b, deposit, i, n, initial);
		near = round_approx(out, b, places);
		mpfr_clear(b);
	}
	if (near != 0) {
		calc_balance_exact(i, deposit, rate, n, initial);
		dec_round_q(out, i, places, ROUND_HALF_UP);
	}
	mpq_clear(i);
}

void
calc_savings(struct calc_savings *out, const mpq_t deposit,
    const mpq_t rate, long months, const mpq_t initial, int places)
{
	mpq_inits(out->balance, out->deposited, out->interest, NULL);
	balance_rounded(out->balance, deposit, rate, months, initial, places);
	mpq_set_si(out->deposited, months, 1);
	mpq_mul(out->deposited, out->deposited, deposit);
	mpq_add(out->deposited, out->deposited, initial);
	mpq_sub(out->interest, out->balance, out->deposited);
}

void
calc_savings_clear(struct calc_savings *out)
{
	mpq_clears(out->balance, out->deposited, out->interest, NULL);
}

/* Nonzero when the exact balance after n months reaches target. */
static int
goal_reached(const mpq_t deposit, const mpq_t rate, long n,
    const mpq_t initial, const mpq_t target)
{
	mpq_t b;
	int r;

	mpq_init(b);
	calc_balance_exact(b, deposit, rate, n, initial);
	r = mpq_cmp(b, target) >= 0;
	mpq_clear(b);
	return r;
}

/*
 * A first guess at the goal's months: log((T i + D) / (S i + D)) /
 * log(1 + i) rounded up, or exactly ceil((T - S) / D) when i = 0; at most
 * CALC_MAX_MONTHS + 1, at least 1.  Only a guess: goal_months checks it.
 */
static long
goal_guess(const mpq_t deposit, const mpq_t i, const mpq_t initial,
    const mpq_t target)
{
	mpfr_t a, b, fi;
	mpq_t q;
	long n;

	mpq_init(q);
	if (mpq_sgn(i) == 0) {
		mpq_sub(q, target, initial);
		mpq_div(q, q, deposit);
		mpz_cdiv_q(mpq_numref(q), mpq_numref(q), mpq_denref(q));
		n = mpz_cmp_ui(mpq_numref(q), CALC_MAX_MONTHS) > 0 ?
		    CALC_MAX_MONTHS + 1 : (long)mpz_get_ui(mpq_numref(q));
		mpq_clear(q);
		return n < 1 ? 1 : n;
	}
	mpfr_inits2(CALC_PREC, a, b, fi, (mpfr_ptr)0);
	mpfr_set_q(fi, i, MPFR_RNDN);
	mpq_mul(q, target, i);
	mpq_add(q, q, deposit);
	mpfr_set_q(a, q, MPFR_RNDN);
	mpq_mul(q, initial, i);
	mpq_add(q, q, deposit);
	mpfr_div_q(a, a, q, MPFR_RNDN);
	mpfr_log(a, a, MPFR_RNDN);
	mpfr_log1p(b, fi, MPFR_RNDN);
	mpfr_div(a, a, b, MPFR_RNDN);
	n = mpfr_cmp_ui(a, CALC_MAX_MONTHS) > 0 ? CALC_MAX_MONTHS + 1 :
	    mpfr_get_si(a, MPFR_RNDU);
	mpfr_clears(a, b, fi, (mpfr_ptr)0);
	mpq_clear(q);
	return n < 1 ? 1 : n;
}

int
calc_goal(struct calc_goal *out, const mpq_t deposit, const mpq_t rate,
    const mpq_t initial, const mpq_t target, int places, struct diags *d)
{
	mpq_t i;
	long n = 0;

	mpq_init(i);
	monthly_rate(i, rate);
	if (mpq_cmp(initial, target) < 0) {
		if (mpq_sgn(deposit) == 0 && (mpq_sgn(i) == 0 ||
		    mpq_sgn(initial) == 0))
			n = CALC_MAX_MONTHS + 1;
		else
			n = goal_guess(deposit, i, initial, target);
		while (n > 1 && n <= CALC_MAX_MONTHS + 1 &&
		    goal_reached(deposit, rate, n - 1, initial, target))
			n--;
		while (n <= CALC_MAX_MONTHS &&
		    !goal_reached(deposit, rate, n, initial, target))
			n++;
	}
	mpq_clear(i);
	if (n > CALC_MAX_MONTHS) {
		diags_add(d, NULL, "--target", _("the target is not reached "
		    "within %d months (%d years); save more each month, add a "
		    "starting amount or lower the target"), CALC_MAX_MONTHS,
		    CALC_MAX_MONTHS / 12);
		return -1;
	}
	out->months = n;
	mpq_init(out->balance);
	balance_rounded(out->balance, deposit, rate, n, initial, places);
	return 0;
}

void
calc_goal_clear(struct calc_goal *out)
{
	mpq_clear(out->balance);
}

/* The exact annuity payment P i (1+i)^n / ((1+i)^n - 1), i > 0. */
static void
payment_exact(mpq_t out, const mpq_t principal, const mpq_t i, long n)
{
	mpq_t x, one;

	mpq_inits(x, one, NULL);
	mpq_set_ui(one, 1, 1);
	mpq_add(x, one, i);
	q_pow(x, x, (unsigned long)n);
	mpq_mul(out, principal, i);
	mpq_mul(out, out, x);
	mpq_sub(x, x, one);
	mpq_div(out, out, x);
	mpq_clears(x, one, NULL);
}

/* out = the regular loan payment, rounded half-up to places. */
static void
loan_payment(mpq_t out, const mpq_t principal, const mpq_t i, long n,
    int places)
{
	mpfr_t fi, g;
	mpq_t q;
	int near = -1;

	mpq_init(q);
	if (mpq_sgn(i) != 0) {
		mpfr_inits2(CALC_PREC, fi, g, (mpfr_ptr)0);
		mpfr_set_q(fi, i, MPFR_RNDN);
		growth_m1(g, fi, -n);			/* (1+i)^-n - 1 */
		mpfr_neg(g, g, MPFR_RNDN);
		mpfr_div(g, fi, g, MPFR_RNDN);
		mpfr_mul_q(g, g, principal, MPFR_RNDN);
		near = round_approx(out, g, places);
		mpfr_clears(fi, g, (mpfr_ptr)0);
	}
	if (near != 0) {
		if (mpq_sgn(i) == 0) {
			mpq_set_si(q, n, 1);
			mpq_div(q, principal, q);
		} else
			payment_exact(q, principal, i, n);
		dec_round_q(out, q, places, ROUND_HALF_UP);
	}
	mpq_clear(q);
}

/* Fills one schedule month; bal is the balance before it, updated. */
static void
loan_month(struct calc_loan_row *r, mpq_t bal, const mpq_t i,
    const mpq_t payment, int last, int places)
{
	mpq_t due;

	mpq_inits(r->payment, r->interest, r->principal, r->balance, due,
	    NULL);
	mpq_mul(r->interest, bal, i);
	dec_round_q(r->interest, r->interest, places, ROUND_HALF_UP);
	mpq_add(due, bal, r->interest);
	/* The last month clears the balance; no month pays more than due. */
	if (last || mpq_cmp(payment, due) > 0)
		mpq_set(r->payment, due);
	else
		mpq_set(r->payment, payment);
	mpq_sub(r->principal, r->payment, r->interest);
	mpq_sub(bal, bal, r->principal);
	mpq_set(r->balance, bal);
	mpq_clear(due);
}

void
calc_loan(struct calc_loan *out, const mpq_t principal, const mpq_t rate,
    long months, int places)
{
	mpq_t i, bal;
	long m;

	mpq_inits(i, bal, out->payment, out->total_paid, out->total_interest,
	    NULL);
	monthly_rate(i, rate);
	loan_payment(out->payment, principal, i, months, places);
	out->rows = xcalloc((size_t)months, sizeof *out->rows);
	out->nrows = months;
	mpq_set(bal, principal);
	for (m = 0; m < months; m++) {
		out->rows[m].month = m + 1;
		loan_month(&out->rows[m], bal, i, out->payment,
		    m == months - 1, places);
		mpq_add(out->total_paid, out->total_paid,
		    out->rows[m].payment);
		mpq_add(out->total_interest, out->total_interest,
		    out->rows[m].interest);
	}
	mpq_clears(i, bal, NULL);
}

void
calc_loan_clear(struct calc_loan *out)
{
	long m;

	for (m = 0; m < out->nrows; m++)
		mpq_clears(out->rows[m].payment, out->rows[m].interest,
		    out->rows[m].principal, out->rows[m].balance, NULL);
	free(out->rows);
	mpq_clears(out->payment, out->total_paid, out->total_interest, NULL);
}

/*
 * The sign of g(i) = A (1 - (1+i)^-n) / i - P at a rational i > 0,
 * exactly: the sign of A ((1+i)^n - 1) - P i (1+i)^n.  g decreases in i
 * and is 0 at the flat loan's true monthly rate.
 */
static int
flat_sign(const mpq_t a, const mpq_t p, const mpq_t i, long n)
{
	mpq_t x, l, r;
	int s;

	mpq_inits(x, l, r, NULL);
	mpq_set_ui(x, 1, 1);
	mpq_add(x, x, i);
	q_pow(x, x, (unsigned long)n);
	mpq_mul(r, p, i);
	mpq_mul(r, r, x);
	mpq_set_ui(l, 1, 1);
	mpq_sub(l, x, l);
	mpq_mul(l, l, a);
	s = mpq_cmp(l, r);
	mpq_clears(x, l, r, NULL);
	return s > 0 ? 1 : s < 0 ? -1 : 0;
}

/* g(i) in MPFR at the precision of out. */
static void
flat_g(mpfr_t out, const mpq_t a, const mpq_t p, const mpfr_t i, long n)
{
	growth_m1(out, i, -n);
	mpfr_neg(out, out, MPFR_RNDN);
	mpfr_div(out, out, i, MPFR_RNDN);
	mpfr_mul_q(out, out, a, MPFR_RNDN);
	mpfr_sub_q(out, out, p, MPFR_RNDN);
}

/* The root of g by bisection on (0, A/P], to the precision of root. */
static void
flat_root(mpfr_t root, const mpq_t a, const mpq_t p, long n)
{
	mpfr_prec_t prec = mpfr_get_prec(root);
	mpfr_t lo, hi, g;
	mpq_t q;

	mpfr_inits2(prec, lo, hi, g, (mpfr_ptr)0);
	mpq_init(q);
	mpq_div(q, a, p);		/* g(A/P) = -P (1+i)^-n < 0 */
	mpfr_set_ui(lo, 0, MPFR_RNDN);	/* g(0+) = A n - P > 0 */
	mpfr_set_q(hi, q, MPFR_RNDU);
	for (;;) {
		mpfr_add(root, lo, hi, MPFR_RNDN);
		mpfr_div_2ui(root, root, 1, MPFR_RNDN);
		if (mpfr_equal_p(root, lo) || mpfr_equal_p(root, hi))
			break;
		flat_g(g, a, p, root, n);
		if (mpfr_sgn(g) > 0)
			mpfr_set(lo, root, MPFR_RNDN);
		else
			mpfr_set(hi, root, MPFR_RNDN);
	}
	mpfr_clears(lo, hi, g, (mpfr_ptr)0);
	mpq_clear(q);
}

/* c +/- 1/200, as a monthly rate: (c + sign/200) / 1200. */
static void
apr_bound(mpq_t out, const mpq_t c, int sign)
{
	mpq_set_si(out, sign, 200);
	mpq_add(out, c, out);
	mpz_mul_ui(mpq_denref(out), mpq_denref(out), 1200);
	mpq_canonicalize(out);
}

/*
 * The APR (1200 i, %) rounded half-up to 2 decimals: the guess from the
 * MPFR root, then checked exactly: c is right when the boundaries
 * c - 0.005 <= APR < c + 0.005 hold for the true root, which is decided
 * by the sign of g at those (rational) rates.
 */
static void
flat_apr(mpq_t out, const mpfr_t root, const mpq_t a, const mpq_t p, long n)
{
	mpq_t b, step;
	int k;

	mpq_inits(b, step, NULL);
	mpfr_get_q(b, root);
	mpq_set_ui(step, 1200, 1);
	mpq_mul(b, b, step);
	dec_round_q(out, b, 2, ROUND_HALF_UP);
	mpq_set_ui(step, 1, 100);
	for (k = 0; k < 16; k++) {
		apr_bound(b, out, -1);
		if (mpq_sgn(b) > 0 && flat_sign(a, p, b, n) < 0) {
			mpq_sub(out, out, step);	/* root < c - 0.005 */
			continue;
		}
		apr_bound(b, out, 1);
		if (flat_sign(a, p, b, n) >= 0) {
			mpq_add(out, out, step);	/* root >= c + 0.005 */
			continue;
		}
		break;
	}
	mpq_clears(b, step, NULL);
}

/* ((1+i)^12 - 1) x 100 at the precision of root, into e. */
static void
flat_effective(mpfr_t e, const mpfr_t root)
{
	growth_m1(e, root, 12);
	mpfr_mul_ui(e, e, 100, MPFR_RNDN);
}

void
calc_flat(struct calc_flat *out, const mpq_t principal, const mpq_t flat,
    long months, int places)
{
	mpq_t a, t;
	mpfr_t root, e;

	mpq_inits(out->installment, out->total_interest, out->apr_pct,
	    out->effective_pct, a, t, NULL);
	mpq_set_si(t, months, 100);
	mpq_mul(t, t, flat);
	mpq_mul(t, t, principal);			/* P f N / 100 */
	dec_round_q(out->total_interest, t, places, ROUND_HALF_UP);
	mpq_add(a, principal, t);
	mpq_set_si(t, months, 1);
	mpq_div(a, a, t);				/* exact installment */
	dec_round_q(out->installment, a, places, ROUND_HALF_UP);
	if (mpq_sgn(flat) != 0 && mpq_sgn(principal) != 0) {
		mpfr_inits2(CALC_PREC, root, e, (mpfr_ptr)0);
		flat_root(root, a, principal, months);
		flat_apr(out->apr_pct, root, a, principal, months);
		flat_effective(e, root);
		if (round_approx(out->effective_pct, e, 2) != 0) {
			/* irrational and near a tie: far more bits */
			mpfr_set_prec(root, CALC_PREC_HIGH);
			mpfr_set_prec(e, CALC_PREC_HIGH);
			flat_root(root, a, principal, months);
			flat_effective(e, root);
			mpfr_get_q(t, e);
			dec_round_q(out->effective_pct, t, 2, ROUND_HALF_UP);
		}
		mpfr_clears(root, e, (mpfr_ptr)0);
	}
	mpq_clears(a, t, NULL);
}

void
calc_flat_clear(struct calc_flat *out)
{
	mpq_clears(out->installment, out->total_interest, out->apr_pct,
	    out->effective_pct, NULL);
}

/*
 * The growth factor (1 + r/100)^years exactly, when it is rational: years
 * = p/q and 1 + r/100 a perfect q-th power.  Returns 0, or -1 when the
 * factor is irrational.
 */
static int
inflation_factor_exact(mpq_t out, const mpq_t b, const mpq_t years)
{
	unsigned long q = mpz_get_ui(mpq_denref(years));
	unsigned long p = mpz_get_ui(mpq_numref(years));
	int ok;

	ok = mpz_root(mpq_numref(out), mpq_numref(b), q) &&
	    mpz_root(mpq_denref(out), mpq_denref(b), q);
	if (ok)
		q_pow(out, out, p);
	return ok ? 0 : -1;
}

/* X / b^years in MPFR at the precision of out. */
static void
inflation_mpfr(mpfr_t out, const mpq_t amount, const mpq_t b,
    const mpq_t years)
{
	mpfr_t y;

	mpfr_init2(y, mpfr_get_prec(out));
	mpfr_set_q(y, years, MPFR_RNDN);
	mpfr_set_q(out, b, MPFR_RNDN);
	mpfr_pow(out, out, y, MPFR_RNDN);
	mpfr_ui_div(out, 1, out, MPFR_RNDN);
	mpfr_mul_q(out, out, amount, MPFR_RNDN);
	mpfr_clear(y);
}

void
calc_inflation(mpq_t out, const mpq_t amount, const mpq_t rate,
    const mpq_t years, int places)
{
	mpq_t b, f;
	mpfr_t r;

	mpq_inits(b, f, NULL);
	mpq_set(b, rate);
	mpz_mul_ui(mpq_denref(b), mpq_denref(b), 100);
	mpq_canonicalize(b);
	mpz_add(mpq_numref(b), mpq_numref(b), mpq_denref(b));	/* 1 + r/100 */
	mpfr_init2(r, CALC_PREC);
	inflation_mpfr(r, amount, b, years);
	if (round_approx(out, r, places) != 0) {
		if (inflation_factor_exact(f, b, years) == 0) {
			mpq_div(b, amount, f);
			dec_round_q(out, b, places, ROUND_HALF_UP);
		} else {
			mpfr_set_prec(r, CALC_PREC_HIGH);
			inflation_mpfr(r, amount, b, years);
			mpfr_get_q(b, r);
			dec_round_q(out, b, places, ROUND_HALF_UP);
		}
	}
	mpfr_clear(r);
	mpq_clears(b, f, NULL);
}
