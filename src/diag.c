/*
 * diag.c - lists of located error messages.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"

void
diags_init(struct diags *d)
{
	memset(d, 0, sizeof *d);
}

void
diags_free(struct diags *d)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		free(d->v[i].file);
		free(d->v[i].where);
		free(d->v[i].msg);
	}
	free(d->v);
	diags_init(d);
}

static struct diag *
diags_push(struct diags *d)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->v = xreallocarray(d->v, d->cap, sizeof *d->v);
	}
	return &d->v[d->n++];
}

void
diags_add(struct diags *d, const char *file, const char *where,
    const char *fmt, ...)
{
	struct diag *g = diags_push(d);
	va_list ap;

	g->file = xstrdup(file);
	g->where = xstrdup(where);
	va_start(ap, fmt);
	if (vasprintf(&g->msg, fmt, ap) < 0)
		g->msg = xstrdup(fmt);
	va_end(ap);
}

void
diags_move(struct diags *dst, struct diags *src)
{
	size_t i;

	for (i = 0; i < src->n; i++)
		*diags_push(dst) = src->v[i];
	free(src->v);
	diags_init(src);
}

char *
diag_format(const struct diag *g)
{
	if (g->file != NULL && g->where != NULL)
		return xasprintf("%s: %s: %s", g->file, g->where, g->msg);
	if (g->file != NULL)
		return xasprintf("%s: %s", g->file, g->msg);
	if (g->where != NULL)
		return xasprintf("%s: %s", g->where, g->msg);
	return xstrdup(g->msg);
}
