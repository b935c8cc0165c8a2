/*
 * lesson-calc.c - the calculator steps of a lesson: the inputs as the
 * learner typed them, read and checked as `remit calc` reads its options
 * (same messages, 2 decimals), and the exact results from calc.h.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "calc.h"
#include "decimal.h"
#include "i18n.h"
#include "lesson-play.h"

#define PLACES	2

/* The labels of the inputs, by their `remit calc` names. */
static const struct {
	const char	*name;
	const char	*label;
} input_labels[] = {
	{ "deposit", N_("Deposit every month") },
	/* xgettext:no-c-format */
	{ "rate", N_("Rate, % a year") },
	{ "months", N_("Months") },
	{ "initial", N_("Saved at the start") },
	{ "target", N_("Goal to reach") },
	{ "principal", N_("Amount borrowed") },
	/* xgettext:no-c-format */
	{ "flat_rate", N_("Flat rate, % a month") },
	{ "amount", N_("Amount today") },
	{ "years", N_("Years") },
};

/* The values read from the inputs. */
struct calc_in {
	mpq_t	q[CALC_MAX_INPUTS];
	long	months;
	int	bad;		/* the input refused, or -1 */
};

static void
play_step_state_bad(struct calc_in *in, size_t k)
{
	in->bad = (int)k;
}

const char *
play_input_label(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof input_labels / sizeof input_labels[0]; i++)
		if (strcmp(input_labels[i].name, name) == 0)
			return _(input_labels[i].label);
	return name;
}

char **
play_inputs(struct play *p)
{
	const struct step *st = play_step(p);
	struct play_step *s = play_step_state(p);
	size_t k;

	if (st == NULL || st->kind != STEP_CALCULATOR)
		return NULL;
	for (k = 0; k < st->ninputs; k++)
		if (s->inputs[k] == NULL)
			s->inputs[k] = xstrdup(st->inputs[k].given &&
			    st->inputs[k].text != NULL ? st->inputs[k].text :
			    "");
	return s->inputs;
}

/* Reads one input as `remit calc` reads its option, with the same
 * checks; a problem is named by the field's label, the learner's words
 * ("Flat rate, % a month"), never by an option name.  0 or -1. */
static int
read_input(const char *name, const char *text, int optional,
    struct calc_in *in, size_t k, struct diags *d)
{
	const char *label = play_input_label(name);

	if (optional && *text == '\0') {
		mpq_set_ui(in->q[k], 0, 1);
		return 0;
	}
	if (strcmp(name, "months") == 0)
		return calc_parse_months(&in->months, text, label, d);
	if (strcmp(name, "years") == 0)
		return calc_parse_years(in->q[k], text, label, d);
	if (strcmp(name, "rate") == 0 || strcmp(name, "flat_rate") == 0)
		return calc_parse_rate(in->q[k], text, strcmp(name, "rate") ==
		    0 ? CALC_MAX_RATE : CALC_MAX_FLAT, label, d);
	return calc_parse_amount(in->q[k], text, PLACES, NULL, label, d);
}

/* The amounts that must be more than 0, with `remit calc`'s words. */
static int
check_positive(const struct step *st, char **inputs, struct calc_in *in,
    struct diags *d)
{
	size_t k;

	for (k = 0; k < st->ninputs; k++) {
		if (mpq_sgn(in->q[k]) > 0)
			continue;
		if (strcmp(st->inputs[k].name, "target") == 0) {
			diags_add(d, NULL, play_input_label("target"),
			    "\"%s\": %s", inputs[k], _("the target must be "
			    "more than 0"));
			play_step_state_bad(in, k);
			return -1;
		}
		if (strcmp(st->inputs[k].name, "principal") == 0) {
			diags_add(d, NULL, play_input_label("principal"),
			    "\"%s\": %s", inputs[k], _("the amount borrowed "
			    "must be more than 0"));
			play_step_state_bad(in, k);
			return -1;
		}
	}
	return 0;
}

static void
put(struct play_calc_out *o, const char *label, char *value,
    const char *unit)
{
	o->label[o->n] = label;
	o->value[o->n] = value;
	o->unit[o->n] = unit;
	o->n++;
}

static void
run_savings(const struct calc_in *in, struct play_calc_out *o)
{
	struct calc_savings s;

	calc_savings(&s, in->q[0], in->q[1], in->months, in->q[3], PLACES);
	put(o, _("Balance"), dec_str(s.balance, PLACES, ROUND_HALF_UP), NULL);
	put(o, _("Deposited"), dec_str(s.deposited, PLACES, ROUND_HALF_UP),
	    NULL);
	put(o, _("Interest earned"), dec_str(s.interest, PLACES,
	    ROUND_HALF_UP), NULL);
	calc_savings_clear(&s);
}

static int
run_goal(const struct calc_in *in, struct play_calc_out *o,
    struct diags *d)
{
	struct calc_goal g;

	if (calc_goal(&g, in->q[0], in->q[1], in->q[3], in->q[2], PLACES,
	    d) != 0)
		return -1;
	put(o, _("Months needed"), xasprintf("%ld", g.months), NULL);
	put(o, _("Balance then"), dec_str(g.balance, PLACES, ROUND_HALF_UP),
	    NULL);
	calc_goal_clear(&g);
	return 0;
}

static void
run_loan(const struct calc_in *in, struct play_calc_out *o)
{
	struct calc_loan l;

	calc_loan(&l, in->q[0], in->q[1], in->months, PLACES);
	put(o, _("Monthly payment"), dec_str(l.payment, PLACES,
	    ROUND_HALF_UP), NULL);
	put(o, _("Total paid"), dec_str(l.total_paid, PLACES, ROUND_HALF_UP),
	    NULL);
	put(o, _("Total interest"), dec_str(l.total_interest, PLACES,
	    ROUND_HALF_UP), NULL);
	calc_loan_clear(&l);
}

static void
run_flat(const struct calc_in *in, struct play_calc_out *o)
{
	struct calc_flat f;

	calc_flat(&f, in->q[0], in->q[1], in->months, PLACES);
	put(o, _("Monthly installment"), dec_str(f.installment, PLACES,
	    ROUND_HALF_UP), NULL);
	put(o, _("Total interest"), dec_str(f.total_interest, PLACES,
	    ROUND_HALF_UP), NULL);
	put(o, _("Yearly rate on what you owe (US APR)"), dec_str(f.apr_pct, 2,
	    ROUND_HALF_UP), "%");
	put(o, _("Effective yearly rate (UK APR, EU APRC)"), dec_str(f.effective_pct, 2,
	    ROUND_HALF_UP), "%");
	calc_flat_clear(&f);
}

static void
run_inflation(const struct calc_in *in, struct play_calc_out *o)
{
	mpq_t v;

	mpq_init(v);
	calc_inflation(v, in->q[0], in->q[1], in->q[2], PLACES);
	put(o, _("Real value in today's money"), dec_str(v, PLACES,
	    ROUND_HALF_UP), NULL);
	mpq_clear(v);
}

/* Runs the calculator on values already read. */
static int
run(enum calc_kind kind, const struct calc_in *in, struct play_calc_out *o,
    struct diags *d)
{
	switch (kind) {
	case CALC_SAVINGS:	run_savings(in, o); return 0;
	case CALC_GOAL:		return run_goal(in, o, d);
	case CALC_LOAN:		run_loan(in, o); return 0;
	case CALC_FLAT:		run_flat(in, o); return 0;
	default:		run_inflation(in, o); return 0;
	}
}

int
play_calc(struct play *p, struct play_calc_out *out, struct diags *d)
{
	const struct step *st = play_step(p);
	char **inputs = play_inputs(p);
	struct calc_in in;
	size_t k;
	int rc = 0;

	memset(out, 0, sizeof *out);
	if (inputs == NULL)
		return -1;
	for (k = 0; k < CALC_MAX_INPUTS; k++)
		mpq_init(in.q[k]);
	in.months = 0;
	in.bad = -1;
	for (k = 0; k < st->ninputs && rc == 0; k++)
		if ((rc = read_input(st->inputs[k].name, inputs[k],
		    strcmp(st->inputs[k].name, "initial") == 0, &in, k, d)) !=
		    0)
			in.bad = (int)k;
	if (rc == 0)
		rc = check_positive(st, inputs, &in, d);
	if (rc == 0)
		rc = run(st->calculator, &in, out, d);
	for (k = 0; k < CALC_MAX_INPUTS; k++)
		mpq_clear(in.q[k]);
	play_step_state(p)->calculated = rc == 0;
	play_step_state(p)->bad_input = rc == 0 ? -1 : in.bad;
	return rc;
}

void
play_calc_free(struct play_calc_out *out)
{
	int k;

	for (k = 0; k < out->n; k++)
		free(out->value[k]);
	memset(out, 0, sizeof *out);
}

/* A growing string. */
struct sbuf {
	char	*s;
	size_t	 n;
};

static void
sb_add(struct sbuf *b, const char *s, size_t len)
{
	b->s = xreallocarray(b->s, 1, b->n + len + 1);
	memcpy(b->s + b->n, s, len);
	b->n += len;
	b->s[b->n] = '\0';
}

static void
sb_str(struct sbuf *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

/* Characters (not bytes) in s[0..len). */
static size_t
chars(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			n++;
	return n;
}

/* Appends one paragraph wrapped at HANDOUT_COLS characters: the first
 * line after `first`, the others after as many spaces. */
#define HANDOUT_COLS	72
static void
sb_wrap(struct sbuf *b, const char *text, const char *first)
{
	size_t ind = chars(first, strlen(first)), w, cut;
	const char *p = text, *sp;

	sb_str(b, first);
	while (*p != '\0') {
		w = HANDOUT_COLS - ind;
		for (cut = 0, sp = p; *sp != '\0' && *sp != '\n' &&
		    chars(p, (size_t)(sp - p)) < w; sp++)
			if (*sp == ' ')
				cut = (size_t)(sp - p);
		if (*sp == '\0' || *sp == '\n' || cut == 0)
			cut = (size_t)(sp - p);
		sb_add(b, p, cut);
		sb_str(b, "\n");
		p += cut;
		while (*p == ' ' || *p == '\n')
			p++;
		if (*p != '\0')
			sb_add(b, "                ", ind < 16 ? ind : 16);
	}
	if (*text == '\0')
		sb_str(b, "\n");
}

/* The inputs and results of one calculator step, if it was used. */
static void
handout_calc(struct play *p, struct sbuf *b)
{
	const struct step *st = play_step(p);
	struct play_step *s = play_step_state(p);
	struct play_calc_out o;
	struct diags d;
	char *line;
	size_t k;
	int r;

	if (s->inputs[0] == NULL)
		return;
	diags_init(&d);
	if (play_calc(p, &o, &d) == 0) {
		for (k = 0; k < st->ninputs; k++) {
			line = xasprintf("%s: %s", play_input_label(
			    st->inputs[k].name), *s->inputs[k] != '\0' ?
			    s->inputs[k] : "0");
			sb_wrap(b, line, "  ");
			free(line);
		}
		for (r = 0; r < o.n; r++) {
			line = xasprintf("%s: %s%s", o.label[r], o.value[r],
			    o.unit[r] != NULL ? o.unit[r] : "");
			sb_wrap(b, line, "  = ");
			free(line);
		}
		sb_str(b, "\n");
		play_calc_free(&o);
	}
	diags_free(&d);
}

/* Every step of a kind, in order, given to fn. */
static void
each_step(struct play *p, enum step_kind kind, struct sbuf *b,
    void (*fn)(struct play *, struct sbuf *))
{
	enum play_phase ph = p->phase;
	size_t step = p->step, i;

	p->phase = PLAY_STEPS;
	for (i = 0; i < p->nsteps; i++) {
		p->step = i;
		if (play_step(p)->kind == kind)
			fn(p, b);
	}
	p->phase = ph;
	p->step = step;
}

static void
handout_summary(struct play *p, struct sbuf *b)
{
	const struct step *st = play_step(p);
	size_t k;

	if (st->title != NULL)
		sb_wrap(b, st->title, "");
	for (k = 0; k < st->npoints; k++)
		sb_wrap(b, st->points[k], "  * ");
	sb_str(b, "\n");
}

/* Nonzero when the module has a calculator step of one of the kinds in
 * mask (a bit per enum calc_kind); used, when `used`. */
static int
has_calc(struct play *p, unsigned mask, int used)
{
	enum play_phase ph = p->phase;
	size_t step = p->step, i;
	int found = 0;

	p->phase = PLAY_STEPS;
	for (i = 0; i < p->nsteps && !found; i++) {
		p->step = i;
		found = play_step(p)->kind == STEP_CALCULATOR &&
		    (mask & (1u << play_step(p)->calculator)) != 0 &&
		    (!used || p->steps[i].calculated);
	}
	p->phase = ph;
	p->step = step;
	return found;
}

/* A heading, then lines to fill in by hand. */
static void
worksheet(struct sbuf *b, const char *title, const char *const *lines,
    size_t n, const char *blank)
{
	size_t k;
	char *s;

	sb_wrap(b, title, "");
	for (k = 0; k < n; k++) {
		s = xasprintf("%s %s", _(lines[k]), blank);
		sb_wrap(b, s, "  ");
		free(s);
	}
	sb_str(b, "\n");
}

static const char *const budget_lines[] = {
	N_("Money coming in each month:"), N_("Rent and bills:"),
	N_("Food:"), N_("Transport and phone:"), N_("Sent home:"),
	N_("Debts to repay:"), N_("Saved:"), N_("Left for the unexpected:"),
};
static const char *const goal_lines[] = {
	N_("What I am saving for:"), N_("How much it costs:"),
	N_("By when (month and year):"), N_("Already saved:"),
	N_("To save each month:"),
};
static const char *const lender_lines[] = {
	N_("How much will I repay in total, fees included?"),
	N_("What is the yearly rate the law asks you to show (APR)?"),
	N_("What does each installment cost, and how many are there?"),
	N_("What happens if I pay late, or miss a payment?"),
	N_("Can I repay early, and what does it cost?"),
	N_("What do I give as a guarantee, and who else signs?"),
};

#define NLINES(v)	(sizeof (v) / sizeof (v)[0])
#define BLANK		"______________"

/* The worksheets on the learner's own numbers: a month's budget always,
 * a savings goal with the saving calculators, a lender's questions with
 * the borrowing ones. */
static void
handout_worksheets(struct play *p, struct sbuf *b)
{
	sb_wrap(b, _("Worksheets: your own numbers"), "");
	sb_str(b, "\n");
	worksheet(b, _("My budget for a month"), budget_lines,
	    NLINES(budget_lines), BLANK);
	if (has_calc(p, 1u << CALC_SAVINGS | 1u << CALC_GOAL |
	    1u << CALC_INFLATION, 0))
		worksheet(b, _("My savings goal"), goal_lines,
		    NLINES(goal_lines), BLANK);
	if (has_calc(p, 1u << CALC_LOAN | 1u << CALC_FLAT, 0))
		worksheet(b, _("Questions to ask a lender before you sign"),
		    lender_lines, NLINES(lender_lines), "");
}

char *
play_handout(struct play *p)
{
	struct sbuf b = { NULL, 0 };
	size_t k;

	sb_wrap(&b, p->m->title, "");
	sb_str(&b, "\n");
	if (p->m->nobjectives > 0) {
		sb_wrap(&b, _("In this lesson you will learn to:"), "");
		for (k = 0; k < p->m->nobjectives; k++)
			sb_wrap(&b, p->m->objectives[k], "  * ");
		sb_str(&b, "\n");
	}
	each_step(p, STEP_SUMMARY, &b, handout_summary);
	if (has_calc(p, ~0u, 1)) {
		sb_wrap(&b, _("Your calculations"), "");
		each_step(p, STEP_CALCULATOR, &b, handout_calc);
	}
	handout_worksheets(p, &b);
	return b.s;
}
