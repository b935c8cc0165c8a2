/*
 * xalloc.h - allocation wrappers that never return NULL.
 *
 * remit treats running out of memory as fatal: every x* function prints one
 * line and exits with status 2 when the C library cannot allocate.  The
 * caller owns what is returned and releases it with free().
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_XALLOC_H
#define REMIT_XALLOC_H

#include <stddef.h>

#if defined(__GNUC__)
#define REMIT_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define REMIT_PRINTF(f, a)
#endif

/* malloc(n), or exit. */
void *xmalloc(size_t n);
/* calloc(n, size) with overflow check, or exit. */
void *xcalloc(size_t n, size_t size);
/* realloc(p, n * size) with overflow check, or exit. */
void *xreallocarray(void *p, size_t n, size_t size);
/* strdup(s), or exit; NULL stays NULL. */
char *xstrdup(const char *s);
/* strndup(s, n), or exit. */
char *xstrndup(const char *s, size_t n);
/* A newly allocated formatted string, or exit. */
char *xasprintf(const char *fmt, ...) REMIT_PRINTF(1, 2);

#endif
