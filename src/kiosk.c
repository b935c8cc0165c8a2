/*
 * kiosk.c - what makes the app safe on a shared terminal: signal handling
 * that only sets a flag (no curses call in a handler), and the operator PIN.
 *
 * PIN records: "SALT:HASH" on one line, SALT 32 hex digits of random
 * bytes, HASH the 64 hex digits of SHA-256 over the bytes of SALT (the hex
 * text as written) followed by the PIN.  `remit kiosk --make-pin` writes
 * one.  A typed PIN is hashed the same way and compared in constant time.
 */
#include "config.h"

#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include "app.h"
#include "diag.h"
#include "i18n.h"
#include "sha256.h"
#include "util.h"

#define SALT_BYTES	16

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

static void
hex(char *out, const unsigned char *p, size_t n)
{
	static const char digits[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		out[2 * i] = digits[p[i] >> 4];
		out[2 * i + 1] = digits[p[i] & 15];
	}
	out[2 * n] = '\0';
}

/* hex(SHA-256(salt || pin)) into out (65 bytes). */
static void
pin_digest(char *out, const char *salt, size_t saltlen, const char *pin)
{
	unsigned char d[SHA256_LEN];
	struct sha256 s;

	sha256_init(&s);
	sha256_update(&s, salt, saltlen);
	sha256_update(&s, pin, strlen(pin));
	sha256_final(&s, d);
	hex(out, d, sizeof d);
}

int
kiosk_pin_check(const char *record, const char *pin)
{
	const char *colon = strchr(record, ':');
	char got[2 * SHA256_LEN + 1];
	unsigned diff = 0;
	size_t i;

	if (colon == NULL || strlen(colon + 1) != 2 * SHA256_LEN)
		return 0;
	pin_digest(got, record, (size_t)(colon - record), pin);
	for (i = 0; i < 2 * SHA256_LEN; i++)
		diff |= (unsigned char)got[i] ^ (unsigned char)colon[1 + i];
	return diff == 0;
}

char *
kiosk_pin_make(const char *pin)
{
	unsigned char raw[SALT_BYTES];
	char salt[2 * SALT_BYTES + 1], d[2 * SHA256_LEN + 1];

	if (getrandom(raw, sizeof raw, 0) != (ssize_t)sizeof raw)
		return NULL;
	hex(salt, raw, sizeof raw);
	pin_digest(d, salt, strlen(salt), pin);
	return xasprintf("%s:%s", salt, d);
}

/* Nonzero when s is SALT:HASH with hex digits and a 64-digit hash. */
static int
record_valid(const char *s)
{
	const char *colon = strchr(s, ':');

	if (colon == NULL || colon == s)
		return 0;
	if (strspn(s, "0123456789abcdef") != (size_t)(colon - s))
		return 0;
	return strlen(colon + 1) == 2 * SHA256_LEN &&
	    strspn(colon + 1, "0123456789abcdef") == 2 * SHA256_LEN;
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
	if (!record_valid(text)) {
		fprintf(stderr, _("remit: %s: not a PIN record; make one with "
		    "'remit kiosk --make-pin'\n"), path);
		free(text);
		return NULL;
	}
	return text;
}
