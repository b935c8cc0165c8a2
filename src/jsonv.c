/*
 * jsonv.c - strict JSON field readers for the lesson loader, in the
 * manner of ratebook.c: every problem is one diagnostic with the file, the
 * JSON path and the fix, and checking goes on after it.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decimal.h"
#include "i18n.h"
#include "jsonv.h"
#include "util.h"

void
jv_err(struct jv_ctx *x, const char *path, const char *fmt, ...)
{
	char *msg;
	va_list ap;

	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	diags_add(x->d, x->file, path, "%s", msg != NULL ? msg : fmt);
	free(msg);
	x->errors++;
}

char *
jv_path(const char *base, const char *key)
{
	return *base ? xasprintf("%s.%s", base, key) : xstrdup(key);
}

/* "a, b, c" for a vocabulary. */
char *
jv_words(const char *const *words)
{
	size_t len = 1;
	const char *const *w;
	char *s;

	for (w = words; *w != NULL; w++)
		len += strlen(*w) + 2;
	s = xcalloc(len, 1);
	for (w = words; *w != NULL; w++) {
		if (w != words)
			strcat(s, ", ");
		strcat(s, *w);
	}
	return s;
}

int
jv_word_index(const char *s, const char *const *words)
{
	int i;

	for (i = 0; words[i] != NULL; i++)
		if (strcmp(words[i], s) == 0)
			return i;
	return -1;
}

#define JV_FIELD_REPORTS	20	/* bad fields of an object told one by one */

struct jv_key {
	const char	*name;
	size_t		 pos;
};

/* By name, then by position, so that the first of equal names leads. */
static int
key_cmp(const void *a, const void *b)
{
	const struct jv_key *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	if (c != 0)
		return c;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

/*
 * Marks, for each member of obj in order, whether an earlier member has
 * the same name: sorted once, so n members cost n log n, not n squared.
 * Returns a calloc'ed array of n flags (NULL when n is 0).
 */
static unsigned char *
repeated_fields(const cJSON *obj, size_t *n)
{
	const cJSON *e;
	struct jv_key *keys;
	unsigned char *rep;
	size_t i;

	*n = 0;
	cJSON_ArrayForEach(e, obj)
		(*n)++;
	if (*n == 0)
		return NULL;
	keys = xcalloc(*n, sizeof *keys);
	rep = xcalloc(*n, 1);
	i = 0;
	cJSON_ArrayForEach(e, obj) {
		keys[i].name = e->string;
		keys[i].pos = i;
		i++;
	}
	qsort(keys, *n, sizeof *keys, key_cmp);
	for (i = 1; i < *n; i++)
		if (strcmp(keys[i - 1].name, keys[i].name) == 0)
			rep[keys[i].pos] = 1;
	free(keys);
	return rep;
}

/* Nonzero when member e (at position i) is unknown or repeated. */
static int
field_bad(const cJSON *e, size_t i, const unsigned char *rep,
    const char *const *known)
{
	return rep[i] || jv_word_index(e->string, known) < 0;
}

/* One unknown or repeated field reported at path p. */
static void
field_report(struct jv_ctx *x, const cJSON *e, int repeated, const char *p,
    const char *const *known)
{
	const char *near;
	char *all;

	if (jv_word_index(e->string, known) < 0) {
		near = nearest_word(e->string, known);
		if (near != NULL)
			jv_err(x, p, _("unknown field; did you mean \"%s\"?"),
			    near);
		else {
			all = jv_words(known);
			jv_err(x, p, _("unknown field; the fields here are: "
			    "%s"), all);
			free(all);
		}
	}
	if (repeated)
		jv_err(x, p, _("the field is given twice; keep one"));
}

/*
 * Reports unknown and repeated fields of an object: the first
 * JV_FIELD_REPORTS one by one, then how many more, so that an object of a
 * million bad keys costs a moment and a screenful, not a million lines.
 */
void
jv_check_fields(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *const *known)
{
	const cJSON *e;
	unsigned char *rep;
	size_t n, i = 0, shown = 0, more = 0;
	char *p;

	rep = repeated_fields(obj, &n);
	cJSON_ArrayForEach(e, obj) {
		if (field_bad(e, i, rep, known)) {
			if (shown++ < JV_FIELD_REPORTS) {
				p = jv_path(path, e->string);
				field_report(x, e, rep[i], p, known);
				free(p);
			} else
				more++;
		}
		i++;
	}
	if (more > 0)
		jv_err(x, *path ? path : NULL, ngettext("and %zu more unknown "
		    "or repeated field here", "and %zu more unknown or repeated "
		    "fields here", more), more);
	free(rep);
}

const cJSON *
jv_field(const cJSON *obj, const char *key)
{
	return cJSON_GetObjectItemCaseSensitive(obj, key);
}

/* Nonzero when s holds something like an HTML tag. */
static int
has_markup(const char *s)
{
	for (; (s = strchr(s, '<')) != NULL; s++)
		if ((s[1] >= 'a' && s[1] <= 'z') || (s[1] >= 'A' &&
		    s[1] <= 'Z') || s[1] == '/' || s[1] == '!')
			return 1;
	return 0;
}

/* Checks that a text is plain: "\n" allowed, no other control. */
static void
check_text(struct jv_ctx *x, const char *path, const char *s)
{
	char *copy = xstrdup(s), *c;

	for (c = copy; *c != '\0'; c++)
		if (*c == '\n')
			*c = ' ';
	if (text_has_control(copy))
		jv_err(x, path, _("holds a control character or invalid UTF-8; "
		    "write plain text (\"\\n\\n\" starts a paragraph)"));
	else if (has_markup(s))
		jv_err(x, path, _("looks like markup (\"<...>\"); write plain "
		    "text"));
	free(copy);
}

/* A text value at path; returns a copy or NULL. */
char *
jv_text_value(struct jv_ctx *x, const cJSON *v, const char *path)
{
	if (!cJSON_IsString(v) || *v->valuestring == '\0') {
		jv_err(x, path, _("must be a non-empty text in quotes"));
		return NULL;
	}
	check_text(x, path, v->valuestring);
	return xstrdup(v->valuestring);
}

/* A required or optional text field; returns a copy or NULL. */
char *
jv_text(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, int required)
{
	const cJSON *v = jv_field(obj, key);
	char *p = jv_path(path, key), *s = NULL;

	if (v == NULL) {
		if (required)
			jv_err(x, p, _("missing; add \"%s\": \"...\""), key);
	} else
		s = jv_text_value(x, v, p);
	free(p);
	return s;
}

static int
id_valid(const char *s)
{
	return *s != '\0' && strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-")
	    == strlen(s);
}

/* A required id field ([a-z0-9-]+); returns a copy or NULL. */
char *
jv_id(struct jv_ctx *x, const cJSON *obj, const char *path, const char *key)
{
	char *s = jv_text(x, obj, path, key, 1), *p;

	if (s != NULL && !id_valid(s)) {
		p = jv_path(path, key);
		jv_err(x, p, _("\"%s\": use only a-z, 0-9 and '-'"), s);
		free(p);
	}
	return s;
}

/*
 * Nonzero when v is a JSON number that is a whole number from lo to hi.
 * cJSON keeps numbers in binary floating point; its own printing of the
 * value is checked instead, so that 1.5 or 1e40 are never rounded here.
 */
static int
whole_number(const cJSON *v, int lo, int hi)
{
	char *s;
	int ok;

	if (!cJSON_IsNumber(v) || (s = cJSON_PrintUnformatted(v)) == NULL)
		return 0;
	ok = strlen(s) <= 3 && strspn(s, "0123456789") == strlen(s) &&
	    atoi(s) >= lo && atoi(s) <= hi;
	cJSON_free(s);
	return ok;
}

/* A required whole number from lo to hi; returns 1 if valid. */
int
jv_int(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, int lo, int hi, int *out)
{
	const cJSON *v = jv_field(obj, key);
	char *p = jv_path(path, key);
	int ok = 0;

	if (v == NULL)
		jv_err(x, p, _("missing; add \"%s\": a whole number from %d to "
		    "%d"), key, lo, hi);
	else if (cJSON_IsString(v))
		jv_err(x, p, _("write a whole number without quotes, from %d to "
		    "%d"), lo, hi);
	else if (!whole_number(v, lo, hi))
		jv_err(x, p, _("must be a whole number from %d to %d"), lo, hi);
	else {
		*out = v->valueint;
		ok = 1;
	}
	free(p);
	return ok;
}

int
jv_bool(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, int *out)
{
	const cJSON *v = jv_field(obj, key);
	char *p;

	if (cJSON_IsBool(v)) {
		*out = cJSON_IsTrue(v);
		return 1;
	}
	p = jv_path(path, key);
	if (v == NULL)
		jv_err(x, p, _("missing; add \"%s\": true or false"), key);
	else
		jv_err(x, p, _("must be true or false, without quotes"));
	free(p);
	return 0;
}

/*
 * A decimal field, a string in the grammar; negative values only when
 * `negative`.  Returns 1 when present and valid (its text in *text), 0
 * when absent (an error if required), -1 when invalid.
 */
int
jv_decimal(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, int required, int negative, mpq_t out, char **text)
{
	const cJSON *v = jv_field(obj, key);
	enum dec_status st;
	char *p = jv_path(path, key), *why;
	int r = -1;

	if (v == NULL) {
		if (required)
			jv_err(x, p, _("missing; add \"%s\": \"1.00\" (a decimal "
			    "in quotes)"), key);
		r = 0;
	} else if (cJSON_IsNumber(v))
		jv_err(x, p, _("write decimals as strings, e.g. \"8.99\""));
	else if (!cJSON_IsString(v))
		jv_err(x, p, _("must be a decimal in quotes, e.g. \"8.99\""));
	else if ((st = negative ? dec_parse(out, v->valuestring) :
	    dec_parse_amount(out, v->valuestring, -1)) != DEC_OK) {
		why = dec_explain(st, v->valuestring, -1, NULL);
		jv_err(x, p, "%s", why);
		free(why);
	} else {
		*text = xstrdup(v->valuestring);
		r = 1;
	}
	free(p);
	return r;
}

/*
 * A required list of lo to hi items; returns it, or NULL after an error.
 * `example` shows what one item looks like.
 */
const cJSON *
jv_list(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, int lo, int hi, const char *example)
{
	const cJSON *v = jv_field(obj, key);
	char *p = jv_path(path, key);
	int n;

	if (v == NULL)
		jv_err(x, p, _("missing; add a list of %d to %d items such as "
		    "[%s, ...]"), lo, hi, example);
	else if (!cJSON_IsArray(v))
		jv_err(x, p, _("must be a list [...] of %d to %d items such as "
		    "%s"), lo, hi, example);
	else if ((n = cJSON_GetArraySize(v)) < lo || n > hi)
		jv_err(x, p, _("holds %d items; give from %d to %d"), n, lo, hi);
	else {
		free(p);
		return v;
	}
	free(p);
	return NULL;
}

/* A list of texts; fills *out and *n. */
void
jv_texts(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, int lo, int hi, char ***out, size_t *n)
{
	const cJSON *arr = jv_list(x, obj, path, key, lo, hi, "\"...\""), *e;
	char *list, *p;

	if (arr == NULL)
		return;
	list = jv_path(path, key);
	*out = xcalloc(cJSON_GetArraySize(arr), sizeof **out);
	cJSON_ArrayForEach(e, arr) {
		p = xasprintf("%s[%zu]", list, *n);
		(*out)[(*n)++] = jv_text_value(x, e, p);
		free(p);
	}
	free(list);
}

/* A word from a vocabulary; returns its index or -1. */
int
jv_word(struct jv_ctx *x, const cJSON *obj, const char *path,
    const char *key, const char *const *words)
{
	const cJSON *v = jv_field(obj, key);
	char *p = jv_path(path, key), *all = jv_words(words);
	const char *near;
	int i = -1;

	if (v == NULL)
		jv_err(x, p, _("missing; add \"%s\": one of %s"), key, all);
	else if (!cJSON_IsString(v))
		jv_err(x, p, _("must be a word in quotes, one of: %s"), all);
	else if ((i = jv_word_index(v->valuestring, words)) < 0) {
		near = nearest_word(v->valuestring, words);
		if (near != NULL)
			jv_err(x, p, _("unknown value; did you mean \"%s\"? "
			    "(one of: %s)"), near, all);
		else
			jv_err(x, p, _("unknown value; write one of: %s"), all);
	}
	free(all);
	free(p);
	return i;
}

/* Line and column (1-based, column in bytes) of offset `off`. */
static void
text_position(const char *text, size_t off, int *line, int *col)
{
	size_t i;

	*line = 1;
	*col = 1;
	for (i = 0; i < off && text[i] != '\0'; i++) {
		if (text[i] == '\n') {
			(*line)++;
			*col = 1;
		} else
			(*col)++;
	}
}

/* The first "\u0000" escape in text, or NULL: cJSON would cut the text
 * there and hide what follows. */
static const char *
escaped_nul(const char *text, size_t len)
{
	size_t i;

	for (i = 0; i + 1 < len; i++) {
		if (text[i] != '\\')
			continue;
		if (text[i + 1] == 'u' && i + 6 <= len &&
		    memcmp(text + i + 2, "0000", 4) == 0)
			return text + i;
		i++;	/* skip the escaped character */
	}
	return NULL;
}

cJSON *
jv_parse(struct jv_ctx *x, const char *text, size_t len)
{
	const char *end = NULL, *nul;
	cJSON *root;
	char *where;
	int line, col;

	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		text += 3, len -= 3;
	if (memchr(text, '\0', len) != NULL) {
		jv_err(x, NULL, _("the file holds a NUL byte; it is not a JSON "
		    "text file"));
		return NULL;
	}
	if ((nul = escaped_nul(text, len)) != NULL) {
		text_position(text, (size_t)(nul - text), &line, &col);
		where = xasprintf(_("line %d, column %d"), line, col);
		jv_err(x, where, _("\"\\u0000\" (a NUL character) in a "
		    "text; remove it"));
		free(where);
		return NULL;
	}
	root = cJSON_ParseWithLengthOpts(text, len + 1, &end, 1);
	if (root != NULL)
		return root;
	text_position(text, end != NULL ? (size_t)(end - text) : 0, &line,
	    &col);
	where = xasprintf(_("line %d, column %d"), line, col);
	jv_err(x, where, _("malformed JSON; check the commas, quotes and "
	    "brackets near here"));
	free(where);
	return NULL;
}
