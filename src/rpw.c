/*
 * rpw.c - RPW rows: the header mapped by name, cells read leniently and
 * exactly, quirks counted.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "currency.h"
#include "i18n.h"
#include "output.h"
#include "rpw.h"
#include "xalloc.h"
#include "xlsx.h"

#define RPW_MAX_LABELS	256
#define RPW_MAX_DIAGS	20

/* Column names, compared loosely (normalise()); '|' between the names
 * a column is known by. */
static const char *const col_names[LAST_RPW_COL] = {
	"id", "period", "source code", "destination code",
	"destination region", "firm", "firm type", "speed actual",
	"cc1 lcu amount", "cc1 lcu code", "cc1 lcu fee", "cc1 lcu fx rate",
	"cc1 fx margin", "cc1 total cost %",
	"cc2 lcu amount", "cc2 lcu code", "cc2 lcu fee", "cc2 lcu fx rate",
	"cc2 fx margin", "cc2 total cost %",
	"inter lcu bank fx", "transparent", "date", "corridor",
	"pickup method",
	"cc1 denomination amount", "cc2 denomination amount",
	"receive currency|receiving currency|payout currency|"
	"destination currency|receive lcu code|cc1 receive code",
	"standard note|note1|note|notes", "note2", "payment instrument",
	"access point", "receiving network coverage"
};

/* Columns a file must have (corridor may be made of the two codes). */
static const enum rpw_col required[] = {
	RPW_PERIOD, RPW_FIRM, RPW_TRANSPARENT, RPW_CC1_TOTAL, RPW_CC2_TOTAL
};


/* A row seen, for finding exact duplicates: its 64-bit hash and line. */
struct seen {
	uint64_t	key;
	uint64_t	line;		/* 0: an empty slot */
};

struct rpw_reader {
	struct csv_reader	*csv;		/* one of the two */
	struct xlsx_reader	*xlsx;
	char			*name;
	int			 idx[LAST_RPW_COL];	/* -1: absent */
	int			 text[LAST_RPW_COL];	/* typed as text */
	size_t			 nnamed;		/* header cells */
	char			**unread;
	size_t			 nunread;
	struct seen		*seen;		/* rows seen */
	size_t			 nseen, seencap;
	char			 dest_a3[4], dest_ccy[4];	/* cache */
	mpq_t			 q1, q2;			/* scratch */
	char			*labels[RPW_MAX_LABELS];
	size_t			 nlabels;
	unsigned long		 ndiags;
	struct rpw_quirks	 q;
};

/* The trimmed, lower-cased, '_'-as-space form of a label. */
static void
normalise_label(char *out, size_t size, const char *s)
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

/* A column name compared loosely: lower case, without spaces, '_' and
 * '-' ("PICK-UP METHOD" and "pickup_method" are "pickupmethod"); stops at
 * '|', which separates the names of a column. */
static void
normalise(char *out, size_t size, const char *s)
{
	size_t n = 0;

	for (; *s != '\0' && *s != '|' && n + 1 < size; s++)
		if (*s != ' ' && *s != '\t' && *s != '_' && *s != '-')
			out[n++] = (char)tolower((unsigned char)*s);
	out[n] = '\0';
}

/* Nonzero when the normalised header cell h is one of a column's names. */
static int
name_matches(const char *h, const char *names)
{
	char buf[128];

	for (;;) {
		normalise(buf, sizeof buf, names);
		if (strcmp(h, buf) == 0)
			return 1;
		if ((names = strchr(names, '|')) == NULL)
			return 0;
		names++;
	}
}

/* Notes a named header cell that no rule reads, trimmed. */
static void
add_unread(struct rpw_reader *r, const char *s)
{
	size_t len;

	while (*s == ' ' || *s == '\t')
		s++;
	len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	r->unread = xreallocarray(r->unread, r->nunread + 1,
	    sizeof *r->unread);
	r->unread[r->nunread++] = xstrndup(s, len);
}

/* Maps the header; returns 0 or -1 with a diagnostic. */
static int
map_header(struct rpw_reader *r, char **f, size_t n, const char *name,
    struct diags *d)
{
	char buf[128];
	size_t i, k;
	int missing = 0, read;

	for (k = 0; k < LAST_RPW_COL; k++)
		r->idx[k] = -1;
	for (i = 0; i < n; i++) {
		normalise(buf, sizeof buf, f[i]);
		if (buf[0] == '\0') {
			r->q.unnamed_columns++;
			continue;
		}
		r->nnamed = i + 1;
		for (k = 0, read = 0; k < LAST_RPW_COL; k++)
			if (r->idx[k] < 0 && name_matches(buf, col_names[k])) {
				r->idx[k] = (int)i;
				read = 1;
			}
		if (!read)
			add_unread(r, f[i]);
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

/* The next record of the CSV file or the sheet: 1, or 0 at the end;
 * *text is NULL or says which cells the workbook typed as text. */
static int
next_record(struct rpw_reader *r, char ***f, size_t *n,
    const unsigned char **text, struct diags *d)
{
	const char *err;
	int rv;

	*text = NULL;
	if (r->xlsx != NULL) {
		if ((rv = xlsx_next(r->xlsx, f, n, text, &err)) < 0) {
			r->q.malformed_rows++;
			diags_add(d, NULL, NULL, "%s", err);
			return 0;
		}
		return rv;
	}
	while ((rv = csv_next(r->csv, f, n, &err)) < 0)
		if (r->ndiags++ < RPW_MAX_DIAGS)
			diags_add(d, NULL, NULL, "%s", err);
	return rv;
}

/* Reads the header; the reader, or NULL after a diagnostic. */
static struct rpw_reader *
open_header(struct rpw_reader *r, struct diags *d)
{
	const unsigned char *text;
	char **fields;
	size_t n;

	if (next_record(r, &fields, &n, &text, d) == 0) {
		diags_add(d, r->name, NULL, _("the file is empty; export the "
		    "\"Dataset (from Q2 2016)\" sheet as CSV"));
		rpw_close(r);
		return NULL;
	}
	if (map_header(r, fields, n, r->name, d) != 0) {
		rpw_close(r);
		return NULL;
	}
	r->q.unread = r->unread;
	r->q.nunread = r->nunread;
	return r;
}

struct rpw_reader *
rpw_open(FILE *f, const char *name, struct diags *d)
{
	struct rpw_reader *r = xcalloc(1, sizeof *r);

	r->name = xstrdup(name);
	mpq_inits(r->q1, r->q2, NULL);
	r->csv = csv_open(f, name);
	return open_header(r, d);
}

struct rpw_reader *
rpw_open_xlsx(const char *path, const char *sheet, struct diags *d)
{
	struct rpw_reader *r;
	struct xlsx_reader *x;
	char *err;

	if ((x = xlsx_open(path, sheet != NULL ? sheet : RPW_DEFAULT_SHEET,
	    &err)) == NULL) {
		diags_add(d, NULL, NULL, "%s", err);
		free(err);
		return NULL;
	}
	r = xcalloc(1, sizeof *r);
	r->name = xstrdup(path);
	mpq_inits(r->q1, r->q2, NULL);
	r->xlsx = x;
	return open_header(r, d);
}

int
rpw_is_xlsx(const char *path)
{
	unsigned char b[4];
	FILE *f = fopen(path, "rb");
	int zip;

	if (f == NULL)
		return 0;
	zip = fread(b, 1, 4, f) == 4 && memcmp(b, "PK\3\4", 4) == 0;
	fclose(f);
	return zip;
}

void
rpw_close(struct rpw_reader *r)
{
	size_t i;

	if (r == NULL)
		return;
	csv_close(r->csv);
	xlsx_close(r->xlsx);
	for (i = 0; i < r->nlabels; i++)
		free(r->labels[i]);
	for (i = 0; i < r->nunread; i++)
		free(r->unread[i]);
	free(r->unread);
	free(r->seen);
	mpq_clears(r->q1, r->q2, NULL);
	free(r->name);
	free(r);
}

const struct rpw_quirks *
rpw_quirks(struct rpw_reader *r)
{
	const struct csv_stats *s;

	if (r->csv == NULL)
		return &r->q;
	s = csv_stats(r->csv);
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

	normalise_label(buf, sizeof buf, s);
	*known = 1;
	if (strstr(buf, "6 days") != NULL || strstr(buf, "more") != NULL)
		return 0;
	for (i = 0; fast[i] != NULL; i++)
		if (strstr(buf, fast[i]) != NULL)
			return 1;
	*known = 0;
	return 0;
}

/* Reads one numeric cell, counting blanks, "..", exponents and numbers
 * a workbook typed as text. */
static void
read_num(struct rpw_reader *r, struct rpw_num *n, const char *s, int text)
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
		if (text)
			r->q.text_numbers++;
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

/* ISO 3166 alpha-3 country and its currency, for the receive side (RPW
 * gives only the send currency, "ccN lcu code"). */
static const char ccy_map[] =
	"AFGAFNALBALLDZADZDAGOAOAARGARSARMAMDAUSAUDAUTEURAZEAZNBHRBHDBGDBDT"
	"BRBBBDBLRBYNBELEURBLZBZDBENXOFBTNBTNBOLBOBBIHBAMBWABWPBRABRLBGRBGN"
	"BFAXOFBDIBIFKHMKHRCMRXAFCANCADCPVCVECAFXAFTCDXAFCHLCLPCHNCNYCOLCOP"
	"COMKMFCODCDFCOGXAFCRICRCCIVXOFHRVEURCUBCUPCYPEURCZECZKDNKDKKDJIDJF"
	"DMAXCDDOMDOPECUUSDEGYEGPSLVUSDGNQXAFERIERNESTEURSWZSZLETHETBFJIFJD"
	"FINEURFRAEURGABXAFGMBGMDGEOGELDEUEURGHAGHSGRCEURGRDXCDGTMGTQGINGNF"
	"GNBXOFGUYGYDHTIHTGHNDHNLHKGHKDHUNHUFISLISKINDINRIDNIDRIRNIRRIRQIQD"
	"IRLEURISRILSITAEURJAMJMDJPNJPYJORJODKAZKZTKENKESKIRAUDKORKRWXKXEUR"
	"KWTKWDKGZKGSLAOLAKLVAEURLBNLBPLSOLSLLBRLRDLBYLYDLTUEURLUXEURMDGMGA"
	"MWIMWKMYSMYRMDVMVRMLIXOFMLTEURMHLUSDMRTMRUMUSMURMEXMXNFSMUSDMDAMDL"
	"MNGMNTMNEEURMARMADMOZMZNMMRMMKNAMNADNPLNPRNLDEURNZLNZDNICNIONERXOF"
	"NGANGNMKDMKDNORNOKOMNOMRPAKPKRPSEILSPANPABPNGPGKPRYPYGPERPENPHLPHP"
	"POLPLNPRTEURQATQARROURONRUSRUBRWARWFWSMWSTSTPSTNSAUSARSENXOFSRBRSD"
	"SYCSCRSLESLESGPSGDSVKEURSVNEURSLBSBDSOMSOSZAFZARSSDSSPESPEURLKALKR"
	"LCAXCDVCTXCDSDNSDGSURSRDSWESEKCHECHFSYRSYPTWNTWDTJKTJSTZATZSTHATHB"
	"TLSUSDTGOXOFTONTOPTTOTTDTUNTNDTURTRYTKMTMTUGAUGXUKRUAHAREAEDGBRGBP"
	"USAUSDURYUYUUZBUZSVUTVUVVENVESVNMVNDYEMYERZMBZMWZWEUSD";

const char *
rpw_country_currency(const char *a3, char *out)
{
	size_t i;

	for (i = 0; ccy_map[i] != '\0'; i += 6)
		if (strncmp(ccy_map + i, a3, 3) == 0 && strlen(a3) == 3) {
			memcpy(out, ccy_map + i + 3, 3);
			out[3] = '\0';
			return out;
		}
	return NULL;
}

#define OK(n) ((n).status == RPW_NUM_OK)

/* Nonzero when the row's interbank rate is on the US dollar's scale:
 * inter x cc1 amount / cc1 USD amount (200 when not given), the receive
 * units one USD buys, is from 1/2 to 2. */
static int
usd_scale(struct rpw_reader *r, const struct rpw_row *row,
    const struct rpw_num *denom)
{
	mpq_ptr per_usd = r->q1, t = r->q2;
	int in;

	if (!OK(row->inter) || row->inter.v <= 0 ||
	    !OK(row->cc[0].amount) || row->cc[0].amount.v <= 0)
		return 0;
	rpw_num_mpq(per_usd, &row->inter);
	rpw_num_mpq(t, &row->cc[0].amount);
	mpq_mul(per_usd, per_usd, t);
	if (OK(*denom) && denom->v > 0)
		rpw_num_mpq(t, denom);
	else
		mpq_set_ui(t, 200, 1);
	mpq_div(per_usd, per_usd, t);
	mpq_set_ui(t, 1, 2);
	in = mpq_cmp(per_usd, t) >= 0;
	mpq_set_ui(t, 2, 1);
	return in && mpq_cmp(per_usd, t) <= 0;
}

/* Nonzero for a currency that one US dollar buys from 1/2 to 2 of (or
 * did in RPW's years), where the scale cannot tell it from USD. */
static int
near_usd(const char *ccy)
{
	static const char near[] = "USDEURGBPCHFCADAUDNZDSGDBSDPABBMDKYDJOD"
	    "AZNBAMBGNBZDBBDFJDCUCBNDECSSVCLVLLTLMTLCYP";
	size_t i;

	for (i = 0; near[i] != '\0'; i += 3)
		if (strncmp(near + i, ccy, 3) == 0)
			return 1;
	return 0;
}

/* The row's payout currency: its receive currency cell, else inferred
 * (see rpw.h) and counted. */
static void
payout_currency(struct rpw_reader *r, struct rpw_row *row)
{
	struct rpw_num denom;
	char dest[4];
	int e;

	upper_copy(row->recv_ccy, sizeof row->recv_ccy,
	    row->col[RPW_RECV_CODE], "");
	if (strlen(row->col[RPW_RECV_CODE]) >= 3 &&
	    currency_minor(row->recv_ccy) >= 0)
		return;
	row->recv_inferred = 1;
	r->q.inferred_currency++;
	row->recv_ccy[0] = '\0';
	if (strlen(row->corridor) != 6)
		return;
	if (strcmp(r->dest_a3, row->corridor + 3) != 0) {
		memcpy(r->dest_a3, row->corridor + 3, 4);
		if (rpw_country_currency(r->dest_a3, r->dest_ccy) == NULL)
			r->dest_ccy[0] = '\0';
	}
	if (r->dest_ccy[0] == '\0')
		return;
	memcpy(dest, r->dest_ccy, 4);
	memcpy(row->recv_ccy, dest, 4);
	rpw_num_parse(&denom, row->col[RPW_CC1_DENOM], &e);
	if (!near_usd(dest) && usd_scale(r, row, &denom)) {
		memcpy(row->recv_ccy, "USD", 4);
		r->q.usd_payout++;
	}
}

/* Fills the row's derived fields from its cells. */
static void
fill_row(struct rpw_reader *r, struct rpw_row *row)
{
	static const enum rpw_col base[2] = { RPW_CC1_AMOUNT, RPW_CC2_AMOUNT };
	struct rpw_cc *cc;
	int b, k, known;

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
		read_num(r, &cc->amount, row->col[base[b]], r->text[base[b]]);
		cc->code = row->col[base[b] + 1];
		for (k = 2; k < 6; k++)
			read_num(r, k == 2 ? &cc->fee : k == 3 ? &cc->rate :
			    k == 4 ? &cc->margin : &cc->total,
			    row->col[base[b] + k], r->text[base[b] + k]);
		if (OK(cc->margin) && cc->margin.v < 0)
			row->promotion = 1;
	}
	if (row->promotion)
		r->q.negative_margins++;
	read_num(r, &row->inter, row->col[RPW_INTER], r->text[RPW_INTER]);
	payout_currency(r, row);
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

/* Nonzero when every cell of a record is blank (",,,,"). */
static int
all_blank(char **f, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (f[i][strspn(f[i], " \t")] != '\0')
			return 0;
	return 1;
}

/* splitmix64's finaliser: every bit of x moves every bit of the result. */
static uint64_t
mix64(uint64_t x)
{
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

/* A row's 64-bit hash over its cells (the id aside), eight bytes at a
 * time, each cell's length mixed in so that cells cannot run together. */
static uint64_t
row_hash(const struct rpw_reader *r, char **f, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL, w;
	size_t i, len, k;

	for (i = 0; i < n; i++) {
		if ((int)i == r->idx[RPW_ID])
			continue;
		len = strlen(f[i]);
		for (k = 0; k + 8 <= len; k += 8) {
			memcpy(&w, f[i] + k, 8);
			h = (h ^ w) * 0x9fb21c651e98df25ULL;
			h = h << 31 | h >> 33;
		}
		w = 0;
		memcpy(&w, f[i] + k, len - k);
		h = (h ^ w ^ ((uint64_t)len << 56)) * 0x9fb21c651e98df25ULL;
		h = h << 31 | h >> 33;
	}
	return mix64(h);
}

/* Grows the table of rows seen to twice its size. */
static void
seen_grow(struct rpw_reader *r)
{
	struct seen *old = r->seen;
	size_t oldcap = r->seencap, i, j, mask;

	r->seencap = oldcap ? 2 * oldcap : 1024;
	r->seen = xcalloc(r->seencap, sizeof *r->seen);
	mask = r->seencap - 1;
	for (i = 0; i < oldcap; i++) {
		if (old[i].line == 0)
			continue;
		for (j = old[i].key & mask; r->seen[j].line != 0;
		    j = (j + 1) & mask)
			;
		r->seen[j] = old[i];
	}
	free(old);
}

/*
 * The line of an earlier row with the same cells as this one, its id
 * aside (by a 64-bit hash: 16 bytes a slot, at most 3/4 full); 0 when
 * there is none, and the row is remembered.
 */
static unsigned long
seen_before(struct rpw_reader *r, char **f, size_t n, unsigned long line)
{
	uint64_t h = row_hash(r, f, n);
	size_t j, mask;

	if (4 * (r->nseen + 1) > 3 * r->seencap)
		seen_grow(r);
	mask = r->seencap - 1;
	for (j = h & mask; r->seen[j].line != 0; j = (j + 1) & mask)
		if (r->seen[j].key == h)
			return r->seen[j].line;
	r->seen[j].key = h;
	r->seen[j].line = line;
	r->nseen++;
	return 0;
}

/* The next record that is neither a spacer nor a duplicate: 1, or 0. */
static int
next_kept(struct rpw_reader *r, char ***f, size_t *n,
    const unsigned char **text, unsigned long *line, struct diags *d)
{
	unsigned long first;

	for (;;) {
		if (next_record(r, f, n, text, d) == 0)
			return 0;
		*line = r->xlsx != NULL ? xlsx_line(r->xlsx) :
		    csv_line(r->csv);
		if (all_blank(*f, *n)) {
			r->q.spacer_rows++;
			continue;
		}
		if ((first = seen_before(r, *f, *n, *line)) == 0)
			return 1;
		r->q.duplicate_rows++;
		if (r->ndiags++ < RPW_MAX_DIAGS)
			diags_add(d, r->name, NULL, _("line %lu repeats line "
			    "%lu (every cell but the id); counted once"),
			    *line, first);
	}
}

int
rpw_next(struct rpw_reader *r, struct rpw_row *row, struct diags *d)
{
	const unsigned char *text;
	char **f;
	size_t n, k;

	if (!next_kept(r, &f, &n, &text, &row->line, d))
		return 0;
	r->q.rows++;
	for (k = r->nnamed; k < n; k++)
		if (f[k][0] != '\0')
			r->q.extra_cells++;	/* data under no name */
	if (n < r->nnamed)
		r->q.short_rows++;
	for (k = 0; k < LAST_RPW_COL; k++) {
		row->col[k] = r->idx[k] >= 0 && (size_t)r->idx[k] < n ?
		    f[r->idx[k]] : "";
		r->text[k] = text != NULL && *row->col[k] != '\0' &&
		    text[r->idx[k]];
	}
	row->promotion = 0;
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
	    "crlf_lines", "quoted_commas", "quoted_newlines", "bom",
	    "spacer_rows", "duplicate_rows", "text_numbers",
	    "inferred_currency_rows", "usd_payout_rows", "negative_margins",
	    NULL };
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
	v[16] = q->spacer_rows; v[17] = q->duplicate_rows;
	v[18] = q->text_numbers; v[19] = q->inferred_currency;
	v[20] = q->usd_payout; v[21] = q->negative_margins;
}

void
rpw_quirks_json(FILE *f, const struct rpw_quirks *q)
{
	const char *names[32];
	unsigned long v[32];
	size_t i;

	quirk_list(q, names, v);
	for (i = 0; names[i] != NULL; i++)
		fprintf(f, "%s\"%s\": %lu", i > 0 ? ", " : "", names[i], v[i]);
	fputs(", \"unread_columns\": [", f);
	for (i = 0; i < q->nunread; i++) {
		fputs(i > 0 ? ", " : "", f);
		out_json_str(f, q->unread[i]);
	}
	fputc(']', f);
}

void
rpw_quirks_text(FILE *f, const struct rpw_quirks *q)
{
	const char *names[32];
	unsigned long v[32];
	size_t i;

	quirk_list(q, names, v);
	fprintf(f, "%s\n", _("Quirks met in the file:"));
	for (i = 0; names[i] != NULL; i++)
		fprintf(f, "  %-22s %lu\n", names[i], v[i]);
	fprintf(f, "  %-22s", "unread_columns");
	for (i = 0; i < q->nunread; i++) {
		fputs(i > 0 ? ", " : " ", f);
		out_text(f, q->unread[i]);
	}
	fputc('\n', f);
}
