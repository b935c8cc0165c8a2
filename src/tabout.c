/*
 * tabout.c - rows as a table, CSV or JSON.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "output.h"
#include "tabout.h"

/* A table column's width: at least its name's. */
static int
col_width(const struct tab_col *c)
{
	int w = text_width(c->name);

	return c->width > w ? c->width : w;
}

void
tab_begin(struct tabout *t, FILE *f, enum output_format fmt,
    const struct tab_col *cols, size_t ncols)
{
	size_t i;

	t->f = f;
	t->fmt = fmt;
	t->cols = cols;
	t->ncols = ncols;
	t->nrows = 0;
	if (fmt == FORMAT_JSON) {
		fputc('[', f);
		return;
	}
	for (i = 0; i < ncols; i++) {
		if (fmt == FORMAT_CSV)
			out_csv(f, cols[i].name, i + 1 == ncols);
		else {
			out_cell(f, cols[i].name, col_width(&cols[i]),
			    cols[i].kind != CELL_STR);
			fputc(i + 1 == ncols ? '\n' : ' ', f);
		}
	}
}

/* One row as a JSON object. */
static void
json_row(struct tabout *t, const char *const *v)
{
	size_t i;

	fputs(t->nrows > 0 ? ",\n  {" : "\n  {", t->f);
	for (i = 0; i < t->ncols; i++) {
		if (i > 0)
			fputs(", ", t->f);
		out_json_str(t->f, t->cols[i].name);
		fputs(": ", t->f);
		if (v[i] == NULL || (v[i][0] == '\0' &&
		    t->cols[i].kind != CELL_STR))
			fputs("null", t->f);
		else if (t->cols[i].kind == CELL_INT ||
		    t->cols[i].kind == CELL_BOOL)
			fputs(v[i], t->f);
		else
			out_json_str(t->f, v[i]);
	}
	fputc('}', t->f);
}

void
tab_row(struct tabout *t, const char *const *v)
{
	size_t i;

	if (t->fmt == FORMAT_JSON)
		json_row(t, v);
	else
		for (i = 0; i < t->ncols; i++) {
			const char *s = v[i] != NULL ? v[i] : "";

			if (t->fmt == FORMAT_CSV)
				out_csv(t->f, s, i + 1 == t->ncols);
			else {
				out_cell(t->f, s, col_width(&t->cols[i]),
				    t->cols[i].kind != CELL_STR);
				fputc(i + 1 == t->ncols ? '\n' : ' ', t->f);
			}
		}
	t->nrows++;
}

void
tab_end(struct tabout *t)
{
	if (t->fmt == FORMAT_JSON)
		fputs(t->nrows > 0 ? "\n]" : "]", t->f);
}
