/*
 * cmd-app.c - `remit app` (the full-screen app) and `remit kiosk` (the same
 * app locked down for a shared terminal), and `remit kiosk --make-pin`.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "app.h"
#include "i18n.h"
#include "remit.h"

static int cmd_app_exec(int, char **);
static int cmd_kiosk_exec(int, char **);

const struct cmd_entry cmd_app_entry = {
	"app",
	N_("[OPTION]..."),
	N_("open the full-screen app (also: remit with no command)"),
	cmd_app_exec
};

const struct cmd_entry cmd_kiosk_entry = {
	"kiosk",
	N_("[OPTION]... | --make-pin"),
	N_("open the app locked down for a shared terminal"),
	cmd_kiosk_exec
};

static const char app_help[] = N_(
"      --rates DIR          the folder of rate tables\n"
"      --lessons DIR        the folder of money lessons\n"
"      --lang CODE          start in this language: en, fr, es or pt\n"
"      --db FILE            record the results of lessons in FILE\n"
"      --max-age DAYS       mark tables older than this (default 90)\n"
"      --print-command CMD  P on the results prints a slip of the\n"
"                           comparison through CMD (e.g. lp -d receipt)\n"
"      --speak-wav FILE     v (Listen) writes the speech to FILE (WAV)\n"
"                           instead of playing it\n"
"  -h, --help               show this help and exit\n\n"
"Keys are shown on the bottom line of every screen.\n"
"Exit status: 0 done, 2 bad input or usage.\n");

static const char kiosk_help[] = N_(
"      --rates DIR          the folder of rate tables\n"
"      --lessons DIR        the folder of money lessons\n"
"      --lang CODE          the language after each reset (default en)\n"
"      --db FILE            record the results of lessons (anonymous\n"
"                           counts) in FILE; without it nothing is kept\n"
"      --idle SECONDS       start again after this long untouched\n"
"                           (default 120; a countdown shows first)\n"
"      --max-age DAYS       mark tables older than this (default 90)\n"
"      --pin-file FILE      allow the operator to exit with F12 and the\n"
"                           PIN whose salted hash FILE holds\n"
"      --make-pin           read a PIN on standard input and print the\n"
"                           line to store in a PIN file\n"
"      --print-command CMD  P on the results prints a slip of the\n"
"                           comparison through CMD (e.g. lp -d receipt)\n"
"      --speak-wav FILE     v (Listen) writes the speech to FILE (WAV)\n"
"                           instead of playing it\n"
"  -h, --help               show this help and exit\n\n"
"Ctrl-C, Ctrl-Z and Ctrl-\\ do nothing; SIGTERM and SIGHUP end it.\n"
"Exit status: 0 done, 2 bad input or usage.\n");

enum { OPT_RATES = 256, OPT_LESSONS, OPT_LANG, OPT_IDLE, OPT_MAX_AGE,
    OPT_PIN_FILE, OPT_MAKE_PIN, OPT_DB, OPT_PRINT_COMMAND, OPT_SPEAK_WAV };

static const struct option longopts[] = {
	{ "rates", required_argument, NULL, OPT_RATES },
	{ "lessons", required_argument, NULL, OPT_LESSONS },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "idle", required_argument, NULL, OPT_IDLE },
	{ "max-age", required_argument, NULL, OPT_MAX_AGE },
	{ "pin-file", required_argument, NULL, OPT_PIN_FILE },
	{ "make-pin", no_argument, NULL, OPT_MAKE_PIN },
	{ "db", required_argument, NULL, OPT_DB },
	{ "print-command", required_argument, NULL, OPT_PRINT_COMMAND },
	{ "speak-wav", required_argument, NULL, OPT_SPEAK_WAV },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

/* Parses the options into o; returns -1 to go on, else an exit status. */
static int
parse(int argc, char **argv, struct app_options *o, int *make_pin)
{
	const char *name = o->kiosk ? "kiosk" : "app";
	int ch, idle_given = 0;

	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_RATES: o->rates = optarg; break;
		case OPT_LESSONS: o->lessons = optarg; break;
		case OPT_PIN_FILE: o->pin_file = optarg; break;
		case OPT_DB: o->db = optarg; break;
		case OPT_PRINT_COMMAND: o->print_command = optarg; break;
		case OPT_SPEAK_WAV: o->speak_wav = optarg; break;
		case OPT_LANG:
			if (!remit_lang_valid(optarg))
				return remit_usage_error(name, _("--lang "
				    "\"%s\": write a language code such as en, "
				    "fr, es or pt"), optarg);
			o->lang = optarg;
			break;
		case OPT_IDLE:
			idle_given = 1;
			if ((o->idle_s = remit_parse_count(optarg, 86400)) < 0)
				return remit_usage_error(name, _("--idle "
				    "\"%s\": write a number of seconds from 1 "
				    "to 86400"), optarg);
			break;
		case OPT_MAX_AGE:
			if ((o->max_age_days = remit_parse_count(optarg, 36500)) < 0)
				return remit_usage_error(name, _("--max-age "
				    "\"%s\": write a number of days from 1 to "
				    "36500"), optarg);
			break;
		case OPT_MAKE_PIN:
			*make_pin = 1;
			break;
		case 'h':
			remit_print_usage(o->kiosk ? &cmd_kiosk_entry :
			    &cmd_app_entry, o->kiosk ? _(kiosk_help) :
			    _(app_help));
			return EXIT_DONE;
		case ':':
			return remit_usage_error(name, _("%s needs a value"),
			    argv[optind - 1]);
		default:
			return remit_unknown_option(name, argv[optind - 1],
			    longopts);
		}
	}
	if (optind < argc)
		return remit_usage_error(name, _("unexpected argument \"%s\""),
		    argv[optind]);
	if (!o->kiosk && (o->pin_file != NULL || *make_pin || idle_given))
		return remit_usage_error(name, _("--idle, --pin-file and "
		    "--make-pin belong to 'remit kiosk'"));
	return -1;
}

/* Reads a PIN on standard input (without echo on a terminal) and prints
 * its record. */
static int
make_pin(void)
{
	char pin[64], *rec;
	struct termios t, quiet;
	int tty = isatty(0) && tcgetattr(0, &t) == 0;
	size_t n;

	if (tty) {
		fprintf(stderr, _("PIN (4 to 31 characters): "));
		quiet = t;
		quiet.c_lflag &= ~(tcflag_t)ECHO;
		tcsetattr(0, TCSAFLUSH, &quiet);
	}
	if (fgets(pin, sizeof pin, stdin) == NULL)
		pin[0] = '\0';
	if (tty) {
		tcsetattr(0, TCSAFLUSH, &t);
		fputc('\n', stderr);
	}
	pin[strcspn(pin, "\r\n")] = '\0';
	n = strlen(pin);
	if (n < 4 || n > 31) {
		explicit_bzero(pin, sizeof pin);
		remit_error(_("the PIN must have 4 to 31 characters"));
		return EXIT_USAGE;
	}
	rec = pin_make(pin);
	explicit_bzero(pin, sizeof pin);
	if (rec == NULL) {
		remit_error(_("no PIN record: crypt(3) gave no yescrypt "
		    "hash; check libcrypt"));
		return EXIT_USAGE;
	}
	printf("%s\n", rec);
	free(rec);
	return EXIT_DONE;
}

static int
run(int argc, char **argv, int kiosk)
{
	struct app_options o;
	int mp = 0, status;

	memset(&o, 0, sizeof o);
	o.kiosk = kiosk;
	o.idle_s = 120;
	o.max_age_days = REMIT_MAX_AGE_DAYS;
	if ((status = parse(argc, argv, &o, &mp)) >= 0)
		return status;
	if (mp)
		return make_pin();
	if (!isatty(0) || !isatty(1)) {
		remit_error(_("the app needs a terminal; for a table, use "
		    "'remit compare'"));
		return EXIT_USAGE;
	}
	return app_run(&o);
}

static int
cmd_app_exec(int argc, char **argv)
{
	return run(argc, argv, 0);
}

static int
cmd_kiosk_exec(int argc, char **argv)
{
	return run(argc, argv, 1);
}
