/*
 * calc.h - the money calculators: savings, goal, loan, flat and inflation,
 * as /work/shared/spec/calculators.md defines them (the spreadsheet
 * functions FV, NPER, PMT and RATE).
 *
 * Inputs are exact rationals (read with the calc_parse_* helpers, which
 * also check the ranges below).  Powers, logarithms and root finding use
 * GNU MPFR; every result is rounded ONCE, half-up, to `places` decimals
 * (the currency's minor units).  MPFR never decides how a tie rounds: when
 * an MPFR value lies too near a rounding boundary the result is decided
 * with exact rational arithmetic.  No I/O.
 *
 * Ownership: every mpq_t in a result struct is initialised by the calc_*
 * function that fills it and freed by the matching *_clear; the caller
 * only owns the struct.  Input mpq_t are the caller's.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_CALC_H
#define REMIT_CALC_H

#include <gmp.h>

#include "diag.h"

#define CALC_MAX_MONTHS	1200	/* 100 years */
#define CALC_MAX_RATE	1000	/* % a year (annual rates, inflation) */
#define CALC_MAX_FLAT	100	/* % a month (flat rates) */
#define CALC_MAX_YEARS	100	/* inflation horizon */
#define CALC_YEARS_PLACES 4	/* decimals allowed in a number of years */

struct calc_savings {
	mpq_t	balance;	/* rounded */
	mpq_t	deposited;	/* S + D N, exact */
	mpq_t	interest;	/* rounded balance - deposited */
};

struct calc_goal {
	long	months;		/* smallest N with exact balance(N) >= target */
	mpq_t	balance;	/* balance(N), rounded */
};

struct calc_loan_row {
	long	month;		/* 1 .. months */
	mpq_t	payment, interest, principal;
	mpq_t	balance;	/* after this month's payment */
};

struct calc_loan {
	mpq_t			 payment;	/* the regular payment, rounded */
	mpq_t			 total_paid, total_interest;
	struct calc_loan_row	*rows;
	long			 nrows;
};

struct calc_flat {
	mpq_t	installment;	/* rounded to places */
	mpq_t	total_interest;	/* rounded to places */
	mpq_t	apr_pct;	/* 12 i x 100, rounded to 2 decimals */
	mpq_t	effective_pct;	/* ((1+i)^12 - 1) x 100, 2 decimals */
};

/*
 * Reads a non-negative amount with at most `places` decimals; `currency`
 * (may be NULL) names the unit in the message.  On error adds a diagnostic
 * at `where` (the option name) and returns -1.
 */
int calc_parse_amount(mpq_t out, const char *s, int places,
    const char *currency, const char *where, struct diags *d);
/* Reads a percentage from 0 to `max` inclusive; -1 and a diagnostic. */
int calc_parse_rate(mpq_t out, const char *s, int max, const char *where,
    struct diags *d);
/* Reads a whole number of months, 1 to CALC_MAX_MONTHS. */
int calc_parse_months(long *out, const char *s, const char *where,
    struct diags *d);
/* Reads a number of years, more than 0 and at most CALC_MAX_YEARS, with
 * at most CALC_YEARS_PLACES decimals. */
int calc_parse_years(mpq_t out, const char *s, const char *where,
    struct diags *d);

/*
 * Savings: `deposit` at the end of each of `months` months at `rate` % a
 * year (monthly rate / 1200), starting from `initial`.
 */
void calc_savings(struct calc_savings *out, const mpq_t deposit,
    const mpq_t rate, long months, const mpq_t initial, int places);
/* Frees what calc_savings() initialised. */
void calc_savings_clear(struct calc_savings *out);

/*
 * Goal: the smallest number of months whose exact balance reaches
 * `target`; 0 when `initial` already does.  Returns -1 with a diagnostic
 * at "--target" when it takes more than CALC_MAX_MONTHS months (out is
 * then not initialised).
 */
int calc_goal(struct calc_goal *out, const mpq_t deposit, const mpq_t rate,
    const mpq_t initial, const mpq_t target, int places, struct diags *d);
/* Frees what calc_goal() initialised. */
void calc_goal_clear(struct calc_goal *out);

/* Loan: the rounded payment and the full month-by-month schedule. */
void calc_loan(struct calc_loan *out, const mpq_t principal,
    const mpq_t rate, long months, int places);
/* Frees what calc_loan() initialised. */
void calc_loan_clear(struct calc_loan *out);

/* Flat rate: `flat` % a month on the original principal for `months`. */
void calc_flat(struct calc_flat *out, const mpq_t principal,
    const mpq_t flat, long months, int places);
/* Frees what calc_flat() initialised. */
void calc_flat_clear(struct calc_flat *out);

/* Inflation: out = amount / (1 + rate/100)^years, rounded (out is
 * initialised by the caller). */
void calc_inflation(mpq_t out, const mpq_t amount, const mpq_t rate,
    const mpq_t years, int places);

/* The exact balance after n months (testing and goal checks). */
void calc_balance_exact(mpq_t out, const mpq_t deposit, const mpq_t rate,
    long n, const mpq_t initial);

#endif
