/*
 * store-priv.h - what the parts of the session store share (store.c,
 * store-record.c); not for other modules.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_STORE_PRIV_H
#define REMIT_STORE_PRIV_H

#include <sqlite3.h>

#include "diag.h"

struct store {
	sqlite3	*db;
	char	*path;
	int	 write;
};

/* One diagnostic naming the file for a failed SQLite call. */
void store_sql_fail(const char *path, sqlite3 *db, int rc, struct diags *d);

#endif
