/*
 * isocodes.h - country and currency names from Debian's iso-codes.
 *
 * Country codes and English names are read from iso-codes' JSON file
 * iso_3166-1.json, currency names from iso_4217.json, once, on first use.
 * Translations come from iso-codes' own gettext domains (iso_3166-1 and
 * iso_4217).  The data folder is the one configure found, or the folder in
 * the environment variable REMIT_ISO_CODES_DIR.  Returned pointers stay
 * valid until isocodes_free().
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_ISOCODES_H
#define REMIT_ISOCODES_H

#include "diag.h"

struct country {
	char	 alpha2[3];
	char	 alpha3[4];
	char	*name;		/* English, as iso-codes writes it */
	char	*official_name;	/* may be NULL */
	char	*common_name;	/* may be NULL */
};

/* Loads the data if not yet loaded; 0, or -1 with a diagnostic. */
int isocodes_load(struct diags *d);
/* Releases the data. */
void isocodes_free(void);
/* The country with this alpha-2 code (upper case), or NULL. */
const struct country *country_by_alpha2(const char *code);
/*
 * The country a person typed: an alpha-2 or alpha-3 code or an English
 * name (short, official or common), case-insensitively; or NULL.
 */
const struct country *country_lookup(const char *input);
/* The country's name in the current language. */
const char *country_name(const struct country *c);
/* The currency's name in the current language, or the code itself. */
const char *currency_name(const char *code);

#endif
