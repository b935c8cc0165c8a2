/*
 * jsonv.h - strict reading of JSON values for the data loaders (rate
 * tables and lessons): every helper checks one field (type, range,
 * vocabulary, plain text) and, when it is wrong, adds one diagnostic naming
 * the file, the JSON path and the fix, then lets the caller go on so that
 * every problem is listed.  The loaders (rateparse.c, lesson.c) use it;
 * cJSON is also read directly by isocodes.c (Debian's iso-codes files) and
 * cmd-batch.c (one request a line), and nowhere else.
 * Returned strings are copies the caller frees.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_JSONV_H
#define REMIT_JSONV_H

#include <cjson/cJSON.h>
#include <gmp.h>
#include <stddef.h>

#include "diag.h"

/* Parsing state for one file. */
struct jv_ctx {
	const char	*file;
	struct diags	*d;
	int		 errors;
};

/* Adds one diagnostic at path (may be NULL) and counts the error. */
void jv_err(struct jv_ctx *x, const char *path, const char *fmt, ...)
    REMIT_PRINTF(3, 4);
/* "base.key", or "key" when base is empty. */
char *jv_path(const char *base, const char *key);
/* "a, b, c" for a NULL-terminated vocabulary. */
char *jv_words(const char *const *words);
/* The index of s in words, or -1. */
int jv_word_index(const char *s, const char *const *words);
/* Reports unknown fields (with the nearest name) and repeated ones. */
void jv_check_fields(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *const *known);
/* The member key of obj, or NULL. */
const cJSON *jv_field(const cJSON *obj, const char *key);
/* A plain, non-empty text value at path; a copy, or NULL. */
char *jv_text_value(struct jv_ctx *x, const cJSON *v, const char *path);
/* A required or optional text field; a copy, or NULL. */
char *jv_text(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, int required);
/* A required id field ([a-z0-9-]+); a copy, or NULL. */
char *jv_id(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key);
/* A required whole number from lo to hi (a JSON number); 1 if valid. */
int jv_int(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, int lo, int hi, int *out);
/* A required true or false; 1 if valid. */
int jv_bool(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, int *out);
/*
 * A decimal string field (negative only when `negative`): 1 when valid
 * (value in out, its text copied to *text), 0 when absent (an error if
 * required), -1 when invalid.
 */
int jv_decimal(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, int required, int negative, mpq_t out, char **text);
/* A required list of lo to hi items, or NULL after an error. */
const cJSON *jv_list(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, int lo, int hi, const char *example);
/* A list of lo to hi texts into *out (allocated) and *n. */
void jv_texts(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, int lo, int hi, char ***out, size_t *n);
/* A required word of a vocabulary; its index, or -1. */
int jv_word(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, const char *const *words);
/* Parses a whole file (BOM skipped, NUL refused); NULL after an error
 * naming the line and column. */
cJSON *jv_parse(struct jv_ctx *x, const char *text, size_t len);

#endif
