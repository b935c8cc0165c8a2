/*
 * cmd-sessions-record.c - `remit sessions record`: one session from the
 * command line, checked against its lesson module (question ids and
 * answer letters) and stored with the module's quiz key.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "lesson.h"
#include "cmd-sessions.h"
#include "remit.h"
#include "store.h"
#include "util.h"


enum {
	OPT_DB = 256, OPT_MODULE, OPT_LANG, OPT_PLACE, OPT_MODE,
	OPT_PARTICIPANTS, OPT_DATE, OPT_PRE, OPT_POST, OPT_LESSONS
};

static const struct option longopts[] = {
	{ "db", required_argument, NULL, OPT_DB },
	{ "module", required_argument, NULL, OPT_MODULE },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "place", required_argument, NULL, OPT_PLACE },
	{ "mode", required_argument, NULL, OPT_MODE },
	{ "participants", required_argument, NULL, OPT_PARTICIPANTS },
	{ "date", required_argument, NULL, OPT_DATE },
	{ "pre", required_argument, NULL, OPT_PRE },
	{ "post", required_argument, NULL, OPT_POST },
	{ "lessons", required_argument, NULL, OPT_LESSONS },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

struct record_opts {
	const char		*db, *module, *lang, *place, *date;
	const char		*list[LAST_PHASE];
	const char		*lessons;
	enum session_mode	 mode;
	int			 has_mode;
	long			 participants;
};

/* The parsed --pre and --post lists; questions point into bufs. */
struct answer_list {
	struct answer_count	*v;
	size_t			 n;
	char			*bufs[LAST_PHASE];
};

static const char *const phase_opts[LAST_PHASE] = { "--pre", "--post" };

static int
bad_item(enum quiz_phase ph, const char *item)
{
	return remit_usage_error("sessions", _("%s \"%s\": write QUESTION="
	    "ANSWER:COUNT with ANSWER A to D or ? (\"I don't know\"), e.g. "
	    "q1=A:5"), phase_opts[ph], item);
}

/* One "q1=A:5" item; modifies item in place. */
static int
parse_item(char *item, enum quiz_phase ph, struct answer_count *a)
{
	char *eq = strchr(item, '='), *colon, *end;
	long n;

	if (eq == NULL || (colon = strchr(eq, ':')) == NULL ||
	    colon != eq + 2 || eq == item || colon[1] == '\0' ||
	    strspn(colon + 1, "0123456789") != strlen(colon + 1) ||
	    strlen(colon + 1) > 6)
		return -1;
	if (eq[1] == '?')
		a->answer = -1;
	else if (eq[1] >= 'A' && eq[1] <= 'D')
		a->answer = eq[1] - 'A';
	else
		return -1;
	n = strtol(colon + 1, &end, 10);
	*eq = '\0';
	a->phase = ph;
	a->question = item;
	a->count = n;
	return 0;
}

static int
parse_list(const char *list, enum quiz_phase ph, struct answer_list *al)
{
	char *buf = xstrdup(list), *item, *save = NULL, *copy;

	al->bufs[ph] = buf;
	for (item = strtok_r(buf, ",", &save); item != NULL;
	    item = strtok_r(NULL, ",", &save)) {
		copy = xstrdup(item);
		al->v = xreallocarray(al->v, al->n + 1, sizeof *al->v);
		if (parse_item(item, ph, &al->v[al->n]) != 0) {
			bad_item(ph, copy);
			free(copy);
			return EXIT_USAGE;
		}
		free(copy);
		al->n++;
	}
	if (al->n == 0 || list[strlen(list) - 1] == ',')
		return bad_item(ph, list);
	return 0;
}

/* Each answer's question exists in the module, its letter is an option. */
static int
check_answers(const struct module *m, const struct answer_list *al)
{
	const char *ids[8], *near;
	size_t i, j;

	for (j = 0; j < m->nquiz && j < 7; j++)
		ids[j] = m->quiz[j].id;
	ids[j] = NULL;
	for (i = 0; i < al->n; i++) {
		const struct answer_count *a = &al->v[i];

		for (j = 0; j < m->nquiz; j++)
			if (strcmp(m->quiz[j].id, a->question) == 0)
				break;
		if (j == m->nquiz) {
			near = nearest_word(a->question, ids);
			return remit_usage_error("sessions", _("%s: the module "
			    "%s has no question \"%s\"%s%s%s"),
			    phase_opts[a->phase], m->id, a->question,
			    near ? _("; did you mean \"") : "", near ? near :
			    "", near ? "\"?" : "");
		}
		if (a->answer >= (int)m->quiz[j].noptions)
			return remit_usage_error("sessions", _("%s: question "
			    "%s has %zu options, A to %c; use ? for \"I don't "
			    "know\""), phase_opts[a->phase], a->question,
			    m->quiz[j].noptions,
			    (char)('A' + m->quiz[j].noptions - 1));
	}
	return 0;
}

/* The quiz key from the module; none (with a warning) when the lesson
 * folder cannot be read. */
static int
make_key(const struct record_opts *o, const struct answer_list *al,
    struct quiz_key **key, size_t *nkey)
{
	struct lessonbook lb;
	const struct module *m;
	int status = 0;
	size_t i;

	if (lessons_load_dir(&lb, remit_lessons_dir(o->lessons)) != 0) {
		remit_error(_("warning: %s cannot be read; the session is "
		    "recorded without its quiz key and gets no score"), lb.dir);
		lessons_free(&lb);
		return 0;
	}
	m = lessons_find(&lb, o->lang, o->module);
	if (m == NULL)
		m = lessons_find(&lb, LESSON_BASE_LANG, o->module);
	if (m == NULL)
		status = remit_usage_error("sessions", _("--module \"%s\": no "
		    "such lesson module in %s; see 'remit lessons'"),
		    o->module, lb.dir);
	else if ((status = check_answers(m, al)) == 0) {
		*key = xcalloc(m->nquiz, sizeof **key);
		for (i = 0; i < m->nquiz; i++) {
			(*key)[i].question = xstrdup(m->quiz[i].id);
			(*key)[i].answer = m->quiz[i].answer;
		}
		*nkey = m->nquiz;
	}
	lessons_free(&lb);
	return status;
}

static int
store_session(const struct record_opts *o, const struct answer_list *al,
    const struct quiz_key *key, size_t nkey)
{
	struct session_record r = { o->module, o->lang, o->date, o->place,
	    o->mode, o->participants, al->v, al->n, key, nkey };
	struct store *s;
	struct diags d;
	long long id = 0;
	char *path;
	int dflt, existed, status = EXIT_USAGE;

	if ((path = sessions_db_path(o->db, &dflt)) == NULL)
		return EXIT_USAGE;
	diags_init(&d);
	existed = access(path, F_OK) == 0;
	s = store_open(path, 1, dflt, &d);
	if (s != NULL && store_record(s, &r, &id, &d) == 0) {
		printf(_("recorded session %lld in %s\n"), id, path);
		status = EXIT_DONE;
	}
	sessions_print_diags(&d);
	diags_free(&d);
	store_close(s);
	if (status != EXIT_DONE && s != NULL && !existed)
		unlink(path);	/* a refused record leaves no empty database */
	free(path);
	return status;
}

static int
record_option(int ch, struct record_opts *o)
{
	switch (ch) {
	case OPT_DB: o->db = optarg; break;
	case OPT_MODULE: o->module = optarg; break;
	case OPT_LANG: o->lang = optarg; break;
	case OPT_PLACE: o->place = optarg; break;
	case OPT_DATE: o->date = optarg; break;
	case OPT_PRE: o->list[PHASE_PRE] = optarg; break;
	case OPT_POST: o->list[PHASE_POST] = optarg; break;
	case OPT_LESSONS: o->lessons = optarg; break;
	case OPT_MODE:
		if (session_mode_parse(optarg, &o->mode) != 0)
			return remit_usage_error("sessions", _("--mode \"%s\": "
			    "write facilitated or self"), optarg);
		o->has_mode = 1;
		break;
	case OPT_PARTICIPANTS:
		o->participants = remit_parse_count(optarg,
		    STORE_MAX_PARTICIPANTS);
		if (o->participants < 0)
			return remit_usage_error("sessions", _("--participants "
			    "\"%s\": give a whole number from 1 to %d"), optarg,
			    STORE_MAX_PARTICIPANTS);
		break;
	default:
		return -1;
	}
	return 0;
}

/* The options that must be given, and their form. */
static int
check_required(struct record_opts *o)
{
	const char *missing = o->module == NULL ? "--module" :
	    o->lang == NULL ? "--lang" : o->place == NULL ? "--place" :
	    !o->has_mode ? "--mode" : o->participants == 0 ?
	    "--participants" : NULL;

	if (missing != NULL)
		return remit_usage_error("sessions", _("record needs %s"),
		    missing);
	if (o->list[PHASE_PRE] == NULL && o->list[PHASE_POST] == NULL)
		return remit_usage_error("sessions", _("record needs the "
		    "answers: --pre LIST, --post LIST or both"));
	if (o->date == NULL)
		o->date = remit_today();
	if (!store_date_valid(o->date))
		return remit_usage_error("sessions", _("--date \"%s\": write a "
		    "date as YYYY-MM-DD"), o->date);
	return 0;
}

static int
parse_args(int argc, char **argv, struct record_opts *o)
{
	int ch, rc;

	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		if (ch == 'h') {
			printf(_("Usage: remit sessions record --module ID "
			    "--lang CODE --place LABEL --mode facilitated|self "
			    "--participants N [--date DATE] [--pre LIST] "
			    "[--post LIST] [--db FILE] [--lessons DIR]\n"
			    "See 'remit sessions --help'.\n"));
			return -1;
		}
		if (ch == ':')
			return remit_usage_error("sessions", _("%s needs a "
			    "value"), argv[optind - 1]);
		if ((rc = record_option(ch, o)) < 0)
			return remit_unknown_option("sessions",
			    argv[optind - 1], longopts);
		if (rc != 0)
			return rc;
	}
	if (optind < argc)
		return remit_usage_error("sessions", _("unexpected argument "
		    "\"%s\""), argv[optind]);
	return check_required(o);
}

int
sessions_record(int argc, char **argv)
{
	struct record_opts o;
	struct answer_list al;
	struct quiz_key *key = NULL;
	size_t nkey = 0, i;
	int status, ph;

	memset(&o, 0, sizeof o);
	memset(&al, 0, sizeof al);
	if ((status = parse_args(argc, argv, &o)) != 0)
		return status < 0 ? EXIT_DONE : status;
	for (ph = 0; status == 0 && ph < LAST_PHASE; ph++)
		if (o.list[ph] != NULL)
			status = parse_list(o.list[ph], (enum quiz_phase)ph,
			    &al);
	if (status == 0)
		status = make_key(&o, &al, &key, &nkey);
	if (status == 0)
		status = store_session(&o, &al, key, nkey);
	for (i = 0; i < nkey; i++)
		free((char *)key[i].question);
	free(key);
	free(al.v);
	for (ph = 0; ph < LAST_PHASE; ph++)
		free(al.bufs[ph]);
	return status;
}
