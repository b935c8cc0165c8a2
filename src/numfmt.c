/*
 * numfmt.c - numbers written and read the way a language writes them:
 * exact decimal strings regrouped and read back, never through LC_NUMERIC
 * or floating point.
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
#include "numfmt.h"
#include "xalloc.h"

#define NBSP	"\xc2\xa0"		/* U+00A0 no-break space */
#define NNBSP	"\xe2\x80\xaf"		/* U+202F narrow no-break space */

const struct numstyle numstyle_plain = { ".", "", "3" };

/* TRANSLATORS: do not translate these words: write, alone, the character
 * your language puts between the units and the decimals of a number:
 * "." in English (387,600.00), "," in French, Spanish and Portuguese. */
static const char decimal_id[] = N_("number style: decimal mark");
/* TRANSLATORS: do not translate these words: write, alone, the character
 * your language puts between groups of three digits: "," in English
 * (387,600.00); in French a no-break space U+00A0 (387 600,00); "." in
 * Spanish and Portuguese (387.600,00). */
static const char group_id[] = N_("number style: digit grouping");
/* TRANSLATORS: do not translate these words: write the sizes of the digit
 * groups, from the right, the last one repeating: 3 for groups of three
 * (387,600.00); 3;2 for the Indian way (3,87,600.00). */
static const char sizes_id[] = N_("number style: group sizes");

/* The translation of id when it is one short mark, or NULL. */
static const char *
mark(const char *id)
{
	const char *t = _(id);

	if (t == id || strcmp(t, id) == 0 || strlen(t) > 4 ||
	    strpbrk(t, "0123456789") != NULL)
		return NULL;
	return t;
}

/* The translation of sizes_id when it is sizes such as "3;2", else "3". */
static const char *
group_sizes(void)
{
	const char *t = _(sizes_id), *p;

	if (strlen(t) == 0 || strlen(t) > 7)
		return "3";
	for (p = t;; p += 2) {
		if (*p < '1' || *p > '9')
			return "3";
		if (p[1] == '\0')
			return t;
		if (p[1] != ';')
			return "3";
	}
}

void
numstyle_current(struct numstyle *st)
{
	const char *d = mark(decimal_id), *g = mark(group_id);

	if (d == NULL || g == NULL || strcmp(d, g) == 0) {
		d = ".";
		g = ",";
	}
	snprintf(st->decimal, sizeof st->decimal, "%s", d);
	snprintf(st->group, sizeof st->group, "%s", g);
	snprintf(st->sizes, sizeof st->sizes, "%s", group_sizes());
}

int
numstyle_translated(void)
{
	return mark(decimal_id) != NULL && mark(group_id) != NULL;
}

/* The size of group i from the right (0: the group next to the decimal
 * mark) in style st: its i-th size, the last one repeating. */
static size_t
group_size(const struct numstyle *st, int i)
{
	const char *p = st->sizes;

	if (*p == '\0')
		return 3;
	while (i-- > 0 && p[1] == ';')
		p += 2;
	return (size_t)(*p - '0');
}

int
numfmt_group_before(const struct numstyle *st, size_t right)
{
	size_t at = 0;
	int i;

	for (i = 0; at < right; i++)
		at += group_size(st, i);
	return at == right;
}

/* Length of s's integer digits when s is -?[0-9]+(\.[0-9]+)?, else 0. */
static size_t
plain_digits(const char *s)
{
	size_t n = strspn(s, "0123456789");

	if (n == 0)
		return 0;
	if (s[n] == '\0')
		return n;
	if (s[n] != '.' || s[n + 1] == '\0' ||
	    strspn(s + n + 1, "0123456789") != strlen(s + n + 1))
		return 0;
	return n;
}

char *
numfmt(const struct numstyle *st, const char *plain)
{
	const char *p = plain + (plain[0] == '-');
	size_t n = plain_digits(p), i, glen = strlen(st->group);
	char *out, *q;

	if (n == 0)
		return xstrdup(plain);
	out = xmalloc(strlen(plain) + n * glen + strlen(st->decimal) + 1);
	q = out;
	if (p != plain)
		*q++ = '-';
	for (i = 0; i < n; i++) {
		if (i > 0 && numfmt_group_before(st, n - i)) {
			memcpy(q, st->group, glen);
			q += glen;
		}
		*q++ = p[i];
	}
	if (p[n] == '.') {
		strcpy(q, st->decimal);
		q += strlen(st->decimal);
		strcpy(q, p + n + 1);
	} else
		*q = '\0';
	return out;
}

char *
numfmt_local(const char *plain)
{
	struct numstyle st;

	numstyle_current(&st);
	return numfmt(&st, plain);
}

/* --- reading ------------------------------------------------------------ */

enum mark_kind { MK_NONE, MK_DECIMAL, MK_GROUP, MK_DOT };

/* The mark at s in style st and its length, or MK_NONE.  A style that
 * groups with a space accepts any of the three spaces. */
static enum mark_kind
mark_at(const struct numstyle *st, const char *s, size_t *len)
{
	static const char *const spaces[] = { " ", NBSP, NNBSP };
	int spacey = st->group[0] == ' ' || strcmp(st->group, NBSP) == 0 ||
	    strcmp(st->group, NNBSP) == 0;
	size_t i;

	*len = strlen(st->decimal);
	if (strncmp(s, st->decimal, *len) == 0)
		return MK_DECIMAL;
	*len = strlen(st->group);
	if (*len > 0 && strncmp(s, st->group, *len) == 0)
		return strcmp(st->group, ".") == 0 ? MK_DOT : MK_GROUP;
	for (i = 0; spacey && i < 3; i++) {
		*len = strlen(spaces[i]);
		if (strncmp(s, spaces[i], *len) == 0)
			return MK_GROUP;
	}
	*len = 1;
	if (strcmp(st->decimal, ",") == 0 && *s == '.')
		return MK_DOT;
	return MK_NONE;
}

#define MAX_RUNS 16

/* s cut into digit runs and the marks between them. */
struct runs {
	const char	*start[MAX_RUNS];
	size_t		 len[MAX_RUNS];
	enum mark_kind	 mark[MAX_RUNS];	/* after run i */
	int		 n;
};

/* Splits s; -1 when s holds anything else, an empty run or too many. */
static int
runs_split(const struct numstyle *st, const char *s, struct runs *r)
{
	size_t ml;

	r->n = 0;
	while (r->n < MAX_RUNS) {
		r->start[r->n] = s;
		r->len[r->n] = strspn(s, "0123456789");
		if (r->len[r->n] == 0)
			return -1;
		s += r->len[r->n];
		r->mark[r->n] = MK_NONE;
		r->n++;
		if (*s == '\0')
			return 0;
		if ((r->mark[r->n - 1] = mark_at(st, s, &ml)) == MK_NONE)
			return -1;
		s += ml;
	}
	return -1;
}

/* Nonzero when runs 0..last-1 are grouped by the sizes of st: each run
 * but the first exactly its group's size, the first 1 to that size. */
static int
grouped(const struct numstyle *st, const struct runs *r, int last)
{
	int i;

	if (last == 1)
		return 1;
	for (i = last - 1; i > 0; i--)
		if (r->len[i] != group_size(st, last - 1 - i))
			return 0;
	return r->len[0] <= group_size(st, last - 1);
}

/* The digits of runs 0..n-1 joined, then "." and run n when frac. */
static char *
join(const struct runs *r, int n, int frac)
{
	size_t len = 2;
	char *out, *q;
	int i;

	for (i = 0; i <= n && i < r->n; i++)
		len += r->len[i];
	out = q = xmalloc(len);
	for (i = 0; i < n + (frac != 0); i++) {
		if (i == n)
			*q++ = '.';
		memcpy(q, r->start[i], r->len[i]);
		q += r->len[i];
	}
	*q = '\0';
	return out;
}

/* Counts the marks of a kind. */
static int
count(const struct runs *r, enum mark_kind k)
{
	int i, c = 0;

	for (i = 0; i < r->n - 1; i++)
		c += r->mark[i] == k;
	return c;
}

/* No decimal mark: grouping only, or one dot as a decimal point. */
static enum numread_status
read_no_decimal(const struct numstyle *st, const struct runs *r,
    char **plain, char **other)
{
	int dots = count(r, MK_DOT), groups = count(r, MK_GROUP);
	int as_group, as_point;

	if (dots == 0 || (groups == 0 && dots > 1)) {
		if (!grouped(st, r, r->n))
			return NUMREAD_GROUPING;
		*plain = join(r, r->n, 0);
		return NUMREAD_OK;
	}
	if (dots > 1 || r->mark[r->n - 2] != MK_DOT)
		return NUMREAD_GROUPING;
	as_point = grouped(st, r, r->n - 1);
	as_group = groups == 0 && grouped(st, r, r->n);
	if (!as_point && !as_group)
		return NUMREAD_GROUPING;
	*plain = join(r, r->n - (as_group ? 0 : 1), !as_group);
	if (as_point && as_group) {
		*other = join(r, r->n - 1, 1);
		return NUMREAD_AMBIGUOUS;
	}
	return NUMREAD_OK;
}

static enum numread_status
read_runs(const struct numstyle *st, const struct runs *r, char **plain,
    char **other)
{
	int i, decimals = count(r, MK_DECIMAL);

	if (decimals == 0)
		return read_no_decimal(st, r, plain, other);
	if (decimals > 1 || r->mark[r->n - 2] != MK_DECIMAL)
		return NUMREAD_DECIMAL;
	for (i = 0; i < r->n - 2; i++)
		if (r->mark[i] == MK_DOT && count(r, MK_GROUP) > 0)
			return NUMREAD_GROUPING;
	if (!grouped(st, r, r->n - 1))
		return NUMREAD_GROUPING;
	*plain = join(r, r->n - 1, 1);
	return NUMREAD_OK;
}

enum numread_status
numfmt_read(const struct numstyle *st, const char *s, char **plain,
    char **other)
{
	struct runs r;
	enum numread_status rv = NUMREAD_OK;
	const char *body = s + (s[0] == '-' || s[0] == '+');
	char *digits = NULL;

	*plain = *other = NULL;
	if (strcmp(st->decimal, ".") == 0 && st->group[0] == '\0')
		goto keep;
	if (runs_split(st, body, &r) != 0)
		goto keep;
	rv = read_runs(st, &r, &digits, other);
	if (digits == NULL)
		return rv;
	*plain = xasprintf("%.*s%s", (int)(body - s), s, digits);
	free(digits);
	return rv;
keep:
	*plain = xstrdup(s);
	return NUMREAD_OK;
}

/* --- the amount rule ----------------------------------------------------- */

static const struct numstyle *
ungrouped(const struct numstyle *st, struct numstyle *buf)
{
	*buf = *st;
	buf->group[0] = '\0';
	return buf;
}

static const char *
example_plain(int places)
{
	switch (places) {
	case 0:		return "20000";
	case 3:		return "200.500";
	case 4:		return "200.5000";
	default:	return "200.50";
	}
}

char *
numfmt_amount_hint(const struct numstyle *st, int places)
{
	struct numstyle u;
	char *ex, *s;

	ex = numfmt(ungrouped(st, &u), example_plain(places));
	if (places <= 0)
		s = xasprintf(_("Type the amount in whole units, e.g. %s."), ex);
	else
		s = xasprintf(_("Type the amount, e.g. 200 or %s."), ex);
	free(ex);
	return s;
}

/* What is wrong with a reading of s that is not NUMREAD_OK. */
static char *
read_problem(const struct numstyle *st, enum numread_status rv,
    const char *s, const char *plain, const char *other, int places)
{
	struct numstyle u;
	char *a, *b, *ex, *msg;

	if (rv == NUMREAD_AMBIGUOUS) {
		a = numfmt(ungrouped(st, &u), plain);
		b = numfmt(&u, other);
		msg = xasprintf(_("\"%s\" can be read as %s or as %s: type "
		    "the one you mean without grouping marks"), s, a, b);
		free(a);
		free(b);
		return msg;
	}
	a = numfmt(st, "1234567");
	ex = numfmt(ungrouped(st, &u), example_plain(places));
	if (rv == NUMREAD_GROUPING)
		msg = xasprintf(_("\"%s\": group digits by three, as in %s, "
		    "and write decimals after \"%s\", e.g. %s"), s, a,
		    st->decimal, ex);
	else
		msg = xasprintf(_("\"%s\": write one decimal mark \"%s\" "
		    "with digits on both sides, e.g. %s"), s, st->decimal, ex);
	free(a);
	free(ex);
	return msg;
}

/* What dec_parse_amount found wrong, said in style st. */
static char *
parse_problem(const struct numstyle *st, enum dec_status ds, const char *s,
    const char *plain, int places, const char *unit)
{
	struct numstyle u;
	char *cut, *ex, *msg;
	const char *dot;

	if (strcmp(st->decimal, ".") == 0 && st->group[0] == '\0')
		return dec_explain(ds, s, places, unit);
	if (ds != DEC_TOO_PRECISE && ds != DEC_SYNTAX && ds != DEC_COMMA &&
	    ds != DEC_DOT && ds != DEC_SPACE)
		return dec_explain(ds, s, places, unit);
	if (ds != DEC_TOO_PRECISE) {
		ex = numfmt(ungrouped(st, &u), example_plain(places));
		msg = xasprintf(_("\"%s\" is not an amount: type digits, "
		    "e.g. %s"), s, ex);
		free(ex);
		return msg;
	}
	dot = strchr(plain, '.');
	cut = xasprintf("%.*s", (int)(dot - plain) + (places > 0 ? places +
	    1 : 0), plain);
	ex = numfmt(st, cut);
	if (places == 0)
		msg = xasprintf(_("\"%s\": %s has no decimals; type a whole "
		    "number such as %.*s"), s, unit ? unit : "",
		    (int)strlen(ex), ex);
	else
		msg = xasprintf(ngettext("\"%s\": %s has %d decimal; type at "
		    "most %d digit after the decimal mark, e.g. %s",
		    "\"%s\": %s has %d decimals; type at most %d digits after "
		    "the decimal mark, e.g. %s", places), s, unit ? unit : "",
		    places, places, ex);
	free(cut);
	free(ex);
	return msg;
}

char *
numfmt_amount_check(const struct numstyle *st, mpq_t out, const char *s,
    int places, const char *unit)
{
	enum numread_status rv;
	enum dec_status ds;
	char *plain, *other, *msg = NULL;
	mpq_t v;

	rv = numfmt_read(st, s, &plain, &other);
	if (rv != NUMREAD_OK) {
		msg = read_problem(st, rv, s, plain, other, places);
		free(plain);
		free(other);
		return msg;
	}
	mpq_init(v);
	ds = dec_parse_amount(v, plain, places);
	if (ds != DEC_OK)
		msg = parse_problem(st, ds, s, plain, places, unit);
	else if (mpq_sgn(v) == 0)
		msg = xasprintf(_("\"%s\": the amount must be more than 0"),
		    s);
	else
		mpq_set(out, v);
	mpq_clear(v);
	free(plain);
	return msg;
}

char *
numfmt_amount_plain(const struct numstyle *st, const char *s)
{
	char *plain, *other;

	numfmt_read(st, s, &plain, &other);
	free(other);
	return plain != NULL ? plain : xstrdup(s);
}
