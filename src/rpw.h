/*
 * rpw.h - the World Bank's Remittance Prices Worldwide (RPW) dataset, one
 * row at a time.
 *
 * An RPW file is the workbook's "Dataset (from Q2 2016)" sheet, read from
 * the .xlsx itself (xlsx.h) or from its CSV export: one row per service per
 * corridor per quarter.  Columns are found by name, loosely (case, spaces,
 * '_' and '-' ignored: "PICK-UP METHOD" is "pickup method"), in any order;
 * a named column that no rule reads is listed once in the quirks.
 * rpw_open() reads the header; rpw_next() gives each row with its numbers
 * parsed exactly and every quirk of real files counted, never fatal:
 * blank cells and "..", unnamed trailing columns, inconsistent casing of
 * labels, CRLF, a BOM, quoted commas and line breaks, numbers with
 * exponents (1.5E-2 is read exactly as 15 / 1000), transparent = no rows,
 * blank spacer rows (skipped), exact duplicate rows (all cells but the id
 * alike: skipped, so every reader counts the service once), negative FX
 * margins (promotions: kept and flagged), cells of a workbook typed as
 * text that hold numbers (read as numbers), and rows whose payout currency
 * had to be inferred.
 *
 * The payout currency of a row: its receive currency column when the file
 * has one; else the destination's currency, unless the interbank rate is on
 * the scale of the US dollar (receive units per USD, known from the cc1
 * benchmark, between 1/2 and 2) while the destination's currency is not
 * near parity with it: then USD (RPW's East African corridors pay out in
 * USD beside the local currency).
 *
 * Memory: one record, and 16 bytes a row (a 64-bit hash of its cells and
 * its line) to find exact duplicates; two rows with different cells whose
 * hashes collide (about 1 in 10^9 for 200,000 rows) would be taken for
 * duplicates.
 *
 * Numbers are scaled integers: value = v / 10^scale, exact.  A row's
 * strings point into the reader and stay valid until the next rpw_next().
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_RPW_H
#define REMIT_RPW_H

#define RPW_DEFAULT_SHEET	"Dataset (from Q2 2016)"

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
	RPW_CC1_DENOM, RPW_CC2_DENOM, RPW_RECV_CODE, RPW_NOTE1, RPW_NOTE2,
	RPW_PAYMENT, RPW_ACCESS, RPW_COVERAGE,
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
	int		 promotion;	/* a negative FX margin */
	char		 recv_ccy[4];	/* payout currency, "" if unknown */
	int		 recv_inferred;	/* no receive currency column */
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
	unsigned long	spacer_rows;		/* every cell blank: skipped */
	unsigned long	duplicate_rows;		/* skipped */
	unsigned long	text_numbers;		/* workbook text cells */
	unsigned long	inferred_currency;	/* rows */
	unsigned long	usd_payout;		/* of them, inferred USD */
	unsigned long	negative_margins;	/* promotion rows */
	char *const	*unread;	/* named columns read by no rule */
	size_t		 nunread;
};

struct rpw_reader;

/*
 * Opens a reader on f and reads the header.  Returns NULL, with a
 * diagnostic naming the missing columns, when a column remit needs is not
 * there.
 */
struct rpw_reader *rpw_open(FILE *f, const char *name, struct diags *d);
/*
 * The same on the sheet `sheet` of the .xlsx workbook at `path` (NULL:
 * "Dataset (from Q2 2016)").
 */
struct rpw_reader *rpw_open_xlsx(const char *path, const char *sheet,
    struct diags *d);
/* Nonzero when the file at path begins as a ZIP archive (.xlsx). */
int rpw_is_xlsx(const char *path);
/* The currency of an ISO 3166 alpha-3 country into out[4], or NULL. */
const char *rpw_country_currency(const char *a3, char *out);
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
