/*
 * slip.h - a comparison as a plain-text slip for a receipt printer: at
 * most SLIP_WIDTH columns, in the interface language, every figure as the
 * results screen shows it.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_SLIP_H
#define REMIT_SLIP_H

#include <stdio.h>

#include "compare.h"

#define SLIP_WIDTH	42

/* Writes the slip of cmp to f; best (or NULL) is the quote marked best
 * for the family.  Text from the rate tables is made safe. */
void slip_write(FILE *f, const struct comparison *cmp,
    const struct provider *best);
/* Pipes the slip to the shell command cmd (its output is discarded);
 * returns 0, or -1 when the command could not run or failed. */
int slip_print(const char *cmd, const struct comparison *cmp,
    const struct provider *best);

#endif
