/*
 * slip.c - the comparison on paper: a slip at most 42 columns wide,
 * piped to a print command such as `lp -d receipt`.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>

#include "i18n.h"
#include "isocodes.h"
#include "output.h"
#include "ratebook.h"
#include "slip.h"
#include "xalloc.h"

static void
line(FILE *f, char *s)
{
	out_wrapped(f, s, SLIP_WIDTH);
	free(s);
}

/* A line under a quote's name, indented by three spaces. */
static void
indented(FILE *f, char *s)
{
	fputs("   ", f);
	out_wrapped_indent(f, s, SLIP_WIDTH - 3, 3);
	free(s);
}

static void
rule(FILE *f)
{
	int i;

	for (i = 0; i < SLIP_WIDTH; i++)
		fputc('-', f);
	fputc('\n', f);
}

static void
slip_head(FILE *f, const struct comparison *cmp)
{
	const struct corridor *c = cmp->corridor;

	line(f, xstrdup(_("remit: the cost of sending money")));
	line(f, xasprintf(_("From %s to %s"),
	    country_name(country_by_alpha2(c->from)),
	    country_name(country_by_alpha2(c->to))));
	line(f, cmp->inverse ? xasprintf(_("The family receives at least "
	    "%s %s."), cmp->amount_text, c->receive_currency) :
	    xasprintf(_("You send %s %s."), cmp->amount_text,
	    c->send_currency));
	line(f, xasprintf(_("Prices of %s. Source: %s"), c->as_of,
	    c->source));
	if (c->sample)
		line(f, xstrdup(_("SAMPLE DATA, NOT REAL PRICES.")));
	rule(f);
}

static void
slip_quote(FILE *f, const struct comparison *cmp, size_t i,
    const struct provider *best)
{
	const struct quote *q = &cmp->quotes[i];
	const struct quote_text *t = &cmp->text[i];
	const char *sc = cmp->corridor->send_currency;

	line(f, xasprintf("%zu. %s%s", i + 1, q->provider->name,
	    q->provider == best ? _(" (best for your family)") : ""));
	if (!q->available) {
		indented(f, xasprintf(_("not offered: %s"), t->reason));
		return;
	}
	indented(f, xasprintf(_("Family gets %s %s"), t->received,
	    cmp->corridor->receive_currency));
	indented(f, xasprintf(_("You pay %s %s"), t->sender_pays, sc));
	indented(f, xasprintf(_("Cost %s %s (%s%%)"), t->total_cost, sc,
	    t->total_cost_pct));
	if (q->over_5pct)
		/* xgettext:no-c-format */
		indented(f, xasprintf("! %s", _("costs more than 5%")));
	if (!q->provider->transparent)
		indented(f, xasprintf("? %s", _("does not disclose its exchange "
		    "rate before you pay")));
}

void
slip_write(FILE *f, const struct comparison *cmp,
    const struct provider *best)
{
	const struct corridor *c = cmp->corridor;
	size_t i;

	slip_head(f, cmp);
	for (i = 0; i < cmp->n; i++)
		slip_quote(f, cmp, i, best);
	rule(f);
	line(f, xasprintf(_("Mid-market rate: 1 %s = %s %s"),
	    c->send_currency, c->reference_rate_text, c->receive_currency));
}

int
slip_print(const char *cmd, const struct comparison *cmp,
    const struct provider *best)
{
	char *sh = xasprintf("{ %s\n} >/dev/null 2>&1", cmd);
	void (*old)(int) = signal(SIGPIPE, SIG_IGN);
	FILE *p = popen(sh, "w");
	int st = -1;

	if (p != NULL) {
		slip_write(p, cmp, best);
		st = pclose(p);
	}
	signal(SIGPIPE, old);
	free(sh);
	return st != -1 && WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : -1;
}
