/*
 * fuzz-rates.c - libFuzzer harness of the rate-table loader: any bytes
 * given to corridor_parse() must give a corridor or diagnostics, never a
 * crash, a leak or undefined behaviour.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ratebook.h"
#include "xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = xmalloc(size + 1);
	struct corridor *c;
	struct diags d;

	memcpy(text, data, size);
	text[size] = '\0';
	diags_init(&d);
	c = corridor_parse("fuzz.json", text, size, &d, NULL, NULL);
	corridor_free(c);
	diags_free(&d);
	free(text);
	return 0;
}
