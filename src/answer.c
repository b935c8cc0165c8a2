/*
 * answer.c - the comparison's answer in one plain sentence.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "answer.h"
#include "i18n.h"
#include "xalloc.h"

/* How the money arrives, as the sentence says it. */
static const char *const payout_phrases[] = {
	N_("as cash to pick up"), N_("into a bank account"),
	N_("into a mobile wallet")
};

/* How fast, as the sentence says it (ratebook.h's enum speed). */
static const char *const speed_phrases[LAST_SPEED] = {
	N_("in under 1 hour"), N_("the same day"), N_("the next day"),
	N_("in 2 days"), N_("in 3 to 5 days"), N_("in 6 days or more")
};

char *
answer_payout(const struct quote *q, unsigned payout)
{
	const char *w[3];
	unsigned bits = q->provider->payout & payout;
	int i, n = 0;

	if (bits == 0)
		bits = q->provider->payout;
	for (i = 0; i < 3; i++)
		if (bits & (1u << i))
			w[n++] = _(payout_phrases[i]);
	switch (n) {
	case 1:
		return xstrdup(w[0]);
	case 2:
		/* TRANSLATORS: two ways the money can arrive, e.g. "as cash
		 * to pick up or into a bank account". */
		return xasprintf(_("%s or %s"), w[0], w[1]);
	case 3:
		return xasprintf(_("%s, %s or %s"), w[0], w[1], w[2]);
	default:
		return xstrdup("");
	}
}

char *
answer_sentence(const struct comparison *cmp, size_t i, unsigned payout,
    const struct numstyle *st)
{
	const struct quote *q;
	const struct quote_text *t;
	const struct corridor *c = cmp->corridor;
	char *how, *gets, *pays, *s;
	const char *fast;

	if (i >= cmp->n || !cmp->quotes[i].available)
		return NULL;
	q = &cmp->quotes[i];
	t = &cmp->text[i];
	how = answer_payout(q, payout);
	gets = numfmt(st, t->received);
	pays = numfmt(st, t->sender_pays);
	fast = _(speed_phrases[q->provider->speed < LAST_SPEED ?
	    q->provider->speed : SPEED_6_DAYS_PLUS]);
	if (cmp->inverse)
		s = xasprintf(_("Best for your family: %s. You pay %s %s, and "
		    "they get %s %s %s, %s."), q->provider->name, pays,
		    c->send_currency, gets, c->receive_currency, how, fast);
	else
		s = xasprintf(_("Best for your family: %s. They get %s %s %s, "
		    "%s. You pay %s %s."), q->provider->name, gets,
		    c->receive_currency, how, fast, pays, c->send_currency);
	free(how);
	free(gets);
	free(pays);
	return s;
}
