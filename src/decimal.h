/*
 * decimal.h - exact decimal numbers on GMP rationals.
 *
 * Every amount, rate and percentage in remit is an mpq_t read from a decimal
 * string with the grammar -?[0-9]+(\.[0-9]+)? (at most 30 digits, no
 * exponent, no sign other than a leading minus, no separators).  Arithmetic
 * is done on the rationals, exactly.  A value is rounded only by
 * dec_round(), to a number of decimal places with a named mode; formatting
 * goes through the same integer rounding, never through binary floating
 * point, and does not depend on the locale.
 *
 * Ownership: mpq_t/mpz_t arguments are initialised and cleared by the
 * caller; functions returning char * return a string the caller frees.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_DECIMAL_H
#define REMIT_DECIMAL_H

#include <gmp.h>

#define DEC_MAX_DIGITS 30

enum round_mode {
	ROUND_DOWN,		/* toward zero */
	ROUND_HALF_UP,		/* half away from zero */
	ROUND_HALF_EVEN,	/* half to the even neighbour */
	LAST_ROUND_MODE
};

enum dec_status {
	DEC_OK,
	DEC_EMPTY,		/* nothing typed */
	DEC_PLUS,		/* leading '+' */
	DEC_EXPONENT,		/* 1e3 */
	DEC_COMMA,		/* 12,50 or 1,000 */
	DEC_DOT,		/* .5, 5. or 1.2.3 */
	DEC_SPACE,		/* blanks inside or around */
	DEC_TOO_LONG,		/* more than DEC_MAX_DIGITS digits */
	DEC_SYNTAX,		/* anything else that is not a number */
	DEC_NEGATIVE,		/* a minus where the value cannot be negative */
	DEC_TOO_PRECISE,	/* more decimals than allowed */
	LAST_DEC_STATUS
};

/* Parses s into out (already initialised); out is unchanged on error. */
enum dec_status dec_parse(mpq_t out, const char *s);
/*
 * Parses a non-negative amount with at most `places` decimals (places < 0:
 * any number).  The checks of dec_parse come first.
 */
enum dec_status dec_parse_amount(mpq_t out, const char *s, int places);
/* Number of digits after the dot of a string dec_parse accepts. */
int dec_places(const char *s);
/*
 * One sentence, translated, saying what is wrong with `s` and what to type
 * instead; `places` and `unit` (may be NULL) only shape the example.
 */
char *dec_explain(enum dec_status st, const char *s, int places,
    const char *unit);

/* out = v rounded to `places` decimals with `mode`, as a scaled integer. */
void dec_round(mpz_t out, const mpq_t v, int places, enum round_mode mode);
/* out = v rounded to `places` decimals with `mode`, as a rational. */
void dec_round_q(mpq_t out, const mpq_t v, int places, enum round_mode mode);
/* The scaled integer z / 10^places written as "-123.45". */
char *dec_scaled_str(const mpz_t z, int places);
/* v rounded for display: dec_round then dec_scaled_str. */
char *dec_str(const mpq_t v, int places, enum round_mode mode);
/* v exactly, when it has a finite decimal form of at most 60 decimals,
 * trailing zeros dropped; otherwise rounded half-up to 60 decimals. */
char *dec_str_exact(const mpq_t v);
/* out = the integer 10^places (out initialised). */
void dec_pow10(mpz_t out, int places);
/* The name of a mode: "down", "half-up" or "half-even". */
const char *round_mode_name(enum round_mode mode);

#endif
