/*
 * kiosk.c - what makes the app safe on a shared terminal: signal handling
 * that only sets a flag (no curses call in a handler), the end of a
 * terminal that went away, and reading the operator's PIN file (the
 * records themselves are pin.c's).
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "diag.h"
#include "i18n.h"
#include "pin.h"
#include "util.h"

static volatile sig_atomic_t quit_flag;

static void
on_quit(int sig)
{
	(void)sig;
	quit_flag = 1;
}

static void
set_handler(int sig, void (*fn)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;	/* no SA_RESTART: wgetch returns at once */
	sigaction(sig, &sa, NULL);
}

/* A crash must not leave what a person typed in a core file. */
static void
kiosk_no_core(void)
{
	struct rlimit rl = { 0, 0 };

	setrlimit(RLIMIT_CORE, &rl);
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

void
kiosk_signals(int kiosk)
{
	set_handler(SIGTERM, on_quit);
	set_handler(SIGHUP, on_quit);
	set_handler(SIGPIPE, on_quit);	/* a closed stderr pipe: end cleanly */
	if (kiosk) {
		kiosk_no_core();
		set_handler(SIGINT, SIG_IGN);
		set_handler(SIGQUIT, SIG_IGN);
		set_handler(SIGTSTP, SIG_IGN);
	} else
		set_handler(SIGINT, on_quit);
}

int
kiosk_should_quit(void)
{
	return quit_flag != 0;
}

/*
 * Called when the terminal gave no key: nonzero when it is gone (hung up,
 * closed, or reads failing at once), so the loop ends instead of spinning
 * on a read that returns 0 or EIO without a SIGHUP.
 */
int
kiosk_terminal_gone(void)
{
	static int fast;
	static int64_t prev;
	struct pollfd p = { STDIN_FILENO, POLLIN, 0 };
	struct timespec ts;
	int64_t now;

	if (poll(&p, 1, 0) < 0 ||
	    (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0)
		return 1;
	/* A terminal that says nothing yet keeps failing at once: more than
	 * 50 empty reads in a row, each under 10 ms apart, cannot be a
	 * person's silence with a 250 ms timeout. */
	clock_gettime(CLOCK_MONOTONIC, &ts);
	now = (int64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
	fast = now - prev < 10000 ? fast + 1 : 0;
	prev = now;
	return fast > 50;
}

char *
kiosk_pin_load(const char *path)
{
	struct diags d;
	char *text, *line;
	size_t len;

	diags_init(&d);
	text = file_read(path, 4096, &len, &d);
	if (text == NULL) {
		line = diag_format(&d.v[0]);
		fprintf(stderr, "remit: %s\n", line);
		free(line);
		diags_free(&d);
		return NULL;
	}
	diags_free(&d);
	text[strcspn(text, "\r\n")] = '\0';
	if (!pin_record_valid(text)) {
		fprintf(stderr, _("remit: %s: not a PIN record; make one with "
		    "'remit kiosk --make-pin'\n"), path);
		free(text);
		return NULL;
	}
	return text;
}
