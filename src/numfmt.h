/*
 * numfmt.h - numbers written and read the way a language writes them.
 *
 * A number style is a decimal mark, a digit-grouping mark and the sizes
 * of the groups, all taken from the translation (English 387,600.00;
 * French 387 600,00 with a no-break space; Spanish and Portuguese
 * 387.600,00; Hindi groups the Indian way, 3,87,600.00).  Formatting works on
 * the exact decimal strings the library prints ("-387600.00") and reading
 * gives such a string back: nothing goes through LC_NUMERIC or binary
 * floating point.  Files, CSV and JSON keep the plain style ("387600.00").
 *
 * The amount rule (numfmt_amount_check) is the one the app and `remit
 * compare` share: the command line reads the plain style, the app the
 * language's style.
 *
 * Ownership: functions returning char * return a string the caller frees.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_NUMFMT_H
#define REMIT_NUMFMT_H

#include <gmp.h>

struct numstyle {
	char	decimal[8];	/* the decimal mark, UTF-8: "." or "," */
	char	group[8];	/* the grouping mark, UTF-8; "": none */
	char	sizes[8];	/* group sizes from the right, "3" or "3;2"
				 * (the last repeats); "": "3" */
};

/* Files, CSV, JSON and the command line's input: "." and no grouping. */
extern const struct numstyle numstyle_plain;

/* The style of the current translation (English when untranslated). */
void numstyle_current(struct numstyle *st);
/* Nonzero when the current language has a catalogue with a number style
 * (the command line's table then writes numbers in that style). */
int numstyle_translated(void);

/* An exact decimal string ("-1234.5", as dec_str writes) in style st;
 * anything else is returned unchanged. */
char *numfmt(const struct numstyle *st, const char *plain);
/* Nonzero when, in style st, a grouping mark goes before the last
 * `right` digits (right > 0) of a number's integer part. */
int numfmt_group_before(const struct numstyle *st, size_t right);
/* numfmt in the current translation's style. */
char *numfmt_local(const char *plain);

enum numread_status {
	NUMREAD_OK,
	NUMREAD_AMBIGUOUS,	/* "1.234" in es: 1234 or 1,234 */
	NUMREAD_GROUPING,	/* grouping marks not every three digits */
	NUMREAD_DECIMAL,	/* a mark that cannot be a decimal mark here */
	LAST_NUMREAD
};

/*
 * Reads s, written in style st, into the plain style (*plain, caller
 * frees; characters that are not marks are kept for dec_parse to judge).
 * NUMREAD_AMBIGUOUS: *plain is the grouping reading and *other the
 * decimal one.  Otherwise *other is NULL.  The rule: the style's decimal
 * mark, at most once; its grouping mark only between the integer digits
 * in exact groups of the style's sizes (by three: 1 to 3 digits first;
 * "3;2": 3,87,600).  Where the decimal mark
 * is a comma, a dot is also read: as a decimal point when it is alone and
 * not followed by exactly three digits, as grouping when it is every
 * three digits more than once; "1.234" can be both and is ambiguous.
 */
enum numread_status numfmt_read(const struct numstyle *st, const char *s,
    char **plain, char **other);

/*
 * The amount rule: s is a positive amount with at most `places` decimals,
 * written in style st.  Returns NULL and sets out (initialised by the
 * caller), or a translated sentence saying what is wrong and what to type
 * (unit, the currency code, shapes it).
 */
char *numfmt_amount_check(const struct numstyle *st, mpq_t out,
    const char *s, int places, const char *unit);
/* The amount typed in style st in the plain style ("1 234,50" ->
 * "1234.50"), for compare_run; an ambiguous amount gives its grouping
 * reading.  Check it with numfmt_amount_check first. */
char *numfmt_amount_plain(const struct numstyle *st, const char *s);
/* One sentence on how to type an amount with `places` decimals in style
 * st, with examples that fit the currency: "... e.g. 200 or 200.50",
 * "... e.g. 20000". */
char *numfmt_amount_hint(const struct numstyle *st, int places);

#endif
