/*
 * qr.c - the answer as text and as a QR code in half-block characters.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#ifdef HAVE_QRENCODE
#include <qrencode.h>
#endif

#include "i18n.h"
#include "qr.h"
#include "ratebook.h"
#include "util.h"
#include "xalloc.h"

#define HALF_UPPER	"\xe2\x96\x80"	/* ▀ */
#define HALF_LOWER	"\xe2\x96\x84"	/* ▄ */
#define FULL_BLOCK	"\xe2\x96\x88"	/* █ */

int
qr_available(void)
{
#ifdef HAVE_QRENCODE
	return 1;
#else
	return 0;
#endif
}

char *
qr_answer_text(const struct comparison *cmp, size_t row)
{
	const struct quote_text *t = &cmp->text[row];
	const struct corridor *c = cmp->corridor;
	const char *sc = c->send_currency, *rc = c->receive_currency;
	char *name = text_safe(cmp->quotes[row].provider->name), *s, *all;

	s = xasprintf(_("%s\nFamily gets: %s %s\nYou pay: %s %s\nCost: %s %s "
	    "(%s%%)\nPrices of %s"), name, t->received, rc, t->sender_pays,
	    sc, t->total_cost, sc, t->total_cost_pct, c->as_of);
	free(name);
	if (!c->sample)
		return s;
	all = xasprintf("%s\n%s", s, _("Sample data"));
	free(s);
	return all;
}

#ifdef HAVE_QRENCODE
/* Nonzero when module (x, y) of the code, quiet zone included, is dark. */
static int
dark(const QRcode *q, int x, int y)
{
	x -= QR_QUIET;
	y -= QR_QUIET;
	if (x < 0 || y < 0 || x >= q->width || y >= q->width)
		return 0;
	return q->data[y * q->width + x] & 1;
}

/* One line of text: module rows y and y + 1, light as a block. */
static char *
half_row(const QRcode *q, int y, int w)
{
	char *s = xmalloc((size_t)w * 3 + 1), *p = s;
	int x, top, bottom;
	const char *g;

	for (x = 0; x < w; x++) {
		top = !dark(q, x, y);
		bottom = y + 1 < w && !dark(q, x, y + 1);
		g = top && bottom ? FULL_BLOCK : top ? HALF_UPPER :
		    bottom ? HALF_LOWER : " ";
		memcpy(p, g, strlen(g));
		p += strlen(g);
	}
	*p = '\0';
	return s;
}
#endif

char **
qr_rows(const char *text, int *n, int *width)
{
#ifdef HAVE_QRENCODE
	QRcode *q = QRcode_encodeString(text, 0, QR_ECLEVEL_L, QR_MODE_8, 1);
	char **rows;
	int w, i;

	if (q == NULL)
		return NULL;
	w = q->width + 2 * QR_QUIET;
	*width = w;
	*n = (w + 1) / 2;
	rows = xmalloc(sizeof *rows * (size_t)*n);
	for (i = 0; i < *n; i++)
		rows[i] = half_row(q, 2 * i, w);
	QRcode_free(q);
	return rows;
#else
	(void)text;
	*n = *width = 0;
	return NULL;
#endif
}

void
qr_rows_free(char **rows, int n)
{
	int i;

	for (i = 0; rows != NULL && i < n; i++)
		free(rows[i]);
	free(rows);
}
