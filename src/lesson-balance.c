/*
 * lesson-balance.c - whether a language's quizzes can be passed without
 * learning: across all its modules (quiz questions and single-answer
 * choice steps) no position of the right answer may hold over 40% of the
 * answers, and the right answer may be the longest option in at most a
 * third of the questions.  Also: a module that states no objectives.
 * These are warnings for `remit check --lessons`, not errors.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "lesson.h"
#include "util.h"

#define MAX_POS	4

/* The tallies of one language. */
struct balance {
	size_t	 n;			/* questions counted */
	size_t	 pos[MAX_POS];		/* right answer at each position */
	size_t	 longest;		/* right answer the longest option */
	char	*pos_where[MAX_POS];	/* "true-cost 3, borrowing 2" */
	char	*long_where;
};

/* Characters, not bytes. */
static size_t
chars(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/* Appends "id N" to a list of modules. */
static void
note(char **list, const char *id, size_t count)
{
	char *s;

	if (count == 0)
		return;
	s = xasprintf("%s%s%s %zu", *list != NULL ? *list : "", *list != NULL ?
	    ", " : "", id, count);
	free(*list);
	*list = s;
}

/* One question: the options' texts and the right one. */
static void
count_one(size_t pos[MAX_POS], size_t *longest, const char *const *texts,
    size_t n, size_t right)
{
	size_t k, len = chars(texts[right]);
	int strict = 1;

	if (right < MAX_POS)
		pos[right]++;
	for (k = 0; k < n; k++)
		if (k != right && chars(texts[k]) >= len)
			strict = 0;
	*longest += strict && n > 1;
}

static void
count_module(struct balance *b, const struct module *m)
{
	size_t pos[MAX_POS] = { 0 }, longest = 0, i, j, k, right, nc;
	const char *texts[MAX_POS + 4];
	const struct step *st;

	for (i = 0; i < m->nquiz; i++)
		count_one(pos, &longest, (const char *const *)m->quiz[i].options,
		    m->quiz[i].noptions, (size_t)m->quiz[i].answer);
	b->n += m->nquiz;
	for (i = 0; i < m->nsections; i++)
		for (j = 0; j < m->sections[i].nsteps; j++) {
			st = &m->sections[i].steps[j];
			if (st->kind != STEP_CHOICE || st->multiple ||
			    st->noptions > MAX_POS + 4)
				continue;
			for (k = nc = right = 0; k < st->noptions; k++) {
				texts[k] = st->options[k].text;
				if (st->options[k].correct) {
					right = k;
					nc++;
				}
			}
			if (nc != 1)
				continue;
			count_one(pos, &longest, texts, st->noptions, right);
			b->n++;
		}
	for (k = 0; k < MAX_POS; k++) {
		b->pos[k] += pos[k];
		note(&b->pos_where[k], m->id, pos[k]);
	}
	b->longest += longest;
	note(&b->long_where, m->id, longest);
}

static size_t
report(const struct balance *b, const char *where, struct diags *w)
{
	size_t k, n = 0;

	for (k = 0; k < MAX_POS; k++)
		if (b->pos[k] * 100 > b->n * 40) {
			diags_add(w, where, NULL, _("the right answer is option "
			    "%c in %zu of %zu questions (%zu%%), over 40%%; "
			    "move some to other positions (%s)"), (int)('A' + k),
			    b->pos[k], b->n, b->pos[k] * 100 / b->n,
			    b->pos_where[k]);
			n++;
		}
	if (b->longest * 3 > b->n) {
		diags_add(w, where, NULL, _("the right answer is the longest "
		    "option in %zu of %zu questions, over a third; lengthen "
		    "some wrong options or shorten right ones (%s)"),
		    b->longest, b->n, b->long_where);
		n++;
	}
	return n;
}

size_t
lessons_check_balance(const struct lessonbook *lb, struct diags *w)
{
	struct balance b;
	size_t i, l, k, n = 0;
	char *where;

	for (i = 0; i < lb->nmodules; i++)
		if (lb->modules[i]->nobjectives == 0) {
			diags_add(w, lb->modules[i]->file, "objectives",
			    _("the module states no objectives; list 2 to 4 "
			    "things a learner will be able to do"));
			n++;
		}
	for (l = 0; l < lb->nlanguages; l++) {
		memset(&b, 0, sizeof b);
		for (i = 0; i < lb->nmodules; i++)
			if (strcmp(lb->modules[i]->language,
			    lb->languages[l]) == 0)
				count_module(&b, lb->modules[i]);
		where = xasprintf("%s/%s", lb->dir, lb->languages[l]);
		if (b.n > 0)
			n += report(&b, where, w);
		free(where);
		for (k = 0; k < MAX_POS; k++)
			free(b.pos_where[k]);
		free(b.long_where);
	}
	return n;
}
