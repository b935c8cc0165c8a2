/*
 * xlsx.h - one sheet of an Office Open XML workbook (.xlsx), row by row.
 *
 * The workbook is read with libzip and its XML with expat, streaming: the
 * sheet's XML is parsed chunk by chunk and the parser suspended at the end
 * of each row, so memory holds the shared strings, one input chunk and the
 * widest row, never the sheet.  Cells come as text, as a CSV export would
 * write them: numbers as stored ("0.01938", "1.5E-2"), shared and inline
 * strings as their text; cells absent from a row are "", and a row is as
 * wide as the widest row seen so far, so trailing blank cells are never
 * lost.  A row missing from the sheet (rows 4 and 6 present, 5 absent) is
 * given as a blank row, as a CSV export writes ",,,".  Each cell says
 * whether the workbook typed it as text.
 *
 * The reader owns the row it returns: valid until the next xlsx_next() or
 * xlsx_close().  Errors are one line "FILE: ...: what to do", owned by
 * the reader.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_XLSX_H
#define REMIT_XLSX_H

#include <stddef.h>

struct xlsx_reader;

/*
 * Opens the sheet named `sheet` of the workbook at path.  NULL on error,
 * with *err set to a message the caller frees.
 */
struct xlsx_reader *xlsx_open(const char *path, const char *sheet,
    char **err);
/* Frees the reader. */
void xlsx_close(struct xlsx_reader *x);
/*
 * The next row: 1 with *fields, *n and *text (text[i] nonzero when cell i
 * was typed as text); 0 at the end of the sheet; -1 when the workbook is
 * broken, with *err set, after which the sheet ends.
 */
int xlsx_next(struct xlsx_reader *x, char ***fields, size_t *n,
    const unsigned char **text, const char **err);
/* The sheet row number of the last row returned (1-based). */
unsigned long xlsx_line(const struct xlsx_reader *x);

#endif
