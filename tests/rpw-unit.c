/*
 * rpw-unit.c - TAP unit tests of the streaming CSV reader and of RPW's
 * lenient, exact number reader.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "decimal.h"
#include "rpw.h"
#include "tap.h"
#include "xalloc.h"

/* Reads every record of text; returns them as "a|b|c;" and errors as
 * "E<msg>;" in a string the caller frees. */
static char *
read_all(const char *text, size_t len, struct csv_stats *st)
{
	FILE *f = fmemopen((void *)text, len, "rb");
	struct csv_reader *r = csv_open(f, "t.csv");
	char *out = xstrdup(""), *t, **fields;
	const char *err;
	size_t n, i;
	int rv;

	while ((rv = csv_next(r, &fields, &n, &err)) != 0) {
		if (rv < 0) {
			t = xasprintf("%sE%s;", out, err + strlen("t.csv: "));
			free(out);
			out = t;
			continue;
		}
		for (i = 0; i < n; i++) {
			t = xasprintf("%s%s%s", out, fields[i],
			    i + 1 < n ? "|" : ";");
			free(out);
			out = t;
		}
	}
	if (st != NULL)
		*st = *csv_stats(r);
	csv_close(r);
	fclose(f);
	return out;
}

static void
csv_case(const char *text, const char *want, const char *name)
{
	char *got = read_all(text, strlen(text), NULL);

	tap_is(got, want, name);
	free(got);
}

static void
test_csv(void)
{
	struct csv_stats st;
	char *big, *got;
	size_t i, n = 70000;

	csv_case("a,b\nc,d\n", "a|b;c|d;", "plain records");
	csv_case("a,b\r\nc,d", "a|b;c|d;", "CRLF, no final newline");
	csv_case("a\rb\r", "a;b;", "lone CR ends a record");
	csv_case("\"x,y\",\"say \"\"hi\"\"\"\n", "x,y|say \"hi\";",
	    "quoted comma and doubled quotes");
	csv_case("\"two\nlines\",z\n", "two\nlines|z;", "quoted line break");
	csv_case("\xef\xbb\xbf" "id,x\n", "id|x;", "BOM skipped");
	/* regression (found by fuzz-csv): a file that is only a BOM read
	 * past the end of the chunk */
	csv_case("\xef\xbb\xbf", "", "a BOM alone: no record, no overrun");
	csv_case("\xef\xbb\xbf\"", "Eline 1, column 1: this quoted field "
	    "never ends; add the closing quote;", "a BOM and a lone quote");
	csv_case("a,,\n\n\r\nb\n", "a||;b;", "empty fields kept, empty lines "
	    "skipped");
	csv_case("a,b\"c\nd\n", "Eline 1, column 4: a quote inside an "
	    "unquoted field; quote the whole field and write each quote twice: "
	    "\"a \"\"b\"\" c\";d;", "stray quote: line:column, then goes on");
	csv_case("x\n\"ab\"c,d\ne\n", "x;Eline 2, column 5: text after a "
	    "closing quote; a field is either all quoted or not quoted at "
	    "all;e;", "text after a closing quote");
	csv_case("x\ny,\"never\nends", "x;Eline 2, column 3: this quoted "
	    "field never ends; add the closing quote;",
	    "unterminated quote names where it began");
	/* a quoted field across the 64 KiB chunk boundary */
	big = xmalloc(n + 16);
	big[0] = '"';
	for (i = 1; i < n; i++)
		big[i] = i % 100 == 0 ? ',' : 'q';
	memcpy(big + n, "\",\"\"\"\"\r\n", 9);
	got = read_all(big, n + 8, &st);
	tap_ok(strlen(got) == n + 2 && strcmp(got + n - 1, "|\";") == 0,
	    "a 70000-byte quoted field across chunks");
	tap_ok(st.quoted_comma == 1 && st.quoted_quote == 1 && st.crlf == 1,
	    "quirks counted across chunks");
	free(got);
	free(big);
	/* record too long: refused, not grown without bound */
	n = CSV_MAX_RECORD + 10;
	big = xmalloc(n + 4);
	memset(big, 'z', n);
	memcpy(big + n, "\nok\n", 4);
	got = read_all(big, n + 4, NULL);
	tap_ok(strncmp(got, "Eline 1, column ", 16) == 0 &&
	    strstr(got, ";ok;") != NULL, "an over-long record is refused, "
	    "the next one read");
	free(got);
	free(big);
}

/* A record of n fields "c": read whole up to CSV_MAX_FIELDS, refused
 * beyond, and the next record read either way. */
static void
fields_case(size_t n, int want_ok)
{
	char *text = xmalloc(2 * n + 8), *got, name[80];
	size_t i;

	for (i = 0; i < n; i++)
		memcpy(text + 2 * i, i + 1 < n ? "c," : "c\n", 2);
	memcpy(text + 2 * n, "ok\n", 4);
	got = read_all(text, 2 * n + 3, NULL);
	snprintf(name, sizeof name, "a record of %zu fields is %s", n,
	    want_ok ? "read" : "refused, the next one read");
	if (want_ok)
		tap_ok(strlen(got) == 2 * n + 3 &&
		    strcmp(got + 2 * n - 2, "c;ok;") == 0, name);
	else
		tap_ok(strncmp(got, "Eline 1, column ", 16) == 0 &&
		    strstr(got, "more than 1024 fields") != NULL &&
		    strcmp(got + strlen(got) - 4, ";ok;") == 0, name);
	free(got);
	free(text);
}

/* regression (issue 12): a record of exactly CSV_MAX_FIELDS fields wrote
 * one slot past the field offsets (seen under ASan) */
static void
test_max_fields(void)
{
	fields_case(CSV_MAX_FIELDS - 1, 1);
	fields_case(CSV_MAX_FIELDS, 1);
	fields_case(CSV_MAX_FIELDS + 1, 0);
}

/* Parses s and writes the exact value, or "missing"/"bad". */
static void
num_case(const char *s, const char *want, int want_exp)
{
	struct rpw_num n;
	char name[96], *got;
	mpq_t q;
	int e;

	snprintf(name, sizeof name, "number \"%s\" -> %s", s, want);
	switch (rpw_num_parse(&n, s, &e)) {
	case RPW_NUM_MISSING: got = xstrdup("missing"); break;
	case RPW_NUM_BAD: got = xstrdup("bad"); break;
	default:
		mpq_init(q);
		rpw_num_mpq(q, &n);
		got = dec_str_exact(q);
		mpq_clear(q);
	}
	tap_ok(strcmp(got, want) == 0 && (strcmp(want, "bad") == 0 ||
	    strcmp(want, "missing") == 0 || e == want_exp), name);
	if (strcmp(got, want) != 0)
		printf("#   got: %s\n", got);
	free(got);
}

static void
test_numbers(void)
{
	struct rpw_num a, b;
	int e;

	num_case("1.5E-2", "0.015", 1);
	num_case("1.5e1", "15", 1);
	num_case("-1.25E+1", "-12.5", 1);
	num_case("6.84E0", "6.84", 1);
	num_case("2257.2", "2257.2", 0);
	num_case(" 9.94 ", "9.94", 0);
	num_case("0.000123456789012345678", "0.000123456789012345678", 0);
	num_case("3.10%", "3.1", 0);
	num_case("", "missing", 0);
	num_case("..", "missing", 0);
	num_case(" .. ", "missing", 0);
	num_case("1e", "bad", 0);
	num_case("1.2.3", "bad", 0);
	num_case("12,5", "bad", 0);
	num_case("1234567890123456789", "bad", 0);
	num_case("1E400", "bad", 0);
	rpw_num_parse(&a, "5.005", &e);
	rpw_num_parse(&b, "5.0050000000000000001E0", &e);
	tap_ok(rpw_num_cmp(&a, &b) < 0, "compare across scales");
	rpw_num_parse(&b, "500.5E-2", &e);
	tap_ok(rpw_num_cmp(&a, &b) == 0, "equal across notations");
}

int
main(void)
{
	test_csv();
	test_max_fields();
	test_numbers();
	return tap_done();
}
