/*
 * fuzz-lesson.c - libFuzzer harness of the lesson loader: any bytes given
 * to module_parse() must give a module or diagnostics, never a crash, a
 * leak or undefined behaviour.  Corpus: tests/fixtures and lessons/.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lesson.h"
#include "xalloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = xmalloc(size + 1);
	struct module *m;
	struct diags d;

	memcpy(text, data, size);
	text[size] = '\0';
	diags_init(&d);
	m = module_parse("en/fuzz.json", text, size, NULL, NULL, &d);
	if (m != NULL)
		module_free(m);
	diags_free(&d);
	free(text);
	return 0;
}
