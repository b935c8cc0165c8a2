/*
 * store.c - session results in SQLite: opening, schema migrations, one
 * transaction per write, the report by module and period, the integrity
 * check.  Every SQLite failure becomes one diagnostic naming the file.
 *
 * Copyright (C) 2026 the remit developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "store.h"
#include "store-priv.h"
#include "util.h"

#define BUSY_TIMEOUT_MS	10000

/* migrations[v] takes a database from schema v to v + 1. */
static const char *const migrations[STORE_SCHEMA_VERSION] = {
	"CREATE TABLE sessions ("
	" id INTEGER PRIMARY KEY,"
	" module TEXT NOT NULL,"
	" language TEXT NOT NULL,"
	" date TEXT NOT NULL,"
	" place TEXT NOT NULL,"
	" mode TEXT NOT NULL CHECK (mode IN ('facilitated', 'self')),"
	" participants INTEGER NOT NULL CHECK (participants > 0));"
	"CREATE TABLE quiz_keys ("
	" session_id INTEGER NOT NULL"
	"  REFERENCES sessions (id) ON DELETE CASCADE,"
	" question TEXT NOT NULL,"
	" answer INTEGER NOT NULL CHECK (answer BETWEEN 0 AND 3),"
	" PRIMARY KEY (session_id, question));"
	"CREATE TABLE answers ("
	" session_id INTEGER NOT NULL"
	"  REFERENCES sessions (id) ON DELETE CASCADE,"
	" phase TEXT NOT NULL CHECK (phase IN ('pre', 'post')),"
	" question TEXT NOT NULL,"
	" answer INTEGER NOT NULL CHECK (answer BETWEEN -1 AND 3),"
	" count INTEGER NOT NULL CHECK (count >= 0),"
	" PRIMARY KEY (session_id, phase, question, answer));"
	"CREATE INDEX sessions_by_module_date ON sessions (module, date);"
};

static const char *const mode_names[LAST_MODE + 1] = {
	"facilitated", "self", NULL
};
static const char *const phase_names[LAST_PHASE] = { "pre", "post" };
static const char *const period_names[LAST_PERIOD + 1] = {
	"month", "quarter", NULL
};

void
store_sql_fail(const char *path, sqlite3 *db, int rc, struct diags *d)
{
	const char *msg = db != NULL ? sqlite3_errmsg(db) : sqlite3_errstr(rc);

	switch (rc & 0xff) {
	case SQLITE_READONLY:
		diags_add(d, path, NULL, _("cannot write: the file or its "
		    "folder is read-only; give another with --db FILE"));
		break;
	case SQLITE_CANTOPEN:
		diags_add(d, path, NULL, _("cannot open or create the file; "
		    "check that its folder exists and is writable, or give "
		    "another with --db FILE"));
		break;
	case SQLITE_FULL:
		diags_add(d, path, NULL, _("cannot write: the disk is full; "
		    "free some space or give another with --db FILE"));
		break;
	case SQLITE_IOERR:
		diags_add(d, path, NULL, _("cannot write: input/output error "
		    "(%s; the disk may be full or failing); free some space or "
		    "give another file with --db FILE"), msg);
		break;
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		diags_add(d, path, NULL, _("the database is busy (another "
		    "remit is writing to it); try again"));
		break;
	case SQLITE_NOTADB:
	case SQLITE_CORRUPT:
		diags_add(d, path, NULL, _("is not a remit sessions database "
		    "or is damaged; give another with --db FILE"));
		break;
	default:
		diags_add(d, path, NULL, _("database error: %s; check the "
		    "file or give another with --db FILE"), msg);
	}
}

char *
store_default_path(struct diags *d)
{
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");

	if (xdg != NULL && *xdg == '/')
		return xasprintf("%s/remit/sessions.db", xdg);
	if (home != NULL && *home != '\0')
		return xasprintf("%s/.local/share/remit/sessions.db", home);
	diags_add(d, NULL, NULL, _("neither XDG_DATA_HOME nor HOME is set; "
	    "give the database with --db FILE"));
	return NULL;
}

/* The folder part of a path ("." when there is none). */
static char *
dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	return slash == path ? xstrdup("/") : xstrndup(path,
	    (size_t)(slash - path));
}

/* mkdir -p, mode 0700 for what it creates; 0 or -1 with errno. */
static int
make_dirs(const char *dir)
{
	char *copy = xstrdup(dir), *p;
	int rc = 0;

	for (p = copy + 1; rc == 0 && *p != '\0'; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0700) != 0 && errno != EEXIST)
			rc = -1;
		*p = '/';
	}
	if (rc == 0 && mkdir(copy, 0700) != 0 && errno != EEXIST)
		rc = -1;
	free(copy);
	return rc;
}

/* Before writing: the folder exists (or is made) and can be written. */
static int
check_writable(const char *path, int make_dir, struct diags *d)
{
	char *dir = dir_of(path);
	struct stat st;
	int rc = -1;

	if (stat(dir, &st) != 0 && make_dir && make_dirs(dir) != 0)
		diags_add(d, path, NULL, _("cannot create the folder %s (%s); "
		    "give another file with --db FILE"), dir, strerror(errno));
	else if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode))
		diags_add(d, path, NULL, _("the folder %s does not exist; "
		    "create it or give another file with --db FILE"), dir);
	else if (access(path, F_OK) == 0 && access(path, W_OK) != 0)
		diags_add(d, path, NULL, errno == EROFS ? _("cannot write: the "
		    "file system is read-only; give another with --db FILE") :
		    _("cannot write: the file is read-only; give another "
		    "with --db FILE"));
	else if (access(path, F_OK) != 0 && access(dir, W_OK) != 0)
		diags_add(d, path, NULL, errno == EROFS ? _("cannot write: the "
		    "file system is read-only; give another with --db FILE") :
		    _("cannot write: the folder is read-only; give another "
		    "with --db FILE"));
	else
		rc = 0;
	free(dir);
	return rc;
}

static int
exec_sql(struct store *s, const char *sql, struct diags *d)
{
	int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);

	if (rc != SQLITE_OK)
		store_sql_fail(s->path, s->db, rc, d);
	return rc == SQLITE_OK ? 0 : -1;
}

int
store_version(struct store *s)
{
	sqlite3_stmt *st;
	int v = -1;

	if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL)
	    != SQLITE_OK)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Brings the schema to STORE_SCHEMA_VERSION in one transaction. */
static int
migrate(struct store *s, struct diags *d)
{
	char *sql;
	int v;

	if (exec_sql(s, "BEGIN IMMEDIATE", d) != 0)
		return -1;
	/* Read inside the transaction: another remit may have migrated. */
	for (v = store_version(s); v >= 0 && v < STORE_SCHEMA_VERSION; v++)
		if (exec_sql(s, migrations[v], d) != 0)
			break;
	if (v == STORE_SCHEMA_VERSION) {
		sql = xasprintf("PRAGMA user_version = %d", v);
		v = exec_sql(s, sql, d);
		free(sql);
		if (v == 0 && exec_sql(s, "COMMIT", d) == 0)
			return 0;
	} else if (v > STORE_SCHEMA_VERSION)
		diags_add(d, s->path, NULL, _("made by a newer remit (schema "
		    "%d, this remit knows %d); use a newer remit or give "
		    "another file with --db FILE"), v, STORE_SCHEMA_VERSION);
	else if (v < 0)
		store_sql_fail(s->path, s->db, sqlite3_errcode(s->db), d);
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return -1;
}

/* Read-only: the schema must be one this remit reads. */
static int
check_schema(struct store *s, struct diags *d)
{
	int v = store_version(s);

	if (v < 0)
		store_sql_fail(s->path, s->db, sqlite3_errcode(s->db), d);
	else if (v == 0)
		diags_add(d, s->path, NULL, _("is not a remit sessions "
		    "database (no schema); give another with --db FILE"));
	else if (v > STORE_SCHEMA_VERSION)
		diags_add(d, s->path, NULL, _("made by a newer remit (schema "
		    "%d, this remit knows %d); use a newer remit"), v,
		    STORE_SCHEMA_VERSION);
	else
		return 0;
	return -1;
}

static int
setup(struct store *s, struct diags *d)
{
	sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
	sqlite3_extended_result_codes(s->db, 0);
	if (exec_sql(s, "PRAGMA foreign_keys = ON", d) != 0)
		return -1;
	if (!s->write)
		return check_schema(s, d);
	if (exec_sql(s, "PRAGMA journal_mode = WAL", d) != 0 ||
	    exec_sql(s, "PRAGMA synchronous = NORMAL", d) != 0)
		return -1;
	return migrate(s, d);
}

/*
 * For reading: a "file:" URI with immutable=1 when the database sits in a
 * folder nobody can write and has no -wal file beside it.  SQLite would
 * otherwise need to create the WAL index (-shm) there, and report a write
 * error for a read; with no writer possible, immutable is exact.  NULL
 * when the plain path is right.
 */
static char *
read_only_uri(const char *path)
{
	char *dir = xstrdup(path), *slash = strrchr(dir, '/'), *wal, *uri, *q;
	const char *p;
	int frozen;

	if (slash == NULL)
		strcpy(dir, ".");
	else
		slash[slash == dir] = '\0';
	wal = xasprintf("%s-wal", path);
	frozen = access(dir, W_OK) != 0 && errno == EACCES &&
	    access(wal, F_OK) != 0;
	free(wal);
	free(dir);
	if (!frozen)
		return NULL;
	uri = q = xmalloc(3 * strlen(path) + 32);
	q += sprintf(q, "file:");
	for (p = path; *p != '\0'; p++)
		if (*p == '%' || *p == '?' || *p == '#')
			q += sprintf(q, "%%%02x", (unsigned char)*p);
		else
			*q++ = *p;
	strcpy(q, "?immutable=1");
	return uri;
}

struct store *
store_open(const char *path, int write, int make_dir, struct diags *d)
{
	struct store *s;
	struct stat st;
	char *uri;
	int rc, flags;

	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		diags_add(d, path, NULL, S_ISDIR(st.st_mode) ? _("is a folder, "
		    "not a database file; give a file with --db FILE") :
		    _("is not a regular file; give a database file with --db "
		    "FILE"));
		return NULL;
	}
	if (write && check_writable(path, make_dir, d) != 0)
		return NULL;
	if (!write && access(path, R_OK) != 0) {
		diags_add(d, path, NULL, errno == ENOENT ? _("no such file; "
		    "record a session first or give another with --db FILE") :
		    _("cannot be read; check its permissions"));
		return NULL;
	}
	s = xcalloc(1, sizeof *s);
	s->path = xstrdup(path);
	s->write = write;
	flags = write ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE :
	    SQLITE_OPEN_READONLY;
	uri = write ? NULL : read_only_uri(path);
	rc = sqlite3_open_v2(uri != NULL ? uri : path, &s->db, flags |
	    (uri != NULL ? SQLITE_OPEN_URI : 0), NULL);
	free(uri);
	if (rc != SQLITE_OK) {
		store_sql_fail(path, s->db, rc, d);
		store_close(s);
		return NULL;
	}
	if (setup(s, d) != 0) {
		store_close(s);
		return NULL;
	}
	return s;
}

void
store_close(struct store *s)
{
	if (s == NULL)
		return;
	sqlite3_close(s->db);
	free(s->path);
	free(s);
}

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int
store_date_valid(const char *s)
{
	static const int mdays[] = {31,28,31,30,31,30,31,31,30,31,30,31};
	int i, y, m, dd;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	y = atoi(s), m = atoi(s + 5), dd = atoi(s + 8);
	return y >= 1970 && m >= 1 && m <= 12 && dd >= 1 &&
	    dd <= mdays[m - 1] + (m == 2 && leap(y));
}

const char *
session_mode_name(enum session_mode m)
{
	return m < LAST_MODE ? mode_names[m] : "self";
}

const char *
quiz_phase_name(enum quiz_phase p)
{
	return p < LAST_PHASE ? phase_names[p] : "pre";
}

static int
parse_word(const char *s, const char *const *words, int *out)
{
	int i;

	for (i = 0; words[i] != NULL; i++)
		if (strcmp(words[i], s) == 0) {
			*out = i;
			return 0;
		}
	return -1;
}

int
session_mode_parse(const char *s, enum session_mode *m)
{
	int i;

	if (parse_word(s, mode_names, &i) != 0)
		return -1;
	*m = (enum session_mode)i;
	return 0;
}

int
report_period_parse(const char *s, enum report_period *p)
{
	int i;

	if (parse_word(s, period_names, &i) != 0)
		return -1;
	*p = (enum report_period)i;
	return 0;
}
