/*
 * util.c - file reading, terminal-safe text, typo suggestions.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "util.h"

static char *
file_fail(const char *path, struct diags *d, int err)
{
	if (err == ENOENT)
		diags_add(d, path, NULL, _("no such file; check the name or "
		    "the folder"));
	else if (err == EACCES)
		diags_add(d, path, NULL, _("cannot be read (permission "
		    "denied); make it readable"));
	else if (err == EISDIR)
		diags_add(d, path, NULL, _("is a folder, not a file"));
	else
		diags_add(d, path, NULL, _("cannot be read: %s"),
		    strerror(err));
	return NULL;
}

char *
file_read(const char *path, size_t max, size_t *len, struct diags *d)
{
	struct stat st;
	size_t n = 0, cap;
	char *buf;
	FILE *f;
	int fd;

	/* O_NONBLOCK: a FIFO named x.json must not hang the open. */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0)
		return file_fail(path, d, errno);
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		if (S_ISDIR(st.st_mode))
			return file_fail(path, d, EISDIR);
		diags_add(d, path, NULL, _("is not a regular file (a pipe or "
		    "a device); replace it with a plain file"));
		return NULL;
	}
	if (fcntl(fd, F_SETFL, 0) != 0 || (f = fdopen(fd, "rb")) == NULL) {
		close(fd);
		return file_fail(path, d, errno);
	}
	if ((unsigned long long)st.st_size > max) {
		fclose(f);
		diags_add(d, path, NULL, _("the file is larger than %zu MiB; "
		    "split it or remove what is not needed"), max >> 20);
		return NULL;
	}
	cap = (size_t)st.st_size + 1;
	buf = xmalloc(cap);
	for (;;) {
		size_t got = fread(buf + n, 1, cap - n - 1, f);

		n += got;
		if (got == 0)
			break;
		if (n == cap - 1) {
			if (cap - 1 >= max) {
				free(buf);
				fclose(f);
				diags_add(d, path, NULL, _("the file is larger "
				    "than %zu MiB; split it or remove what "
				    "is not needed"), max >> 20);
				return NULL;
			}
			cap *= 2;
			buf = xreallocarray(buf, cap, 1);
		}
	}
	if (ferror(f)) {
		free(buf);
		fclose(f);
		return file_fail(path, d, EIO);
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

size_t
utf8_len(const unsigned char *s)
{
	size_t n, i;
	unsigned cp;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, cp = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, cp = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, cp = s[0] & 0x07;
	else
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((n == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
	    (n == 4 && (cp < 0x10000 || cp > 0x10ffff)))
		return 0;
	if (n == 2 && cp >= 0x80 && cp <= 0x9f)
		return 0;	/* C1 controls */
	return n;
}

static int
is_control(unsigned char c)
{
	return c < 0x20 || c == 0x7f;
}

/* Nonzero for the n bytes at p being a bidirectional control (U+202A to
 * U+202E, U+2066 to U+2069), which would reorder what a terminal shows. */
static int
is_bidi(const unsigned char *p, size_t n)
{
	return n == 3 && p[0] == 0xe2 && ((p[1] == 0x80 && p[2] >= 0xaa &&
	    p[2] <= 0xae) || (p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9));
}

char *
text_safe(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	char *out = xmalloc(strlen(s) + 1), *q = out;
	size_t n;

	while (*p != '\0') {
		n = utf8_len(p);
		if (n == 0 || (n == 1 && is_control(*p)) || is_bidi(p, n)) {
			*q++ = '?';
			p += n ? n : 1;
			continue;
		}
		memcpy(q, p, n);
		q += n;
		p += n;
	}
	*q = '\0';
	return out;
}

int
text_has_control(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n;

	while (*p != '\0') {
		n = utf8_len(p);
		if (n == 0 || (n == 1 && is_control(*p)) || is_bidi(p, n))
			return 1;
		p += n;
	}
	return 0;
}

size_t
edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j, *row, prev, tmp, best;

	row = xcalloc(lb + 1, sizeof *row);
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			tmp = row[j];
			best = prev + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			prev = tmp;
		}
	}
	best = row[lb];
	free(row);
	return best;
}

const char *
nearest_word(const char *s, const char *const *words)
{
	size_t best = (size_t)-1, dist, limit;
	const char *found = NULL;

	for (; *words != NULL; words++) {
		dist = edit_distance(s, *words);
		if (dist < best) {
			best = dist;
			found = *words;
		}
	}
	limit = strlen(s) / 3 + 1;
	return best <= limit ? found : NULL;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Nonzero when the entry `name` of dir is wanted by dir_names(). */
static int
entry_wanted(const char *dir, const char *name, int want_dirs)
{
	size_t len = strlen(name);
	struct stat st;
	char *path;
	int ok;

	if (name[0] == '.')
		return 0;
	if (!want_dirs)
		return len >= 6 && strcmp(name + len - 5, ".json") == 0;
	path = xasprintf("%s/%s", dir, name);
	ok = stat(path, &st) == 0 && S_ISDIR(st.st_mode);
	free(path);
	return ok;
}

char **
dir_names(const char *dir, int want_dirs, size_t *n, int *err)
{
	struct dirent *e;
	size_t cap = 16;
	char **names;
	DIR *dp;

	if ((dp = opendir(dir)) == NULL) {
		*err = errno;
		return NULL;
	}
	names = xcalloc(cap, sizeof *names);
	*n = 0;
	while ((e = readdir(dp)) != NULL) {
		if (!entry_wanted(dir, e->d_name, want_dirs))
			continue;
		if (*n == cap)
			names = xreallocarray(names, cap *= 2, sizeof *names);
		names[(*n)++] = xstrdup(e->d_name);
	}
	closedir(dp);
	qsort(names, *n, sizeof *names, name_cmp);
	return names;
}
