/*
 * tap.h - a minimal Test Anything Protocol writer for the unit tests.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_TAP_H
#define REMIT_TAP_H

#include <stdio.h>
#include <string.h>

static int tap_n, tap_failed;

/* One result; `name` says what is checked. */
static inline int
tap_ok(int cond, const char *name)
{
	printf("%s %d - %s\n", cond ? "ok" : "not ok", ++tap_n, name);
	if (!cond)
		tap_failed++;
	return cond;
}

/* Compares strings; on failure shows both. */
static inline int
tap_is(const char *got, const char *want, const char *name)
{
	int ok = got != NULL && want != NULL ? strcmp(got, want) == 0 :
	    got == want;

	if (!tap_ok(ok, name))
		printf("#   got:  %s\n#   want: %s\n", got ? got : "(null)",
		    want ? want : "(null)");
	return ok;
}

static inline int
tap_done(void)
{
	printf("1..%d\n", tap_n);
	return tap_failed ? 1 : 0;
}

#endif
