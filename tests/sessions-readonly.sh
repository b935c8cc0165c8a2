#!/bin/sh
# tests/sessions-readonly.sh - a read-only folder or database file gives
# one line naming the file and the fix.  Root ignores permissions, so as
# root (CI) the whole test runs again as the user nobody.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
if [ "$(id -u)" -eq 0 ]; then
	exec setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" \
	    --clear-groups sh "$0" "$@"
fi
. "${TOP_SRCDIR:-.}/tests/lib.sh"
LESSONS="$TOP_SRCDIR/tests/fixtures/lessons-good"
rec() {
	run sessions record --db "$1" --lessons "$LESSONS" --module mini --lang en \
	    --place X --mode self --participants 1 --date 2026-11-03 --pre q1=B:1
}
mkdir "$TMPD/ro"
chmod 555 "$TMPD/ro"
rec "$TMPD/ro/s.db"
is "$RC" 2 "read-only folder: exit 2"
is "$ERR" "remit: $TMPD/ro/s.db: cannot write: the folder is read-only; give another with --db FILE" \
	"read-only folder: one line with the fix"
rec "$TMPD/s.db"
is "$RC" 0 "a writable database"
chmod 444 "$TMPD/s.db"
rec "$TMPD/s.db"
like "$ERR" "$TMPD/s.db: cannot write: the file is read-only; give another with --db FILE" \
	"read-only file: one line with the fix"
run sessions --db "$TMPD/s.db" --check
is "$OUT" "ok" "a read-only database can still be read"
chmod 755 "$TMPD/ro"
# A WAL database in a folder that has become read-only: reading it must
# not need to write the WAL index beside it.
mkdir "$TMPD/wal"
rec "$TMPD/wal/s.db"
is "$RC" 0 "a database recorded (WAL mode)"
chmod 555 "$TMPD/wal"
run sessions --db "$TMPD/wal/s.db" --check
is "$ERR" "" "WAL database in a read-only folder: no write error for a read"
is "$OUT" "ok" "WAL database in a read-only folder: read"
run sessions --db "$TMPD/wal/s.db" --format csv
is "$RC" 0 "WAL database in a read-only folder: the report"
chmod 755 "$TMPD/wal"
done_testing
