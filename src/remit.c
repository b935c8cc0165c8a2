/*
 * remit.c - main: locale and translations, global options, dispatch to a
 * command.  Without a command on a terminal, the app opens (when built).
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "i18n.h"
#include "isocodes.h"
#include "qr.h"
#include "remit.h"
#include "util.h"
#include "speak.h"

struct timespec remit_started;

void
remit_error(const char *fmt, ...)
{
	va_list ap;

	fputs("remit: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int
remit_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fputs("remit: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	fprintf(stderr, _("Try 'remit %s --help' for more information.\n"),
	    cmd != NULL ? cmd : "");
	return EXIT_USAGE;
}

int
remit_unknown_option(const char *cmd, const char *arg,
    const struct option *longopts)
{
	const char **names;
	const char *near = NULL;
	char *word;
	size_t n = 0, i;
	int status;

	for (n = 0; longopts[n].name != NULL; n++)
		;
	names = xcalloc(n + 1, sizeof *names);
	for (i = 0; i < n; i++)
		names[i] = longopts[i].name;
	word = xstrdup(arg);
	word[strcspn(word, "=")] = '\0';
	if (strncmp(word, "--", 2) == 0 && word[2] != '\0')
		near = nearest_word(word + 2, names);
	if (near != NULL)
		status = remit_usage_error(cmd, _("unknown option %s; did you "
		    "mean --%s?"), arg, near);
	else
		status = remit_usage_error(cmd, _("unknown option %s"), arg);
	free(word);
	free(names);
	return status;
}

void
remit_print_usage(const struct cmd_entry *cmd, const char *options)
{
	printf(_("Usage: remit %s %s\n"), cmd->name, _(cmd->usage));
	printf("%s\n\n%s", _(cmd->summary), options);
	printf(_("\nReport bugs to: %s\n"), PACKAGE_BUGREPORT);
}

/* Nonzero when this binary is the one in its build tree. */
static int
running_from_build_tree(void)
{
	char self[4096];
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	char *slash;

	if (n <= 0)
		return 0;
	self[n] = '\0';
	slash = strrchr(self, '/');
	if (slash == NULL)
		return 0;
	*slash = '\0';
	/* libtool-free build: the binary sits in $(top_builddir)/src. */
	return strcmp(self, BUILD_BINDIR) == 0;
}

static const char *
data_dir(const char *opt, const char *env, const char *src,
    const char *installed)
{
	const char *e = getenv(env);

	if (opt != NULL)
		return opt;
	if (e != NULL && *e != '\0')
		return e;
	return running_from_build_tree() ? src : installed;
}

const char *
remit_rates_dir(const char *opt)
{
	return data_dir(opt, "REMIT_RATES", SRC_RATESDIR, RATESDIR);
}

const char *
remit_lessons_dir(const char *opt)
{
	return data_dir(opt, "REMIT_LESSONS", SRC_LESSONSDIR, LESSONSDIR);
}

int
remit_load_rates(struct ratebook *rb, const char *opt, int quiet)
{
	const char *dir = remit_rates_dir(opt);
	char *line;

	if (ratebook_load_dir(rb, dir) != 0) {
		line = diag_format(&rb->diags.v[0]);
		remit_error("%s", line);
		free(line);
		ratebook_free(rb);
		return -1;
	}
	if (!quiet && rb->nbroken > 0)
		remit_error(ngettext("warning: %zu rate table in %s could not "
		    "be read; run 'remit check' for details",
		    "warning: %zu rate tables in %s could not be read; run "
		    "'remit check' for details", rb->nbroken), rb->nbroken,
		    dir);
	return 0;
}

int
output_format_parse(const char *s, enum output_format *f)
{
	static const char *const names[LAST_FORMAT] = { "table", "csv",
	    "json" };
	int i;

	for (i = 0; i < LAST_FORMAT; i++)
		if (strcmp(s, names[i]) == 0) {
			*f = (enum output_format)i;
			return 0;
		}
	return -1;
}

long
remit_parse_count(const char *s, long limit)
{
	char *end;
	long v;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	return errno != 0 || *end != '\0' || v < 1 || v > limit ? -1 : v;
}

int
remit_lang_valid(const char *s)
{
	size_t n = strlen(s);

	return n >= 2 && n <= 5 && strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ_") == n;
}

const char *
remit_today(void)
{
	static char buf[16];
	const char *env = getenv("REMIT_TODAY");
	time_t now;
	struct tm tm;

	if (env != NULL && strlen(env) == 10)
		return env;
	now = time(NULL);
	gmtime_r(&now, &tm);
	strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
	return buf;
}

static void
usage(FILE *out)
{
	const struct cmd_entry *const *c;

	fprintf(out, _("Usage: remit [COMMAND] [OPTION]...\n"
	    "Compare what it really costs to send money home, exactly.\n\n"
	    "Commands:\n"));
	for (c = cmd_table; *c != NULL; c++)
		fprintf(out, "  %-12s %s\n", (*c)->name, _((*c)->summary));
	fprintf(out, _("\nOptions:\n"
	    "  -h, --help     show this help and exit\n"
	    "  -V, --version  show the version and exit\n\n"
	    "'remit COMMAND --help' describes a command's options.\n"
	    "Exit status: 0 done, 1 nothing to show, 2 bad input or usage.\n"
	    "See remit(1) and remit-rates(5).\n"));
	fprintf(out, _("\nReport bugs to: %s\n"), PACKAGE_BUGREPORT);
}

/* --version in the GNU form: name and version, copyright, licence. */
static void
version(void)
{
	printf("remit %s\n", PACKAGE_VERSION);
	printf(_("Copyright (C) %s the remit developers.\n"), "2026");
	printf(_("License GPLv3+: GNU GPL version 3 or later "
	    "<https://gnu.org/licenses/gpl.html>.\n"
	    "This is free software: you are free to change and redistribute "
	    "it.\nThere is NO WARRANTY, to the extent permitted by law.\n"));
	printf(_("Exact remittance cost comparison on GNU MPFR and GMP.\n"));
	puts(qr_available() ? _("QR codes of the answer: built in (libqrencode).")
	    : _("QR codes of the answer: not built in (no libqrencode)."));
	puts(speak_available() ? _("Speech: built in (espeak-ng).") :
	    _("Speech: not built in (no espeak-ng)."));
}

/* "'X' is not a command", with the nearest command name if one is close. */
static int
unknown_command(const char *arg)
{
	const char *names[64], *near;
	size_t n = 0;

	while (cmd_table[n] != NULL && n + 1 < sizeof names / sizeof *names) {
		names[n] = cmd_table[n]->name;
		n++;
	}
	names[n] = NULL;
	near = arg[0] != '-' ? nearest_word(arg, names) : NULL;
	if (near != NULL)
		remit_error(_("'%s' is not a command; did you mean '%s'?"), arg,
		    near);
	else
		remit_error(_("'%s' is not a command"), arg);
	fprintf(stderr, _("Try 'remit --help' for the list of commands.\n"));
	return EXIT_USAGE;
}

/* No command: the app on a terminal, the usage otherwise. */
static int
run_default(int argc, char **argv)
{
	struct app_options o;
	int status;

	(void)argc;
	(void)argv;
	if (!isatty(0) || !isatty(1)) {
		usage(stdout);
		return EXIT_DONE;
	}
	memset(&o, 0, sizeof o);
	o.idle_s = 120;
	o.max_age_days = REMIT_MAX_AGE_DAYS;
	status = app_run(&o);
	isocodes_free();
	return status;
}

/* 0 when stream closes without error (GNU close_stream). */
static int
close_stream(FILE *stream)
{
	int pending = __fpending(stream) != 0, failed = ferror(stream);
	int close_failed = fclose(stream) != 0;

	if (failed || (close_failed && (pending || errno != EBADF))) {
		if (!close_failed)
			errno = 0;
		return -1;
	}
	return 0;
}

/*
 * At exit: what was written must have reached standard output (a full
 * disk, a closed pipe), else one line on stderr and exit status 1, as
 * GNU close_stdout does.
 */
static void
close_stdout(void)
{
	if (close_stream(stdout) != 0) {
		if (errno != 0)
			fprintf(stderr, "remit: %s: %s\n", _("write error"),
			    strerror(errno));
		else
			fprintf(stderr, "remit: %s\n", _("write error"));
		_exit(1);
	}
	if (close_stream(stderr) != 0)
		_exit(1);
}

int
main(int argc, char **argv)
{
	const struct cmd_entry *const *c;
	int status;

	clock_gettime(CLOCK_MONOTONIC, &remit_started);
	atexit(close_stdout);
	setlocale(LC_ALL, "");
	setlocale(LC_NUMERIC, "C");
#if ENABLE_NLS
	bindtextdomain(PACKAGE, running_from_build_tree() ? BUILD_LOCALEDIR :
	    LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
#endif
	if (argc < 2)
		return run_default(argc, argv);
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(stdout);
		return EXIT_DONE;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		version();
		return EXIT_DONE;
	}
	for (c = cmd_table; *c != NULL; c++)
		if (strcmp((*c)->name, argv[1]) == 0) {
			status = (*c)->exec(argc - 1, argv + 1);
			isocodes_free();
			return status;
		}
	return unknown_command(argv[1]);
}
