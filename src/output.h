/*
 * output.h - writing tables, RFC 4180 CSV and JSON safely.
 *
 * Every string that came from a data file goes through these functions:
 * table cells are made terminal-safe (no control characters or escape
 * sequences) and cut to their width with an ellipsis; CSV fields are quoted
 * when needed; JSON strings are escaped.  Decimals are written as given
 * (already formatted by dec_str()).
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_OUTPUT_H
#define REMIT_OUTPUT_H

#include <stdio.h>

/* Display columns of UTF-8 text (wide characters count 2). */
int text_width(const char *s);
/*
 * Writes s made safe, fitted to `width` columns: cut with "…" when longer,
 * padded with spaces on the right (align_right = 0) or left.
 */
void out_cell(FILE *f, const char *s, int width, int align_right);
/* A number right-aligned in width columns, never cut: one wider than its
 * column is written whole (the rest of the row moves right). */
void out_num(FILE *f, const char *s, int width);
/* Writes s made terminal-safe, whole. */
void out_text(FILE *f, const char *s);
/* Writes s made terminal-safe, wrapped at spaces to `width` columns. */
void out_wrapped(FILE *f, const char *s, int width);
/* The same, each continuation line starting with `indent` spaces (which
 * count in no line's width: the caller indents the first line too). */
void out_wrapped_indent(FILE *f, const char *s, int width, int indent);
/* Writes one CSV field (quoted when it holds , " CR or LF) and, unless
 * last, a comma; after the last field, CRLF. */
void out_csv(FILE *f, const char *s, int last);
/* Writes s as a JSON string with quotes; NULL writes null. */
void out_json_str(FILE *f, const char *s);
/* Writes "key": and the JSON string s (or null), preceded by a comma
 * unless first. */
void out_json_kv(FILE *f, const char *key, const char *s, int first);

#endif
