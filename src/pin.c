/*
 * pin.c - operator PIN records with crypt(3) yescrypt, and the wait after
 * wrong tries.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <crypt.h>
#include <stdlib.h>
#include <string.h>

#include "pin.h"
#include "xalloc.h"

/* The characters of crypt(3)'s encoding, plus '$' between the parts. */
static const char crypt_chars[] =
    "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$";

int
pin_record_valid(const char *s)
{
	size_t n = strlen(s);

	return n > 10 && n < CRYPT_OUTPUT_SIZE && strncmp(s, "$y$", 3) == 0 &&
	    strspn(s, crypt_chars) == n;
}

char *
pin_make(const char *pin)
{
	struct crypt_data *cd;
	char setting[CRYPT_GENSALT_OUTPUT_SIZE], *rec = NULL;

	/* NULL random bytes: crypt_gensalt reads them from the system. */
	if (crypt_gensalt_rn("$y$", 0, NULL, 0, setting, sizeof setting) ==
	    NULL)
		return NULL;
	cd = xcalloc(1, sizeof *cd);
	if (crypt_r(pin, setting, cd) != NULL && pin_record_valid(cd->output))
		rec = xstrdup(cd->output);
	explicit_bzero(cd, sizeof *cd);
	free(cd);
	return rec;
}

int
pin_check(const char *record, const char *pin)
{
	struct crypt_data *cd;
	unsigned diff;
	size_t i, n;

	if (!pin_record_valid(record))
		return 0;
	cd = xcalloc(1, sizeof *cd);
	if (crypt_r(pin, record, cd) == NULL || cd->output[0] == '*') {
		free(cd);
		return 0;
	}
	n = strlen(record);
	diff = strlen(cd->output) != n;
	for (i = 0; i < n && i < sizeof cd->output; i++)
		diff |= (unsigned char)cd->output[i] ^ (unsigned char)record[i];
	explicit_bzero(cd, sizeof *cd);
	free(cd);
	return diff == 0;
}

long
pin_guard_wait(const struct pin_guard *g, long now)
{
	return g->wait_until > now ? g->wait_until - now : 0;
}

void
pin_guard_try(struct pin_guard *g, int right, long now)
{
	if (right) {
		g->failures = 0;
		return;
	}
	if (++g->failures >= PIN_TRIES) {
		g->failures = 0;
		g->wait_until = now + PIN_WAIT_S;
	}
}
