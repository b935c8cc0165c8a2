/*
 * csv.h - a streaming RFC 4180 reader.
 *
 * Reads records from a FILE * chunk by chunk: quoted fields may hold commas,
 * doubled quotes and line breaks; records end with CRLF, LF or a lone CR; a
 * UTF-8 byte order mark at the very start is skipped.  Memory is bounded:
 * one input chunk and one record of at most CSV_MAX_RECORD bytes and
 * CSV_MAX_FIELDS fields.  A malformed record is reported with the line and
 * column where it went wrong, then skipped, and reading goes on with the
 * next line; nothing in the input can crash the reader.
 *
 * The reader owns the record it returns: its fields stay valid until the
 * next csv_next() or csv_close().  The FILE * stays the caller's.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_CSV_H
#define REMIT_CSV_H

#include <stdio.h>
#include <stddef.h>

#define CSV_MAX_RECORD	(1u << 20)
#define CSV_MAX_FIELDS	1024

/* What the reader met on the way, for the quirks report. */
struct csv_stats {
	int		bom;		/* the file began with a UTF-8 BOM */
	unsigned long	crlf;		/* records ended by CRLF */
	unsigned long	quoted_comma;	/* quoted fields holding a comma */
	unsigned long	quoted_newline;	/* quoted fields holding a line break */
	unsigned long	quoted_quote;	/* quoted fields holding "" */
	unsigned long	malformed;	/* records skipped */
};

struct csv_reader;

/* A new reader on f; `name` is used in error messages. */
struct csv_reader *csv_open(FILE *f, const char *name);
/* Frees the reader (not the FILE). */
void csv_close(struct csv_reader *r);
/*
 * Reads the next record.  Returns 1 and sets *fields (NUL-terminated
 * strings) and *n; 0 at the end of input; -1 for a malformed record, with
 * *err set to a one-line message "NAME: line L, column C: ..." owned by the
 * reader, after which the next call goes on with the following line.
 * A read error of the FILE returns -1 and then 0.
 */
int csv_next(struct csv_reader *r, char ***fields, size_t *n,
    const char **err);
/* The line on which the last record returned began (1-based). */
unsigned long csv_line(const struct csv_reader *r);
/* What the reader has met so far. */
const struct csv_stats *csv_stats(const struct csv_reader *r);

#endif
