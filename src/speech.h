/*
 * speech.h - the answer written to be read aloud: numbers grouped the way
 * the interface language reads them ("387,600 naira", not "387600.00
 * NGN"), currencies by their names from iso-codes.  This is the exact text
 * that the app and `remit compare --format speech` give to the speech
 * synthesizer, so tests and translators can check it.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_SPEECH_H
#define REMIT_SPEECH_H

#include "compare.h"

/* A decimal as displayed ("387600.00") written to be read in the
 * interface language: digits grouped, ".00" left out.  The caller frees. */
char *speech_number(const char *decimal);
/* An amount with its currency's name: "387,600 Naira".  The caller
 * frees. */
char *speech_amount(const char *decimal, const char *currency);
/* The answer sentence of a comparison: the provider best for the family
 * (best, or the first available quote when NULL), what the family
 * receives, what the sender pays and what it costs, and "sample prices"
 * when they are; or a sentence saying no provider offers the amount.
 * The caller frees. */
char *speech_answer(const struct comparison *cmp,
    const struct provider *best);

#endif
