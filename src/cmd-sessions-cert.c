/*
 * cmd-sessions-cert.c - `remit sessions --certificate`: one plain-text
 * attendance certificate per recorded session (the module's title, the
 * date, the place, the hours), ready to print, with a blank line for the
 * participant's name written by hand: the store holds no names.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd-sessions.h"
#include "decimal.h"
#include "i18n.h"
#include "lesson.h"
#include "output.h"
#include "remit.h"

/* "0.75": the module's minutes in hours, 2 decimals, half-up. */
static char *
hours(int minutes)
{
	mpq_t h;
	char *s;

	mpq_init(h);
	mpq_set_ui(h, (unsigned long)minutes, 60);
	mpq_canonicalize(h);
	s = dec_str(h, 2, ROUND_HALF_UP);
	mpq_clear(h);
	return s;
}

/* One "Label: value" line, the value terminal-safe. */
static void
field(const char *label, const char *value)
{
	out_text(stdout, label);
	fputs(" ", stdout);
	out_text(stdout, value);
	fputc('\n', stdout);
}

static void
certificate(const struct session_info *v, const struct module *m)
{
	char *h = m != NULL && m->minutes > 0 ? hours(m->minutes) : NULL;

	printf("%s\n\n", _("CERTIFICATE OF ATTENDANCE"));
	out_wrapped(stdout, _("The holder of this certificate took part in "
	    "a financial-education session:"), 72);
	fputc('\n', stdout);
	field(_("Module:"), m != NULL ? m->title : v->module);
	field(_("Date:"), v->date);
	field(_("Place:"), v->place);
	if (h != NULL)
		field(_("Hours:"), h);
	printf("\n%s ______________________________\n\n", _("Name:"));
	printf("%s ______________________________\n", _("Signed for the "
	    "organisers:"));
	printf(_("(session %lld)\n"), v->id);
	free(h);
}

int
sessions_certificates(const struct session_info *v, size_t n,
    const char *lessons)
{
	struct lessonbook lb;
	const struct module *m;
	int have = lessons_load_dir(&lb, remit_lessons_dir(lessons)) == 0;
	size_t i;

	for (i = 0; i < n; i++) {
		m = NULL;
		if (have && (m = lessons_find(&lb, v[i].language,
		    v[i].module)) == NULL)
			m = lessons_find(&lb, LESSON_BASE_LANG, v[i].module);
		if (i > 0)
			fputs("\f\n", stdout);
		certificate(&v[i], m);
	}
	lessons_free(&lb);
	return n > 0 ? EXIT_DONE : EXIT_NOTHING;
}
