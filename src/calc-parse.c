/*
 * calc-parse.c - reading and range-checking the calculators' inputs.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "calc.h"
#include "decimal.h"
#include "i18n.h"

/* Adds the explanation of a rejected decimal. */
static int
parse_fail(enum dec_status st, const char *s, int places, const char *unit,
    const char *where, struct diags *d)
{
	char *why = dec_explain(st, s, places, unit);

	diags_add(d, NULL, where, "%s", why);
	free(why);
	return -1;
}

int
calc_parse_amount(mpq_t out, const char *s, int places, const char *currency,
    const char *where, struct diags *d)
{
	enum dec_status st = dec_parse_amount(out, s, places);

	if (st == DEC_OK)
		return 0;
	if (st == DEC_TOO_PRECISE && currency == NULL) {
		diags_add(d, NULL, where, _("\"%s\": type at most %d decimals "
		    "(or name a currency with --currency), e.g. 12.50"), s,
		    places);
		return -1;
	}
	return parse_fail(st, s, places, currency, where, d);
}

int
calc_parse_rate(mpq_t out, const char *s, int max, const char *where,
    struct diags *d)
{
	enum dec_status st = dec_parse_amount(out, s, -1);

	if (st != DEC_OK)
		return parse_fail(st, s, 2, "%", where, d);
	if (mpq_cmp_ui(out, (unsigned long)max, 1) > 0) {
		diags_add(d, NULL, where, _("\"%s\": a rate of at most %d %% is "
		    "allowed; type the percentage, e.g. 5 for 5 %%"), s, max);
		return -1;
	}
	return 0;
}

int
calc_parse_months(long *out, const char *s, const char *where,
    struct diags *d)
{
	size_t len = strlen(s);
	long n = 0;
	size_t k;

	for (k = 0; k < len && k < 6 && s[k] >= '0' && s[k] <= '9'; k++)
		n = n * 10 + (s[k] - '0');
	if (len == 0 || k != len || n < 1 || n > CALC_MAX_MONTHS) {
		diags_add(d, NULL, where, _("\"%s\": type a whole number of "
		    "months from 1 to %d, e.g. 12"), s, CALC_MAX_MONTHS);
		return -1;
	}
	*out = n;
	return 0;
}

int
calc_parse_years(mpq_t out, const char *s, const char *where,
    struct diags *d)
{
	enum dec_status st = dec_parse_amount(out, s, CALC_YEARS_PLACES);

	if (st == DEC_TOO_PRECISE || (st == DEC_OK && (mpq_sgn(out) == 0 ||
	    mpq_cmp_ui(out, CALC_MAX_YEARS, 1) > 0))) {
		diags_add(d, NULL, where, _("\"%s\": type a number of years "
		    "more than 0 and at most %d, with at most %d decimals, "
		    "e.g. 10 or 2.5"), s, CALC_MAX_YEARS, CALC_YEARS_PLACES);
		return -1;
	}
	if (st != DEC_OK)
		return parse_fail(st, s, 1, NULL, where, d);
	return 0;
}
