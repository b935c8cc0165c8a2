/*
 * lesson.h - financial-literacy lessons (remit-lesson/1) and their folders.
 *
 * A lesson folder holds one sub-folder per language (en, fr, es, ...), each
 * with one JSON file per module, named after the module id.  module_parse()
 * validates one file strictly (see remit-lessons(5)) and lists every
 * problem, not just the first; lessons_load_dir() reads every language
 * folder, keeps the modules that are valid, and never lets a broken file
 * stop the others.  lessons_check_translations() then compares each
 * translated module with the English one: only the texts may differ.
 *
 * Decimal values (number answers, calculator inputs, compare amounts) are
 * exact mpq_t, with the string the file gave kept for display.  Texts are
 * as the file wrote them (validated: no control character but "\n", no
 * markup); still pass them through text_safe()/out_*() before they reach a
 * terminal.  A struct module owns everything in it (module_free); a struct
 * lessonbook owns its modules and diagnostics (lessons_free).  cJSON is
 * used only inside lesson.c.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#ifndef REMIT_LESSON_H
#define REMIT_LESSON_H

#include <gmp.h>
#include <stddef.h>

#include "diag.h"

#define LESSON_SCHEMA		"remit-lesson/1"
#define LESSON_MAX_BYTES	(16u << 20)
#define LESSON_BASE_LANG	"en"

enum step_kind {
	STEP_PAGE, STEP_CHOICE, STEP_NUMBER, STEP_CALCULATOR, STEP_COMPARE,
	STEP_SUMMARY, LAST_STEP_KIND
};

enum calc_kind {
	CALC_SAVINGS, CALC_GOAL, CALC_LOAN, CALC_FLAT, CALC_INFLATION,
	LAST_CALC_KIND
};

#define CALC_MAX_INPUTS 4

struct quiz_question {
	char	 *id;
	char	 *prompt;
	char	**options;		/* without "I don't know" */
	size_t	  noptions;
	int	  answer;		/* 0-based index into options */
	char	 *explanation;
};

struct choice_option {
	char	*text;
	int	 correct;
	char	*feedback;
};

/* One calculator input; names are those of `remit calc`. */
struct calc_input {
	const char	*name;		/* static string */
	int		 given;		/* 0: optional input left out */
	mpq_t		 value;
	char		*text;		/* as the file wrote it */
};

/*
 * One step.  Which fields are set depends on the kind: page (title, text),
 * choice (prompt, multiple, options), number (prompt, answer, tolerance,
 * unit, explanation), calculator (prompt, calculator, inputs), compare
 * (prompt, from, to, amount), summary (title, points).  Unset strings are
 * NULL; the mpq_t are always initialised.
 */
struct step {
	enum step_kind		 kind;
	char			*notes;		/* presenter notes, or NULL */
	char			*title;
	char			*text;
	char			*prompt;
	int			 multiple;
	struct choice_option	*options;
	size_t			 noptions;
	mpq_t			 answer;
	char			*answer_text;
	mpq_t			 tolerance;	/* 0 when not given */
	char			*tolerance_text;
	char			*unit;
	char			*explanation;
	enum calc_kind		 calculator;
	struct calc_input	 inputs[CALC_MAX_INPUTS];
	size_t			 ninputs;	/* all names of the kind */
	char			 from[3];
	char			 to[3];
	mpq_t			 amount;
	char			*amount_text;
	char			**points;
	size_t			 npoints;
};

struct section {
	char		*title;
	int		 minutes;
	struct step	*steps;
	size_t		 nsteps;
};

struct module {
	char			*file;		/* path it was read from */
	char			*id;
	char			*language;
	int			 order;
	char			*title;
	char			*description;
	int			 minutes;
	char			**objectives;	/* what a learner will be able to do */
	size_t			 nobjectives;	/* 0 when the file states none */
	char			*dont_know;
	struct quiz_question	*quiz;
	size_t			 nquiz;
	struct section		*sections;
	size_t			 nsections;
};

struct lessonbook {
	char		 *dir;
	char		**languages;	/* folder names, sorted */
	size_t		  nlanguages;
	struct module	**modules;	/* by language, order, id */
	size_t		  nmodules;
	size_t		  nbroken;	/* files that did not load */
	struct diags	  diags;	/* every problem found */
};

/*
 * Parses and validates one module from memory; `name` is used in
 * diagnostics.  want_id and want_lang (either may be NULL) are the file
 * name without ".json" and the folder name, which the id and language must
 * equal.  Returns the module (free with module_free) or NULL; every problem
 * found is added to d.
 */
struct module *module_parse(const char *name, const char *text, size_t len,
    const char *want_id, const char *want_lang, struct diags *d);
/* Reads and parses one file, checking its id and language against its
 * name and folder; NULL with diagnostics on error. */
struct module *module_load(const char *path, struct diags *d);
/* Releases a module. */
void module_free(struct module *m);
/* Number of steps in all sections. */
size_t module_nsteps(const struct module *m);

/*
 * Loads every language folder of dir.  Returns 0 when dir could be read
 * (broken files are counted in nbroken, their problems in lb->diags), -1
 * when dir itself cannot be read.  lb is initialised here.
 */
int lessons_load_dir(struct lessonbook *lb, const char *dir);
/* Releases everything the lessonbook holds. */
void lessons_free(struct lessonbook *lb);
/* The module of a language with that id, or NULL. */
const struct module *lessons_find(const struct lessonbook *lb,
    const char *lang, const char *id);
/*
 * Compares every translated module with the English module of the same
 * id; adds one diagnostic per difference (naming both files and the JSON
 * path) to d and returns how many were found.
 */
size_t lessons_check_translations(const struct lessonbook *lb,
    struct diags *d);

/*
 * The quizzes' balance in each language, over all its modules (quiz
 * questions and single-answer choice steps): a warning in w when one
 * position holds over 40% of the right answers or the right answer is
 * the longest option in over a third of the questions, naming the
 * modules; and one for each module that states no objectives.  Returns
 * how many warnings were added.
 */
size_t lessons_check_balance(const struct lessonbook *lb, struct diags *w);

/* "page", "choice", ... as written in files. */
const char *step_kind_name(enum step_kind k);
/* "savings", "goal", ... as written in files. */
const char *calc_kind_name(enum calc_kind k);

#endif
