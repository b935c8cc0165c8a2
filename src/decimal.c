/*
 * decimal.c - parsing, rounding and formatting of exact decimals.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decimal.h"
#include "i18n.h"
#include "xalloc.h"

static const char *round_names[LAST_ROUND_MODE] = {
	"down", "half-up", "half-even"
};

/* Classifies a string that does not fit the grammar. */
static enum dec_status
dec_classify(const char *s)
{
	if (*s == '\0')
		return DEC_EMPTY;
	if (strpbrk(s, " \t\r\n") != NULL)
		return DEC_SPACE;
	if (*s == '+')
		return DEC_PLUS;
	if (strchr(s, ',') != NULL)
		return DEC_COMMA;
	if (strpbrk(s, "eE") != NULL && strspn(s, "-0123456789.eE+") ==
	    strlen(s))
		return DEC_EXPONENT;
	if (strchr(s, '.') != NULL && strspn(s, "-0123456789.") == strlen(s))
		return DEC_DOT;
	return DEC_SYNTAX;
}

/* Checks the grammar; on success stores the number of digits. */
static enum dec_status
dec_check(const char *s, size_t *digits)
{
	const char *p = s;
	size_t n = 0, frac = 0;

	if (*p == '-')
		p++;
	if (*p < '0' || *p > '9')
		return dec_classify(s);
	while (*p >= '0' && *p <= '9')
		p++, n++;
	if (*p == '.') {
		p++;
		while (p[frac] >= '0' && p[frac] <= '9')
			frac++;
		if (frac == 0)
			return dec_classify(s);
		p += frac;
	}
	if (*p != '\0')
		return dec_classify(s);
	if (n + frac > DEC_MAX_DIGITS)
		return DEC_TOO_LONG;
	*digits = n + frac;
	return DEC_OK;
}

int
dec_places(const char *s)
{
	const char *dot = strchr(s, '.');

	return dot == NULL ? 0 : (int)strlen(dot + 1);
}

enum dec_status
dec_parse(mpq_t out, const char *s)
{
	char buf[DEC_MAX_DIGITS + 2];
	enum dec_status st;
	size_t digits, k = 0;
	const char *p;
	int places;

	if (s == NULL)
		return DEC_EMPTY;
	st = dec_check(s, &digits);
	if (st != DEC_OK)
		return st;
	places = dec_places(s);
	for (p = s; *p != '\0'; p++)
		if (*p != '.')
			buf[k++] = *p;
	buf[k] = '\0';
	mpz_set_str(mpq_numref(out), buf, 10);
	dec_pow10(mpq_denref(out), places);
	mpq_canonicalize(out);
	return DEC_OK;
}

enum dec_status
dec_parse_amount(mpq_t out, const char *s, int places)
{
	enum dec_status st;
	mpq_t v;

	mpq_init(v);
	st = dec_parse(v, s);
	if (st == DEC_OK && mpq_sgn(v) < 0)
		st = DEC_NEGATIVE;
	else if (st == DEC_OK && s[0] == '-')
		st = DEC_NEGATIVE;
	else if (st == DEC_OK && places >= 0 && dec_places(s) > places)
		st = DEC_TOO_PRECISE;
	if (st == DEC_OK)
		mpq_set(out, v);
	mpq_clear(v);
	return st;
}

/* An example amount with `places` decimals: "12.50", "1250", "12.500". */
static const char *
dec_example(int places)
{
	switch (places) {
	case 0:
		return "1250";
	case 3:
		return "12.500";
	default:
		return "12.50";
	}
}

char *
dec_explain(enum dec_status st, const char *s, int places, const char *unit)
{
	const char *ex = dec_example(places < 0 ? 2 : places);

	switch (st) {
	case DEC_OK:
		return xstrdup("");
	case DEC_EMPTY:
		return xasprintf(_("no amount given: type a number such as %s"),
		    ex);
	case DEC_PLUS:
		return xasprintf(_("\"%s\": leave out the plus sign, e.g. %s"),
		    s, ex);
	case DEC_EXPONENT:
		return xasprintf(_("\"%s\": write the number in full, without "
		    "an exponent, e.g. 1000 for 1e3"), s);
	case DEC_COMMA:
		return xasprintf(_("\"%s\": use a dot for decimals and no "
		    "thousands separator, e.g. %s"), s, ex);
	case DEC_DOT:
		return xasprintf(_("\"%s\": write digits on both sides of one "
		    "dot, e.g. 0.50 or %s"), s, ex);
	case DEC_SPACE:
		return xasprintf(_("\"%s\": remove the spaces, e.g. %s"), s,
		    ex);
	case DEC_TOO_LONG:
		return xasprintf(_("\"%s\": at most %d digits are allowed"), s,
		    DEC_MAX_DIGITS);
	case DEC_NEGATIVE:
		return xasprintf(_("\"%s\": the value cannot be negative; type "
		    "it without the minus sign"), s);
	case DEC_TOO_PRECISE: {
		/* Suggest the typed amount cut to the allowed decimals. */
		const char *dot = strchr(s, '.');
		int keep = dot ? (int)(dot - s) + (places > 0 ? places + 1 : 0)
		    : (int)strlen(s);
		char *msg, small[DEC_MAX_DIGITS + 3];
		const char *s_example;

		/* Cut to nothing (0.001 -> 0.00): suggest the smallest
		 * amount instead, which is accepted (0.01). */
		if (strspn(s, "0.") >= (size_t)keep && places < DEC_MAX_DIGITS) {
			snprintf(small, sizeof small, "%s%.*s1", places > 0 ?
			    "0." : "", places > 0 ? places - 1 : 0,
			    "0000000000000000000000000000000000000000");
			s_example = small;
		} else {
			snprintf(small, sizeof small, "%.*s", keep, s);
			s_example = small;
		}
		if (places == 0)
			msg = xasprintf(_("\"%s\": %s has no decimals; type a "
			    "whole number such as %.*s"), s, unit ? unit : "",
			    (int)strlen(s_example), s_example);
		else
			msg = xasprintf(ngettext(
			    "\"%s\": %s has %d decimal; type at most %d digit "
			    "after the dot, e.g. %.*s",
			    "\"%s\": %s has %d decimals; type at most %d digits "
			    "after the dot, e.g. %.*s", places), s,
			    unit ? unit : "", places, places,
			    (int)strlen(s_example), s_example);
		return msg;
	}
	default:
		return xasprintf(_("\"%s\" is not a number: type digits with "
		    "an optional dot, e.g. %s"), s, ex);
	}
}

void
dec_pow10(mpz_t out, int places)
{
	mpz_ui_pow_ui(out, 10, places < 0 ? 0 : (unsigned long)places);
}

void
dec_round(mpz_t out, const mpq_t v, int places, enum round_mode mode)
{
	mpz_t num, rem, twice;
	int sign = mpq_sgn(v), cmp;

	mpz_inits(num, rem, twice, NULL);
	dec_pow10(num, places);
	mpz_mul(num, num, mpq_numref(v));
	mpz_abs(num, num);
	mpz_tdiv_qr(out, rem, num, mpq_denref(v));
	if (mode != ROUND_DOWN && mpz_sgn(rem) != 0) {
		mpz_mul_2exp(twice, rem, 1);
		cmp = mpz_cmp(twice, mpq_denref(v));
		if (cmp > 0 || (cmp == 0 && (mode == ROUND_HALF_UP ||
		    mpz_odd_p(out))))
			mpz_add_ui(out, out, 1);
	}
	if (sign < 0)
		mpz_neg(out, out);
	mpz_clears(num, rem, twice, NULL);
}

void
dec_round_q(mpq_t out, const mpq_t v, int places, enum round_mode mode)
{
	mpz_t z;

	mpz_init(z);
	dec_round(z, v, places, mode);
	mpz_set(mpq_numref(out), z);
	dec_pow10(mpq_denref(out), places);
	mpq_canonicalize(out);
	mpz_clear(z);
}

char *
dec_scaled_str(const mpz_t z, int places)
{
	char *digits, *out, *p;
	size_t len, ilen;
	int neg = mpz_sgn(z) < 0;
	mpz_t a;

	mpz_init(a);
	mpz_abs(a, z);
	digits = mpz_get_str(NULL, 10, a);
	mpz_clear(a);
	len = strlen(digits);
	if (places <= 0) {
		out = xasprintf("%s%s", neg ? "-" : "", digits);
		free(digits);
		return out;
	}
	ilen = len > (size_t)places ? len - places : 0;
	out = p = xmalloc(ilen + places + 4);
	if (neg)
		*p++ = '-';
	if (ilen == 0)
		*p++ = '0';
	else {
		memcpy(p, digits, ilen);
		p += ilen;
	}
	*p++ = '.';
	if (len < (size_t)places) {
		memset(p, '0', places - len);
		p += places - len;
		memcpy(p, digits, len);
		p += len;
	} else {
		memcpy(p, digits + ilen, places);
		p += places;
	}
	*p = '\0';
	free(digits);
	return out;
}

char *
dec_str(const mpq_t v, int places, enum round_mode mode)
{
	char *s;
	mpz_t z;

	mpz_init(z);
	dec_round(z, v, places, mode);
	s = dec_scaled_str(z, places);
	mpz_clear(z);
	return s;
}

/* Places needed to write v exactly, or -1 beyond `limit`. */
static int
dec_exact_places(const mpq_t v, int limit)
{
	mpz_t d;
	int twos, fives = 0;

	mpz_init_set(d, mpq_denref(v));
	twos = (int)mpz_scan1(d, 0);
	mpz_tdiv_q_2exp(d, d, twos);
	while (mpz_divisible_ui_p(d, 5) && fives <= limit) {
		mpz_divexact_ui(d, d, 5);
		fives++;
	}
	if (mpz_cmp_ui(d, 1) != 0 || twos > limit || fives > limit) {
		mpz_clear(d);
		return -1;
	}
	mpz_clear(d);
	return twos > fives ? twos : fives;
}

char *
dec_str_exact(const mpq_t v)
{
	int places = dec_exact_places(v, 60);

	return dec_str(v, places < 0 ? 60 : places, ROUND_HALF_UP);
}

const char *
round_mode_name(enum round_mode mode)
{
	return mode < LAST_ROUND_MODE ? round_names[mode] : "?";
}
