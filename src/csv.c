/*
 * csv.c - a streaming RFC 4180 reader: a state machine over one input
 * chunk at a time, building one record at a time.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "i18n.h"
#include "xalloc.h"

#define CSV_CHUNK	65536

enum csv_state {
	ST_START,		/* at the start of a field */
	ST_PLAIN,		/* inside an unquoted field */
	ST_QUOTED,		/* inside a quoted field */
	ST_QUOTE,		/* a quote inside a quoted field: end or "" */
	ST_CR			/* a CR ended the record: skip an LF */
};

struct csv_reader {
	FILE		*f;
	char		*name;
	unsigned char	 buf[CSV_CHUNK];
	size_t		 pos, len;
	int		 eof, started, skip, failed, pending_cr;
	unsigned long	 line, line_off, off;	/* where we are */
	unsigned long	 rec_line;		/* where the record began */
	unsigned long	 quote_line, quote_col;	/* last opening quote */
	char		*rec;			/* fields, NUL-separated */
	size_t		 reclen, reccap;
	size_t		*starts;		/* field offsets in rec, and
						 * where the next one begins:
						 * CSV_MAX_FIELDS + 1 slots */
	char		**fields;
	size_t		 nfields;
	int		 has_comma, has_nl, has_qq;
	char		*err;
	struct csv_stats stats;
};

struct csv_reader *
csv_open(FILE *f, const char *name)
{
	struct csv_reader *r = xcalloc(1, sizeof *r);

	r->f = f;
	r->name = xstrdup(name);
	r->line = 1;
	r->reccap = 4096;
	r->rec = xmalloc(r->reccap);
	r->starts = xcalloc(CSV_MAX_FIELDS + 1, sizeof *r->starts);
	r->fields = xcalloc(CSV_MAX_FIELDS, sizeof *r->fields);
	return r;
}

void
csv_close(struct csv_reader *r)
{
	if (r == NULL)
		return;
	free(r->name);
	free(r->rec);
	free(r->starts);
	free(r->fields);
	free(r->err);
	free(r);
}

unsigned long
csv_line(const struct csv_reader *r)
{
	return r->rec_line;
}

const struct csv_stats *
csv_stats(const struct csv_reader *r)
{
	return &r->stats;
}

/* Fills the chunk; returns 0 at the end of input. */
static int
refill(struct csv_reader *r)
{
	if (r->eof)
		return 0;
	r->pos = 0;
	r->len = fread(r->buf, 1, sizeof r->buf, r->f);
	if (r->len == 0) {
		r->eof = 1;
		if (ferror(r->f))
			r->failed = 1;
		return 0;
	}
	if (!r->started) {
		r->started = 1;
		if (r->len >= 3 && memcmp(r->buf, "\xef\xbb\xbf", 3) == 0) {
			r->pos = 3;
			r->off = 3;
			r->line_off = 3;
			r->stats.bom = 1;
		}
	}
	return 1;
}

/* Records an error at line, column; returns -1. */
static int
fail_at(struct csv_reader *r, unsigned long line, unsigned long col,
    const char *msg)
{
	free(r->err);
	r->err = xasprintf(_("%s: line %lu, column %lu: %s"), r->name, line,
	    col, msg);
	r->stats.malformed++;
	return -1;
}

/* An error at the byte just read; the rest of the line is skipped. */
static int
fail(struct csv_reader *r, const char *msg)
{
	r->skip = 1;
	return fail_at(r, r->line, r->off - r->line_off, msg);
}

/* Appends a byte to the record; -1 when the record is too long. */
static int
put(struct csv_reader *r, int c)
{
	if (r->reclen + 1 >= r->reccap) {
		if (r->reccap >= CSV_MAX_RECORD)
			return -1;
		r->reccap *= 2;
		r->rec = xreallocarray(r->rec, r->reccap, 1);
	}
	r->rec[r->reclen++] = (char)c;
	return 0;
}

/* Ends the current field; -1 when there are too many. */
static int
end_field(struct csv_reader *r)
{
	if (put(r, '\0') != 0 || r->nfields >= CSV_MAX_FIELDS)
		return -1;
	if (r->has_comma)
		r->stats.quoted_comma++;
	if (r->has_nl)
		r->stats.quoted_newline++;
	if (r->has_qq)
		r->stats.quoted_quote++;
	r->has_comma = r->has_nl = r->has_qq = 0;
	r->nfields++;
	r->starts[r->nfields] = r->reclen;
	return 0;
}

/* Skips the rest of a physical line after an error. */
static void
skip_line(struct csv_reader *r)
{
	int c;

	r->skip = 0;
	for (;;) {
		while (r->pos >= r->len)
			if (!refill(r))
				return;
		c = r->buf[r->pos++];
		r->off++;
		if (c == '\n' || c == '\r') {
			r->line++;
			r->line_off = r->off;
			r->pending_cr = c == '\r';
			return;
		}
	}
}

/* A newline byte was consumed: counts the line. */
static void
newline(struct csv_reader *r)
{
	r->line++;
	r->line_off = r->off;
}

static const char *
too_long(void)
{
	return _("the record is longer than 1 MiB or has more than 1024 "
	    "fields; check the file is CSV and its quotes are paired");
}

/* A line break ends the record; 1 (0 for a CR, whose LF may follow), or
 * -1 when the record has too many fields: the line has ended, so nothing
 * more is skipped. */
static int
end_line(struct csv_reader *r, int c, enum csv_state *st)
{
	int rv = end_field(r) == 0 ? 0 : fail(r, too_long());

	newline(r);
	if (rv < 0) {
		r->skip = 0;
		r->pending_cr = c == '\r';
		return -1;
	}
	if (c == '\r')
		*st = ST_CR;
	return c == '\r' ? 0 : 1;
}

/* Handles one byte; returns 1 when the record is complete, -1 on error,
 * 0 to go on. */
static int
step(struct csv_reader *r, int c, enum csv_state *st)
{
	switch (*st) {
	case ST_CR:
		*st = ST_START;
		if (c == '\n') {
			r->stats.crlf++;
			r->line_off = r->off;
			return 1;
		}
		r->pos--;
		r->off--;
		return 1;
	case ST_START:
		if (c == '"') {
			r->quote_line = r->line;
			r->quote_col = r->off - r->line_off;
			*st = ST_QUOTED;
			return 0;
		}
		*st = ST_PLAIN;
		/* FALLTHROUGH */
	case ST_PLAIN:
		if (c == ',') {
			*st = ST_START;
			return end_field(r) == 0 ? 0 : fail(r, too_long());
		}
		if (c == '\n' || c == '\r')
			return end_line(r, c, st);
		if (c == '"')
			return fail(r, _("a quote inside an unquoted field; "
			    "quote the whole field and write each quote twice: "
			    "\"a \"\"b\"\" c\""));
		if (c == '\0')
			return fail(r, _("a NUL byte; this is not a text "
			    "CSV file"));
		return put(r, c) == 0 ? 0 : fail(r, too_long());
	case ST_QUOTED:
		if (c == '"') {
			*st = ST_QUOTE;
			return 0;
		}
		if (c == '\n' || (c == '\r')) {
			r->has_nl = 1;
			if (c == '\n')
				newline(r);
		} else if (c == ',')
			r->has_comma = 1;
		else if (c == '\0')
			return fail(r, _("a NUL byte; this is not a text "
			    "CSV file"));
		return put(r, c) == 0 ? 0 : fail(r, too_long());
	case ST_QUOTE:
		if (c == '"') {
			r->has_qq = 1;
			*st = ST_QUOTED;
			return put(r, c) == 0 ? 0 : fail(r, too_long());
		}
		*st = ST_PLAIN;
		if (c == ',' || c == '\n' || c == '\r')
			return step(r, c, st);
		return fail(r, _("text after a closing quote; a field is "
		    "either all quoted or not quoted at all"));
	}
	return 0;
}

/* Makes the public field array; returns 1. */
static int
finish(struct csv_reader *r, char ***fields, size_t *n)
{
	size_t i;

	for (i = 0; i < r->nfields; i++)
		r->fields[i] = r->rec + r->starts[i];
	*fields = r->fields;
	*n = r->nfields;
	return 1;
}

/* The end of input came inside a record. */
static int
at_eof(struct csv_reader *r, enum csv_state st, char ***fields, size_t *n,
    const char **err)
{
	if (r->failed) {
		r->failed = 0;
		free(r->err);
		r->err = xasprintf(_("%s: read error; check the file can be "
		    "read"), r->name);
		*err = r->err;
		return -1;
	}
	if (st == ST_QUOTED) {
		*err = r->err;
		fail_at(r, r->quote_line, r->quote_col, _("this quoted field "
		    "never ends; add the closing quote"));
		*err = r->err;
		return -1;
	}
	if (st == ST_CR || (r->reclen == 0 && r->nfields == 0))
		return st == ST_CR ? finish(r, fields, n) : 0;
	if (end_field(r) != 0) {
		fail(r, too_long());
		*err = r->err;
		return -1;
	}
	return finish(r, fields, n);
}

int
csv_next(struct csv_reader *r, char ***fields, size_t *n, const char **err)
{
	enum csv_state st = ST_START;
	int c, rv;

	if (r->skip)
		skip_line(r);
	for (;;) {
		r->reclen = 0;
		r->nfields = 0;
		r->starts[0] = 0;
		r->has_comma = r->has_nl = r->has_qq = 0;
		r->rec_line = r->line;
		st = ST_START;
		for (;;) {
			while (r->pos >= r->len)
				if (!refill(r))
					return at_eof(r, st, fields, n,
					    err);
			c = r->buf[r->pos++];
			r->off++;
			if (r->pending_cr) {
				r->pending_cr = 0;
				if (c == '\n') {
					r->line_off = r->off;
					continue;
				}
			}
			if (st == ST_START && r->nfields == 0 &&
			    (c == '\n' || c == '\r')) {
				/* an empty line: no record */
				newline(r);
				r->pending_cr = c == '\r';
				r->rec_line = r->line;
				continue;
			}
			rv = step(r, c, &st);
			if (rv < 0) {
				*err = r->err;
				return -1;
			}
			if (rv > 0)
				return finish(r, fields, n);
		}
	}
}
