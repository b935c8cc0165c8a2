/*
 * speech.c - the answer as a sentence to be read aloud.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <stdlib.h>

#include "i18n.h"
#include "isocodes.h"
#include "numfmt.h"
#include "ratebook.h"
#include "speech.h"
#include "util.h"
#include "xalloc.h"

/* The separators of the language, from a sample number its translators
 * write: "1,234.5" in English, "1 234,5" in French.  The group separator
 * lies between "1" and "234", the decimal one between "234" and "5". */
static void
separators(char *group, size_t gn, char *point, size_t pn)
{
	/* TRANSLATORS: a sample number showing how numbers read aloud are
	 * written: keep the digits 1, 234 and 5, change the separators. */
	const char *s = _("1,234.5"), *g, *p;

	g = strstr(s, "234");
	p = g != NULL ? strchr(g + 3, '5') : NULL;
	if (s[0] != '1' || g == NULL || p == NULL ||
	    (size_t)(g - s - 1) >= gn || (size_t)(p - g - 3) >= pn) {
		s = "1,234.5";
		g = s + 2;
		p = s + 6;
	}
	memcpy(group, s + 1, (size_t)(g - s - 1));
	group[g - s - 1] = '\0';
	memcpy(point, g + 3, (size_t)(p - g - 3));
	point[p - g - 3] = '\0';
}

char *
speech_number(const char *decimal)
{
	char group[8], point[8], *out, *o;
	struct numstyle st;
	const char *dot = strchr(decimal, '.'), *d;
	size_t nint = dot != NULL ? (size_t)(dot - decimal) : strlen(decimal);
	size_t i, start = decimal[0] == '-' ? 1 : 0;

	separators(group, sizeof group, point, sizeof point);
	numstyle_current(&st);		/* the group sizes: 3, or 3;2 */
	out = o = xmalloc(strlen(decimal) * (1 + sizeof group) + sizeof point);
	for (i = 0; i < nint; i++) {
		if (i > start && numfmt_group_before(&st, nint - i))
			o = stpcpy(o, group);
		*o++ = decimal[i];
	}
	if (dot != NULL && dot[strspn(dot + 1, "0") + 1] != '\0') {
		o = stpcpy(o, point);
		for (d = dot + 1; *d != '\0'; d++)
			*o++ = *d;
	}
	*o = '\0';
	return out;
}

char *
speech_amount(const char *decimal, const char *currency)
{
	char *n = speech_number(decimal), *s;

	/* TRANSLATORS: an amount read aloud: "387,600 Naira". */
	s = xasprintf(_("%s %s"), n, currency_name(currency));
	free(n);
	return s;
}

char *
speech_answer(const struct comparison *cmp, const struct provider *best)
{
	const struct corridor *c = cmp->corridor;
	char *name, *gets, *pays, *cost, *s, *all;
	size_t i;

	for (i = 0; i < cmp->n; i++)
		if (cmp->quotes[i].available && (best == NULL ||
		    cmp->quotes[i].provider == best))
			break;
	if (i == cmp->n)
		return xstrdup(_("No provider offers this amount."));
	name = text_safe(cmp->quotes[i].provider->name);
	gets = speech_amount(cmp->text[i].received, c->receive_currency);
	pays = speech_amount(cmp->text[i].sender_pays, c->send_currency);
	cost = speech_amount(cmp->text[i].total_cost, c->send_currency);
	s = xasprintf(_("Best for your family: %s. Your family receives %s. "
	    "You pay %s in all, and the transfer costs you %s."), name, gets,
	    pays, cost);
	free(name);
	free(gets);
	free(pays);
	free(cost);
	if (!c->sample)
		return s;
	all = xasprintf("%s %s", s, _("These are sample prices, not real "
	    "ones."));
	free(s);
	return all;
}
