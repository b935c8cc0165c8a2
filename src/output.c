/*
 * output.c - safe cells, CSV fields and JSON strings.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "output.h"
#include "util.h"

/* Decodes one UTF-8 character of valid text; returns its length. */
static size_t
utf8_next(const char *s, wchar_t *wc)
{
	const unsigned char *p = (const unsigned char *)s;

	if (p[0] < 0x80) {
		*wc = p[0];
		return 1;
	}
	if (p[0] < 0xe0) {
		*wc = ((p[0] & 0x1f) << 6) | (p[1] & 0x3f);
		return 2;
	}
	if (p[0] < 0xf0) {
		*wc = ((p[0] & 0x0f) << 12) | ((p[1] & 0x3f) << 6) |
		    (p[2] & 0x3f);
		return 3;
	}
	*wc = ((p[0] & 0x07) << 18) | ((p[1] & 0x3f) << 12) |
	    ((p[2] & 0x3f) << 6) | (p[3] & 0x3f);
	return 4;
}

static int
char_width(wchar_t wc)
{
	int w = wcwidth(wc);

	if (w >= 0)
		return w;
	return wc < 0x20 ? 0 : 1;	/* outside a UTF-8 locale */
}

int
text_width(const char *s)
{
	wchar_t wc;
	int w = 0;

	while (*s != '\0') {
		s += utf8_next(s, &wc);
		w += char_width(wc);
	}
	return w;
}

void
out_cell(FILE *f, const char *s, int width, int align_right)
{
	char *safe = text_safe(s != NULL ? s : "");
	const char *p = safe;
	int w = text_width(safe), used = 0, cw;
	size_t n;
	wchar_t wc;

	if (w > width) {
		while (*p != '\0') {
			n = utf8_next(p, &wc);
			cw = char_width(wc);
			if (used + cw > width - 1)
				break;
			fwrite(p, 1, n, f);
			used += cw;
			p += n;
		}
		fputs("\xe2\x80\xa6", f);	/* … */
		for (used++; used < width; used++)
			fputc(' ', f);
	} else {
		if (align_right)
			fprintf(f, "%*s", width - w, "");
		fputs(safe, f);
		if (!align_right)
			fprintf(f, "%*s", width - w, "");
	}
	free(safe);
}

void
out_num(FILE *f, const char *s, int width)
{
	int w = (int)strlen(s != NULL ? s : "");

	out_cell(f, s, w > width ? w : width, 1);
}

void
out_text(FILE *f, const char *s)
{
	char *safe = text_safe(s != NULL ? s : "");

	fputs(safe, f);
	free(safe);
}

void
out_wrapped(FILE *f, const char *s, int width)
{
	out_wrapped_indent(f, s, width, 0);
}

void
out_wrapped_indent(FILE *f, const char *s, int width, int indent)
{
	char *safe = text_safe(s != NULL ? s : ""), *word, *save = NULL;
	int col = 0, w;

	for (word = strtok_r(safe, " ", &save); word != NULL;
	    word = strtok_r(NULL, " ", &save)) {
		w = text_width(word);
		if (col > 0 && col + 1 + w > width) {
			fprintf(f, "\n%*s", indent, "");
			col = 0;
		} else if (col > 0) {
			fputc(' ', f);
			col++;
		}
		fputs(word, f);
		col += w;
	}
	fputc('\n', f);
	free(safe);
}

/* Writes CSV field text: doubled quotes when quoted; control characters
 * other than line breaks and tabs, and bytes that are not UTF-8, become
 * '?' so that no escape sequence reaches a terminal. */
static void
csv_text(FILE *f, const char *s, int quoted)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n;

	while (*p != '\0') {
		if (*p == '"' && quoted)
			fputs("\"\"", f);
		else if (*p == '\n' || *p == '\r' || *p == '\t')
			fputc(*p, f);
		else if ((n = utf8_len(p)) == 0 || (n == 1 && (*p < 0x20 ||
		    *p == 0x7f)))
			fputc('?', f);
		else {
			fwrite(p, 1, n, f);
			p += n;
			continue;
		}
		p++;
	}
}

void
out_csv(FILE *f, const char *s, int last)
{
	int quoted;

	if (s == NULL)
		s = "";
	quoted = strpbrk(s, ",\"\r\n") != NULL;
	if (quoted)
		fputc('"', f);
	csv_text(f, s, quoted);
	if (quoted)
		fputc('"', f);
	fputs(last ? "\r\n" : ",", f);
}

void
out_json_str(FILE *f, const char *s)
{
	const unsigned char *p;
	size_t n;

	if (s == NULL) {
		fputs("null", f);
		return;
	}
	fputc('"', f);
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		switch (*p) {
		case '"':
			fputs("\\\"", f);
			break;
		case '\\':
			fputs("\\\\", f);
			break;
		case '\n':
			fputs("\\n", f);
			break;
		case '\r':
			fputs("\\r", f);
			break;
		case '\t':
			fputs("\\t", f);
			break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				fprintf(f, "\\u%04x", *p);
			else if (*p < 0x80)
				fputc(*p, f);
			else if ((n = utf8_len(p)) == 0)
				fputs("\\ufffd", f);	/* not UTF-8 */
			else {
				fwrite(p, 1, n, f);
				p += n - 1;
			}
		}
	}
	fputc('"', f);
}

void
out_json_kv(FILE *f, const char *key, const char *s, int first)
{
	if (!first)
		fputs(", ", f);
	out_json_str(f, key);
	fputs(": ", f);
	out_json_str(f, s);
}
