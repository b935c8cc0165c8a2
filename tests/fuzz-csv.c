/*
 * fuzz-csv.c - libFuzzer harness: any bytes through the CSV reader, then
 * through the RPW reader, audit and indicators.  Built with
 * ./configure CC=clang --enable-fuzzing; run tests/fuzz-csv CORPUS/.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>

#include "csv.h"
#include "rpw-audit.h"
#include "rpw-import.h"
#include "rpw-indicators.h"
#include "rpw.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
found(const struct rpw_finding *f, void *arg)
{
	(void)f;
	(void)arg;
}

static void
emit(const struct rpw_ind_row *r, void *arg)
{
	(void)r;
	(void)arg;
}

/* The CSV reader alone. */
static void
fuzz_csv(const uint8_t *data, size_t size)
{
	FILE *f = fmemopen((void *)data, size, "rb");
	struct csv_reader *r;
	const char *err;
	char **fields;
	size_t n;

	if (f == NULL)
		return;
	r = csv_open(f, "fuzz");
	while (csv_next(r, &fields, &n, &err) != 0)
		;
	csv_close(r);
	fclose(f);
}

/* RPW rows, audited, summarised and taken in by an import (not written). */
static void
fuzz_rpw(const uint8_t *data, size_t size)
{
	static const enum rpw_key by[2] = { RPW_BY_CORRIDOR, RPW_BY_PERIOD };
	FILE *f = fmemopen((void *)data, size, "rb");
	struct rpw_reader *r;
	struct rpw_audit au;
	struct rpw_ind *ind;
	struct rpw_import *im;
	struct rpw_row row;
	struct diags d;

	if (f == NULL)
		return;
	diags_init(&d);
	if ((r = rpw_open(f, "fuzz", &d)) != NULL) {
		rpw_audit_init(&au, "0.01");
		ind = rpw_ind_new(by, 2, size % 2);
		im = rpw_import_new("2025_1Q", "/nonexistent");
		while (rpw_next(r, &row, &d)) {
			rpw_audit_row(&au, &row, found, NULL);
			rpw_ind_add(ind, &row);
			rpw_import_add(im, &row);
		}
		rpw_import_free(im);
		rpw_ind_emit(ind, 2, emit, NULL);
		rpw_ind_free(ind);
		rpw_audit_free(&au);
		rpw_close(r);
	}
	diags_free(&d);
	fclose(f);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_csv(data, size);
	fuzz_rpw(data, size);
	return 0;
}
