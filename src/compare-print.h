/*
 * compare-print.h - a comparison written as a table, CSV or JSON.
 *
 * The JSON shape is the one remit(1) documents for `remit compare`;
 * `remit batch` writes the same object on one line.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_COMPARE_PRINT_H
#define REMIT_COMPARE_PRINT_H

#include <stdio.h>

#include "compare.h"

/* A human table that fits 80 columns, with the indicators below. */
void compare_print_table(FILE *f, const struct comparison *cmp);
/* RFC 4180 CSV with a header line, one row per quote. */
void compare_print_csv(FILE *f, const struct comparison *cmp);
/* The JSON object; on one line when `oneline`, else indented. */
void compare_print_json(FILE *f, const struct comparison *cmp, int oneline);

#endif
