/*
 * lessonbook.c - the lesson folder: one sub-folder per language, one file
 * per module, and the check that translations keep the English structure.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "lesson.h"
#include "util.h"

/*
 * The names in dir, sorted: sub-folders when want_dirs, else *.json files.
 * NULL with a diagnostic when dir cannot be read.
 */
static char **
list_names(const char *dir, int want_dirs, size_t *n, struct diags *d)
{
	char **names;
	int err;

	names = dir_names(dir, want_dirs, n, &err);
	if (names == NULL)
		diags_add(d, dir, NULL, err == ENOENT ? _("no such folder; "
		    "give the lesson folder with --lessons DIR") :
		    err == ENOTDIR ? _("not a folder; give the lesson folder "
		    "with --lessons DIR") : _("the folder cannot be read; "
		    "check its permissions"));
	return names;
}

static void
load_language(struct lessonbook *lb, const char *lang)
{
	char *dir = xasprintf("%s/%s", lb->dir, lang), **names, *path;
	struct module *m;
	size_t n = 0, i;

	names = list_names(dir, 0, &n, &lb->diags);
	for (i = 0; names != NULL && i < n; i++) {
		path = xasprintf("%s/%s", dir, names[i]);
		m = module_load(path, &lb->diags);
		if (m == NULL)
			lb->nbroken++;
		else {
			lb->modules = xreallocarray(lb->modules,
			    lb->nmodules + 1, sizeof *lb->modules);
			lb->modules[lb->nmodules++] = m;
		}
		free(path);
		free(names[i]);
	}
	free(names);
	free(dir);
}

static int
module_cmp(const void *a, const void *b)
{
	const struct module *x = *(struct module *const *)a;
	const struct module *y = *(struct module *const *)b;
	int r;

	if ((r = strcmp(x->language, y->language)) != 0)
		return r;
	if (x->order != y->order)
		return x->order < y->order ? -1 : 1;
	return strcmp(x->id, y->id);
}

/* Two modules of a language at the same place in the list. */
static void
check_orders(struct lessonbook *lb)
{
	const struct module *a, *b;
	size_t i;

	for (i = 1; i < lb->nmodules; i++) {
		a = lb->modules[i - 1];
		b = lb->modules[i];
		if (strcmp(a->language, b->language) == 0 &&
		    a->order == b->order)
			diags_add(&lb->diags, b->file, "order", _("%d is also "
			    "the order of %s; give each module its own "
			    "place"), b->order, a->file);
	}
}

int
lessons_load_dir(struct lessonbook *lb, const char *dir)
{
	size_t i;

	memset(lb, 0, sizeof *lb);
	diags_init(&lb->diags);
	lb->dir = xstrdup(dir);
	lb->languages = list_names(dir, 1, &lb->nlanguages, &lb->diags);
	if (lb->languages == NULL)
		return -1;
	for (i = 0; i < lb->nlanguages; i++)
		load_language(lb, lb->languages[i]);
	if (lb->nmodules > 1)
		qsort(lb->modules, lb->nmodules, sizeof *lb->modules,
		    module_cmp);
	check_orders(lb);
	return 0;
}

void
lessons_free(struct lessonbook *lb)
{
	size_t i;

	for (i = 0; i < lb->nmodules; i++)
		module_free(lb->modules[i]);
	for (i = 0; i < lb->nlanguages; i++)
		free(lb->languages[i]);
	free(lb->languages);
	free(lb->modules);
	free(lb->dir);
	diags_free(&lb->diags);
	memset(lb, 0, sizeof *lb);
}

const struct module *
lessons_find(const struct lessonbook *lb, const char *lang, const char *id)
{
	size_t i;

	for (i = 0; i < lb->nmodules; i++)
		if (strcmp(lb->modules[i]->language, lang) == 0 &&
		    strcmp(lb->modules[i]->id, id) == 0)
			return lb->modules[i];
	return NULL;
}

/* One translated module against the English one. */
struct tcmp {
	const struct module	*en;
	const struct module	*tr;
	struct diags		*d;
	size_t			 n;
};

static void
differ(struct tcmp *c, const char *path, const char *here,
    const char *there)
{
	diags_add(c->d, c->tr->file, path, _("%s here but %s in %s; keep the "
	    "structure and answers of the English module, translate only "
	    "the texts"), here, there, c->en->file);
	c->n++;
}

/* Compares two numbers; returns nonzero when they are equal. */
static int
same_int(struct tcmp *c, const char *path, long here, long there)
{
	char a[32], b[32];

	if (here == there)
		return 1;
	snprintf(a, sizeof a, "%ld", here);
	snprintf(b, sizeof b, "%ld", there);
	differ(c, path, a, b);
	return 0;
}

static int
same_str(struct tcmp *c, const char *path, const char *here,
    const char *there)
{
	char *a, *b;

	if ((here == NULL && there == NULL) || (here != NULL &&
	    there != NULL && strcmp(here, there) == 0))
		return 1;
	a = here != NULL ? xasprintf("\"%s\"", here) : xstrdup(_("nothing"));
	b = there != NULL ? xasprintf("\"%s\"", there) : xstrdup(_("nothing"));
	differ(c, path, a, b);
	free(a);
	free(b);
	return 0;
}

static void
same_flag(struct tcmp *c, const char *path, int here, int there)
{
	if (here != there)
		differ(c, path, here ? "true" : "false", there ? "true" :
		    "false");
}

/* Two decimals, given or not (absent reads as text NULL). */
static void
same_dec(struct tcmp *c, const char *path, const mpq_t here,
    const char *htext, const mpq_t there, const char *ttext)
{
	if ((htext == NULL) != (ttext == NULL) || (htext != NULL &&
	    !mpq_equal(here, there)))
		same_str(c, path, htext, ttext);
}

/* A unit that is a code ("GBP") or "%" must not change; a word such as
 * "months" is translated, so only its presence is compared. */
static int
unit_is_code(const char *u)
{
	return u != NULL && (strcmp(u, "%") == 0 || (strlen(u) == 3 &&
	    strspn(u, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == 3));
}

static void
compare_units(struct tcmp *c, const char *path, const char *here,
    const char *there)
{
	if (unit_is_code(here) || unit_is_code(there) || (here == NULL) !=
	    (there == NULL))
		same_str(c, path, here, there);
}

static void
compare_choice(struct tcmp *c, const char *path, const struct step *t,
    const struct step *e)
{
	char *p;
	size_t i;

	p = xasprintf("%s.multiple", path);
	same_flag(c, p, t->multiple, e->multiple);
	free(p);
	p = xasprintf("%s.options", path);
	if (!same_int(c, p, (long)t->noptions, (long)e->noptions)) {
		free(p);
		return;
	}
	free(p);
	for (i = 0; i < t->noptions; i++) {
		p = xasprintf("%s.options[%zu].correct", path, i);
		same_flag(c, p, t->options[i].correct,
		    e->options[i].correct);
		free(p);
	}
}

static void
compare_calc(struct tcmp *c, const char *path, const struct step *t,
    const struct step *e)
{
	char *p = xasprintf("%s.calculator", path);
	size_t i;
	int same;

	same = same_str(c, p, calc_kind_name(t->calculator),
	    calc_kind_name(e->calculator));
	free(p);
	for (i = 0; same && i < t->ninputs; i++) {
		p = xasprintf("%s.inputs.%s", path, t->inputs[i].name);
		same_dec(c, p, t->inputs[i].value, t->inputs[i].text,
		    e->inputs[i].value, e->inputs[i].text);
		free(p);
	}
}

static void
compare_step(struct tcmp *c, const char *path, const struct step *t,
    const struct step *e)
{
	char *p = xasprintf("%s.kind", path);
	int same = same_str(c, p, step_kind_name(t->kind),
	    step_kind_name(e->kind));

	free(p);
	if (!same)
		return;
	if (t->kind == STEP_CHOICE)
		compare_choice(c, path, t, e);
	else if (t->kind == STEP_NUMBER) {
		p = xasprintf("%s.answer", path);
		same_dec(c, p, t->answer, t->answer_text, e->answer,
		    e->answer_text);
		free(p);
		p = xasprintf("%s.tolerance", path);
		if (!mpq_equal(t->tolerance, e->tolerance))
			same_str(c, p, t->tolerance_text ? t->tolerance_text :
			    "0", e->tolerance_text ? e->tolerance_text : "0");
		free(p);
		p = xasprintf("%s.unit", path);
		compare_units(c, p, t->unit, e->unit);
		free(p);
	} else if (t->kind == STEP_CALCULATOR)
		compare_calc(c, path, t, e);
	else if (t->kind == STEP_COMPARE) {
		p = xasprintf("%s.from", path);
		if (same_str(c, p, t->from, e->from)) {
			free(p);
			p = xasprintf("%s.to", path);
			same_str(c, p, t->to, e->to);
		}
		free(p);
		p = xasprintf("%s.amount", path);
		same_dec(c, p, t->amount, t->amount_text, e->amount,
		    e->amount_text);
		free(p);
	} else if (t->kind == STEP_SUMMARY) {
		p = xasprintf("%s.points", path);
		same_int(c, p, (long)t->npoints, (long)e->npoints);
		free(p);
	}
}

static void
compare_quiz(struct tcmp *c)
{
	const struct quiz_question *t, *e;
	char *p;
	size_t i;

	if (!same_int(c, "quiz", (long)c->tr->nquiz, (long)c->en->nquiz))
		return;
	for (i = 0; i < c->tr->nquiz; i++) {
		t = &c->tr->quiz[i];
		e = &c->en->quiz[i];
		p = xasprintf("quiz[%zu].id", i);
		same_str(c, p, t->id, e->id);
		free(p);
		p = xasprintf("quiz[%zu].options", i);
		same_int(c, p, (long)t->noptions, (long)e->noptions);
		free(p);
		p = xasprintf("quiz[%zu].answer", i);
		same_int(c, p, t->answer, e->answer);
		free(p);
	}
}

static void
compare_sections(struct tcmp *c)
{
	const struct section *t, *e;
	char *p;
	size_t i, j;

	if (!same_int(c, "sections", (long)c->tr->nsections,
	    (long)c->en->nsections))
		return;
	for (i = 0; i < c->tr->nsections; i++) {
		t = &c->tr->sections[i];
		e = &c->en->sections[i];
		p = xasprintf("sections[%zu].minutes", i);
		same_int(c, p, t->minutes, e->minutes);
		free(p);
		p = xasprintf("sections[%zu].steps", i);
		same_int(c, p, (long)t->nsteps, (long)e->nsteps);
		free(p);
		for (j = 0; j < t->nsteps && j < e->nsteps; j++) {
			p = xasprintf("sections[%zu].steps[%zu]", i, j);
			compare_step(c, p, &t->steps[j], &e->steps[j]);
			free(p);
		}
	}
}

/* A translation with no English module beside it. */
static size_t
no_english(const struct lessonbook *lb, const struct module *m,
    struct diags *d)
{
	char *en = xasprintf("%s/%s/%s.json", lb->dir, LESSON_BASE_LANG,
	    m->id);
	size_t n = 0;

	/* A broken English file has its own diagnostics already. */
	if (access(en, F_OK) != 0) {
		diags_add(d, m->file, "id", _("there is no English module "
		    "\"%s\" (%s); a translation needs the English module of "
		    "the same id"), m->id, en);
		n = 1;
	}
	free(en);
	return n;
}

size_t
lessons_check_translations(const struct lessonbook *lb, struct diags *d)
{
	struct tcmp c;
	size_t i, n = 0;

	for (i = 0; i < lb->nmodules; i++) {
		c.tr = lb->modules[i];
		if (strcmp(c.tr->language, LESSON_BASE_LANG) == 0)
			continue;
		c.en = lessons_find(lb, LESSON_BASE_LANG, c.tr->id);
		if (c.en == NULL) {
			n += no_english(lb, c.tr, d);
			continue;
		}
		c.d = d;
		c.n = 0;
		same_int(&c, "order", c.tr->order, c.en->order);
		same_int(&c, "minutes", c.tr->minutes, c.en->minutes);
		compare_quiz(&c);
		compare_sections(&c);
		n += c.n;
	}
	return n;
}
