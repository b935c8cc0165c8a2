/*
 * ratebook.c - the folder of rate tables: every *.json file read with
 * rateparse.c, broken files kept aside with their reasons, two tables for
 * one corridor refused, and corridors found by country pair.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ratebook.h"
#include "util.h"

/* The *.json names in dir, sorted; NULL with a diagnostic on error. */
static char **
list_tables(const char *dir, size_t *n, struct diags *d)
{
	char **names;
	int err;

	names = dir_names(dir, 0, n, &err);
	if (names == NULL)
		diags_add(d, dir, NULL, err == ENOENT ? _("no such folder; "
		    "give the rate folder with --rates DIR") : err == ENOTDIR ?
		    _("not a folder; give the rate folder with --rates DIR") :
		    _("the folder cannot be read; check its permissions"));
	return names;
}

static void
add_broken(struct ratebook *rb, const char *file, const char *from,
    const char *to, const char *reason)
{
	struct broken_table *b;

	rb->broken = xreallocarray(rb->broken, rb->nbroken + 1,
	    sizeof *rb->broken);
	b = &rb->broken[rb->nbroken++];
	b->file = xstrdup(file);
	memcpy(b->from, from, 3);
	memcpy(b->to, to, 3);
	b->reason = xstrdup(reason);
}

/* A table that could not be read may still say what it was for by its
 * name, "gb-ng.json" or "gb-ng-...json": then commands for GB-NG can say
 * why the corridor is missing. */
static void
guess_corridor(const char *path, char *from, char *to)
{
	const char *base = strrchr(path, '/');
	int i;

	base = base != NULL ? base + 1 : path;
	if (strlen(base) < 10 || base[2] != '-' ||
	    (base[5] != '.' && base[5] != '-'))
		return;
	for (i = 0; i < 2; i++) {
		if (base[i] < 'a' || base[i] > 'z' || base[3 + i] < 'a' ||
		    base[3 + i] > 'z')
			return;
		from[i] = base[i] - 'a' + 'A';
		to[i] = base[3 + i] - 'a' + 'A';
	}
	from[2] = to[2] = '\0';
}

static void
load_one(struct ratebook *rb, const char *path)
{
	char from[3] = "", to[3] = "", *text, *reason;
	struct corridor *c;
	struct diags d;
	size_t len;

	diags_init(&d);
	text = file_read(path, RATES_MAX_BYTES, &len, &d);
	c = text == NULL ? NULL : corridor_parse(path, text, len, &d, from,
	    to);
	free(text);
	if (c == NULL) {
		if (from[0] == '\0')
			guess_corridor(path, from, to);
		reason = d.n > 0 ? diag_format(&d.v[0]) : xstrdup(path);
		add_broken(rb, path, from, to, reason);
		free(reason);
	} else {
		rb->corridors = xreallocarray(rb->corridors,
		    rb->ncorridors + 1, sizeof *rb->corridors);
		rb->corridors[rb->ncorridors++] = c;
	}
	diags_move(&rb->diags, &d);
}

static int
corridor_cmp(const void *a, const void *b)
{
	const struct corridor *x = *(struct corridor *const *)a;
	const struct corridor *y = *(struct corridor *const *)b;
	int r;

	if ((r = strcmp(x->from, y->from)) != 0 ||
	    (r = strcmp(x->to, y->to)) != 0 ||
	    (r = strcmp(x->send_currency, y->send_currency)) != 0 ||
	    (r = strcmp(x->receive_currency, y->receive_currency)) != 0)
		return r;
	return strcmp(x->file, y->file);
}

static int
same_corridor(const struct corridor *x, const struct corridor *y)
{
	return strcmp(x->from, y->from) == 0 && strcmp(x->to, y->to) == 0 &&
	    strcmp(x->send_currency, y->send_currency) == 0 &&
	    strcmp(x->receive_currency, y->receive_currency) == 0;
}

/* Two tables for one corridor: neither is used, as neither can be trusted
 * over the other. */
static void
drop_duplicates(struct ratebook *rb)
{
	size_t i = 0, j, k, out = 0;
	char *msg;

	if (rb->ncorridors < 2)
		return;		/* qsort(NULL, 0, ...) is undefined */
	qsort(rb->corridors, rb->ncorridors, sizeof *rb->corridors,
	    corridor_cmp);
	while (i < rb->ncorridors) {
		j = i + 1;
		while (j < rb->ncorridors && same_corridor(rb->corridors[i],
		    rb->corridors[j]))
			j++;
		if (j - i == 1) {
			rb->corridors[out++] = rb->corridors[i++];
			continue;
		}
		for (k = i; k < j; k++) {
			struct corridor *c = rb->corridors[k];

			diags_add(&rb->diags, c->file, "corridor", _("another "
			    "table, %s, is for the same corridor %s-%s "
			    "%s-%s; keep one of the two files"),
			    rb->corridors[k == i ? i + 1 : i]->file, c->from,
			    c->to, c->send_currency, c->receive_currency);
			msg = diag_format(&rb->diags.v[rb->diags.n - 1]);
			add_broken(rb, c->file, c->from, c->to, msg);
			free(msg);
		}
		for (k = i; k < j; k++)
			corridor_free(rb->corridors[k]);
		i = j;
	}
	rb->ncorridors = out;
}

int
ratebook_load_dir(struct ratebook *rb, const char *dir)
{
	char **names, *path;
	size_t n = 0, i;

	memset(rb, 0, sizeof *rb);
	diags_init(&rb->diags);
	rb->dir = xstrdup(dir);
	names = list_tables(dir, &n, &rb->diags);
	if (names == NULL)
		return -1;
	for (i = 0; i < n; i++) {
		path = xasprintf("%s/%s", dir, names[i]);
		load_one(rb, path);
		free(path);
		free(names[i]);
	}
	free(names);
	drop_duplicates(rb);
	return 0;
}

void
ratebook_free(struct ratebook *rb)
{
	size_t i;

	for (i = 0; i < rb->ncorridors; i++)
		corridor_free(rb->corridors[i]);
	for (i = 0; i < rb->nbroken; i++) {
		free(rb->broken[i].file);
		free(rb->broken[i].reason);
	}
	free(rb->corridors);
	free(rb->broken);
	free(rb->dir);
	diags_free(&rb->diags);
	memset(rb, 0, sizeof *rb);
}

const struct corridor *
ratebook_find(const struct ratebook *rb, const char *from, const char *to,
    const char *send_ccy, const char *recv_ccy, size_t *nmatch)
{
	const struct corridor *found = NULL, *c;
	size_t i;

	*nmatch = 0;
	for (i = 0; i < rb->ncorridors; i++) {
		c = rb->corridors[i];
		if (strcmp(c->from, from) != 0 || strcmp(c->to, to) != 0 ||
		    (send_ccy != NULL && strcmp(c->send_currency, send_ccy)
		    != 0) || (recv_ccy != NULL &&
		    strcmp(c->receive_currency, recv_ccy) != 0))
			continue;
		found = c;
		(*nmatch)++;
	}
	return *nmatch == 1 ? found : NULL;
}

const struct broken_table *
ratebook_broken_for(const struct ratebook *rb, const char *from,
    const char *to)
{
	size_t i;

	for (i = 0; i < rb->nbroken; i++)
		if (strcmp(rb->broken[i].from, from) == 0 &&
		    strcmp(rb->broken[i].to, to) == 0)
			return &rb->broken[i];
	return NULL;
}
