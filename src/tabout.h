/*
 * tabout.h - rows of named columns written as a table, RFC 4180 CSV or a
 * JSON array of objects, for the analysts' commands.
 *
 * Values are strings the caller formatted (decimals already rounded);
 * NULL is an empty cell, JSON null.  Strings from data files are made
 * safe here (out_cell, out_csv, out_json_str).
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_TABOUT_H
#define REMIT_TABOUT_H

#include <stdio.h>

#include "remit.h"

enum cell_kind {
	CELL_STR,	/* text: a JSON string */
	CELL_DEC,	/* an exact decimal: a JSON string, right-aligned */
	CELL_INT,	/* a count: a JSON number */
	CELL_BOOL	/* "true" or "false": a JSON boolean */
};

struct tab_col {
	const char	*name;	/* CSV header, JSON key */
	enum cell_kind	 kind;
	int		 width;	/* table columns */
};

struct tabout {
	FILE			*f;
	enum output_format	 fmt;
	const struct tab_col	*cols;
	size_t			 ncols;
	unsigned long		 nrows;
};

/* Starts the output: the CSV header, the table header or "[". */
void tab_begin(struct tabout *t, FILE *f, enum output_format fmt,
    const struct tab_col *cols, size_t ncols);
/* Writes one row of t->ncols values. */
void tab_row(struct tabout *t, const char *const *v);
/* Ends the output ("]" for JSON). */
void tab_end(struct tabout *t);

#endif
