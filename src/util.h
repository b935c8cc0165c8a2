/*
 * util.h - small helpers shared by the library: whole-file reading with a
 * size limit, safe text for terminals, edit distance for suggestions.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_UTIL_H
#define REMIT_UTIL_H

#include <stddef.h>

#include "diag.h"

/*
 * Reads a whole regular file of at most `max` bytes into a NUL-terminated
 * buffer the caller frees; on error returns NULL and adds a diagnostic
 * naming the file and the fix.
 */
char *file_read(const char *path, size_t max, size_t *len, struct diags *d);
/*
 * A copy of s that is safe to print on a terminal: valid UTF-8 kept,
 * control characters (C0, DEL, C1), bidirectional controls (U+202A-U+202E,
 * U+2066-U+2069) and invalid bytes replaced by '?', so no escape sequence
 * or reordering can pass.  The caller frees the result.
 */
char *text_safe(const char *s);
/* Length of the valid UTF-8 character at s (1 to 4), or 0 when the bytes
 * there are not valid UTF-8 or are a C1 control. */
size_t utf8_len(const unsigned char *s);
/* Nonzero when s holds a control character (bidirectional ones included)
 * or is not valid UTF-8. */
int text_has_control(const char *s);
/*
 * The entries of dir, sorted by name, hidden ones left out: its
 * sub-folders when want_dirs, else its *.json files.  The caller frees each
 * name and the array.  NULL when dir cannot be opened, with errno in *err.
 */
char **dir_names(const char *dir, int want_dirs, size_t *n, int *err);
/* Levenshtein distance between two short ASCII strings. */
size_t edit_distance(const char *a, const char *b);
/* The word of `words` (NULL-terminated) nearest to s, or NULL if none is
 * close enough to be a likely typo. */
const char *nearest_word(const char *s, const char *const *words);

#endif
