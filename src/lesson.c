/*
 * lesson.c - loading and validating remit-lesson/1 module files.
 *
 * As for rate tables (ratebook.c), validation goes on after the first
 * problem so that `remit check --lessons` lists every one, and each message
 * names the file, the JSON path and the fix.  A module with any error is
 * not used.
 */
#include "config.h"

#include <cjson/cJSON.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decimal.h"
#include "i18n.h"
#include "lesson.h"
#include "util.h"

/* Parsing state for one file. */
struct pctx {
	const char	*file;
	struct diags	*d;
	int		 errors;
};

static const char *const top_fields[] = {
	"schema", "id", "language", "order", "title", "description",
	"minutes", "dont_know", "quiz", "sections", NULL
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

static void perr(struct pctx *x, const char *path, const char *fmt, ...)
    REMIT_PRINTF(3, 4);

static void
perr(struct pctx *x, const char *path, const char *fmt, ...)
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

static char *
path_join(const char *base, const char *key)
{
	return *base ? xasprintf("%s.%s", base, key) : xstrdup(key);
}

/* "a, b, c" for a vocabulary. */
static char *
words_list(const char *const *words)
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

static int
word_index(const char *s, const char *const *words)
{
	int i;

	for (i = 0; words[i] != NULL; i++)
		if (strcmp(words[i], s) == 0)
			return i;
	return -1;
}

/* Reports unknown and repeated fields of an object. */
static void
check_fields(struct pctx *x, const cJSON *obj, const char *path,
    const char *const *known)
{
	const cJSON *e, *f;
	const char *near;
	char *p, *all;

	cJSON_ArrayForEach(e, obj) {
		p = path_join(path, e->string);
		if (word_index(e->string, known) < 0) {
			near = nearest_word(e->string, known);
			all = words_list(known);
			if (near != NULL)
				perr(x, p, _("unknown field; did you mean "
				    "\"%s\"?"), near);
			else
				perr(x, p, _("unknown field; the fields here "
				    "are: %s"), all);
			free(all);
		}
		for (f = obj->child; f != e; f = f->next)
			if (strcmp(f->string, e->string) == 0) {
				perr(x, p, _("the field is given twice; keep "
				    "one"));
				break;
			}
		free(p);
	}
}

static const cJSON *
field(const cJSON *obj, const char *key)
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
check_text(struct pctx *x, const char *path, const char *s)
{
	char *copy = xstrdup(s), *c;

	for (c = copy; *c != '\0'; c++)
		if (*c == '\n')
			*c = ' ';
	if (text_has_control(copy))
		perr(x, path, _("holds a control character or invalid UTF-8; "
		    "write plain text (\"\\n\\n\" starts a paragraph)"));
	else if (has_markup(s))
		perr(x, path, _("looks like markup (\"<...>\"); write plain "
		    "text"));
	free(copy);
}

/* A text value at path; returns a copy or NULL. */
static char *
text_value(struct pctx *x, const cJSON *v, const char *path)
{
	if (!cJSON_IsString(v) || *v->valuestring == '\0') {
		perr(x, path, _("must be a non-empty text in quotes"));
		return NULL;
	}
	check_text(x, path, v->valuestring);
	return xstrdup(v->valuestring);
}

/* A required or optional text field; returns a copy or NULL. */
static char *
get_text(struct pctx *x, const cJSON *obj, const char *path,
    const char *key, int required)
{
	const cJSON *v = field(obj, key);
	char *p = path_join(path, key), *s = NULL;

	if (v == NULL) {
		if (required)
			perr(x, p, _("missing; add \"%s\": \"...\""), key);
	} else
		s = text_value(x, v, p);
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
static char *
get_id(struct pctx *x, const cJSON *obj, const char *path, const char *key)
{
	char *s = get_text(x, obj, path, key, 1), *p;

	if (s != NULL && !id_valid(s)) {
		p = path_join(path, key);
		perr(x, p, _("\"%s\": use only a-z, 0-9 and '-'"), s);
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
static int
get_int(struct pctx *x, const cJSON *obj, const char *path,
    const char *key, int lo, int hi, int *out)
{
	const cJSON *v = field(obj, key);
	char *p = path_join(path, key);
	int ok = 0;

	if (v == NULL)
		perr(x, p, _("missing; add \"%s\": a whole number from %d to "
		    "%d"), key, lo, hi);
	else if (cJSON_IsString(v))
		perr(x, p, _("write a whole number without quotes, from %d to "
		    "%d"), lo, hi);
	else if (!whole_number(v, lo, hi))
		perr(x, p, _("must be a whole number from %d to %d"), lo, hi);
	else {
		*out = v->valueint;
		ok = 1;
	}
	free(p);
	return ok;
}

static int
get_bool(struct pctx *x, const cJSON *obj, const char *path,
    const char *key, int *out)
{
	const cJSON *v = field(obj, key);
	char *p;

	if (cJSON_IsBool(v)) {
		*out = cJSON_IsTrue(v);
		return 1;
	}
	p = path_join(path, key);
	if (v == NULL)
		perr(x, p, _("missing; add \"%s\": true or false"), key);
	else
		perr(x, p, _("must be true or false, without quotes"));
	free(p);
	return 0;
}

/*
 * A decimal field, a string in the grammar; negative values only when
 * `negative`.  Returns 1 when present and valid (its text in *text), 0
 * when absent (an error if required), -1 when invalid.
 */
static int
get_decimal(struct pctx *x, const cJSON *obj, const char *path,
    const char *key, int required, int negative, mpq_t out, char **text)
{
	const cJSON *v = field(obj, key);
	enum dec_status st;
	char *p = path_join(path, key), *why;
	int r = -1;

	if (v == NULL) {
		if (required)
			perr(x, p, _("missing; add \"%s\": \"1.00\" (a decimal "
			    "in quotes)"), key);
		r = 0;
	} else if (cJSON_IsNumber(v))
		perr(x, p, _("write decimals as strings, e.g. \"8.99\""));
	else if (!cJSON_IsString(v))
		perr(x, p, _("must be a decimal in quotes, e.g. \"8.99\""));
	else if ((st = negative ? dec_parse(out, v->valuestring) :
	    dec_parse_amount(out, v->valuestring, -1)) != DEC_OK) {
		why = dec_explain(st, v->valuestring, -1, NULL);
		perr(x, p, "%s", why);
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
static const cJSON *
get_list(struct pctx *x, const cJSON *obj, const char *path,
    const char *key, int lo, int hi, const char *example)
{
	const cJSON *v = field(obj, key);
	char *p = path_join(path, key);
	int n;

	if (v == NULL)
		perr(x, p, _("missing; add a list of %d to %d items such as "
		    "[%s, ...]"), lo, hi, example);
	else if (!cJSON_IsArray(v))
		perr(x, p, _("must be a list [...] of %d to %d items such as "
		    "%s"), lo, hi, example);
	else if ((n = cJSON_GetArraySize(v)) < lo || n > hi)
		perr(x, p, _("holds %d items; give from %d to %d"), n, lo, hi);
	else {
		free(p);
		return v;
	}
	free(p);
	return NULL;
}

/* A list of texts; fills *out and *n. */
static void
get_texts(struct pctx *x, const cJSON *obj, const char *path,
    const char *key, int lo, int hi, char ***out, size_t *n)
{
	const cJSON *arr = get_list(x, obj, path, key, lo, hi, "\"...\""), *e;
	char *p;

	if (arr == NULL)
		return;
	*out = xcalloc(cJSON_GetArraySize(arr), sizeof **out);
	cJSON_ArrayForEach(e, arr) {
		p = xasprintf("%s.%s[%zu]", path, key, *n);
		(*out)[(*n)++] = text_value(x, e, p);
		free(p);
	}
}

/* A word from a vocabulary; returns its index or -1. */
static int
get_word(struct pctx *x, const cJSON *obj, const char *path,
    const char *key, const char *const *words)
{
	const cJSON *v = field(obj, key);
	char *p = path_join(path, key), *all = words_list(words);
	const char *near;
	int i = -1;

	if (v == NULL)
		perr(x, p, _("missing; add \"%s\": one of %s"), key, all);
	else if (!cJSON_IsString(v))
		perr(x, p, _("must be a word in quotes, one of: %s"), all);
	else if ((i = word_index(v->valuestring, words)) < 0) {
		near = nearest_word(v->valuestring, words);
		if (near != NULL)
			perr(x, p, _("unknown value; did you mean \"%s\"? "
			    "(one of: %s)"), near, all);
		else
			perr(x, p, _("unknown value; write one of: %s"), all);
	}
	free(all);
	free(p);
	return i;
}

static void
parse_question(struct pctx *x, const cJSON *o, const char *path,
    struct quiz_question *q)
{
	char *p;

	if (!cJSON_IsObject(o)) {
		perr(x, path, _("must be an object {\"id\", \"prompt\", "
		    "\"options\", \"answer\", \"explanation\"}"));
		return;
	}
	check_fields(x, o, path, quiz_fields);
	q->id = get_id(x, o, path, "id");
	q->prompt = get_text(x, o, path, "prompt", 1);
	get_texts(x, o, path, "options", 2, 4, &q->options, &q->noptions);
	q->explanation = get_text(x, o, path, "explanation", 1);
	q->answer = -1;
	if (!get_int(x, o, path, "answer", 0, 99, &q->answer) ||
	    q->noptions == 0)
		return;
	if ((size_t)q->answer >= q->noptions) {
		p = path_join(path, "answer");
		perr(x, p, _("%d is not an option; options are numbered from "
		    "0 to %zu"), q->answer, q->noptions - 1);
		free(p);
		q->answer = -1;
	}
}

static void
parse_quiz(struct pctx *x, const cJSON *root, struct module *m)
{
	const cJSON *arr, *e;
	size_t i, j;
	char *p;

	arr = get_list(x, root, "", "quiz", 3, 5, "{\"id\": \"q1\", ...}");
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
				char *q = path_join(p, "id");

				perr(x, q, _("\"%s\" is already the id of "
				    "quiz[%zu]; ids must be unique"),
				    m->quiz[i].id, j);
				free(q);
			}
		free(p);
	}
}

static void
parse_choice(struct pctx *x, const cJSON *o, const char *path,
    struct step *s)
{
	const cJSON *arr, *e;
	size_t ncorrect = 0;
	char *p;

	s->prompt = get_text(x, o, path, "prompt", 1);
	get_bool(x, o, path, "multiple", &s->multiple);
	arr = get_list(x, o, path, "options", 2, 4, "{\"text\": \"...\", "
	    "\"correct\": false, \"feedback\": \"...\"}");
	if (arr == NULL)
		return;
	s->options = xcalloc(cJSON_GetArraySize(arr), sizeof *s->options);
	cJSON_ArrayForEach(e, arr) {
		struct choice_option *c = &s->options[s->noptions];

		p = xasprintf("%s.options[%zu]", path, s->noptions++);
		if (!cJSON_IsObject(e))
			perr(x, p, _("must be an object {\"text\", "
			    "\"correct\", \"feedback\"}"));
		else {
			check_fields(x, e, p, option_fields);
			c->text = get_text(x, e, p, "text", 1);
			if (get_bool(x, e, p, "correct", &c->correct))
				ncorrect += c->correct;
			c->feedback = get_text(x, e, p, "feedback", 1);
		}
		free(p);
	}
	p = path_join(path, "options");
	if (!s->multiple && ncorrect != 1)
		perr(x, p, _("%zu options are marked correct but \"multiple\" "
		    "is false; mark exactly one, or set \"multiple\": true"),
		    ncorrect);
	else if (s->multiple && ncorrect == 0)
		perr(x, p, _("no option is marked correct; mark at least one "
		    "\"correct\": true"));
	free(p);
}

/* A short unit label: one line of at most 16 bytes. */
static void
parse_unit(struct pctx *x, const cJSON *o, const char *path, struct step *s)
{
	char *p;

	s->unit = get_text(x, o, path, "unit", 0);
	if (s->unit != NULL && (strlen(s->unit) > 16 ||
	    strchr(s->unit, '\n') != NULL)) {
		p = path_join(path, "unit");
		perr(x, p, _("a unit is a short label such as \"GBP\", \"%%\" "
		    "or \"months\"; shorten it"));
		free(p);
	}
}

static void
parse_number(struct pctx *x, const cJSON *o, const char *path,
    struct step *s)
{
	s->prompt = get_text(x, o, path, "prompt", 1);
	get_decimal(x, o, path, "answer", 1, 1, s->answer, &s->answer_text);
	get_decimal(x, o, path, "tolerance", 0, 0, s->tolerance,
	    &s->tolerance_text);
	parse_unit(x, o, path, s);
	s->explanation = get_text(x, o, path, "explanation", 1);
}

static void
parse_inputs(struct pctx *x, const cJSON *o, const char *path,
    struct step *s)
{
	const char *const *names = calc_inputs[s->calculator];
	const cJSON *in = field(o, "inputs");
	char *p = path_join(path, "inputs"), *q;
	int r;

	if (!cJSON_IsObject(in)) {
		perr(x, p, _("missing or not an object; add \"inputs\": "
		    "{\"%s\": \"...\", ...}"), names[0]);
		free(p);
		return;
	}
	check_fields(x, in, p, names);
	for (s->ninputs = 0; names[s->ninputs] != NULL; s->ninputs++) {
		struct calc_input *ci = &s->inputs[s->ninputs];

		ci->name = names[s->ninputs];
		r = get_decimal(x, in, p, ci->name, strcmp(ci->name,
		    "initial") != 0, 0, ci->value, &ci->text);
		ci->given = r == 1;
		if (r == 1 && strcmp(ci->name, "months") == 0 &&
		    (mpz_cmp_ui(mpq_denref(ci->value), 1) != 0 ||
		    mpq_sgn(ci->value) == 0)) {
			q = path_join(p, ci->name);
			perr(x, q, _("must be a whole number of months, 1 or "
			    "more"));
			free(q);
		}
	}
	free(p);
}

static void
parse_calculator(struct pctx *x, const cJSON *o, const char *path,
    struct step *s)
{
	int w = get_word(x, o, path, "calculator", calc_names);

	s->prompt = get_text(x, o, path, "prompt", 1);
	if (w < 0)
		return;
	s->calculator = (enum calc_kind)w;
	parse_inputs(x, o, path, s);
}

static void
parse_compare(struct pctx *x, const cJSON *o, const char *path,
    struct step *s)
{
	char *from, *to, *pair, *p, *all;

	s->prompt = get_text(x, o, path, "prompt", 1);
	from = get_text(x, o, path, "from", 1);
	to = get_text(x, o, path, "to", 1);
	if (from != NULL && to != NULL) {
		pair = xasprintf("%s-%s", from, to);
		if (word_index(pair, bundled_corridors) >= 0) {
			memcpy(s->from, from, 3);
			memcpy(s->to, to, 3);
		} else {
			p = path_join(path, "from");
			all = words_list(bundled_corridors);
			perr(x, p, _("%s is not a bundled corridor; use one "
			    "of: %s"), pair, all);
			free(all);
			free(p);
		}
		free(pair);
	}
	free(from);
	free(to);
	if (get_decimal(x, o, path, "amount", 1, 0, s->amount,
	    &s->amount_text) == 1 && mpq_sgn(s->amount) == 0) {
		p = path_join(path, "amount");
		perr(x, p, _("the amount to compare cannot be 0"));
		free(p);
	}
}

static void
parse_step(struct pctx *x, const cJSON *o, const char *path, struct step *s)
{
	int k;

	if (!cJSON_IsObject(o)) {
		perr(x, path, _("must be an object with a \"kind\""));
		return;
	}
	k = get_word(x, o, path, "kind", kind_names);
	if (k < 0)
		return;
	s->kind = (enum step_kind)k;
	check_fields(x, o, path, step_fields[k]);
	s->notes = get_text(x, o, path, "notes", 0);
	if (s->kind == STEP_PAGE || s->kind == STEP_SUMMARY)
		s->title = get_text(x, o, path, "title", 1);
	if (s->kind == STEP_PAGE)
		s->text = get_text(x, o, path, "text", 1);
	else if (s->kind == STEP_SUMMARY)
		get_texts(x, o, path, "points", 3, 8, &s->points, &s->npoints);
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
parse_section(struct pctx *x, const cJSON *o, const char *path,
    struct section *sec)
{
	const cJSON *arr, *e;
	char *p;

	if (!cJSON_IsObject(o)) {
		perr(x, path, _("must be an object {\"title\", \"minutes\", "
		    "\"steps\"}"));
		return;
	}
	check_fields(x, o, path, section_fields);
	sec->title = get_text(x, o, path, "title", 1);
	get_int(x, o, path, "minutes", 1, MAX_MINUTES, &sec->minutes);
	arr = get_list(x, o, path, "steps", 1, 12, "{\"kind\": \"page\", "
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
check_sections(struct pctx *x, const struct module *m)
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
		perr(x, "minutes", _("the sections add up to %d minutes but "
		    "the module says %d; make them agree"), sum, m->minutes);
	last = &m->sections[m->nsections - 1];
	if (last->nsteps == 0 || last->steps[last->nsteps - 1].kind ==
	    STEP_SUMMARY || last->steps[last->nsteps - 1].kind ==
	    LAST_STEP_KIND)
		return;
	p = xasprintf("sections[%zu].steps[%zu]", m->nsections - 1,
	    last->nsteps - 1);
	perr(x, p, _("the last step of the last section must be a summary; "
	    "add {\"kind\": \"summary\", \"title\": ..., \"points\": [...]} "
	    "at the end"));
	free(p);
}

static void
parse_sections(struct pctx *x, const cJSON *root, struct module *m)
{
	const cJSON *arr, *e;
	char *p;

	arr = get_list(x, root, "", "sections", 2, 6, "{\"title\": \"...\", "
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

static cJSON *
parse_json(struct pctx *x, const char *text, size_t len)
{
	const char *end = NULL;
	cJSON *root;
	char *where;
	int line, col;

	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		text += 3, len -= 3;
	if (memchr(text, '\0', len) != NULL) {
		perr(x, NULL, _("the file holds a NUL byte; it is not a JSON "
		    "text file"));
		return NULL;
	}
	root = cJSON_ParseWithLengthOpts(text, len + 1, &end, 1);
	if (root != NULL)
		return root;
	text_position(text, end != NULL ? (size_t)(end - text) : 0, &line,
	    &col);
	where = xasprintf(_("line %d, column %d"), line, col);
	perr(x, where, _("malformed JSON; check the commas, quotes and "
	    "brackets near here"));
	free(where);
	return NULL;
}

static void
parse_header(struct pctx *x, const cJSON *root, struct module *m,
    const char *want_id, const char *want_lang)
{
	char *s = get_text(x, root, "", "schema", 1);

	if (s != NULL && strcmp(s, LESSON_SCHEMA) != 0)
		perr(x, "schema", _("\"%s\" is not a schema remit reads; write "
		    "\"%s\""), s, LESSON_SCHEMA);
	free(s);
	m->id = get_id(x, root, "", "id");
	if (m->id != NULL && want_id != NULL && strcmp(m->id, want_id) != 0)
		perr(x, "id", _("\"%s\" is not the file name \"%s.json\"; "
		    "rename the file to %s.json or change the id"), m->id,
		    want_id, m->id);
	m->language = get_text(x, root, "", "language", 1);
	if (m->language != NULL && want_lang != NULL &&
	    strcmp(m->language, want_lang) != 0)
		perr(x, "language", _("\"%s\" but the file is in the folder "
		    "\"%s\"; move the file to the folder %s or fix the "
		    "language"), m->language, want_lang, m->language);
	get_int(x, root, "", "order", 1, 99, &m->order);
	m->title = get_text(x, root, "", "title", 1);
	m->description = get_text(x, root, "", "description", 1);
	get_int(x, root, "", "minutes", 1, MAX_MINUTES, &m->minutes);
	m->dont_know = get_text(x, root, "", "dont_know", 1);
}

struct module *
module_parse(const char *name, const char *text, size_t len,
    const char *want_id, const char *want_lang, struct diags *d)
{
	struct pctx x = { name, d, 0 };
	struct module *m;
	cJSON *root;

	root = parse_json(&x, text, len);
	if (root == NULL)
		return NULL;
	m = xcalloc(1, sizeof *m);
	m->file = xstrdup(name);
	if (!cJSON_IsObject(root))
		perr(&x, NULL, _("the file must hold one JSON object with "
		    "\"schema\": \"%s\""), LESSON_SCHEMA);
	else {
		check_fields(&x, root, "", top_fields);
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
