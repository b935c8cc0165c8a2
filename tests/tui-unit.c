/*
 * tui-unit.c - unit tests for what the kiosk relies on: SHA-256 against
 * the FIPS 180-4 example vectors, and the PIN records.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "ratebook.h"
#include "sha256.h"
#include "tap.h"
#include "yearly.h"

static void
hexdigest(const void *data, size_t n, char *out)
{
	unsigned char d[SHA256_LEN];
	int i;

	sha256(data, n, d);
	for (i = 0; i < SHA256_LEN; i++)
		sprintf(out + 2 * i, "%02x", d[i]);
}

static void
test_vectors(void)
{
	char got[65], *million;
	struct sha256 s;
	unsigned char d[SHA256_LEN];
	int i;

	hexdigest("abc", 3, got);
	tap_is(got, "ba7816bf8f01cfea414140de5dae2223"
	    "b00361a396177a9cb410ff61f20015ad", "SHA-256 of \"abc\"");
	hexdigest("", 0, got);
	tap_is(got, "e3b0c44298fc1c149afbf4c8996fb924"
	    "27ae41e4649b934ca495991b7852b855", "SHA-256 of \"\"");
	hexdigest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
	    56, got);
	tap_is(got, "248d6a61d20638b8e5c026930c3e6039"
	    "a33ce45964ff2167f6ecedd419db06c1", "SHA-256 of the 448-bit "
	    "message (two blocks of padding)");
	million = malloc(1000000);
	memset(million, 'a', 1000000);
	hexdigest(million, 1000000, got);
	tap_is(got, "cdc76e5c9914fb9281a1c7e284d73e67"
	    "f1809a48a497200e046d39ccc7112cd0", "SHA-256 of a million 'a'");
	/* The same million fed in uneven pieces. */
	sha256_init(&s);
	for (i = 0; i < 1000000; i += 997)
		sha256_update(&s, million + i, 1000000 - i < 997 ?
		    (size_t)(1000000 - i) : 997);
	sha256_final(&s, d);
	for (i = 0; i < SHA256_LEN; i++)
		sprintf(got + 2 * i, "%02x", d[i]);
	tap_is(got, "cdc76e5c9914fb9281a1c7e284d73e67"
	    "f1809a48a497200e046d39ccc7112cd0", "SHA-256 fed in pieces");
	free(million);
}

static void
test_pin(void)
{
	char *rec = kiosk_pin_make("4321"), *rec2 = kiosk_pin_make("4321");
	char salt_only[] = "00112233445566778899aabbccddeeff:";
	char known[200];

	tap_ok(rec != NULL && strlen(rec) == 32 + 1 + 64, "a PIN record is "
	    "SALT:HASH, 32 + 1 + 64 characters");
	tap_ok(kiosk_pin_check(rec, "4321"), "the right PIN matches");
	tap_ok(!kiosk_pin_check(rec, "4322"), "a wrong PIN does not");
	tap_ok(!kiosk_pin_check(rec, ""), "an empty PIN does not");
	tap_ok(strcmp(rec, rec2) != 0, "two records of one PIN differ "
	    "(random salt)");
	tap_ok(!kiosk_pin_check(salt_only, "4321"), "a record without a "
	    "hash matches nothing");
	/* The documented scheme, checked against sha256sum:
	 * printf 00112233445566778899aabbccddeeff1234 | sha256sum */
	snprintf(known, sizeof known, "%s%s", salt_only,
	    "f377124b2c2ffeb096001d94cb0e3df86fbe20ad9981335bc624b960d4d80924");
	tap_ok(kiosk_pin_check(known, "1234"), "a record made by hand with "
	    "sha256sum matches its PIN");
	tap_ok(!kiosk_pin_check(known, "12345"), "and not a longer one");
	free(rec);
	free(rec2);
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
	test_vectors();
	test_pin();
	test_yearly();
	return tap_done();
}
