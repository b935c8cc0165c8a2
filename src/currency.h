/*
 * currency.h - ISO 4217 currencies and their minor units, built in.
 *
 * The table is static and sorted by code; pointers into it stay valid for
 * the life of the program.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_CURRENCY_H
#define REMIT_CURRENCY_H

#include <stddef.h>

struct currency {
	char	code[4];	/* "GBP" */
	int	minor;		/* decimal places: 0, 2, 3 or 4 */
};

/* The currency with this upper-case code, or NULL. */
const struct currency *currency_find(const char *code);
/* Minor units of a code, or -1 when the code is not an active currency. */
int currency_minor(const char *code);

#endif
