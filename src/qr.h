/*
 * qr.h - the answer taken home on a phone: the chosen quote as a few
 * plain lines, and that text as a QR code drawn with half-block
 * characters for a terminal.
 *
 * The QR code is light modules drawn as blocks on the terminal's dark
 * background, dark modules as spaces, with a quiet zone of blocks around
 * it, so that a phone reads it from the screen.  Without libqrencode
 * (configure's HAVE_QRENCODE) qr_rows() returns NULL.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_QR_H
#define REMIT_QR_H

#include <stddef.h>

#include "compare.h"

/* Modules of quiet zone drawn around the code. */
#define QR_QUIET	2

/* Nonzero when the program was built with libqrencode. */
int qr_available(void);
/* The text of quote `row` of cmp, in the interface language: provider,
 * what the family gets, what the sender pays, the cost, the date of the
 * prices and "sample data" when it is.  The caller frees. */
char *qr_answer_text(const struct comparison *cmp, size_t row);
/* The QR code of text as *n rows of UTF-8 text, each *width columns
 * wide (quiet zone included), or NULL when it cannot be made.  The caller
 * frees with qr_rows_free(). */
char **qr_rows(const char *text, int *n, int *width);
void qr_rows_free(char **rows, int n);

#endif
