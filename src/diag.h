/*
 * diag.h - error records that say where a problem is and how to fix it.
 *
 * The library never prints: it appends diagnostics to a struct diags and
 * returns a status.  A diagnostic names the file, the place inside it (a JSON
 * path such as "providers[2].fee.bands[0].fixed", or "line 3, column 7") and
 * one sentence that includes the fix.  Front ends print each as one line.
 * A struct diags owns copies of every string given to it.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_DIAG_H
#define REMIT_DIAG_H

#include <stddef.h>

#include "xalloc.h"

struct diag {
	char	*file;		/* may be NULL */
	char	*where;		/* JSON path or "line L, column C"; may be NULL */
	char	*msg;		/* what is wrong and how to fix it */
};

struct diags {
	struct diag	*v;
	size_t		 n;
	size_t		 cap;
};

/* An empty list. */
void diags_init(struct diags *d);
/* Frees every record; the list is empty and reusable afterwards. */
void diags_free(struct diags *d);
/* Appends a record; file and where may be NULL. */
void diags_add(struct diags *d, const char *file, const char *where,
    const char *fmt, ...) REMIT_PRINTF(4, 5);
/* Moves every record of src to the end of dst; src is left empty. */
void diags_move(struct diags *dst, struct diags *src);
/* "file: where: msg", newly allocated. */
char *diag_format(const struct diag *g);

#endif
