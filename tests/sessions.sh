#!/bin/sh
# tests/sessions.sh - the session store: recording, exact averages by
# period, filters, formats, bad input, the default path, a database that
# cannot be written, a full disk (file size limit), kill -9 in a write.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

LESSONS="$TOP_SRCDIR/tests/fixtures/lessons-good"
DB="$TMPD/s.db"
# The module "mini" has 3 questions: q1 (right: B), q2 (A), q3 (D).
rec() {	# rec DB DATE PARTICIPANTS PRE POST [more options]
	db=$1 date=$2 n=$3 pre=$4 post=$5
	shift 5
	run sessions record --db "$db" --lessons "$LESSONS" --module mini \
	    --lang en --place "Community hall" --mode facilitated \
	    --participants "$n" --date "$date" --pre "$pre" --post "$post" "$@"
}

# Session 1, 2026-11-03, 4 participants, 4 x 3 = 12 answers a phase.
#   pre right:  q1 B 1 + q2 A 2 + q3 D 1 = 4   -> 4/12 = 1/3
#   post right: q1 B 4 + q2 A 3 + q3 D 3 = 10  -> 10/12 = 5/6
rec "$DB" 2026-11-03 4 q1=B:1,q1=A:2,q1=?:1,q2=A:2,q2=B:2,q3=D:1,q3=?:3 \
    q1=B:4,q2=A:3,q2=?:1,q3=D:3,q3=A:1
is "$RC" 0 "record: exit 0"
is "$OUT" "recorded session 1 in $DB" "record: says which session and where"
# Session 2, 2026-11-20, 6 participants, 18 answers a phase.
#   pre right:  q1 B 2 + q2 A 3 + q3 D 2 = 7   -> 7/18
#   post right: q1 B 5 + q2 A 6 + q3 D 4 = 15  -> 15/18 = 5/6
rec "$DB" 2026-11-20 6 q1=B:2,q1=C:4,q2=A:3,q2=B:3,q3=D:2,q3=?:4 \
    q1=B:5,q1=A:1,q2=A:6,q3=D:4,q3=B:2
is "$OUT" "recorded session 2 in $DB" "second session"

# November: pre mean (1/3 + 7/18) / 2 = 13/36 = 36.111..% -> 36.11
#           post mean (5/6 + 5/6) / 2 = 5/6 = 83.333..%  -> 83.33
#           gain 5/6 - 13/36 = 17/36 = 47.222..%          -> 47.22
run sessions --db "$DB" --format csv
is "$RC" 0 "report: exit 0"
is "$(printf '%s\n' "$OUT" | tr -d '\r')" "module,period,sessions,participants,pre_percent,post_percent,gain_points
mini,2026-11,2,10,36.11,83.33,47.22" "two sessions: exact averages, rounded half-up"

# Session 3, 2026-12-01, 5 participants, everything right: 1 and 1.
rec "$DB" 2026-12-01 5 q1=B:5,q2=A:5,q3=D:5 q1=B:5,q2=A:5,q3=D:5
# Quarter 2026-Q4: pre (1/3 + 7/18 + 1) / 3 = 31/54 = 57.407..% -> 57.41
#                  post (5/6 + 5/6 + 1) / 3 = 8/9 = 88.888..%   -> 88.89
#                  gain 8/9 - 31/54 = 17/54 = 31.481..%          -> 31.48
run sessions --db "$DB" --period quarter --format csv
like "$OUT" "mini,2026-Q4,3,15,57.41,88.89,31.48" "quarter: three sessions"
run sessions --db "$DB" --format csv
like "$OUT" "mini,2026-12,1,5,100.00,100.00,0.00" "month: December on its own row"

# Session 4, 2027-01-15, 800 participants.  Before the lesson only q1
# was asked (q2 and q3 have no answer: left out, not counted as 0):
#   pre 3 right of 800 -> 0.375% exactly -> 0.38 half-up (not 0.37)
#   post 800 + 800 + 799 = 2399 right of 2400 -> 99.958..% -> 99.96
#   gain 2399/2400 - 9/2400 = 2390/2400 = 99.583..% -> 99.58
rec "$DB" 2027-01-15 800 q1=B:3,q1=?:797 q1=B:800,q2=A:800,q3=D:799,q3=?:1
run sessions --db "$DB" --format csv --from 2027-01-01
is "$(printf '%s\n' "$OUT" | sed -n 2p | tr -d '\r')" "mini,2027-01,1,800,0.38,99.96,99.58" \
	"a question not asked is left out of the score; a half is rounded up"

# Filters: only session 2 (pre 7/18 = 38.888..%, gain 8/18 = 44.444..%).
run sessions --db "$DB" --from 2026-11-04 --to 2026-11-30 --format csv
is "$(printf '%s\n' "$OUT" | sed -n 2p | tr -d '\r')" "mini,2026-11,1,6,38.89,83.33,44.44" "--from and --to"
run sessions --db "$DB" --module other
is "$RC" 1 "no session for that module: exit 1"
run sessions --db "$DB" --module mini --format json
printf '%s\n' "$OUT" >"$TMPD/r.json"
is "$(json_get "$TMPD/r.json" '[r["gain_points"] for r in d["rows"]]')" "['47.22', '0.00', '99.58']" "json rows"
run sessions --db "$DB"
like "$OUT" "mini                   2026-11        2           10   36.11   83.33   47.22" "table row"

# A session with only a pre-quiz has no post score and no gain.
rec "$TMPD/pre.db" 2026-10-01 2 q1=B:2 q1=B:2
run sessions record --db "$TMPD/pre.db" --lessons "$LESSONS" --module mini --lang en \
    --place Hall --mode self --participants 3 --date 2026-09-01 --pre q2=A:3
run sessions --db "$TMPD/pre.db" --format csv
like "$OUT" "mini,2026-09,1,3,100.00,," "no post answers: no post score, no gain; only q2 asked: 3 of 3"

# The schema: a version, WAL, no column for names.
is "$(python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute("PRAGMA user_version").fetchone()[0], c.execute("PRAGMA journal_mode").fetchone()[0])' "$DB")" \
	"1 wal" "schema version 1, WAL mode"
is "$(python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(",".join(r[1] for r in c.execute("PRAGMA table_info(sessions)")))' "$DB")" \
	"id,module,language,date,place,mode,participants" "sessions: no personal data"
run sessions --db "$DB" --check
is "$OUT" "ok" "--check prints ok"

# Bad input, each refused before anything is written.
rec "$DB" 2026-11-03 4 q9=A:1 q1=B:4
like "$ERR" 'the module mini has no question "q9"; did you mean "q1"?' "unknown question, with a suggestion"
rec "$DB" 2026-11-03 4 q1=B:1 q2=C:1
like "$ERR" "question q2 has 2 options, A to B; use ? for \"I don't know\"" "letter beyond the options"
rec "$DB" 2026-11-03 4 q1=B:3,q1=A:2 q1=B:4
like "$ERR" "q1: 5 answers for 4 participants" "more answers than participants"
rec "$DB" 2026-11-03 4 q1=B5 q1=B:4
like "$ERR" '--pre "q1=B5": write QUESTION=ANSWER:COUNT' "malformed list"
is "$RC" 2 "bad input: exit 2"
rec "$DB" 2026-02-30 4 q1=B:1 q1=B:4
like "$ERR" '--date "2026-02-30": write a date as YYYY-MM-DD' "impossible date"
run sessions record --db "$DB" --lessons "$LESSONS" --module nope --lang en --place X \
    --mode self --participants 1 --pre q1=A:1
like "$ERR" '--module "nope": no such lesson module' "unknown module"
run sessions record --db "$DB" --module mini --lang en --place X --mode solo \
    --participants 1 --pre q1=A:1
like "$ERR" '--mode "solo": write facilitated or self' "bad mode"
run sessions --db "$DB" --format csv
like "$OUT" "mini,2026-11,2,10,36.11,83.33,47.22" "nothing was written by refused records"

# The default database: $XDG_DATA_HOME, else ~/.local/share; made with its folder.
XDG_DATA_HOME="$TMPD/xdg" run sessions record --lessons "$LESSONS" --module mini --lang en \
    --place X --mode self --participants 1 --pre q1=B:1
is "$OUT" "recorded session 1 in $TMPD/xdg/remit/sessions.db" "default under XDG_DATA_HOME"
(unset XDG_DATA_HOME; HOME="$TMPD/home" "$REMIT" sessions record --lessons "$LESSONS" --module mini \
    --lang en --place X --mode self --participants 1 --pre q1=B:1) >"$TMPD/o" 2>&1
is "$(cat "$TMPD/o")" "recorded session 1 in $TMPD/home/.local/share/remit/sessions.db" "else under HOME"

# Reading never creates a database.
run sessions --db "$TMPD/none.db"
is "$RC" 1 "missing database: exit 1"
like "$ERR" "none.db: no session recorded yet" "missing database: says so"
test ! -e "$TMPD/none.db"; ok $? "and does not create it"
printf 'not a database at all, just text\n%.0s' 1 2 3 4 5 6 7 8 >"$TMPD/text.db"
run sessions --db "$TMPD/text.db"
is "$RC" 2 "not a database: exit 2"
like "$ERR" "text.db: is not a remit sessions database or is damaged; give another with --db FILE" "not a database: says so"
python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("PRAGMA user_version=9"); c.commit()' "$TMPD/new.db"
rec "$TMPD/new.db" 2026-11-03 1 q1=B:1 q1=B:1
like "$ERR" "new.db: made by a newer remit (schema 9, this remit knows 1)" "newer schema refused"

# A database that cannot be created (as root, permissions do not stop
# writes; /proc refuses new files for everyone; see sessions-readonly.sh).
rec /proc/remit-test.db 2026-11-03 1 q1=B:1 q1=B:1
is "$RC" 2 "cannot create: exit 2, no crash"
like "$ERR" "/proc/remit-test.db: cannot " "cannot create: names the file"
like "$ERR" "give another with --db FILE" "cannot create: says what to do"
rec "$TMPD/no/such/dir/s.db" 2026-11-03 1 q1=B:1 q1=B:1
like "$ERR" "the folder $TMPD/no/such/dir does not exist; create it or give another file with --db FILE" \
	"--db in a missing folder"

# A full disk, simulated by a file size limit (SIGXFSZ ignored, so writes
# fail with EFBIG): the write is refused, the database stays sound.
cp "$DB" "$TMPD/full.db"
(trap '' XFSZ; ulimit -f 8; "$REMIT" sessions record --db "$TMPD/full.db" --lessons "$LESSONS" \
    --module mini --lang en --place X --mode self --participants 1 --date 2026-11-03 \
    --pre q1=B:1) >"$TMPD/o" 2>&1
rc=$?
is "$rc" 2 "file size limit: exit 2"
like "$(cat "$TMPD/o")" "full.db: cannot write: " "file size limit: one line, naming the file"
run sessions --db "$TMPD/full.db" --check
is "$OUT" "ok" "file size limit: the database is sound"
run sessions --db "$TMPD/full.db" --format csv
like "$OUT" "mini,2026-11,2,10,36.11,83.33,47.22" "file size limit: nothing half-written"

# kill -9 inside the transaction: the process stops itself after the
# session row and before its answers; it is killed there.
REMIT_TEST_STOP_IN_WRITE=1 "$REMIT" sessions record --db "$DB" --lessons "$LESSONS" --module mini \
    --lang en --place X --mode self --participants 1 --date 2026-11-03 --pre q1=B:1 \
    >/dev/null 2>&1 &
pid=$!
n=0
while [ "$(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null)" != T ] && [ $n -lt 600 ]; do
	sleep 0.1
	n=$((n + 1))
done
is "$(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null)" T "the writer is stopped inside its transaction"
kill -9 "$pid"
wait "$pid" 2>/dev/null
run sessions --db "$DB" --check
is "$OUT" "ok" "after kill -9 in a transaction: integrity ok"
run sessions --db "$DB" --format csv
like "$OUT" "mini,2026-11,2,10,36.11,83.33,47.22" "after kill -9: the half-written session is not there"
rec "$DB" 2026-12-02 1 q1=B:1 q1=B:1
is "$OUT" "recorded session 5 in $DB" "after kill -9: the next write works"

# Four writers at once: BEGIN IMMEDIATE and the busy timeout serialise
# them; every session is stored.
C="$TMPD/concurrent.db"
rec "$C" 2026-11-01 1 q1=B:1 q1=B:1
for w in 1 2 3 4; do
	(i=0; while [ $i -lt 10 ]; do
		"$REMIT" sessions record --db "$C" --lessons "$LESSONS" --module mini \
		    --lang en --place W --mode self --participants 1 --date 2026-11-02 \
		    --pre q1=B:1 >/dev/null 2>>"$TMPD/concurrent.err" || echo fail >>"$TMPD/concurrent.err"
		i=$((i + 1))
	done) &
done
wait
is "$(cat "$TMPD/concurrent.err")" "" "four concurrent writers: no failure"
run sessions --db "$C" --format csv
like "$OUT" "mini,2026-11,41,41," "four concurrent writers: 1 + 4 x 10 sessions"

# kill -9 a loop of writers at a random point.
K="$TMPD/kill.db"
cat >"$TMPD/loop.sh" <<LOOP
i=0
while [ \$i -lt 100000 ]; do
	"$REMIT" sessions record --db "$K" --lessons "$LESSONS" --module mini --lang en \
	    --place Loop --mode self --participants 2 --date 2026-11-10 \
	    --pre q1=B:1,q1=A:1,q2=A:2,q3=D:1 --post q1=B:2,q2=A:2,q3=D:2 >/dev/null 2>&1 &
	echo \$! >"$TMPD/child"
	wait \$!
	i=\$((i + 1))
	echo \$i >"$TMPD/count"
done
LOOP
sh "$TMPD/loop.sh" &
loop=$!
count() {	# sessions the loop has finished writing
	c=$(cat "$TMPD/count" 2>/dev/null)
	case $c in ''|*[!0-9]*) echo 0 ;; *) echo "$c" ;; esac
}
n=0
while [ "$(count)" -lt 30 ] && [ $n -lt 1200 ]; do
	sleep 0.05
	n=$((n + 1))
done
kill -9 "$loop"
child=$(cat "$TMPD/child")
kill -9 "$child" 2>/dev/null
wait "$loop" 2>/dev/null
while kill -0 "$child" 2>/dev/null; do sleep 0.05; done
run sessions --db "$K" --check
is "$OUT" "ok" "after kill -9 of a write loop: integrity ok"
# Every whole session: 2 participants; pre 4/6 = 66.67%, post 6/6.
run sessions --db "$K" --format csv
s=$(printf '%s\n' "$OUT" | sed -n 2p | cut -d, -f3)
p=$(printf '%s\n' "$OUT" | sed -n 2p | cut -d, -f4)
is "$p" "$((s * 2))" "every session read back whole ($s sessions)"
like "$OUT" ",66.67,100.00,33.33" "and their answers with them"

done_testing
