/*
 * fuzz-batch.c - libFuzzer harness of `remit batch`: any bytes as request
 * lines must give one answer or error line each, never a crash, a leak or
 * undefined behaviour.  The command runs as in remit (cmd-batch.c is
 * linked in) on the bundled rate tables; the command line's helpers are
 * stubbed here, and the answers go to /dev/null.  Corpus: tests/fixtures.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "remit.h"

extern const struct cmd_entry cmd_batch_entry;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

void
remit_error(const char *fmt, ...)
{
	(void)fmt;
}

int
remit_usage_error(const char *cmd, const char *fmt, ...)
{
	(void)cmd;
	(void)fmt;
	return EXIT_USAGE;
}

int
remit_unknown_option(const char *cmd, const char *arg,
    const struct option *longopts)
{
	(void)cmd;
	(void)arg;
	(void)longopts;
	return EXIT_USAGE;
}

void
remit_print_usage(const struct cmd_entry *cmd, const char *options)
{
	(void)cmd;
	(void)options;
}

int
remit_load_rates(struct ratebook *rb, const char *opt, int quiet)
{
	(void)quiet;
	if (ratebook_load_dir(rb, opt) != 0) {
		ratebook_free(rb);
		return -1;
	}
	return 0;
}

/* A fixed day, so that the tables' ages do not change between runs. */
const char *
remit_today(void)
{
	return "2026-11-24";
}

long
remit_parse_count(const char *s, long limit)
{
	char *end;
	long v = strtol(s, &end, 10);

	return *s == '\0' || *end != '\0' || v < 1 || v > limit ? -1 : v;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char path[] = "/tmp/remit-fuzz-batch.XXXXXX";
	static int fd = -1;
	char *argv[] = { "batch", path, "--rates", SRC_RATESDIR, NULL };

	if (fd < 0) {
		if ((fd = mkstemp(path)) < 0 ||
		    freopen("/dev/null", "w", stdout) == NULL)
			abort();
	}
	if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) !=
	    (ssize_t)size)
		abort();
	cmd_batch_entry.exec(4, argv);
	return 0;
}
