/*
 * xlsx.c - a workbook's sheet streamed: libzip opens the parts, expat
 * parses them; the sheet's parser is suspended at the end of each row.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <expat.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "csv.h"
#include "i18n.h"
#include "xalloc.h"
#include "xlsx.h"

#define XLSX_CHUNK	65536
#define XLSX_MAX_CELL	CSV_MAX_RECORD

/* A growing string. */
struct buf {
	char	*s;
	size_t	 len, cap;
	int	 over;		/* longer than XLSX_MAX_CELL: cut */
};

struct xlsx_reader {
	char		*path;
	zip_t		*zip;
	zip_file_t	*sheet;
	XML_Parser	 p;
	char		 chunk[XLSX_CHUNK];
	int		 suspended, final, done, failed;
	char		*err;
	/* the shared strings */
	char		**sst;
	size_t		 nsst, sstcap;
	/* the row being read */
	char		**cells;
	unsigned char	*text;
	size_t		 ncells, width, cap;
	unsigned long	 rownum, last_row, gaps, line;
	int		 row_ready, held;
	char		**blank;
	unsigned char	*blanktext;
	size_t		 blankcap;
	/* the cell being read */
	long		 col;
	char		 type[16];
	int		 in_value, in_is_t;
	struct buf	 val;
};

static void
buf_add(struct buf *b, const char *s, int len)
{
	if (b->len + (size_t)len + 1 > XLSX_MAX_CELL) {
		b->over = 1;
		return;
	}
	if (b->len + (size_t)len + 1 > b->cap) {
		b->cap = b->len + (size_t)len + 1 + 64;
		b->s = xreallocarray(b->s, b->cap, 1);
	}
	memcpy(b->s + b->len, s, (size_t)len);
	b->len += (size_t)len;
	b->s[b->len] = '\0';
}

static void
buf_clear(struct buf *b)
{
	b->len = 0;
	b->over = 0;
	if (b->s != NULL)
		b->s[0] = '\0';
}

/* An element's name without its namespace prefix ("x:row" is "row"). */
static const char *
local(const char *name)
{
	const char *c = strrchr(name, ':');

	return c != NULL ? c + 1 : name;
}

/* The value of attribute `name` (prefix ignored), or NULL. */
static const char *
attr(const char **a, const char *name)
{
	for (; a[0] != NULL; a += 2)
		if (strcmp(local(a[0]), name) == 0)
			return a[1];
	return NULL;
}

/* Sets the error once; returns -1. */
static int
set_err(struct xlsx_reader *x, char *msg)
{
	if (x->err == NULL)
		x->err = msg;
	else
		free(msg);
	x->failed = 1;
	return -1;
}

/* Parses a whole part with the handlers, streaming it chunk by chunk;
 * 0, -1 when the part is absent, -1 with the error set when broken. */
static int
parse_part(struct xlsx_reader *x, const char *name, XML_StartElementHandler
    start, XML_EndElementHandler end, XML_CharacterDataHandler chars,
    void *data)
{
	XML_Parser p;
	zip_file_t *zf;
	zip_int64_t n;
	int rv = 0;

	if ((zf = zip_fopen(x->zip, name, 0)) == NULL)
		return -1;
	p = XML_ParserCreate(NULL);
	XML_SetUserData(p, data);
	XML_SetElementHandler(p, start, end);
	XML_SetCharacterDataHandler(p, chars);
	do {
		if ((n = zip_fread(zf, x->chunk, sizeof x->chunk)) < 0) {
			rv = set_err(x, xasprintf(_("%s: not an .xlsx workbook "
			    "(no xl/workbook.xml); save it as an Excel "
			    "workbook or export the sheet as CSV"), x->path));
			break;
		}
		if (XML_Parse(p, x->chunk, (int)n, n == 0) ==
		    XML_STATUS_ERROR) {
			rv = set_err(x, xasprintf(_("%s: %s, line %lu: %s; "
			    "save the workbook again from the spreadsheet "
			    "program"), x->path, name,
			    (unsigned long)XML_GetCurrentLineNumber(p),
			    XML_ErrorString(XML_GetErrorCode(p))));
			break;
		}
	} while (n > 0);
	XML_ParserFree(p);
	zip_fclose(zf);
	return rv;
}

/* --- workbook.xml and its relationships: where the sheet is -------- */

struct find {
	const char	*want;		/* sheet name, then its r:id */
	char		*id, *target;
	struct buf	 names;		/* every sheet, for the message */
};

static void XMLCALL
wb_start(void *data, const char *el, const char **a)
{
	struct find *f = data;
	const char *name = attr(a, "name"), *id = attr(a, "id");

	if (strcmp(local(el), "sheet") != 0 || name == NULL)
		return;
	if (f->names.len > 0)
		buf_add(&f->names, ", ", 2);
	buf_add(&f->names, "\"", 1);
	buf_add(&f->names, name, (int)strlen(name));
	buf_add(&f->names, "\"", 1);
	if (f->id == NULL && id != NULL && strcmp(name, f->want) == 0)
		f->id = xstrdup(id);
}

static void XMLCALL
rel_start(void *data, const char *el, const char **a)
{
	struct find *f = data;
	const char *id = attr(a, "Id"), *t = attr(a, "Target");

	if (strcmp(local(el), "Relationship") == 0 && id != NULL &&
	    t != NULL && f->target == NULL && strcmp(id, f->id) == 0)
		f->target = t[0] == '/' ? xstrdup(t + 1) :
		    xasprintf("xl/%s", t);
}

static void XMLCALL
no_end(void *data, const char *el)
{
	(void)data;
	(void)el;
}

/* The sheet's part name ("xl/worksheets/sheet1.xml"); NULL with the
 * error set. */
static char *
sheet_part(struct xlsx_reader *x, const char *sheet)
{
	struct find f;

	memset(&f, 0, sizeof f);
	f.want = sheet;
	if (parse_part(x, "xl/workbook.xml", wb_start, no_end, NULL, &f)
	    != 0 && x->err == NULL)
		set_err(x, xasprintf(_("%s: not an .xlsx workbook (no "
		    "xl/workbook.xml); save it as an Excel workbook or export "
		    "the sheet as CSV"), x->path));
	else if (f.id == NULL)
		set_err(x, xasprintf(_("%s: no sheet \"%s\"; give --sheet "
		    "with one of: %s"), x->path, sheet,
		    f.names.s != NULL ? f.names.s : ""));
	else if (parse_part(x, "xl/_rels/workbook.xml.rels", rel_start,
	    no_end, NULL, &f) != 0 || f.target == NULL)
		set_err(x, xasprintf(_("%s: not an .xlsx workbook (no "
		    "xl/workbook.xml); save it as an Excel workbook or export "
		    "the sheet as CSV"), x->path));
	free(f.id);
	free(f.names.s);
	return x->failed ? (free(f.target), NULL) : f.target;
}

/* --- sharedStrings.xml: the text of every <si>, runs joined -------- */

struct sst_ctx {
	struct xlsx_reader	*x;
	int			 in_t, in_rph;
	struct buf		 s;
};

static void XMLCALL
sst_start(void *data, const char *el, const char **a)
{
	struct sst_ctx *c = data;
	const char *n = local(el);

	(void)a;
	if (strcmp(n, "si") == 0)
		buf_clear(&c->s);
	else if (strcmp(n, "rPh") == 0)
		c->in_rph = 1;		/* phonetic guide: not the text */
	else if (strcmp(n, "t") == 0)
		c->in_t = !c->in_rph;
}

static void XMLCALL
sst_end(void *data, const char *el)
{
	struct sst_ctx *c = data;
	struct xlsx_reader *x = c->x;
	const char *n = local(el);

	if (strcmp(n, "t") == 0)
		c->in_t = 0;
	else if (strcmp(n, "rPh") == 0)
		c->in_rph = 0;
	else if (strcmp(n, "si") == 0) {
		if (x->nsst == x->sstcap) {
			x->sstcap = x->sstcap ? 2 * x->sstcap : 256;
			x->sst = xreallocarray(x->sst, x->sstcap,
			    sizeof *x->sst);
		}
		x->sst[x->nsst++] = xstrdup(c->s.s != NULL ? c->s.s : "");
	}
}

static void XMLCALL
sst_chars(void *data, const char *s, int len)
{
	struct sst_ctx *c = data;

	if (c->in_t)
		buf_add(&c->s, s, len);
}

/* --- the sheet, one row at a time ---------------------------------- */

static void clear_row(struct xlsx_reader *x);

/* The 0-based column of a cell reference ("AB12" is 27); -1 if none. */
static long
ref_col(const char *r)
{
	long c = 0;

	if (r == NULL || *r < 'A' || *r > 'Z')
		return -1;
	for (; *r >= 'A' && *r <= 'Z' && c < 100000; r++)
		c = c * 26 + (*r - 'A' + 1);
	return c - 1;
}

/*
 * A numeric cell as a spreadsheet shows it and exports it to CSV: at most
 * 15 significant digits, rounded half up on the decimal text
 * ("0.019380000000000001" is "0.01938"); exact text, no binary value.
 * A number of 15 digits or fewer, or not a plain number, is left as is.
 */
static void
excel_digits(struct buf *b)
{
	char d[64], out[160], *s = b->s, *p;
	long point = 0, e = 0, i, nd = 0, lead = 1;
	int neg = 0, seen_dot = 0;

	if (s == NULL || b->len >= sizeof d)
		return;
	p = s;
	if (*p == '-')
		neg = *p++ == '-';
	for (; (*p >= '0' && *p <= '9') || (*p == '.' && !seen_dot); p++) {
		if (*p == '.') {
			seen_dot = 1;
			continue;
		}
		if (lead && *p == '0') {
			point -= seen_dot;	/* 0.00xx: the point moves */
			continue;
		}
		lead = 0;
		d[nd++] = *p;
		point += !seen_dot;
	}
	if (*p == 'E' || *p == 'e')
		e = strtol(p + 1, &p, 10);
	if (*p != '\0' || nd <= 15 || e > 60 || e < -60)
		return;
	point += e;
	if (d[15] >= '5') {
		for (i = 14; i >= 0 && d[i] == '9'; i--)
			d[i] = '0';
		if (i >= 0)
			d[i]++;
		else {
			memmove(d + 1, d, 14);
			d[0] = '1';
			point++;
		}
	}
	for (nd = 15; nd > 1 && d[nd - 1] == '0'; nd--)
		;
	p = out;
	if (neg)
		*p++ = '-';
	if (point <= 0) {
		*p++ = '0';
		*p++ = '.';
		for (i = point; i < 0; i++)
			*p++ = '0';
		memcpy(p, d, (size_t)nd);
		p += nd;
	} else if (point >= nd) {
		memcpy(p, d, (size_t)nd);
		p += nd;
		for (i = nd; i < point; i++)
			*p++ = '0';
	} else {
		memcpy(p, d, (size_t)point);
		p += point;
		*p++ = '.';
		memcpy(p, d + point, (size_t)(nd - point));
		p += nd - point;
	}
	*p = '\0';
	buf_clear(b);
	buf_add(b, out, (int)strlen(out));
}

/* Stores the value of the cell just read at its column. */
static void
put_cell(struct xlsx_reader *x)
{
	const char *v = x->val.s != NULL ? x->val.s : "";
	int is_text = 0;
	size_t i;
	char *end;
	unsigned long k;

	if (x->col < 0 || x->col >= CSV_MAX_FIELDS) {
		x->col++;
		return;
	}
	if (strcmp(x->type, "s") == 0) {
		k = strtoul(v, &end, 10);
		v = end != v && *end == '\0' && k < x->nsst ? x->sst[k] : "";
		is_text = 1;
	} else if (strcmp(x->type, "inlineStr") == 0 ||
	    strcmp(x->type, "str") == 0)
		is_text = 1;
	else if (strcmp(x->type, "n") == 0) {
		excel_digits(&x->val);
		v = x->val.s != NULL ? x->val.s : "";
	}
	if ((size_t)x->col >= x->cap) {
		x->cap = (size_t)x->col + 16;
		x->cells = xreallocarray(x->cells, x->cap, sizeof *x->cells);
		x->text = xreallocarray(x->text, x->cap, 1);
	}
	for (i = x->ncells; i <= (size_t)x->col; i++) {
		x->cells[i] = NULL;
		x->text[i] = 0;
	}
	if (x->ncells <= (size_t)x->col)
		x->ncells = (size_t)x->col + 1;
	free(x->cells[x->col]);
	x->cells[x->col] = xstrdup(v);
	x->text[x->col] = (unsigned char)is_text;
	x->col++;
}

static void XMLCALL
sheet_start(void *data, const char *el, const char **a)
{
	struct xlsx_reader *x = data;
	const char *n = local(el), *t;
	long c;

	if (strcmp(n, "row") == 0) {
		clear_row(x);	/* a row inside a row: the first is lost */
		x->col = 0;
		t = attr(a, "r");
		x->rownum = t != NULL ? strtoul(t, NULL, 10) :
		    x->last_row + 1;
	} else if (strcmp(n, "c") == 0) {
		if ((c = ref_col(attr(a, "r"))) >= 0)
			x->col = c;
		t = attr(a, "t");
		snprintf(x->type, sizeof x->type, "%s", t != NULL ? t : "n");
		buf_clear(&x->val);
	} else if (strcmp(n, "v") == 0)
		x->in_value = 1;
	else if (strcmp(n, "t") == 0)
		x->in_is_t = 1;
}

static void XMLCALL
sheet_end(void *data, const char *el)
{
	struct xlsx_reader *x = data;
	const char *n = local(el);

	if (strcmp(n, "v") == 0)
		x->in_value = 0;
	else if (strcmp(n, "t") == 0)
		x->in_is_t = 0;
	else if (strcmp(n, "c") == 0)
		put_cell(x);
	else if (strcmp(n, "row") == 0) {
		if (x->last_row > 0 && x->rownum > x->last_row + 1)
			x->gaps = x->rownum - x->last_row - 1;
		if (x->rownum > x->last_row)
			x->last_row = x->rownum;
		x->row_ready = 1;
		XML_StopParser(x->p, XML_TRUE);
	} else if (strcmp(n, "sheetData") == 0)
		x->done = 1;
}

static void XMLCALL
sheet_chars(void *data, const char *s, int len)
{
	struct xlsx_reader *x = data;

	if (x->in_value || x->in_is_t)
		buf_add(&x->val, s, len);
}

struct xlsx_reader *
xlsx_open(const char *path, const char *sheet, char **err)
{
	struct xlsx_reader *x = xcalloc(1, sizeof *x);
	struct sst_ctx sc;
	char *part = NULL;
	int ze;

	x->path = xstrdup(path);
	if ((x->zip = zip_open(path, ZIP_RDONLY, &ze)) == NULL)
		set_err(x, xasprintf(_("%s: not an .xlsx workbook (no "
		    "xl/workbook.xml); save it as an Excel workbook or export "
		    "the sheet as CSV"), path));
	else if ((part = sheet_part(x, sheet)) != NULL) {
		memset(&sc, 0, sizeof sc);
		sc.x = x;
		parse_part(x, "xl/sharedStrings.xml", sst_start, sst_end,
		    sst_chars, &sc);	/* absent when every cell is inline */
		free(sc.s.s);
		if (!x->failed && (x->sheet = zip_fopen(x->zip, part, 0))
		    == NULL)
			set_err(x, xasprintf(_("%s: not an .xlsx workbook (no "
			    "xl/workbook.xml); save it as an Excel workbook or "
			    "export the sheet as CSV"), path));
	}
	free(part);
	if (x->failed) {
		*err = x->err;
		x->err = NULL;
		xlsx_close(x);
		return NULL;
	}
	x->p = XML_ParserCreate(NULL);
	XML_SetUserData(x->p, x);
	XML_SetElementHandler(x->p, sheet_start, sheet_end);
	XML_SetCharacterDataHandler(x->p, sheet_chars);
	return x;
}

/* Frees the cells of the last row. */
static void
clear_row(struct xlsx_reader *x)
{
	size_t i, n = x->ncells > x->width ? x->ncells : x->width;

	/* a row cut short by an error may be wider than any given */
	for (i = 0; i < n && i < x->cap; i++) {
		free(x->cells[i]);
		x->cells[i] = NULL;
	}
	x->ncells = 0;
}

void
xlsx_close(struct xlsx_reader *x)
{
	size_t i;

	if (x == NULL)
		return;
	clear_row(x);
	for (i = 0; i < x->nsst; i++)
		free(x->sst[i]);
	free(x->sst);
	free(x->cells);
	free(x->text);
	free(x->blank);
	free(x->blanktext);
	free(x->val.s);
	if (x->p != NULL)
		XML_ParserFree(x->p);
	if (x->sheet != NULL)
		zip_fclose(x->sheet);
	if (x->zip != NULL)
		zip_discard(x->zip);
	free(x->err);
	free(x->path);
	free(x);
}

unsigned long
xlsx_line(const struct xlsx_reader *x)
{
	return x->line;
}

/* Runs the parser until a row is ready: 1, 0 at the end, -1. */
static int
parse_row(struct xlsx_reader *x)
{
	enum XML_Status st;
	zip_int64_t n;

	x->row_ready = 0;
	while (!x->row_ready && !x->done) {
		if (x->suspended)
			st = XML_ResumeParser(x->p);
		else if (x->final) {
			x->done = 1;
			break;
		} else {
			n = zip_fread(x->sheet, x->chunk, sizeof x->chunk);
			if (n < 0)
				return set_err(x, xasprintf(_("%s: not an .xlsx "
				    "workbook (no xl/workbook.xml); save it as "
				    "an Excel workbook or export the sheet as "
				    "CSV"), x->path));
			x->final = n == 0;
			st = XML_Parse(x->p, x->chunk, (int)n, x->final);
		}
		x->suspended = st == XML_STATUS_SUSPENDED;
		if (st == XML_STATUS_ERROR)
			return set_err(x, xasprintf(_("%s: %s, line %lu: %s; "
			    "save the workbook again from the spreadsheet "
			    "program"), x->path, "sheet",
			    (unsigned long)XML_GetCurrentLineNumber(x->p),
			    XML_ErrorString(XML_GetErrorCode(x->p))));
	}
	return x->row_ready;
}

/* Makes the row public: as wide as the widest so far, "" for blanks. */
static int
give_row(struct xlsx_reader *x, char ***fields, size_t *n,
    const unsigned char **text)
{
	size_t i;

	if (x->ncells > x->width)
		x->width = x->ncells;
	if (x->width > x->cap) {
		x->cells = xreallocarray(x->cells, x->width, sizeof *x->cells);
		x->text = xreallocarray(x->text, x->width, 1);
		x->cap = x->width;
	}
	for (i = x->ncells; i < x->width; i++) {
		x->cells[i] = NULL;
		x->text[i] = 0;
	}
	for (i = 0; i < x->width; i++)
		if (x->cells[i] == NULL) {
			x->cells[i] = xstrdup("");
			x->text[i] = 0;
		}
	*fields = x->cells;
	*n = x->width;
	*text = x->text;
	return 1;
}

/* A blank row, for a row the sheet does not have. */
static int
blank_row(struct xlsx_reader *x, char ***fields, size_t *n,
    const unsigned char **text)
{
	static char empty[] = "";
	size_t i;

	if (x->width > x->blankcap) {
		x->blank = xreallocarray(x->blank, x->width,
		    sizeof *x->blank);
		x->blanktext = xreallocarray(x->blanktext, x->width, 1);
		x->blankcap = x->width;
	}
	for (i = 0; i < x->width; i++) {
		x->blank[i] = empty;
		x->blanktext[i] = 0;
	}
	x->line = x->rownum - x->gaps - 1;
	*fields = x->blank;
	*n = x->width;
	*text = x->blanktext;
	return 1;
}

int
xlsx_next(struct xlsx_reader *x, char ***fields, size_t *n,
    const unsigned char **text, const char **err)
{
	int rv;

	if (!x->held) {
		if (x->failed)
			return 0;
		clear_row(x);
		if ((rv = parse_row(x)) < 0) {
			*err = x->err;
			return -1;
		}
		if (rv == 0)
			return 0;
		x->held = 1;
	}
	if (x->gaps > 0) {
		/* rows missing before the one read: blank rows first */
		x->gaps--;
		return blank_row(x, fields, n, text);
	}
	x->held = 0;
	x->line = x->rownum;
	return give_row(x, fields, n, text);
}
