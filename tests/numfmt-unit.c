/*
 * numfmt-unit.c - numbers written and read in each language's style, the
 * amount rule, and the answer sentence, with exact strings.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "answer.h"
#include "compare.h"
#include "numfmt.h"
#include "ratebook.h"
#include "tap.h"

#define NBSP "\xc2\xa0"

static const struct numstyle en = { ".", "," };
static const struct numstyle fr = { ",", NBSP };
static const struct numstyle es = { ",", "." };
static const struct numstyle pt = { ",", "." };
static const struct numstyle hi = { ".", ",", "3;2" };

static void
is_free(char *got, const char *want, const char *name)
{
	tap_is(got, want, name);
	free(got);
}

static void
test_format(void)
{
	is_free(numfmt(&en, "387600.00"), "387,600.00", "en 387,600.00");
	is_free(numfmt(&fr, "387600.00"), "387" NBSP "600,00",
	    "fr 387 600,00 with a no-break space");
	is_free(numfmt(&es, "387600.00"), "387.600,00", "es 387.600,00");
	is_free(numfmt(&pt, "387600.00"), "387.600,00", "pt 387.600,00");
	is_free(numfmt(&en, "1234567"), "1,234,567", "en integer groups");
	is_free(numfmt(&fr, "-1234.5"), "-1" NBSP "234,5", "fr negative");
	is_free(numfmt(&en, "999.99"), "999.99", "three digits: no group");
	is_free(numfmt(&es, "0.0125"), "0,0125", "decimals never grouped");
	is_free(numfmt(&numstyle_plain, "387600.00"), "387600.00",
	    "the plain style of CSV and JSON");
	is_free(numfmt(&fr, "n/a"), "n/a", "not a number: unchanged");
	is_free(numfmt(&hi, "387600.00"), "3,87,600.00", "hi 3,87,600.00");
	is_free(numfmt(&hi, "12345678.5"), "1,23,45,678.5",
	    "hi 1,23,45,678.5: three, then twos");
	is_free(numfmt(&hi, "999"), "999", "hi 999: no group");
	is_free(numfmt(&hi, "1000"), "1,000", "hi 1,000");
	is_free(numfmt(&hi, "100000"), "1,00,000", "hi 1,00,000 (one lakh)");
	is_free(numfmt(&hi, "-387600.5"), "-3,87,600.5", "hi negative");
	is_free(numfmt(&hi, "-12345678"), "-1,23,45,678",
	    "hi negative integer");
}

/* read: the status and the plain reading (and the other one). */
static void
reads(const struct numstyle *st, const char *s, enum numread_status want,
    const char *plain, const char *other, const char *name)
{
	char *p, *o;
	enum numread_status rv = numfmt_read(st, s, &p, &o);

	tap_ok(rv == want, name);
	if (want == NUMREAD_OK || want == NUMREAD_AMBIGUOUS)
		tap_is(p, plain, name);
	if (want == NUMREAD_AMBIGUOUS)
		tap_is(o, other, name);
	free(p);
	free(o);
}

static void
test_read(void)
{
	reads(&en, "1,234.50", NUMREAD_OK, "1234.50", NULL, "en 1,234.50");
	reads(&en, "1,234,567", NUMREAD_OK, "1234567", NULL, "en groups");
	reads(&en, "12,50", NUMREAD_GROUPING, NULL, NULL,
	    "en 12,50: a comma groups by three only");
	reads(&en, "1,23,456", NUMREAD_GROUPING, NULL, NULL, "en 1,23,456");
	reads(&fr, "12,50", NUMREAD_OK, "12.50", NULL, "fr 12,50 = 12.50");
	reads(&es, "12,50", NUMREAD_OK, "12.50", NULL, "es 12,50 = 12.50");
	reads(&pt, "12,50", NUMREAD_OK, "12.50", NULL, "pt 12,50 = 12.50");
	reads(&fr, "1" NBSP "234,50", NUMREAD_OK, "1234.50", NULL,
	    "fr 1 234,50 (no-break space)");
	reads(&fr, "1 234,50", NUMREAD_OK, "1234.50", NULL,
	    "fr 1 234,50 (space)");
	reads(&fr, "1\xe2\x80\xaf" "234", NUMREAD_OK, "1234", NULL,
	    "fr 1 234 (narrow no-break space)");
	reads(&fr, "12 34", NUMREAD_GROUPING, NULL, NULL, "fr 12 34");
	reads(&fr, "12.50", NUMREAD_OK, "12.50", NULL,
	    "fr 12.50: a dot is a decimal point");
	reads(&es, "12.5", NUMREAD_OK, "12.5", NULL,
	    "es 12.5: not a group of three, a decimal point");
	reads(&es, "1.234.567", NUMREAD_OK, "1234567", NULL, "es 1.234.567");
	reads(&es, "1.234,5", NUMREAD_OK, "1234.5", NULL, "es 1.234,5");
	reads(&es, "1.234", NUMREAD_AMBIGUOUS, "1234", "1.234",
	    "es 1.234: 1234 or 1,234");
	reads(&fr, "1.234", NUMREAD_AMBIGUOUS, "1234", "1.234",
	    "fr 1.234: 1234 or 1,234");
	reads(&pt, "20.000", NUMREAD_AMBIGUOUS, "20000", "20.000",
	    "pt 20.000: 20000 or 20,000");
	reads(&es, "1,2,3", NUMREAD_DECIMAL, NULL, NULL, "es two commas");
	reads(&es, "1,234.5", NUMREAD_DECIMAL, NULL, NULL,
	    "es 1,234.5: decimals must end the number");
	reads(&es, "12.34.5", NUMREAD_GROUPING, NULL, NULL, "es 12.34.5");
	reads(&numstyle_plain, "1,5", NUMREAD_OK, "1,5", NULL,
	    "plain: left to dec_parse");
	reads(&hi, "3,87,600", NUMREAD_OK, "387600", NULL, "hi 3,87,600");
	reads(&hi, "1,23,45,678.50", NUMREAD_OK, "12345678.50", NULL,
	    "hi 1,23,45,678.50");
	reads(&hi, "387600.00", NUMREAD_OK, "387600.00", NULL,
	    "hi ungrouped");
	reads(&hi, "-3,87,600", NUMREAD_OK, "-387600", NULL, "hi negative");
	reads(&hi, "387,600", NUMREAD_GROUPING, NULL, NULL,
	    "hi 387,600: three before the last three is wrong");
	reads(&hi, "1,234,567", NUMREAD_GROUPING, NULL, NULL,
	    "hi 1,234,567: groups of three refused");
	reads(&hi, "3,876,00", NUMREAD_GROUPING, NULL, NULL, "hi 3,876,00");
	reads(&hi, "12,50", NUMREAD_GROUPING, NULL, NULL,
	    "hi 12,50: a comma is no decimal mark");
	reads(&hi, "1,2.5", NUMREAD_GROUPING, NULL, NULL, "hi 1,2.5");
	reads(&hi, "1.2.3", NUMREAD_DECIMAL, NULL, NULL, "hi two dots");
	reads(&en, "3,87,600", NUMREAD_GROUPING, NULL, NULL,
	    "en 3,87,600: the Indian way is not English");
}

static void
check(const struct numstyle *st, const char *s, int places,
    const char *unit, const char *want, const char *name)
{
	mpq_t v;
	char *why;

	mpq_init(v);
	why = numfmt_amount_check(st, v, s, places, unit);
	tap_is(why, want, name);
	free(why);
	mpq_clear(v);
}

static void
test_amount(void)
{
	mpq_t v;
	char *why;

	mpq_init(v);
	why = numfmt_amount_check(&fr, v, "1 234,5", 2, "EUR");
	tap_ok(why == NULL && mpq_cmp_si(v, 2469, 2) == 0,
	    "fr 1 234,5 is 2469/2");
	free(why);
	mpq_clear(v);
	check(&en, "12,50", 2, "GBP", "\"12,50\": group digits by three, as "
	    "in 1,234,567, and write decimals after \".\", e.g. 200.50",
	    "en 12,50: how to write it");
	check(&es, "1.234", 2, "EUR", "\"1.234\" can be read as 1234 or as "
	    "1,234: type the one you mean without grouping marks",
	    "es 1.234: both readings");
	check(&fr, "12,505", 2, "EUR", "\"12,505\": EUR has 2 decimals; type "
	    "at most 2 digits after the decimal mark, e.g. 12,50",
	    "fr too precise: the example in French");
	check(&fr, "0,00", 2, "EUR", "\"0,00\": the amount must be more than "
	    "0", "fr zero");
	check(&fr, "12x", 2, "EUR", "\"12x\" is not an amount: type digits, "
	    "e.g. 200,50", "fr not a number");
	check(&numstyle_plain, "200,50", 2, "GBP", "\"200,50\": use a dot "
	    "for decimals and no thousands separator, e.g. 12.50",
	    "plain (the command line): the dot only, as before");
	check(&en, "20000.5", 0, "JPY", "\"20000.5\": JPY has no decimals; "
	    "type a whole number such as 20,000", "en JPY: no decimals");
	is_free(numfmt_amount_hint(&en, 2), "Type the amount, e.g. 200 or "
	    "200.50.", "hint, 2 decimals");
	is_free(numfmt_amount_hint(&fr, 2), "Type the amount, e.g. 200 or "
	    "200,50.", "hint in French style");
	is_free(numfmt_amount_hint(&en, 0), "Type the amount in whole "
	    "units, e.g. 20000.", "hint for JPY and VND: 20000");
	is_free(numfmt_amount_plain(&es, "1.234,50"), "1234.50",
	    "the plain form for compare_run");
	check(&hi, "387,600", 2, "INR", "\"387,600\": group digits by three, "
	    "as in 12,34,567, and write decimals after \".\", e.g. 200.50",
	    "hi 387,600: the example groups the Indian way");
	is_free(numfmt_amount_plain(&hi, "3,87,600.50"), "387600.50",
	    "hi: the plain form for compare_run");
}

static void
test_answer(void)
{
	struct ratebook rb;
	const struct corridor *c;
	struct compare_request req = { 0, "200", PAYOUT_ANY, SORT_COST };
	struct comparison cmp;
	char *why = NULL;
	size_t n;

	if (ratebook_load_dir(&rb, SRC_RATESDIR) != 0 ||
	    (c = ratebook_find(&rb, "GB", "NG", NULL, NULL, &n)) == NULL ||
	    compare_run(&cmp, c, &req, &why) != 0) {
		tap_ok(0, "the GB-NG sample table compares");
		return;
	}
	is_free(answer_sentence(&cmp, 0, PAYOUT_ANY, &en), "Best for your "
	    "family: Okada Wallet. They get 387,600.00 NGN into a mobile "
	    "wallet, in under 1 hour. You pay 201.80 GBP.",
	    "the answer sentence, GB-NG 200");
	compare_free(&cmp);
	req.inverse = 1;
	req.amount = "100000";
	compare_run(&cmp, c, &req, &why);
	is_free(answer_sentence(&cmp, 0, PAYOUT_ANY, &fr), "Best for your "
	    "family: Okada Wallet. You pay 52,59 GBP, and they get "
	    "100" NBSP "000,80 NGN into a mobile wallet, in under 1 hour.",
	    "receive mode: what you pay first");
	compare_free(&cmp);
	ratebook_free(&rb);
}

int
main(void)
{
	test_format();
	test_read();
	test_amount();
	test_answer();
	return tap_done();
}
