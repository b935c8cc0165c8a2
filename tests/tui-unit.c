/*
 * tui-unit.c - unit tests for what the kiosk relies on: the PIN records
 * (crypt(3) yescrypt) and the wait after wrong PINs, and a year of
 * transfers.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "ratebook.h"
#include "pin.h"
#include "tap.h"
#include "util.h"
#include "yearly.h"

static void
test_pin(void)
{
	char *rec = pin_make("4321"), *rec2 = pin_make("4321");
	/* Made by Python's crypt module (libxcrypt) with a fixed salt:
	 * crypt.crypt("1234", "$y$j9T$F5Jx5fExrKuPp53xLKQ..1$") */
	const char *known = "$y$j9T$F5Jx5fExrKuPp53xLKQ..1$"
	    "Ep4SUX.oXxnq/KKEBY/E3tIknDNDS9Tu.RwGhF8ZCzA";

	tap_ok(rec != NULL && strncmp(rec, "$y$", 3) == 0, "a PIN record is "
	    "a yescrypt hash ($y$)");
	tap_ok(pin_record_valid(rec), "and a valid record");
	tap_ok(pin_check(rec, "4321"), "the right PIN matches");
	tap_ok(!pin_check(rec, "4322"), "a wrong PIN does not");
	tap_ok(!pin_check(rec, ""), "an empty PIN does not");
	tap_ok(strcmp(rec, rec2) != 0, "two records of one PIN differ "
	    "(random salt)");
	tap_ok(pin_check(known, "1234"), "a record made by another crypt(3) "
	    "caller matches its PIN");
	tap_ok(!pin_check(known, "12345"), "and not a longer one");
	tap_ok(!pin_record_valid("00112233445566778899aabbccddeeff:f377124b2c"
	    "2ffeb096001d94cb0e3df86fbe20ad9981335bc624b960d4d80924"),
	    "an old SHA-256 record is not valid");
	tap_ok(!pin_check("$1$abc$defghijklmnopqrstuvwxy", "1234"),
	    "an MD5 crypt record matches nothing");
	tap_ok(!pin_check("$y$j9T$F5Jx5fExrKuPp53xLKQ..1$", "1234"),
	    "a record without a hash matches nothing");
	free(rec);
	free(rec2);
}

/* Bidirectional controls never reach a terminal (issue 12). */
static void
test_bidi(void)
{
	char *s = text_safe("a\xe2\x80\xae" "b\xe2\x81\xa6" "c\xe2\x80\x8e" "d");

	tap_is(s, "a?b?c\xe2\x80\x8e" "d", "U+202E and U+2066 shown as '?', "
	    "U+200E (a mark, not a control of order) kept");
	free(s);
	tap_ok(text_has_control("x\xe2\x81\xa9"), "U+2069 counts as a "
	    "control");
	tap_ok(text_has_control("x\xe2\x80\xaa"), "U+202A counts as a "
	    "control");
	tap_ok(!text_has_control("Colibr\xc3\xad Env\xc3\xados"),
	    "accented text is plain");
}

/* The wait after wrong PINs, on an injected clock. */
static void
test_pin_guard(void)
{
	struct pin_guard g = { 0, 0 };

	pin_guard_try(&g, 0, 100);
	pin_guard_try(&g, 0, 101);
	tap_ok(pin_guard_wait(&g, 101) == 0, "two wrong PINs: no wait");
	pin_guard_try(&g, 0, 102);
	tap_ok(pin_guard_wait(&g, 102) == 30, "the third: 30 s to wait");
	tap_ok(pin_guard_wait(&g, 117) == 15, "15 s later: 15 s left");
	tap_ok(pin_guard_wait(&g, 132) == 0, "30 s later: a try again");
	pin_guard_try(&g, 0, 132);
	pin_guard_try(&g, 1, 133);
	pin_guard_try(&g, 0, 134);
	pin_guard_try(&g, 0, 135);
	tap_ok(pin_guard_wait(&g, 135) == 0, "a right PIN starts the count "
	    "again");
}

static const struct provider *
provider(const struct corridor *c, const char *id)
{
	size_t i;

	for (i = 0; i < c->nproviders; i++)
		if (strcmp(c->providers[i].id, id) == 0)
			return &c->providers[i];
	return NULL;
}

/* Values worked out by hand from rates/us-mx.json (m = 18.4620). */
static void
test_yearly(void)
{
	struct ratebook rb;
	const struct corridor *c;
	struct yearly y;
	size_t n;
	mpq_t a;

	mpq_init(a);
	if (!tap_ok(ratebook_load_dir(&rb, SRC_RATESDIR) == 0 &&
	    (c = ratebook_find(&rb, "US", "MX", NULL, NULL, &n)) != NULL,
	    "the bundled US-MX table loads")) {
		mpq_clear(a);
		return;
	}
	/* Puente Dorado, 200 USD: F 3.99, R 3643.00, C = 203.99 - 3643/m. */
	mpq_set_ui(a, 200, 1);
	yearly_compute(&y, c, provider(c, "puente-dorado"), a, PAYOUT_ANY);
	tap_is(y.year_sent, "2400.00", "12 x 200.00 sent");
	tap_is(y.year_cost, "79.99", "12 x C, rounded once: 79.99");
	tap_is(y.year_fee, "47.88", "12 x 3.99 in fees");
	tap_is(y.year_received, "43716.00", "12 x 3643.00 received");
	tap_ok(y.cheapest == provider(c, "colibri-envios"), "the cheapest "
	    "at 200 is Colibri Envios");
	tap_is(y.cheapest_year_cost, "38.30", "its year costs 38.30");
	tap_is(y.saving, "41.69", "12 x (C - Cmin) = 41.69");
	tap_is(y.twice_amount, "400.00", "twice the amount: 400.00");
	tap_is(y.twice_year_cost, "68.05", "6 x C(400) = 68.05");
	tap_is(y.twice_difference, "11.94", "11.94 less a year");
	tap_ok(y.twice_sign < 0, "twice half as often costs less");
	yearly_free(&y);
	/* Colibri: a 1% fee, so 6 x C(2A) = 12 x C(A) exactly. */
	yearly_compute(&y, c, provider(c, "colibri-envios"), a, PAYOUT_ANY);
	tap_ok(y.cheapest == provider(c, "colibri-envios"), "Colibri is "
	    "its own cheapest choice");
	tap_is(y.saving, "0.00", "and saves nothing on itself");
	tap_ok(y.twice_available && y.twice_sign == 0, "a percentage fee: "
	    "twice half as often costs the same");
	yearly_free(&y);
	/* Colibri's max_amount is 2999.00: 2 x 1500 is not offered. */
	mpq_set_ui(a, 1500, 1);
	yearly_compute(&y, c, provider(c, "colibri-envios"), a, PAYOUT_ANY);
	tap_ok(y.available && !y.twice_available && y.twice_reason != NULL,
	    "3000.00 is above the provider's maximum: said why");
	yearly_free(&y);
	mpq_clear(a);
	ratebook_free(&rb);
}

int
main(void)
{
	test_pin();
	test_pin_guard();
	test_bidi();
	test_yearly();
	return tap_done();
}
