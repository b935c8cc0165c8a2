/*
 * cmd-rates-install.c - `remit rates install BUNDLE --key PUBKEY`: a tar of
 * rate tables signed with minisign, checked and swapped in atomically.
 *
 * The signature is minisign's file format (BUNDLE.minisig), verified with
 * libsodium's Ed25519: algorithm "ED" signs the BLAKE2b-512 hash of the
 * file, the legacy "Ed" the file itself; the trusted comment is covered by
 * the global signature.  The tar is read with libarchive; only regular
 * files named NAME.json at its top are accepted.  Every table must load
 * before the new folder replaces the old with renameat2(RENAME_EXCHANGE).
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cmd-rates.h"
#include "i18n.h"
#include "remit.h"
#include "util.h"

#define BUNDLE_MAX_BYTES	(64u << 20)

struct pubkey {
	unsigned char	alg[2], id[8], pk[32];
};

/* Reads a whole file; NULL after saying why (the reader's own words). */
static char *
read_all(const char *path, size_t max, size_t *len)
{
	struct diags d;
	char *text, *line;

	diags_init(&d);
	if ((text = file_read(path, max, len, &d)) == NULL && d.n > 0) {
		line = diag_format(&d.v[0]);
		remit_error("%s", line);
		free(line);
	}
	diags_free(&d);
	return text;
}

/* The base64 line after the comment line of a minisign file, decoded
 * into exactly n bytes; 0 or -1. */
static int
b64_line(const char *line, unsigned char *out, size_t n)
{
	size_t len;
	const char *end;

	for (end = line; *end != '\0' && *end != '\n' && *end != '\r'; end++)
		;
	return sodium_base642bin(out, n, line, (size_t)(end - line), NULL,
	    &len, NULL, sodium_base64_VARIANT_ORIGINAL) == 0 && len == n ? 0 :
	    -1;
}

/* The line after the first, or NULL. */
static const char *
next_line(const char *s)
{
	const char *nl = strchr(s, '\n');

	return nl != NULL ? nl + 1 : NULL;
}

static int
read_pubkey(const char *path, struct pubkey *k)
{
	unsigned char raw[42];
	const char *line;
	size_t len;
	char *text;
	int rv = -1;

	if ((text = read_all(path, 4096, &len)) == NULL)
		return -1;
	line = strncmp(text, "untrusted comment:", 18) == 0 ? next_line(text) :
	    text;
	if (line != NULL && b64_line(line, raw, sizeof raw) == 0 &&
	    raw[0] == 'E' && raw[1] == 'd') {
		memcpy(k->alg, raw, 2);
		memcpy(k->id, raw + 2, 8);
		memcpy(k->pk, raw + 10, 32);
		rv = 0;
	} else
		remit_error(_("%s: not a minisign public key; give the .pub "
		    "file that minisign -G wrote"), path);
	free(text);
	return rv;
}

/* Verifies BUNDLE.minisig over data; 0, or -1 after saying why. */
static int
verify(const char *bundle, const unsigned char *data, size_t len,
    const struct pubkey *k)
{
	unsigned char sig[74], global[64], hash[64], *signed_tc;
	const char *l2, *l3, *l4;
	char *path = xasprintf("%s.minisig", bundle), *text;
	const unsigned char *msg = data;
	size_t n, tclen;
	int rv = -1;

	if ((text = read_all(path, 8192, &n)) == NULL) {
		remit_error(_("%s: no signature; it must lie beside the "
		    "bundle, as minisign -S writes it"), bundle);
		free(path);
		return -1;
	}
	l2 = next_line(text);
	l3 = l2 != NULL ? next_line(l2) : NULL;
	l4 = l3 != NULL ? next_line(l3) : NULL;
	if (l4 == NULL || b64_line(l2, sig, sizeof sig) != 0 ||
	    strncmp(l3, "trusted comment: ", 17) != 0 ||
	    b64_line(l4, global, sizeof global) != 0 || sig[0] != 'E' ||
	    (sig[1] != 'D' && sig[1] != 'd')) {
		remit_error(_("%s: not a minisign signature"), path);
		goto out;
	}
	if (memcmp(sig + 2, k->id, 8) != 0) {
		remit_error(_("%s: signed with another key than the one "
		    "given; nothing was installed"), path);
		goto out;
	}
	if (sig[1] == 'D') {
		crypto_generichash(hash, sizeof hash, data, len, NULL, 0);
		msg = hash;
		len = sizeof hash;
	}
	tclen = strcspn(l3 + 17, "\r\n");
	signed_tc = xmalloc(64 + tclen);
	memcpy(signed_tc, sig + 10, 64);
	memcpy(signed_tc + 64, l3 + 17, tclen);
	if (crypto_sign_verify_detached(sig + 10, msg, len, k->pk) != 0)
		remit_error(_("%s: the signature does not match the bundle; "
		    "it was changed or signed with another key; nothing was "
		    "installed"), bundle);
	else if (crypto_sign_verify_detached(global, signed_tc, 64 + tclen,
	    k->pk) != 0)
		remit_error(_("%s: the trusted comment was changed; nothing "
		    "was installed"), path);
	else
		rv = 0;
	free(signed_tc);
out:
	free(text);
	free(path);
	return rv;
}

/* A name the bundle may hold: NAME.json at the top, no path. */
static const char *
entry_name(const char *name)
{
	size_t n;

	if (strncmp(name, "./", 2) == 0)
		name += 2;
	n = strlen(name);
	if (n < 6 || n > 64 || strchr(name, '/') != NULL || name[0] == '.' ||
	    strcmp(name + n - 5, ".json") != 0)
		return NULL;
	return name;
}

/* Writes one entry's data into dir/name, synced; 0 or -1 (errno). */
static int
extract_one(struct archive *ar, const char *dir, const char *name)
{
	char *path = xasprintf("%s/%s", dir, name), buf[16384];
	la_ssize_t n;
	int fd, rv = 0;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0644);
	free(path);
	if (fd < 0)
		return -1;
	while ((n = archive_read_data(ar, buf, sizeof buf)) > 0)
		if (write(fd, buf, (size_t)n) != n) {
			rv = -1;
			break;
		}
	if (n < 0) {
		errno = EINVAL;
		rv = -1;
	}
	if (rv == 0 && fsync(fd) != 0)
		rv = -1;
	if (close(fd) != 0)
		rv = -1;
	return rv;
}

/* Extracts the tables of the bundle into dir; 0, or -1 after saying why. */
static int
extract(const char *bundle, const void *data, size_t len, const char *dir)
{
	struct archive *ar = archive_read_new();
	struct archive_entry *e;
	const char *name;
	int r, rv = -1, n = 0;

	archive_read_support_format_tar(ar);
	if (archive_read_open_memory(ar, data, len) != ARCHIVE_OK) {
		remit_error(_("%s: not a tar file: %s"), bundle,
		    archive_error_string(ar));
		goto out;
	}
	while ((r = archive_read_next_header(ar, &e)) == ARCHIVE_OK) {
		if (archive_entry_filetype(e) != AE_IFREG ||
		    (name = entry_name(archive_entry_pathname(e))) == NULL) {
			remit_error(_("%s: \"%s\" is not a rate table at the top "
			    "of the bundle (only regular files NAME.json, no "
			    "folders, links or paths); nothing was installed"),
			    bundle, archive_entry_pathname(e));
			goto out;
		}
		if (extract_one(ar, dir, name) != 0) {
			remit_error(_("%s: cannot write %s: %s; nothing was "
			    "installed"), bundle, name, strerror(errno));
			goto out;
		}
		n++;
	}
	if (r != ARCHIVE_EOF)
		remit_error(_("%s: the tar file is damaged: %s"), bundle,
		    archive_error_string(ar));
	else if (n == 0)
		remit_error(_("%s: the bundle holds no rate table"), bundle);
	else
		rv = 0;
out:
	archive_read_free(ar);
	return rv;
}

/* Every table of dir loads, with no problem; 0 or -1 after saying why. */
static int
check_tables(const char *dir)
{
	struct ratebook rb;
	char *line;
	size_t i;
	int rv;

	if (ratebook_load_dir(&rb, dir) != 0 || rb.diags.n > 0) {
		for (i = 0; i < rb.diags.n; i++) {
			line = diag_format(&rb.diags.v[i]);
			remit_error("%s", line);
			free(line);
		}
		remit_error(_("the bundle has broken tables; nothing was "
		    "installed"));
		rv = -1;
	} else {
		printf(ngettext("%zu table checked.\n", "%zu tables "
		    "checked.\n", rb.ncorridors), rb.ncorridors);
		rv = 0;
	}
	ratebook_free(&rb);
	return rv;
}

/* Removes a folder of plain files made here. */
static void
remove_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char *p;

	while (d != NULL && (e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		p = xasprintf("%s/%s", dir, e->d_name);
		unlink(p);
		free(p);
	}
	if (d != NULL)
		closedir(d);
	rmdir(dir);
}

/* Puts staging in the place of dir at once; 0 or -1 after saying why.
 * The old folder ends up at staging and is removed. */
static int
swap_in(const char *staging, const char *dir)
{
	struct stat st;
	int fd;

	if (stat(dir, &st) != 0) {
		if (rename(staging, dir) != 0)
			goto fail;
	} else if (renameat2(AT_FDCWD, staging, AT_FDCWD, dir,
	    RENAME_EXCHANGE) != 0)
		goto fail;
	else
		remove_dir(staging);
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY)) >= 0) {
		fsync(fd);
		close(fd);
	}
	return 0;
fail:
	remit_error(_("%s: cannot put the new tables in place: %s; the old "
	    "folder is untouched"), dir, strerror(errno));
	return -1;
}

/* The staging folder beside dir (same file system), made; or NULL. */
static char *
make_staging(const char *dir)
{
	char *s, *base, *slash;
	size_t n = strlen(dir);

	while (n > 1 && dir[n - 1] == '/')
		n--;
	base = xasprintf("%.*s", (int)n, dir);
	slash = strrchr(base, '/');
	if (slash != NULL) {
		*slash = '\0';
		s = xasprintf("%s/.%s.new.XXXXXX", *base ? base : "", slash + 1);
	} else
		s = xasprintf(".%s.new.XXXXXX", base);
	free(base);
	if (mkdtemp(s) == NULL) {
		remit_error(_("%s: cannot make a folder beside it: %s; the old "
		    "folder is untouched"), dir, strerror(errno));
		free(s);
		return NULL;
	}
	return s;
}

int
rates_install(const char *bundle, const char *keyfile, const char *dir)
{
	struct pubkey k;
	unsigned char *data;
	char *staging;
	size_t len;
	int ok = 0;

	if (sodium_init() < 0 || read_pubkey(keyfile, &k) != 0)
		return EXIT_USAGE;
	data = (unsigned char *)read_all(bundle, BUNDLE_MAX_BYTES, &len);
	if (data == NULL)
		return EXIT_USAGE;
	if (verify(bundle, data, len, &k) == 0 &&
	    (staging = make_staging(dir)) != NULL) {
		ok = extract(bundle, data, len, staging) == 0 &&
		    check_tables(staging) == 0 && swap_in(staging, dir) == 0;
		if (!ok)
			remove_dir(staging);
		free(staging);
	}
	free(data);
	if (ok)
		printf(_("Installed the signed tables in %s.\n"), dir);
	return ok ? EXIT_DONE : EXIT_USAGE;
}
