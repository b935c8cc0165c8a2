/*
 * rpw.h - the World Bank's Remittance Prices Worldwide (RPW) dataset, one
 * row at a time.
 *
 * An RPW file is the CSV export of the workbook's "Dataset (from Q2 2016)"
 * sheet: one row per service per corridor per quarter.  Columns are found
 * by name (trimmed, case-insensitive, '_' and ' ' alike), in any order.
 * rpw_open() reads the header; rpw_next() gives each row with its numbers
 * parsed exactly and every quirk of real files counted, never fatal:
 * blank cells and "..", unnamed trailing columns, inconsistent casing of
 * labels, CRLF, a BOM, quoted commas and line breaks, numbers with
 * exponents (1.5E-2 is read exactly as 15 / 1000), transparent = no rows.
 *
 * Numbers are scaled integers: value = v / 10^scale, exact.  A row's
 * strings point into the reader and stay valid until the next rpw_next().
 */
#ifndef REMIT_RPW_H
#define REMIT_RPW_H

#include <gmp.h>
#include <stdint.h>
#include <stdio.h>

#include "csv.h"
#include "diag.h"

/* The columns remit uses. */
enum rpw_col {
	RPW_ID, RPW_PERIOD, RPW_SOURCE_CODE, RPW_DEST_CODE, RPW_DEST_REGION,
	RPW_FIRM, RPW_FIRM_TYPE, RPW_SPEED,
	RPW_CC1_AMOUNT, RPW_CC1_CODE, RPW_CC1_FEE, RPW_CC1_RATE,
	RPW_CC1_MARGIN, RPW_CC1_TOTAL,
	RPW_CC2_AMOUNT, RPW_CC2_CODE, RPW_CC2_FEE, RPW_CC2_RATE,
	RPW_CC2_MARGIN, RPW_CC2_TOTAL,
	RPW_INTER, RPW_TRANSPARENT, RPW_DATE, RPW_CORRIDOR, RPW_PICKUP,
	LAST_RPW_COL
};

enum rpw_num_status { RPW_NUM_OK, RPW_NUM_MISSING, RPW_NUM_BAD };

/* An exact decimal read from a cell: v / 10^scale. */
struct rpw_num {
	enum rpw_num_status	status;
	int64_t			v;
	int			scale;
};

/* One benchmark of a row: cc1 (USD 200) or cc2 (USD 500). */
struct rpw_cc {
	struct rpw_num	amount, fee, rate, margin, total;
	const char	*code;		/* the send currency */
};

struct rpw_row {
	unsigned long	 line;		/* where the row began */
	const char	*col[LAST_RPW_COL];	/* "" when absent */
	char		 corridor[16];	/* "GBRNGA" */
	char		 period[16];	/* "2025_3Q" */
	struct rpw_cc	 cc[2];
	struct rpw_num	 inter;
	int		 transparent;	/* 0 only for "no" */
	int		 fast;		/* speed known and 5 days or less */
};

/* Quirks met, each counted. */
struct rpw_quirks {
	unsigned long	rows;
	unsigned long	blank_cells;		/* empty numeric cells */
	unsigned long	dotdot_cells;		/* ".." */
	unsigned long	unnamed_columns;	/* in the header */
	unsigned long	extra_cells;		/* beyond the header */
	unsigned long	short_rows;		/* fewer cells than named */
	unsigned long	casing;			/* label spelt another way */
	unsigned long	exponent_numbers;	/* 1.5E-2 */
	unsigned long	bad_numbers;		/* not a number: missing */
	unsigned long	not_transparent;	/* transparent = no */
	unsigned long	unknown_speed;		/* counted as not fast */
	unsigned long	malformed_rows;		/* skipped */
	unsigned long	crlf, quoted_comma, quoted_newline;
	int		bom;
};

struct rpw_reader;

/*
 * Opens a reader on f and reads the header.  Returns NULL, with a
 * diagnostic naming the missing columns, when a column remit needs is not
 * there.
 */
struct rpw_reader *rpw_open(FILE *f, const char *name, struct diags *d);
/* Frees the reader (not the FILE). */
void rpw_close(struct rpw_reader *r);
/*
 * The next row: 1, or 0 at the end.  A malformed CSV record is counted,
 * its one-line message added to d (up to a limit) and skipped.
 */
int rpw_next(struct rpw_reader *r, struct rpw_row *row, struct diags *d);
/* The quirks counted so far. */
const struct rpw_quirks *rpw_quirks(struct rpw_reader *r);
/*
 * Counts a label spelt in another case than the first time it was seen
 * (firm types, regions); returns the first spelling.
 */
const char *rpw_label(struct rpw_reader *r, const char *s);

/* Reads a cell leniently: blanks and ".." are missing; 1.5E-2 exact. */
enum rpw_num_status rpw_num_parse(struct rpw_num *n, const char *s,
    int *exponent);
/* out = the number (initialised by the caller). */
void rpw_num_mpq(mpq_t out, const struct rpw_num *n);
/* Compares two numbers that are OK: <0, 0, >0. */
int rpw_num_cmp(const struct rpw_num *a, const struct rpw_num *b);

/* Writes the quirks as "name": count pairs of a JSON object (no braces). */
void rpw_quirks_json(FILE *f, const struct rpw_quirks *q);
/* Writes the quirks as lines "  name: count" for people. */
void rpw_quirks_text(FILE *f, const struct rpw_quirks *q);

#endif
