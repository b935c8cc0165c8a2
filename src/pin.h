/*
 * pin.h - the kiosk operator's PIN: records made and checked with crypt(3)
 * and yescrypt, and the wait after wrong tries.
 *
 * A PIN record is one crypt(3) hash line such as "$y$j9T$SALT$HASH": the
 * method, its cost and a random salt travel with the hash, so a stolen
 * PIN file costs a guesser yescrypt's work for every candidate.  Records
 * are plain strings; functions returning one give a copy the caller frees.
 * No terminal I/O here.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_PIN_H
#define REMIT_PIN_H

#define PIN_TRIES	3	/* wrong PINs in a row before a wait */
#define PIN_WAIT_S	30	/* seconds to wait after PIN_TRIES wrong ones */

/* Wrong tries and the end of the current wait, in the caller's seconds
 * (any monotonic clock); zero-initialised means no try yet. */
struct pin_guard {
	int	failures;
	long	wait_until;
};

/* A new yescrypt record of pin with a random salt; NULL when the system
 * has no random bytes or no yescrypt. */
char *pin_make(const char *pin);
/* Nonzero when pin matches record (a whole-string compare in constant
 * time); 0 for any record that is not a yescrypt hash. */
int pin_check(const char *record, const char *pin);
/* Nonzero when s looks like a yescrypt record ("$y$..."). */
int pin_record_valid(const char *s);
/* Seconds left to wait at time now before a try is allowed (0: none). */
long pin_guard_wait(const struct pin_guard *g, long now);
/* Records a try at now: a right one clears the count; the PIN_TRIES-th
 * wrong one in a row starts a wait of PIN_WAIT_S seconds. */
void pin_guard_try(struct pin_guard *g, int right, long now);

#endif
