/*
 * rpw.c - RPW rows: the header mapped by name, cells read leniently and
 * exactly, quirks counted.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "rpw.h"
#include "xalloc.h"

#define RPW_MAX_LABELS	256
#define RPW_MAX_DIAGS	20

/* Column names, normalised: lower case, '_' as ' '. */
static const char *const col_names[LAST_RPW_COL] = {
	"id", "period", "source code", "destination code",
	"destination region", "firm", "firm type", "speed actual",
	"cc1 lcu amount", "cc1 lcu code", "cc1 lcu fee", "cc1 lcu fx rate",
	"cc1 fx margin", "cc1 total cost %",
	"cc2 lcu amount", "cc2 lcu code", "cc2 lcu fee", "cc2 lcu fx rate",
	"cc2 fx margin", "cc2 total cost %",
	"inter lcu bank fx", "transparent", "date", "corridor",
	"pickup method"
};

/* Columns a file must have (corridor may be made of the two codes). */
static const enum rpw_col required[] = {
	RPW_PERIOD, RPW_FIRM, RPW_TRANSPARENT, RPW_CC1_TOTAL, RPW_CC2_TOTAL
};

struct rpw_reader {
	struct csv_reader	*csv;
	int			 idx[LAST_RPW_COL];	/* -1: absent */
	size_t			 nnamed;		/* header cells */
	char			*labels[RPW_MAX_LABELS];
	size_t			 nlabels;
	unsigned long		 ndiags;
	struct rpw_quirks	 q;
};

/* The trimmed, lower-cased, '_'-as-space form of a header cell. */
static void
normalise(char *out, size_t size, const char *s)
{
	size_t n = 0, len;

	while (*s == ' ' || *s == '\t')
		s++;
	len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	for (; len > 0 && n + 1 < size; len--, s++)
		out[n++] = *s == '_' ? ' ' :
		    (char)tolower((unsigned char)*s);
	out[n] = '\0';
}

/* Maps the header; returns 0 or -1 with a diagnostic. */
static int
map_header(struct rpw_reader *r, char **f, size_t n, const char *name,
    struct diags *d)
{
	char buf[128];
	size_t i, k;
	int missing = 0;

	for (k = 0; k < LAST_RPW_COL; k++)
		r->idx[k] = -1;
	for (i = 0; i < n; i++) {
		normalise(buf, sizeof buf, f[i]);
		if (buf[0] == '\0') {
			r->q.unnamed_columns++;
			continue;
		}
		r->nnamed = i + 1;
		for (k = 0; k < LAST_RPW_COL; k++)
			if (r->idx[k] < 0 && strcmp(buf, col_names[k]) == 0)
				r->idx[k] = (int)i;
	}
	for (k = 0; k < sizeof required / sizeof required[0]; k++)
		if (r->idx[required[k]] < 0) {
			diags_add(d, name, _("line 1"), _("no column \"%s\"; "
			    "export the \"Dataset (from Q2 2016)\" sheet "
			    "with its header line"), col_names[required[k]]);
			missing = 1;
		}
	if (r->idx[RPW_CORRIDOR] < 0 && (r->idx[RPW_SOURCE_CODE] < 0 ||
	    r->idx[RPW_DEST_CODE] < 0)) {
		diags_add(d, name, _("line 1"), _("no column \"corridor\" "
		    "nor both \"source_code\" and \"destination_code\"; "
		    "export the sheet with its header line"));
		missing = 1;
	}
	return missing ? -1 : 0;
}

struct rpw_reader *
rpw_open(FILE *f, const char *name, struct diags *d)
{
	struct rpw_reader *r = xcalloc(1, sizeof *r);
	const char *err;
	char **fields;
	size_t n;
	int rv;

	r->csv = csv_open(f, name);
	while ((rv = csv_next(r->csv, &fields, &n, &err)) < 0)
		diags_add(d, NULL, NULL, "%s", err);
	if (rv == 0) {
		diags_add(d, name, NULL, _("the file is empty; export the "
		    "\"Dataset (from Q2 2016)\" sheet as CSV"));
		rpw_close(r);
		return NULL;
	}
	if (map_header(r, fields, n, name, d) != 0) {
		rpw_close(r);
		return NULL;
	}
	return r;
}

void
rpw_close(struct rpw_reader *r)
{
	size_t i;

	if (r == NULL)
		return;
	csv_close(r->csv);
	for (i = 0; i < r->nlabels; i++)
		free(r->labels[i]);
	free(r);
}

const struct rpw_quirks *
rpw_quirks(struct rpw_reader *r)
{
	const struct csv_stats *s = csv_stats(r->csv);

	r->q.bom = s->bom;
	r->q.crlf = s->crlf;
	r->q.quoted_comma = s->quoted_comma;
	r->q.quoted_newline = s->quoted_newline;
	r->q.malformed_rows = s->malformed;
	return &r->q;
}

const char *
rpw_label(struct rpw_reader *r, const char *s)
{
	size_t i;

	for (i = 0; i < r->nlabels; i++)
		if (strcasecmp(r->labels[i], s) == 0) {
			if (strcmp(r->labels[i], s) != 0)
				r->q.casing++;
			return r->labels[i];
		}
	if (r->nlabels == RPW_MAX_LABELS)
		return s;
	r->labels[r->nlabels] = xstrdup(s);
	return r->labels[r->nlabels++];
}

/* Reads the digits of a mantissa; returns the count read, -1 if too
 * many significant digits. */
static int
read_digits(const char **p, int64_t *v, int *sig)
{
	int n = 0;

	for (; isdigit((unsigned char)**p); (*p)++, n++) {
		if (*v == 0 && **p == '0') {
			continue;
		}
		if (++*sig > 18)
			return -1;
		*v = *v * 10 + (**p - '0');
	}
	return n;
}

/* Applies a decimal exponent to v / 10^scale; -1 when out of range. */
static int
apply_exponent(struct rpw_num *n, long e)
{
	long scale = n->scale - e;

	while (scale < 0) {
		if (n->v > INT64_MAX / 10 || n->v < -(INT64_MAX / 10))
			return -1;
		n->v *= 10;
		scale++;
	}
	if (scale > 60)
		return -1;
	n->scale = (int)scale;
	return 0;
}

/* The exponent part "E-2" at *p; returns -1 if malformed. */
static int
read_exponent(const char **p, long *e)
{
	int neg = 0, nd = 0;

	(*p)++;
	if (**p == '+' || **p == '-')
		neg = *(*p)++ == '-';
	for (*e = 0; isdigit((unsigned char)**p); (*p)++, nd++)
		if (*e < 1000)
			*e = *e * 10 + (**p - '0');
	if (nd == 0)
		return -1;
	if (neg)
		*e = -*e;
	return 0;
}

enum rpw_num_status
rpw_num_parse(struct rpw_num *n, const char *s, int *exponent)
{
	int neg = 0, sig = 0, ni, nf = 0;
	long e = 0;
	size_t len;

	*exponent = 0;
	memset(n, 0, sizeof *n);
	while (*s == ' ' || *s == '\t')
		s++;
	len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	n->status = RPW_NUM_MISSING;
	if (len == 0 || (len == 2 && s[0] == '.' && s[1] == '.'))
		return n->status;
	n->status = RPW_NUM_BAD;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	if ((ni = read_digits(&s, &n->v, &sig)) < 0)
		return n->status;
	if (*s == '.') {
		s++;
		if ((nf = read_digits(&s, &n->v, &sig)) < 0)
			return n->status;
		/* leading zeros after the dot still count as places */
		n->scale = nf;
	}
	if (ni + nf == 0)
		return n->status;
	if (*s == 'e' || *s == 'E') {
		if (read_exponent(&s, &e) != 0)
			return n->status;
		*exponent = 1;
	}
	if (*s == '%')
		s++;
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s != '\0' || apply_exponent(n, e) != 0)
		return n->status;
	if (neg)
		n->v = -n->v;
	n->status = RPW_NUM_OK;
	return n->status;
}

void
rpw_num_mpq(mpq_t out, const struct rpw_num *n)
{
	mpz_set_si(mpq_numref(out), (long)n->v);
	mpz_ui_pow_ui(mpq_denref(out), 10, (unsigned long)n->scale);
	mpq_canonicalize(out);
}

int
rpw_num_cmp(const struct rpw_num *a, const struct rpw_num *b)
{
	__int128 x = a->v, y = b->v;
	int d = a->scale - b->scale, i;
	mpq_t qa, qb;

	if (d >= -18 && d <= 18) {
		for (i = 0; i < d; i++)
			y *= 10;
		for (i = 0; i < -d; i++)
			x *= 10;
		return (x > y) - (x < y);
	}
	mpq_inits(qa, qb, NULL);
	rpw_num_mpq(qa, a);
	rpw_num_mpq(qb, b);
	i = mpq_cmp(qa, qb);
	mpq_clears(qa, qb, NULL);
	return (i > 0) - (i < 0);
}

/* Nonzero when a speed label says five days or less; *known set. */
static int
speed_fast(const char *s, int *known)
{
	static const char *const fast[] = { "hour", "minute", "same day",
	    "next day", "1 day", "2 days", "3-5 days", "3 to 5 days",
	    "3-5", NULL };
	char buf[64];
	size_t i;

	normalise(buf, sizeof buf, s);
	*known = 1;
	if (strstr(buf, "6 days") != NULL || strstr(buf, "more") != NULL)
		return 0;
	for (i = 0; fast[i] != NULL; i++)
		if (strstr(buf, fast[i]) != NULL)
			return 1;
	*known = 0;
	return 0;
}

/* Reads one numeric cell, counting blanks, ".." and exponents. */
static void
read_num(struct rpw_reader *r, struct rpw_num *n, const char *s)
{
	int e;

	switch (rpw_num_parse(n, s, &e)) {
	case RPW_NUM_MISSING:
		if (strstr(s, "..") != NULL)
			r->q.dotdot_cells++;
		else
			r->q.blank_cells++;
		break;
	case RPW_NUM_BAD:
		r->q.bad_numbers++;
		break;
	case RPW_NUM_OK:
		if (e)
			r->q.exponent_numbers++;
		break;
	}
}

/* Copies s upper-cased into out, without blanks and the characters of
 * `drop`. */
static void
upper_copy(char *out, size_t size, const char *s, const char *drop)
{
	size_t n = 0;

	for (; *s != '\0' && n + 1 < size; s++)
		if (*s != ' ' && *s != '\t' && strchr(drop, *s) == NULL)
			out[n++] = (char)toupper((unsigned char)*s);
	out[n] = '\0';
}

/* Fills the row's derived fields from its cells. */
static void
fill_row(struct rpw_reader *r, struct rpw_row *row)
{
	static const enum rpw_col base[2] = { RPW_CC1_AMOUNT, RPW_CC2_AMOUNT };
	struct rpw_cc *cc;
	int b, known;

	if (row->col[RPW_CORRIDOR][0] != '\0')
		upper_copy(row->corridor, sizeof row->corridor,
		    row->col[RPW_CORRIDOR], "-_");
	else {
		upper_copy(row->corridor, 4, row->col[RPW_SOURCE_CODE], "");
		upper_copy(row->corridor + strlen(row->corridor), 4,
		    row->col[RPW_DEST_CODE], "");
	}
	upper_copy(row->period, sizeof row->period, row->col[RPW_PERIOD], "");
	if (strcmp(row->period, row->col[RPW_PERIOD]) != 0)
		r->q.casing++;
	for (b = 0; b < 2; b++) {
		cc = &row->cc[b];
		read_num(r, &cc->amount, row->col[base[b]]);
		cc->code = row->col[base[b] + 1];
		read_num(r, &cc->fee, row->col[base[b] + 2]);
		read_num(r, &cc->rate, row->col[base[b] + 3]);
		read_num(r, &cc->margin, row->col[base[b] + 4]);
		read_num(r, &cc->total, row->col[base[b] + 5]);
	}
	read_num(r, &row->inter, row->col[RPW_INTER]);
	row->col[RPW_TRANSPARENT] = rpw_label(r, row->col[RPW_TRANSPARENT]);
	row->transparent = strcasecmp(row->col[RPW_TRANSPARENT], "no") != 0;
	if (!row->transparent)
		r->q.not_transparent++;
	row->col[RPW_FIRM_TYPE] = rpw_label(r, row->col[RPW_FIRM_TYPE]);
	row->col[RPW_DEST_REGION] = rpw_label(r, row->col[RPW_DEST_REGION]);
	row->fast = speed_fast(row->col[RPW_SPEED], &known);
	if (!known)
		r->q.unknown_speed++;
}

int
rpw_next(struct rpw_reader *r, struct rpw_row *row, struct diags *d)
{
	const char *err;
	char **f;
	size_t n, k;
	int rv;

	while ((rv = csv_next(r->csv, &f, &n, &err)) < 0)
		if (r->ndiags++ < RPW_MAX_DIAGS)
			diags_add(d, NULL, NULL, "%s", err);
	if (rv == 0)
		return 0;
	row->line = csv_line(r->csv);
	r->q.rows++;
	for (k = r->nnamed; k < n; k++)
		if (f[k][0] != '\0')
			r->q.extra_cells++;	/* data under no name */
	if (n < r->nnamed)
		r->q.short_rows++;
	for (k = 0; k < LAST_RPW_COL; k++)
		row->col[k] = r->idx[k] >= 0 && (size_t)r->idx[k] < n ?
		    f[r->idx[k]] : "";
	fill_row(r, row);
	return 1;
}

/* The quirk counters, with their names in output. */
static void
quirk_list(const struct rpw_quirks *q, const char **names,
    unsigned long *v)
{
	static const char *const n[] = { "rows", "blank_cells",
	    "dotdot_cells", "unnamed_columns", "extra_cells", "short_rows",
	    "inconsistent_casing", "exponent_numbers", "bad_numbers",
	    "not_transparent_rows", "unknown_speed", "malformed_rows",
	    "crlf_lines", "quoted_commas", "quoted_newlines", "bom", NULL };
	size_t i;

	for (i = 0; n[i] != NULL; i++)
		names[i] = n[i];
	names[i] = NULL;
	v[0] = q->rows; v[1] = q->blank_cells; v[2] = q->dotdot_cells;
	v[3] = q->unnamed_columns; v[4] = q->extra_cells; v[5] = q->short_rows;
	v[6] = q->casing; v[7] = q->exponent_numbers; v[8] = q->bad_numbers;
	v[9] = q->not_transparent; v[10] = q->unknown_speed;
	v[11] = q->malformed_rows; v[12] = q->crlf; v[13] = q->quoted_comma;
	v[14] = q->quoted_newline; v[15] = (unsigned long)q->bom;
}

void
rpw_quirks_json(FILE *f, const struct rpw_quirks *q)
{
	const char *names[20];
	unsigned long v[20];
	size_t i;

	quirk_list(q, names, v);
	for (i = 0; names[i] != NULL; i++)
		fprintf(f, "%s\"%s\": %lu", i > 0 ? ", " : "", names[i], v[i]);
}

void
rpw_quirks_text(FILE *f, const struct rpw_quirks *q)
{
	const char *names[20];
	unsigned long v[20];
	size_t i;

	quirk_list(q, names, v);
	fprintf(f, "%s\n", _("Quirks met in the file:"));
	for (i = 0; names[i] != NULL; i++)
		fprintf(f, "  %-22s %lu\n", names[i], v[i]);
}
