/*
 * unit.c - unit tests of the library: decimals, rounding, fee bands, the
 * cost model and its inverse, indicators, and the rate-table validator.
 * Prints TAP.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "decimal.h"
#include "isocodes.h"
#include "quote.h"
#include "ratebook.h"
#include "tap.h"

/* ---- decimals ---------------------------------------------------------- */

static void
test_parse(void)
{
	static const struct { const char *s; enum dec_status st; } cases[] = {
		{ "0", DEC_OK }, { "200", DEC_OK }, { "200.50", DEC_OK },
		{ "-3.5", DEC_OK }, { "", DEC_EMPTY }, { "12,50", DEC_COMMA },
		{ "1,000", DEC_COMMA }, { "1e3", DEC_EXPONENT },
		{ "1.5E-2", DEC_EXPONENT }, { "+5", DEC_PLUS },
		{ ".5", DEC_DOT }, { "5.", DEC_DOT }, { "1.2.3", DEC_DOT },
		{ " 5", DEC_SPACE }, { "5 ", DEC_SPACE }, { "abc", DEC_SYNTAX },
		{ "--5", DEC_SYNTAX }, { "0x10", DEC_SYNTAX },
		{ "123456789012345678901234567890", DEC_OK },
		{ "1234567890123456789012345678901", DEC_TOO_LONG },
		{ "12345678901234567890.1234567890", DEC_OK },
		{ "12345678901234567890.12345678901", DEC_TOO_LONG },
	};
	char name[80];
	size_t i;
	mpq_t v;

	mpq_init(v);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		snprintf(name, sizeof name, "dec_parse \"%s\"", cases[i].s);
		tap_ok(dec_parse(v, cases[i].s) == cases[i].st, name);
	}
	dec_parse(v, "-3.50");
	tap_ok(mpq_cmp_si(v, -7, 2) == 0, "dec_parse -3.50 is -7/2");
	tap_ok(dec_parse_amount(v, "-5", 2) == DEC_NEGATIVE,
	    "amount -5 is negative");
	tap_ok(dec_parse_amount(v, "-0", 2) == DEC_NEGATIVE,
	    "amount -0 is refused too");
	tap_ok(dec_parse_amount(v, "200.001", 2) == DEC_TOO_PRECISE,
	    "200.001 has too many decimals for 2 places");
	tap_ok(dec_parse_amount(v, "200.000", 3) == DEC_OK,
	    "200.000 fits 3 places");
	tap_ok(dec_parse_amount(v, "5.0", 0) == DEC_TOO_PRECISE,
	    "5.0 does not fit 0 places");
	mpq_clear(v);
}

static char *
round_str(const char *s, int places, enum round_mode m)
{
	char *out;
	mpq_t v;

	mpq_init(v);
	dec_parse(v, s);
	out = dec_str(v, places, m);
	mpq_clear(v);
	return out;
}

static void
test_rounding(void)
{
	static const struct {
		const char *in; int places; enum round_mode m; const char *out;
	} cases[] = {
		{ "2.345", 2, ROUND_DOWN, "2.34" },
		{ "2.345", 2, ROUND_HALF_UP, "2.35" },
		{ "2.345", 2, ROUND_HALF_EVEN, "2.34" },
		{ "2.355", 2, ROUND_HALF_EVEN, "2.36" },
		{ "2.3451", 2, ROUND_HALF_EVEN, "2.35" },
		{ "2.3449", 2, ROUND_HALF_UP, "2.34" },
		{ "-2.345", 2, ROUND_HALF_UP, "-2.35" },
		{ "-2.345", 2, ROUND_DOWN, "-2.34" },
		{ "-2.345", 2, ROUND_HALF_EVEN, "-2.34" },
		{ "-2.355", 2, ROUND_HALF_EVEN, "-2.36" },
		{ "0.005", 2, ROUND_HALF_UP, "0.01" },
		{ "0.005", 2, ROUND_HALF_EVEN, "0.00" },
		{ "0.015", 2, ROUND_HALF_EVEN, "0.02" },
		{ "0.0049999", 2, ROUND_HALF_UP, "0.00" },
		{ "1.995", 2, ROUND_HALF_UP, "2.00" },
		{ "999.9999", 3, ROUND_HALF_UP, "1000.000" },
		{ "2.5", 0, ROUND_HALF_EVEN, "2" },
		{ "3.5", 0, ROUND_HALF_EVEN, "4" },
		{ "2.5", 0, ROUND_HALF_UP, "3" },
		{ "2.9", 0, ROUND_DOWN, "2" },
		{ "1.595", 2, ROUND_HALF_UP, "1.60" },
		{ "4.785", 2, ROUND_HALF_UP, "4.79" },
		{ "7", 2, ROUND_DOWN, "7.00" },
		{ "0.000001", 4, ROUND_HALF_UP, "0.0000" },
		{ "-0.001", 2, ROUND_HALF_UP, "0.00" },
	};
	char name[96], *got;
	size_t i;
	mpq_t v, t;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		got = round_str(cases[i].in, cases[i].places, cases[i].m);
		snprintf(name, sizeof name, "round %s to %d places %s",
		    cases[i].in, cases[i].places, round_mode_name(cases[i].m));
		tap_is(got, cases[i].out, name);
		free(got);
	}
	/* 3 x 1.595 = 4.785 exactly: ledger's issue #1663 printed 4.78. */
	mpq_inits(v, t, NULL);
	dec_parse(v, "1.595");
	mpq_set_ui(t, 3, 1);
	mpq_mul(v, v, t);
	got = dec_str(v, 2, ROUND_HALF_UP);
	tap_is(got, "4.79", "3 x 1.595 rounds half-up to 4.79");
	free(got);
	mpq_set_ui(v, 1, 3);
	got = dec_str(v, 4, ROUND_HALF_UP);
	tap_is(got, "0.3333", "1/3 to 4 places");
	free(got);
	mpq_set_ui(v, 1, 8);
	got = dec_str_exact(v);
	tap_is(got, "0.125", "1/8 written exactly");
	free(got);
	mpq_clears(v, t, NULL);
}

/* ---- rate tables -------------------------------------------------------- */

/* A one-provider GB-NG table with `prov` as the provider's extra fields. */
static struct corridor *
table(const char *fee, const char *extra, struct diags *d)
{
	char *text = xasprintf("{\"schema\": \"remit-rates/1\", "
	    "\"corridor\": {\"from\": \"GB\", \"to\": \"NG\", "
	    "\"send_currency\": \"GBP\", \"receive_currency\": \"NGN\"}, "
	    "\"as_of\": \"2026-11-02\", \"source\": \"Sample data: unit "
	    "test\", \"reference_rate\": \"1950.25\", \"providers\": [{"
	    "\"id\": \"p\", \"name\": \"P\", \"type\": \"mto\", "
	    "\"transparent\": true, \"payout\": [\"cash\"], \"speed\": "
	    "\"same-day\", \"rate\": \"1901.50\", \"fee\": %s%s}]}", fee,
	    extra);
	struct corridor *c = corridor_parse("t.json", text, strlen(text), d,
	    NULL, NULL);

	free(text);
	return c;
}

static char *
fee_at(const struct corridor *c, const char *amount)
{
	char *s;
	mpq_t a, f;

	mpq_inits(a, f, NULL);
	dec_parse(a, amount);
	if (quote_fee(f, c, &c->providers[0], a) != 0)
		s = xstrdup("none");
	else
		s = dec_str(f, 2, ROUND_HALF_UP);
	mpq_clears(a, f, NULL);
	return s;
}

static void
test_fee_bands(void)
{
	static const struct { const char *a, *fee; } cases[] = {
		{ "0.01", "2.00" }, { "100.00", "2.00" }, { "100.01", "4.00" },
		{ "266.66", "4.00" }, { "266.67", "4.00" }, { "266.70", "4.00" },
		{ "300.00", "4.50" }, { "399.99", "6.00" }, { "400.00", "6.00" },
		{ "400.01", "6.00" }, { "500.00", "6.00" }, { "500.01", "10.00" },
		{ "1000000.00", "10.00" },
	};
	struct diags d;
	struct corridor *c;
	char name[64], *got;
	size_t i;

	diags_init(&d);
	c = table("{\"bands\": [{\"up_to\": \"100.00\", \"fixed\": \"2\"}, "
	    "{\"up_to\": \"500.00\", \"percent\": \"1.5\", \"min\": \"4.00\", "
	    "\"max\": \"6.00\"}, {\"fixed\": \"10\"}]}", "", &d);
	tap_ok(c != NULL && d.n == 0, "tiered table loads");
	for (i = 0; c != NULL && i < sizeof cases / sizeof cases[0]; i++) {
		got = fee_at(c, cases[i].a);
		snprintf(name, sizeof name, "fee at %s", cases[i].a);
		tap_is(got, cases[i].fee, name);
		free(got);
	}
	corridor_free(c);
	/* Half-up on the fee: 0.5% of 201.00 = 1.005 -> 1.01. */
	c = table("{\"bands\": [{\"up_to\": \"1000.00\", \"percent\": "
	    "\"0.5\"}]}", "", &d);
	got = fee_at(c, "201.00");
	tap_is(got, "1.01", "percent fee 1.005 rounds half-up to 1.01");
	free(got);
	got = fee_at(c, "1000.01");
	tap_is(got, "none", "above a closed last band there is no fee");
	free(got);
	corridor_free(c);
	/* The spec's example 3. */
	c = table("{\"bands\": [{\"up_to\": \"500.00\", \"percent\": \"1.5\", "
	    "\"min\": \"4.00\"}, {\"fixed\": \"9.00\"}]}", "", &d);
	got = fee_at(c, "150.00");
	tap_is(got, "4.00", "spec example 3: 150.00 -> floor 4.00");
	free(got);
	got = fee_at(c, "400.00");
	tap_is(got, "6.00", "spec example 3: 400.00 -> 6.00");
	free(got);
	corridor_free(c);
	diags_free(&d);
}

/* Forward quote of a parsed corridor's first provider, figures joined. */
static char *
quote_line(const struct corridor *c, const char *amount)
{
	struct quote q;
	char *s, *f, *r, *p, *cost, *pct, *m;
	mpq_t a;

	mpq_init(a);
	dec_parse(a, amount);
	quote_init(&q);
	quote_forward(&q, c, &c->providers[0], a);
	if (!q.available) {
		s = quote_reason(&q);
		quote_clear(&q);
		mpq_clear(a);
		return s;
	}
	f = dec_str(q.fee, c->send_minor, ROUND_HALF_UP);
	r = dec_str(q.received, c->receive_minor, ROUND_HALF_UP);
	p = dec_str(q.sender_pays, c->send_minor, ROUND_HALF_UP);
	cost = dec_str(q.total_cost, c->send_minor, ROUND_HALF_UP);
	pct = dec_str(q.total_cost_pct, 6, ROUND_DOWN);
	m = dec_str(q.fx_margin_pct, 6, ROUND_DOWN);
	s = xasprintf("F=%s R=%s P=%s C=%s C%%=%s margin=%s%s%s", f, r, p,
	    cost, pct, m, q.over_5pct ? " over5" : "",
	    q.within_3pct ? " within3" : "");
	free(f), free(r), free(p), free(cost), free(pct), free(m);
	quote_clear(&q);
	mpq_clear(a);
	return s;
}

static struct corridor *
parse_text(const char *text, struct diags *d)
{
	return corridor_parse("t.json", text, strlen(text), d, NULL, NULL);
}

static void
test_spec_examples(void)
{
	struct diags d;
	struct corridor *c;
	char *got;

	diags_init(&d);
	c = table("{\"bands\": [{\"fixed\": \"3.99\"}]}", "", &d);
	got = quote_line(c, "200.00");
	tap_is(got, "F=3.99 R=380300.00 P=203.99 C=8.99 C%=4.494679 "
	    "margin=2.499679", "spec example 1: fee on top, GBP->NGN");
	free(got);
	corridor_free(c);
	c = parse_text("{\"schema\": \"remit-rates/1\", \"corridor\": "
	    "{\"from\": \"AU\", \"to\": \"TO\", \"send_currency\": \"AUD\", "
	    "\"receive_currency\": \"TOP\"}, \"as_of\": \"2026-11-02\", "
	    "\"source\": \"test\", \"reference_rate\": \"1.5816\", "
	    "\"providers\": [{\"id\": \"p\", \"name\": \"P\", \"type\": "
	    "\"mto\", \"transparent\": true, \"payout\": [\"cash\"], "
	    "\"speed\": \"next-day\", \"rate\": \"1.5581\", \"fee\": "
	    "{\"bands\": [{\"fixed\": \"7.00\"}], \"deducted\": true}}]}", &d);
	tap_ok(c != NULL, "AU-TO table loads");
	got = quote_line(c, "200.00");
	tap_is(got, "F=7.00 R=300.71 P=200.00 C=9.87 C%=4.934876 "
	    "margin=1.485837", "spec example 2: fee deducted, AUD->TOP");
	free(got);
	got = quote_line(c, "7.00");
	tap_is(got, "the fee is larger than the amount",
	    "a deducted fee equal to the amount leaves nothing");
	free(got);
	corridor_free(c);
	/* Receiver fee and half-even rounding: 100 x 1901.505 - 0.005. */
	c = table("{\"bands\": [{\"fixed\": \"1\"}]}", ", \"rate\": \"1.005\"",
	    &d);
	tap_ok(c == NULL, "a repeated field is refused");
	diags_free(&d);
	diags_init(&d);
	c = parse_text("{\"schema\": \"remit-rates/1\", \"corridor\": "
	    "{\"from\": \"FR\", \"to\": \"SN\", \"send_currency\": \"EUR\", "
	    "\"receive_currency\": \"XOF\"}, \"as_of\": \"2026-11-02\", "
	    "\"source\": \"test\", \"reference_rate\": \"655.957\", "
	    "\"providers\": [{\"id\": \"p\", \"name\": \"P\", \"type\": "
	    "\"mto\", \"transparent\": true, \"payout\": [\"cash\"], "
	    "\"speed\": \"next-day\", \"rate\": \"650.5\", \"receiver_fee\": "
	    "\"150\", \"rounding\": \"half-even\", \"fee\": {\"bands\": "
	    "[{\"fixed\": \"2.00\"}]}}]}", &d);
	tap_ok(c != NULL, "FR-SN (XOF, 0 decimals) table loads");
	/* 101 x 650.5 = 65700.5, - 150 = 65550.5 -> half-even 65550 */
	got = quote_line(c, "101.00");
	tap_is(got, "F=2.00 R=65550 P=103.00 C=3.07 C%=3.039276 "
	    "margin=0.831914", "receiver fee, half-even to even on a tie");
	free(got);
	corridor_free(c);
	diags_free(&d);
}

/* ---- the inverse, against a brute-force search -------------------------- */

/* The smallest A in minor units 1..limit delivering target, or 0. */
static long
brute_inverse(const struct corridor *c, const mpq_t target, long limit)
{
	struct quote q;
	long n, found = 0;
	mpq_t a;

	mpq_init(a);
	quote_init(&q);
	for (n = 1; n <= limit && !found; n++) {
		mpq_set_ui(a, n, 100);
		mpq_canonicalize(a);
		quote_forward(&q, c, &c->providers[0], a);
		if (q.available && mpq_cmp(q.received, target) >= 0)
			found = n;
	}
	quote_clear(&q);
	mpq_clear(a);
	return found;
}

static int
inverse_agrees(const struct corridor *c, long lo, long hi, long step,
    long limit)
{
	struct quote q;
	long t, want, got;
	mpq_t target, units;
	int ok = 1;

	mpq_inits(target, units, NULL);
	for (t = lo; t <= hi && ok; t += step) {
		mpq_set_ui(target, t, 100);	/* receive minor units */
		mpq_canonicalize(target);
		want = brute_inverse(c, target, limit);
		quote_init(&q);
		quote_inverse(&q, c, &c->providers[0], target);
		got = 0;
		if (q.available) {
			mpq_set_ui(units, 100, 1);
			mpq_mul(units, units, q.amount);
			got = mpz_get_si(mpq_numref(units));
		}
		if (got != want) {
			printf("# target %ld: inverse %ld, brute force %ld\n",
			    t, got, want);
			ok = 0;
		}
		quote_clear(&q);
	}
	mpq_clears(target, units, NULL);
	return ok;
}

static struct corridor *
small_table(const char *rate, const char *fee, const char *extra)
{
	struct diags d;
	struct corridor *c;
	char *text = xasprintf("{\"schema\": \"remit-rates/1\", \"corridor\": "
	    "{\"from\": \"US\", \"to\": \"MX\", \"send_currency\": \"USD\", "
	    "\"receive_currency\": \"MXN\"}, \"as_of\": \"2026-11-02\", "
	    "\"source\": \"test\", \"reference_rate\": \"18.40\", "
	    "\"providers\": [{\"id\": \"p\", \"name\": \"P\", \"type\": "
	    "\"mto\", \"transparent\": true, \"payout\": [\"cash\"], "
	    "\"speed\": \"next-day\", \"rate\": \"%s\", \"fee\": %s%s}]}",
	    rate, fee, extra);

	diags_init(&d);
	c = parse_text(text, &d);
	if (d.n > 0)
		printf("# %s: %s\n", d.v[0].where, d.v[0].msg);
	diags_free(&d);
	free(text);
	return c;
}

static void
test_inverse(void)
{
	struct corridor *c;

	/* Fee on top: R does not depend on F. */
	c = small_table("18.1234", "{\"bands\": [{\"fixed\": \"2.99\"}]}",
	    ", \"rounding\": \"half-up\"");
	tap_ok(c && inverse_agrees(c, 1, 20000, 7, 200000),
	    "inverse = brute force, fee on top, half-up");
	corridor_free(c);
	/* Deducted, with a fee that jumps where a band begins: R(A) falls
	 * just above 10.00, so the first amount is not the only answer. */
	c = small_table("17.5", "{\"bands\": [{\"up_to\": \"10.00\", "
	    "\"fixed\": \"1.00\"}, {\"up_to\": \"20.00\", \"fixed\": "
	    "\"4.00\"}, {\"percent\": \"10\", \"min\": \"2.50\"}], "
	    "\"deducted\": true}", ", \"receiver_fee\": \"3.00\"");
	tap_ok(c && inverse_agrees(c, 1, 60000, 13, 100000),
	    "inverse = brute force, deducted, fee jumps between bands");
	corridor_free(c);
	/* Limits and a closed last band: targets beyond reach are refused. */
	c = small_table("18", "{\"bands\": [{\"up_to\": \"50.00\", \"percent\": "
	    "\"3\", \"max\": \"1.00\"}], \"deducted\": true}",
	    ", \"min_amount\": \"5.00\", \"rounding\": \"half-even\"");
	tap_ok(c && inverse_agrees(c, 1, 100000, 31, 6000),
	    "inverse = brute force, min_amount, closed last band, half-even");
	corridor_free(c);
}

/* ---- indicators ---------------------------------------------------------- */

static void
test_indicators(void)
{
	static const char *const text = "{\"schema\": \"remit-rates/1\", "
	    "\"corridor\": {\"from\": \"US\", \"to\": \"MX\", "
	    "\"send_currency\": \"USD\", \"receive_currency\": \"MXN\"}, "
	    "\"as_of\": \"2026-11-02\", \"source\": \"test\", "
	    "\"reference_rate\": \"20\", \"providers\": ["
	    /* C% at 100: fee f and rate 20 give C% = f exactly */
	    "{\"id\": \"a\", \"name\": \"A\", \"type\": \"mto\", "
	    "\"transparent\": true, \"payout\": [\"cash\"], \"speed\": "
	    "\"same-day\", \"rate\": \"20\", \"fee\": {\"bands\": [{\"fixed\": "
	    "\"2.00\"}]}, \"market_share\": \"50\"},"
	    "{\"id\": \"b\", \"name\": \"B\", \"type\": \"mto\", "
	    "\"transparent\": true, \"payout\": [\"cash\"], \"speed\": "
	    "\"6-days-plus\", \"rate\": \"20\", \"fee\": {\"bands\": "
	    "[{\"fixed\": \"1.00\"}]}, \"market_share\": \"10\"},"
	    "{\"id\": \"c\", \"name\": \"C\", \"type\": \"bank\", "
	    "\"transparent\": true, \"payout\": [\"account\"], \"speed\": "
	    "\"2-days\", \"rate\": \"20\", \"fee\": {\"bands\": [{\"fixed\": "
	    "\"6.00\"}]}, \"market_share\": \"20\"},"
	    "{\"id\": \"d\", \"name\": \"D\", \"type\": \"mto\", "
	    "\"transparent\": true, \"payout\": [\"wallet\"], \"speed\": "
	    "\"under-1-hour\", \"rate\": \"20\", \"fee\": {\"bands\": "
	    "[{\"fixed\": \"3.50\"}]}, \"market_share\": \"20\"},"
	    "{\"id\": \"e\", \"name\": \"E\", \"type\": \"mto\", "
	    "\"transparent\": false, \"payout\": [\"cash\"], \"speed\": "
	    "\"same-day\", \"rate\": \"20\", \"fee\": {\"bands\": [{\"fixed\": "
	    "\"0.10\"}]}}]}";
	struct compare_request req = { 0, "100.00", PAYOUT_ANY, SORT_COST };
	struct comparison cmp;
	struct diags d;
	struct corridor *c;
	char *why = NULL;

	diags_init(&d);
	c = parse_text(text, &d);
	tap_ok(c != NULL && compare_run(&cmp, c, &req, &why) == 0,
	    "indicator table compares");
	if (c == NULL)
		return;
	/* Transparent C%: 2, 1, 6, 3.5 (E left out). */
	tap_ok(cmp.ind.count == 4, "count leaves the non-transparent out");
	tap_is(cmp.ind_min, "1.00", "lowest");
	tap_is(cmp.ind_max, "6.00", "highest");
	tap_is(cmp.ind_average, "3.13", "average (2+1+6+3.5)/4 = 3.125");
	/* (2x50 + 1x10 + 6x20 + 3.5x20) / 100 = 3.00 */
	tap_is(cmp.ind_weighted, "3.00", "weighted by market share");
	/* Fast (<= 5 days): A 2, C 6, D 3.5 -> (2+3.5+6)/3 = 3.8333 */
	tap_is(cmp.ind_smart, "3.83", "SmaRT leaves out the 6-days-plus one");
	tap_ok(cmp.ind.meets_5pct, "SmaRT 3.83 meets the 5% ceiling");
	tap_ok(cmp.ind.over_5pct == 1, "one over 5%");
	tap_is(cmp.ind_share, "25.00", "share over 5% of 4");
	tap_is(cmp.quotes[0].provider->id, "e",
	    "ranking: the least total cost first, transparent or not");
	tap_is(cmp.quotes[1].provider->id, "b", "then B (fee 1.00)");
	compare_free(&cmp);
	/* Payout filter: only wallets -> D alone; no SmaRT with one. */
	req.payout = PAYOUT_WALLET;
	compare_run(&cmp, c, &req, &why);
	tap_ok(cmp.navailable == 1 && cmp.ind_smart == NULL &&
	    cmp.ind_weighted != NULL, "wallet only: one quote, SmaRT n/a");
	compare_free(&cmp);
	corridor_free(c);
	diags_free(&d);
}

/* ---- validation ----------------------------------------------------------- */

/* A valid table, with one substitution of `from` by `to` in its text. */
static const char base_table[] = "{\"schema\": \"remit-rates/1\", "
    "\"corridor\": {\"from\": \"GB\", \"to\": \"NG\", \"send_currency\": "
    "\"GBP\", \"receive_currency\": \"NGN\"}, \"as_of\": \"2026-11-02\", "
    "\"source\": \"test\", \"reference_rate\": \"1950.25\", \"providers\": "
    "[{\"id\": \"a\", \"name\": \"A\", \"type\": \"mto\", \"transparent\": "
    "true, \"payout\": [\"cash\"], \"speed\": \"same-day\", \"rate\": "
    "\"1901.50\", \"receiver_fee\": \"0\", \"fee\": {\"bands\": "
    "[{\"up_to\": \"100.00\", \"fixed\": \"2.00\"}, {\"fixed\": "
    "\"3.99\"}]}}]}";

static char *
substitute(const char *from, const char *to)
{
	const char *at = strstr(base_table, from);

	if (at == NULL)
		return xstrdup("(substitution not found)");
	return xasprintf("%.*s%s%s", (int)(at - base_table), base_table, to,
	    at + strlen(from));
}

static void
test_validation(void)
{
	static const struct { const char *from, *to, *where, *msg; } cases[] = {
		{ "\"3.99\"", "3.99", "providers[0].fee.bands[1].fixed",
		  "write decimals as strings, e.g. \"4.99\"" },
		{ "\"1901.50\"", "\"1.9015e3\"", "providers[0].rate",
		  "without an exponent" },
		{ "\"1950.25\"", "\"1,950.25\"", "reference_rate",
		  "use a dot for decimals" },
		{ "\"receiver_fee\": \"0\"", "\"receiver_fee\": \"-1.00\"",
		  "providers[0].receiver_fee", "cannot be negative" },
		{ "\"receiver_fee\"", "\"recever_fee\"",
		  "providers[0].recever_fee",
		  "unknown field; did you mean \"receiver_fee\"?" },
		{ "\"GBP\"", "\"GBX\"", "corridor.send_currency",
		  "\"GBX\" is not an active ISO 4217 currency code" },
		{ "\"NG\"", "\"XN\"", "corridor.to",
		  "\"XN\" is not an ISO 3166-1 alpha-2 country code" },
		{ "[{\"up_to\": \"100.00\", \"fixed\": \"2.00\"}, {\"fixed\": "
		  "\"3.99\"}]", "[{\"fixed\": \"2.00\"}, {\"up_to\": \"100.00\", "
		  "\"fixed\": \"3.99\"}]", "providers[0].fee.bands[1]",
		  "only the last band may be open" },
		{ "[{\"up_to\": \"100.00\", \"fixed\": \"2.00\"}, {\"fixed\": "
		  "\"3.99\"}]", "[{\"up_to\": \"100.00\", \"fixed\": \"2.00\"}, "
		  "{\"up_to\": \"50.00\", \"fixed\": \"3.99\"}]",
		  "providers[0].fee.bands[1]", "list bands in increasing up_to" },
		{ "\"2026-11-02\"", "\"2026-02-30\"", "as_of",
		  "is not a date; write it as YYYY-MM-DD" },
		{ "\"2026-11-02\"", "\"02/11/2026\"", "as_of",
		  "is not a date" },
		{ "\"fixed\": \"2.00\"", "\"fixed\": \"2.001\"",
		  "providers[0].fee.bands[0].fixed", "too many decimals" },
		{ "\"same-day\"", "\"sameday\"", "providers[0].speed",
		  "did you mean \"same-day\"?" },
		{ "true", "\"yes\"", "providers[0].transparent",
		  "must be true or false" },
		{ "\"remit-rates/1\"", "\"remit-rates/2\"", "schema",
		  "write \"remit-rates/1\"" },
		{ "\"as_of\": \"2026-11-02\", ", "", "as_of", "missing" },
	};
	char name[160], *text, *line;
	struct diags d;
	struct corridor *c;
	size_t i, k;
	int found;

	diags_init(&d);
	c = parse_text(base_table, &d);
	tap_ok(c != NULL && d.n == 0, "the base table is valid");
	corridor_free(c);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		text = substitute(cases[i].from, cases[i].to);
		diags_free(&d);
		c = parse_text(text, &d);
		found = 0;
		for (k = 0; k < d.n; k++)
			if (d.v[k].where != NULL &&
			    strcmp(d.v[k].where, cases[i].where) == 0 &&
			    strstr(d.v[k].msg, cases[i].msg) != NULL)
				found = 1;
		snprintf(name, sizeof name, "refused: %s (%s)", cases[i].where,
		    cases[i].msg);
		tap_ok(c == NULL && found, name);
		for (k = 0; !found && k < d.n; k++) {
			line = diag_format(&d.v[k]);
			printf("#   %s\n", line);
			free(line);
		}
		corridor_free(c);
		free(text);
	}
	/* Every problem is listed, not just the first. */
	text = substitute("\"1901.50\", \"receiver_fee\": \"0\"",
	    "1901.50, \"receiver_fee\": \"-1\", \"colour\": \"red\"");
	diags_free(&d);
	c = parse_text(text, &d);
	tap_ok(c == NULL && d.n == 3, "three problems, three lines");
	free(text);
	/* Malformed JSON: line and column. */
	diags_free(&d);
	c = parse_text("{\n  \"schema\": \"remit-rates/1\",\n  \"as_of\" "
	    "\"2026-11-02\"\n}", &d);
	tap_ok(c == NULL && d.n == 1 && strcmp(d.v[0].where,
	    "line 3, column 11") == 0, "malformed JSON names line 3, column 11");
	diags_free(&d);
	/* An empty provider list. */
	text = substitute("[{\"id\"", "[], \"x\": [{\"id\"");
	c = parse_text(text, &d);
	found = 0;
	for (k = 0; k < d.n; k++)
		found |= strcmp(d.v[k].where, "providers") == 0;
	tap_ok(c == NULL && found, "an empty provider list is refused");
	free(text);
	diags_free(&d);
}

int
main(void)
{
	test_parse();
	test_rounding();
	test_fee_bands();
	test_spec_examples();
	test_inverse();
	test_indicators();
	test_validation();
	isocodes_free();
	return tap_done();
}
