/*
 * lesson.c - loading and validating remit-lesson/1 module files.
 *
 * As for rate tables (ratebook.c), validation goes on after the first
 * problem so that `remit check --lessons` lists every one, and each message
 * names the file, the JSON path and the fix.  A module with any error is
 * not used.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decimal.h"
#include "i18n.h"
#include "lesson.h"
#include "jsonv.h"
#include "util.h"

static const char *const top_fields[] = {
	"schema", "id", "language", "order", "title", "description",
	"minutes", "objectives", "dont_know", "quiz", "sections", NULL
};
static const char *const quiz_fields[] = {
	"id", "prompt", "options", "answer", "explanation", NULL
};
static const char *const section_fields[] = {
	"title", "minutes", "steps", NULL
};
static const char *const option_fields[] = {
	"text", "correct", "feedback", NULL
};
static const char *const kind_names[LAST_STEP_KIND + 1] = {
	"page", "choice", "number", "calculator", "compare", "summary", NULL
};
/* The fields of each kind of step. */
static const char *const step_fields[LAST_STEP_KIND][8] = {
	{ "kind", "notes", "title", "text", NULL },
	{ "kind", "notes", "prompt", "multiple", "options", NULL },
	{ "kind", "notes", "prompt", "answer", "tolerance", "unit",
	    "explanation", NULL },
	{ "kind", "notes", "calculator", "prompt", "inputs", NULL },
	{ "kind", "notes", "prompt", "from", "to", "amount", NULL },
	{ "kind", "notes", "title", "points", NULL }
};
static const char *const calc_names[LAST_CALC_KIND + 1] = {
	"savings", "goal", "loan", "flat", "inflation", NULL
};
/* The inputs of each calculator, as `remit calc` names them; the last
 * one of savings and goal (initial) is optional. */
static const char *const calc_inputs[LAST_CALC_KIND][CALC_MAX_INPUTS + 1] = {
	{ "deposit", "rate", "months", "initial", NULL },
	{ "deposit", "rate", "target", "initial", NULL },
	{ "principal", "rate", "months", NULL },
	{ "principal", "flat_rate", "months", NULL },
	{ "amount", "rate", "years", NULL }
};
/* The corridors bundled with remit, which a compare step may open. */
static const char *const bundled_corridors[] = {
	"US-MX", "US-PH", "GB-NG", "GB-IN", "FR-SN", "SA-PK", "AE-IN",
	"KW-BD", "JP-VN", "KR-NP", "AU-TO", "DE-TN", NULL
};

#define MAX_MINUTES	600
#define MIN_OBJECTIVES	2	/* what a module states it teaches */
#define MAX_OBJECTIVES	4

static void
parse_question(struct jv_ctx *x, const cJSON *o, const char *path,
    struct quiz_question *q)
{
	char *p;

	if (!cJSON_IsObject(o)) {
		jv_err(x, path, _("must be an object {\"id\", \"prompt\", "
		    "\"options\", \"answer\", \"explanation\"}"));
		return;
	}
	jv_check_fields(x, o, path, quiz_fields);
	q->id = jv_id(x, o, path, "id");
	q->prompt = jv_text(x, o, path, "prompt", 1);
	jv_texts(x, o, path, "options", 2, 4, &q->options, &q->noptions);
	q->explanation = jv_text(x, o, path, "explanation", 1);
	q->answer = -1;
	if (!jv_int(x, o, path, "answer", 0, 99, &q->answer) ||
	    q->noptions == 0)
		return;
	if ((size_t)q->answer >= q->noptions) {
		p = jv_path(path, "answer");
		jv_err(x, p, _("%d is not an option; options are numbered from "
		    "0 to %zu"), q->answer, q->noptions - 1);
		free(p);
		q->answer = -1;
	}
}

static void
parse_quiz(struct jv_ctx *x, const cJSON *root, struct module *m)
{
	const cJSON *arr, *e;
	size_t i, j;
	char *p;

	arr = jv_list(x, root, "", "quiz", 3, 5, "{\"id\": \"q1\", ...}");
	if (arr == NULL)
		return;
	m->quiz = xcalloc(cJSON_GetArraySize(arr), sizeof *m->quiz);
	cJSON_ArrayForEach(e, arr) {
		i = m->nquiz++;
		p = xasprintf("quiz[%zu]", i);
		parse_question(x, e, p, &m->quiz[i]);
		for (j = 0; j < i && m->quiz[i].id != NULL; j++)
			if (m->quiz[j].id != NULL &&
			    strcmp(m->quiz[j].id, m->quiz[i].id) == 0) {
				char *q = jv_path(p, "id");

				jv_err(x, q, _("\"%s\" is already the id of "
				    "quiz[%zu]; ids must be unique"),
				    m->quiz[i].id, j);
				free(q);
			}
		free(p);
	}
}

static void
parse_choice(struct jv_ctx *x, const cJSON *o, const char *path,
    struct step *s)
{
	const cJSON *arr, *e;
	size_t ncorrect = 0;
	char *p;

	s->prompt = jv_text(x, o, path, "prompt", 1);
	jv_bool(x, o, path, "multiple", &s->multiple);
	arr = jv_list(x, o, path, "options", 2, 4, "{\"text\": \"...\", "
	    "\"correct\": false, \"feedback\": \"...\"}");
	if (arr == NULL)
		return;
	s->options = xcalloc(cJSON_GetArraySize(arr), sizeof *s->options);
	cJSON_ArrayForEach(e, arr) {
		struct choice_option *c = &s->options[s->noptions];

		p = xasprintf("%s.options[%zu]", path, s->noptions++);
		if (!cJSON_IsObject(e))
			jv_err(x, p, _("must be an object {\"text\", "
			    "\"correct\", \"feedback\"}"));
		else {
			jv_check_fields(x, e, p, option_fields);
			c->text = jv_text(x, e, p, "text", 1);
			if (jv_bool(x, e, p, "correct", &c->correct))
				ncorrect += c->correct;
			c->feedback = jv_text(x, e, p, "feedback", 1);
		}
		free(p);
	}
	p = jv_path(path, "options");
	if (!s->multiple && ncorrect != 1)
		jv_err(x, p, _("%zu options are marked correct but \"multiple\" "
		    "is false; mark exactly one, or set \"multiple\": true"),
		    ncorrect);
	else if (s->multiple && ncorrect == 0)
		jv_err(x, p, _("no option is marked correct; mark at least one "
		    "\"correct\": true"));
	free(p);
}

/* A short unit label: one line of at most 16 bytes. */
static void
parse_unit(struct jv_ctx *x, const cJSON *o, const char *path, struct step *s)
{
	char *p;

	s->unit = jv_text(x, o, path, "unit", 0);
	if (s->unit != NULL && (strlen(s->unit) > 16 ||
	    strchr(s->unit, '\n') != NULL)) {
		p = jv_path(path, "unit");
		jv_err(x, p, _("a unit is a short label such as \"GBP\", \"%%\" "
		    "or \"months\"; shorten it"));
		free(p);
	}
}

static void
parse_number(struct jv_ctx *x, const cJSON *o, const char *path,
    struct step *s)
{
	s->prompt = jv_text(x, o, path, "prompt", 1);
	jv_decimal(x, o, path, "answer", 1, 1, s->answer, &s->answer_text);
	jv_decimal(x, o, path, "tolerance", 0, 0, s->tolerance,
	    &s->tolerance_text);
	parse_unit(x, o, path, s);
	s->explanation = jv_text(x, o, path, "explanation", 1);
}

static void
parse_inputs(struct jv_ctx *x, const cJSON *o, const char *path,
    struct step *s)
{
	const char *const *names = calc_inputs[s->calculator];
	const cJSON *in = jv_field(o, "inputs");
	char *p = jv_path(path, "inputs"), *q;
	int r;

	if (!cJSON_IsObject(in)) {
		jv_err(x, p, _("missing or not an object; add \"inputs\": "
		    "{\"%s\": \"...\", ...}"), names[0]);
		free(p);
		return;
	}
	jv_check_fields(x, in, p, names);
	for (s->ninputs = 0; names[s->ninputs] != NULL; s->ninputs++) {
		struct calc_input *ci = &s->inputs[s->ninputs];

		ci->name = names[s->ninputs];
		r = jv_decimal(x, in, p, ci->name, strcmp(ci->name,
		    "initial") != 0, 0, ci->value, &ci->text);
		ci->given = r == 1;
		if (r == 1 && strcmp(ci->name, "months") == 0 &&
		    (mpz_cmp_ui(mpq_denref(ci->value), 1) != 0 ||
		    mpq_sgn(ci->value) == 0)) {
			q = jv_path(p, ci->name);
			jv_err(x, q, _("must be a whole number of months, 1 or "
			    "more"));
			free(q);
		}
	}
	free(p);
}

static void
parse_calculator(struct jv_ctx *x, const cJSON *o, const char *path,
    struct step *s)
{
	int w = jv_word(x, o, path, "calculator", calc_names);

	s->prompt = jv_text(x, o, path, "prompt", 1);
	if (w < 0)
		return;
	s->calculator = (enum calc_kind)w;
	parse_inputs(x, o, path, s);
}

static void
parse_compare(struct jv_ctx *x, const cJSON *o, const char *path,
    struct step *s)
{
	char *from, *to, *pair, *p, *all;

	s->prompt = jv_text(x, o, path, "prompt", 1);
	from = jv_text(x, o, path, "from", 1);
	to = jv_text(x, o, path, "to", 1);
	if (from != NULL && to != NULL) {
		pair = xasprintf("%s-%s", from, to);
		if (jv_word_index(pair, bundled_corridors) >= 0) {
			memcpy(s->from, from, 3);
			memcpy(s->to, to, 3);
		} else {
			p = jv_path(path, "from");
			all = jv_words(bundled_corridors);
			jv_err(x, p, _("%s is not a bundled corridor; use one "
			    "of: %s"), pair, all);
			free(all);
			free(p);
		}
		free(pair);
	}
	free(from);
	free(to);
	if (jv_decimal(x, o, path, "amount", 1, 0, s->amount,
	    &s->amount_text) == 1 && mpq_sgn(s->amount) == 0) {
		p = jv_path(path, "amount");
		jv_err(x, p, _("the amount to compare cannot be 0"));
		free(p);
	}
}

static void
parse_step(struct jv_ctx *x, const cJSON *o, const char *path, struct step *s)
{
	int k;

	if (!cJSON_IsObject(o)) {
		jv_err(x, path, _("must be an object with a \"kind\""));
		return;
	}
	k = jv_word(x, o, path, "kind", kind_names);
	if (k < 0)
		return;
	s->kind = (enum step_kind)k;
	jv_check_fields(x, o, path, step_fields[k]);
	s->notes = jv_text(x, o, path, "notes", 0);
	if (s->kind == STEP_PAGE || s->kind == STEP_SUMMARY)
		s->title = jv_text(x, o, path, "title", 1);
	if (s->kind == STEP_PAGE)
		s->text = jv_text(x, o, path, "text", 1);
	else if (s->kind == STEP_SUMMARY)
		jv_texts(x, o, path, "points", 3, 8, &s->points, &s->npoints);
	else if (s->kind == STEP_CHOICE)
		parse_choice(x, o, path, s);
	else if (s->kind == STEP_NUMBER)
		parse_number(x, o, path, s);
	else if (s->kind == STEP_CALCULATOR)
		parse_calculator(x, o, path, s);
	else
		parse_compare(x, o, path, s);
}

static void
step_init(struct step *s)
{
	size_t i;

	memset(s, 0, sizeof *s);
	s->kind = LAST_STEP_KIND;
	mpq_inits(s->answer, s->tolerance, s->amount, NULL);
	for (i = 0; i < CALC_MAX_INPUTS; i++)
		mpq_init(s->inputs[i].value);
}

static void
parse_section(struct jv_ctx *x, const cJSON *o, const char *path,
    struct section *sec)
{
	const cJSON *arr, *e;
	char *p;

	if (!cJSON_IsObject(o)) {
		jv_err(x, path, _("must be an object {\"title\", \"minutes\", "
		    "\"steps\"}"));
		return;
	}
	jv_check_fields(x, o, path, section_fields);
	sec->title = jv_text(x, o, path, "title", 1);
	jv_int(x, o, path, "minutes", 1, MAX_MINUTES, &sec->minutes);
	arr = jv_list(x, o, path, "steps", 1, 12, "{\"kind\": \"page\", "
	    "...}");
	if (arr == NULL)
		return;
	sec->steps = xcalloc(cJSON_GetArraySize(arr), sizeof *sec->steps);
	cJSON_ArrayForEach(e, arr) {
		p = xasprintf("%s.steps[%zu]", path, sec->nsteps);
		step_init(&sec->steps[sec->nsteps++]);
		parse_step(x, e, p, &sec->steps[sec->nsteps - 1]);
		free(p);
	}
}

/* The last step must be a summary; the minutes must add up. */
static void
check_sections(struct jv_ctx *x, const struct module *m)
{
	const struct section *last;
	int sum = 0;
	size_t i;
	char *p;

	for (i = 0; i < m->nsections; i++) {
		if (m->sections[i].minutes == 0)
			sum = -1;
		if (sum >= 0)
			sum += m->sections[i].minutes;
	}
	if (m->minutes > 0 && sum >= 0 && sum != m->minutes)
		jv_err(x, "minutes", _("the sections add up to %d minutes but "
		    "the module says %d; make them agree"), sum, m->minutes);
	last = &m->sections[m->nsections - 1];
	if (last->nsteps == 0 || last->steps[last->nsteps - 1].kind ==
	    STEP_SUMMARY || last->steps[last->nsteps - 1].kind ==
	    LAST_STEP_KIND)
		return;
	p = xasprintf("sections[%zu].steps[%zu]", m->nsections - 1,
	    last->nsteps - 1);
	jv_err(x, p, _("the last step of the last section must be a summary; "
	    "add {\"kind\": \"summary\", \"title\": ..., \"points\": [...]} "
	    "at the end"));
	free(p);
}

static void
parse_sections(struct jv_ctx *x, const cJSON *root, struct module *m)
{
	const cJSON *arr, *e;
	char *p;

	arr = jv_list(x, root, "", "sections", 2, 6, "{\"title\": \"...\", "
	    "\"minutes\": 10, \"steps\": [...]}");
	if (arr == NULL)
		return;
	m->sections = xcalloc(cJSON_GetArraySize(arr), sizeof *m->sections);
	cJSON_ArrayForEach(e, arr) {
		p = xasprintf("sections[%zu]", m->nsections);
		parse_section(x, e, p, &m->sections[m->nsections++]);
		free(p);
	}
	if (m->nsections > 0)
		check_sections(x, m);
}

static void
parse_header(struct jv_ctx *x, const cJSON *root, struct module *m,
    const char *want_id, const char *want_lang)
{
	char *s = jv_text(x, root, "", "schema", 1);

	if (s != NULL && strcmp(s, LESSON_SCHEMA) != 0)
		jv_err(x, "schema", _("\"%s\" is not a schema remit reads; write "
		    "\"%s\""), s, LESSON_SCHEMA);
	free(s);
	m->id = jv_id(x, root, "", "id");
	if (m->id != NULL && want_id != NULL && strcmp(m->id, want_id) != 0)
		jv_err(x, "id", _("\"%s\" is not the file name \"%s.json\"; "
		    "rename the file to %s.json or change the id"), m->id,
		    want_id, m->id);
	m->language = jv_text(x, root, "", "language", 1);
	if (m->language != NULL && want_lang != NULL &&
	    strcmp(m->language, want_lang) != 0)
		jv_err(x, "language", _("\"%s\" but the file is in the folder "
		    "\"%s\"; move the file to the folder %s or fix the "
		    "language"), m->language, want_lang, m->language);
	jv_int(x, root, "", "order", 1, 99, &m->order);
	m->title = jv_text(x, root, "", "title", 1);
	m->description = jv_text(x, root, "", "description", 1);
	jv_int(x, root, "", "minutes", 1, MAX_MINUTES, &m->minutes);
	if (cJSON_GetObjectItemCaseSensitive(root, "objectives") != NULL)
		jv_texts(x, root, "", "objectives", MIN_OBJECTIVES,
		    MAX_OBJECTIVES, &m->objectives, &m->nobjectives);
	m->dont_know = jv_text(x, root, "", "dont_know", 1);
}

struct module *
module_parse(const char *name, const char *text, size_t len,
    const char *want_id, const char *want_lang, struct diags *d)
{
	struct jv_ctx x = { name, d, 0 };
	struct module *m;
	cJSON *root;

	root = jv_parse(&x, text, len);
	if (root == NULL)
		return NULL;
	m = xcalloc(1, sizeof *m);
	m->file = xstrdup(name);
	if (!cJSON_IsObject(root))
		jv_err(&x, NULL, _("the file must hold one JSON object with "
		    "\"schema\": \"%s\""), LESSON_SCHEMA);
	else {
		jv_check_fields(&x, root, "", top_fields);
		parse_header(&x, root, m, want_id, want_lang);
		parse_quiz(&x, root, m);
		parse_sections(&x, root, m);
	}
	cJSON_Delete(root);
	if (x.errors > 0) {
		module_free(m);
		return NULL;
	}
	return m;
}

struct module *
module_load(const char *path, struct diags *d)
{
	const char *base = strrchr(path, '/'), *dir_end;
	char *text, *id, *lang = NULL;
	struct module *m;
	size_t len, n;

	text = file_read(path, LESSON_MAX_BYTES, &len, d);
	if (text == NULL)
		return NULL;
	base = base != NULL ? base + 1 : path;
	n = strlen(base);
	id = xstrndup(base, n > 5 && strcmp(base + n - 5, ".json") == 0 ?
	    n - 5 : n);
	if (base != path) {
		dir_end = base - 1;
		while (dir_end > path && dir_end[-1] != '/')
			dir_end--;
		lang = xstrndup(dir_end, (size_t)(base - 1 - dir_end));
	}
	m = module_parse(path, text, len, id, lang != NULL && *lang != '\0' ?
	    lang : NULL, d);
	free(lang);
	free(id);
	free(text);
	return m;
}

static void
step_clear(struct step *s)
{
	size_t i;

	free(s->notes);
	free(s->title);
	free(s->text);
	free(s->prompt);
	for (i = 0; i < s->noptions; i++) {
		free(s->options[i].text);
		free(s->options[i].feedback);
	}
	free(s->options);
	free(s->answer_text);
	free(s->tolerance_text);
	free(s->unit);
	free(s->explanation);
	for (i = 0; i < CALC_MAX_INPUTS; i++) {
		free(s->inputs[i].text);
		mpq_clear(s->inputs[i].value);
	}
	free(s->amount_text);
	for (i = 0; i < s->npoints; i++)
		free(s->points[i]);
	free(s->points);
	mpq_clears(s->answer, s->tolerance, s->amount, NULL);
}

static void
strings_free(char **v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void
module_free(struct module *m)
{
	size_t i, j;

	if (m == NULL)
		return;
	for (i = 0; i < m->nquiz; i++) {
		free(m->quiz[i].id);
		free(m->quiz[i].prompt);
		strings_free(m->quiz[i].options, m->quiz[i].noptions);
		free(m->quiz[i].explanation);
	}
	free(m->quiz);
	for (i = 0; i < m->nsections; i++) {
		for (j = 0; j < m->sections[i].nsteps; j++)
			step_clear(&m->sections[i].steps[j]);
		free(m->sections[i].steps);
		free(m->sections[i].title);
	}
	free(m->sections);
	free(m->file);
	free(m->id);
	free(m->language);
	free(m->title);
	free(m->description);
	strings_free(m->objectives, m->nobjectives);
	free(m->dont_know);
	free(m);
}

size_t
module_nsteps(const struct module *m)
{
	size_t i, n = 0;

	for (i = 0; i < m->nsections; i++)
		n += m->sections[i].nsteps;
	return n;
}

const char *
step_kind_name(enum step_kind k)
{
	return k < LAST_STEP_KIND ? kind_names[k] : "?";
}

const char *
calc_kind_name(enum calc_kind k)
{
	return k < LAST_CALC_KIND ? calc_names[k] : "?";
}
