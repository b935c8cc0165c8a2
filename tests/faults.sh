#!/bin/sh
# tests/faults.sh - hostile inputs and faults (issue 12): a FIFO among the
# tables, huge objects, batch lines past the limit, write errors, control
# and bidi characters in tables, a kiosk whose terminal goes away.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

# --- a FIFO named x.json does not hang a command ----------------------------
mkdir "$TMPD/fifo"
cp "$RATES/gb-ng.json" "$TMPD/fifo/"
mkfifo "$TMPD/fifo/x.json"
timeout 10 "$REMIT" compare --rates "$TMPD/fifo" --from GB --to NG \
    --amount 200 >"$TMPD/out" 2>"$TMPD/err"
rc=$?
is "$rc" 0 "FIFO x.json: compare still answers, no hang (124 is a hang)"
timeout 10 "$REMIT" check --rates "$TMPD/fifo" >"$TMPD/out" 2>&1
rc=$?
is "$rc" 2 "FIFO x.json: check refuses it (no hang)"
like "$(cat "$TMPD/out")" "x.json: is not a regular file (a pipe or a device); replace it with a plain file" \
    "FIFO x.json: named and how to fix it"

# --- 200,000 keys: the duplicate check is not quadratic ---------------------
# "providers" given twice among 199,997 unknown keys: the first 20 bad
# fields are told one by one, then how many more.
python3 - "$TMPD/big.json" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write('{"schema": "remit-rates/1", "providers": [], "providers": []')
    for i in range(199997):
        f.write(', "k%d": 0' % i)
    f.write('}\n')
PY
mkdir "$TMPD/big"
mv "$TMPD/big.json" "$TMPD/big/gb-ng.json"
timeout 60 "$REMIT" check --rates "$TMPD/big" >"$TMPD/out" 2>&1
rc=$?
is "$rc" 2 "200,000 keys: checked within 60 s (124 is a timeout)"
like "$(cat "$TMPD/out")" "gb-ng.json: providers: the field is given twice; keep one" \
    "200,000 keys: the repeated one is found"
like "$(cat "$TMPD/out")" "gb-ng.json: k18: unknown field" \
    "200,000 keys: the first 20 bad fields are told"
like "$(cat "$TMPD/out")" "gb-ng.json: and 199978 more unknown or repeated fields here" \
    "200,000 keys: then how many more"
unlike "$(cat "$TMPD/out")" "k19:" "200,000 keys: not one line each"

# --- batch: a line past the limit, duplicate keys, trailing text ------------
{
	printf '{"from": "GB", "to": "NG", "amount": "200", "id": 1}\n'
	python3 -c 'import sys; sys.stdout.write("{\"id\": \"" + "x" * 100000000 + "\"}\n")'
	printf '{"from": "GB", "to": "NG", "amount": "200", "amount": "300"}\n'
	printf '{"from": "GB", "to": "NG", "amount": "200"} {"x": 1}\n'
	printf '{"from": "GB", "to": "NG", "amount": "200"}  \r\n'
} >"$TMPD/batch.jsonl"
(ulimit -v 80000; "$REMIT" batch --rates "$RATES" "$TMPD/batch.jsonl") \
    >"$TMPD/out" 2>"$TMPD/err"
is "$?" 2 "batch: exit 2 with failed lines (a 100 MB line read in 80 MB)"
is "$(python3 -c '
import json, sys
for l in open(sys.argv[1]):
    d = json.loads(l)
    print(d["line"], d.get("error", "-"))
' "$TMPD/out")" \
"1 -
2 the line is longer than 64 KiB; write one request a line
3 the key \"amount\" is given twice; keep one
4 text after the object at column 44; write one object a line
5 -" "batch: long line, repeated key and trailing text refused per line"

# --- write errors are reported ----------------------------------------------
if [ -w /dev/full ]; then
	for cmd in "compare --from GB --to NG --amount 200" \
	    "compare --from GB --to NG --amount 200 --format json" \
	    "corridors" "lessons" "calc savings --deposit 10 --rate 5 --months 12" \
	    "rpw indicators $TOP_SRCDIR/tests/fixtures/rpw-small.csv" \
	    "rpw audit $TOP_SRCDIR/tests/fixtures/rpw-small.csv" \
	    "report --rates $RATES" "--help" "--version" "compare --help"; do
		# shellcheck disable=SC2086
		"$REMIT" $cmd >/dev/full 2>"$TMPD/err"
		rc=$?
		is "$rc" 1 "/dev/full: remit $cmd exits 1"
		like "$(cat "$TMPD/err")" "remit: write error" \
		    "/dev/full: remit $cmd says so"
	done
	"$REMIT" compare --from GB --to NG --amount 200 >/dev/full 2>"$TMPD/err"
	is "$(cat "$TMPD/err")" "remit: write error: No space left on device" \
	    "/dev/full: the reason is given"
	echo '{"from": "GB", "to": "NG", "amount": "200"}' |
	    "$REMIT" batch --rates "$RATES" >/dev/full 2>"$TMPD/err"
	is "$?" 1 "/dev/full: remit batch exits 1"
	like "$(cat "$TMPD/err")" "remit: write error" "/dev/full: batch says so"
fi

# --- control characters, NUL and bidi controls in rate tables ----------------
bad_table() {	# bad_table NAME PYTHON-EXPR-ON-d
	mkdir -p "$TMPD/$1"
	python3 - "$RATES/gb-ng.json" "$TMPD/$1/gb-ng.json" "$2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
exec(sys.argv[3])
open(sys.argv[2], "w").write(json.dumps(d, ensure_ascii=False))
PY
}
bad_table esc 'd["providers"][0]["name"] = "Okada\x1b[31m"'
run check --rates "$TMPD/esc"
is "$RC" 2 "escape in a name: refused"
like "$ERR$OUT" "gb-ng.json: providers[0].name: holds a control character or invalid UTF-8; write plain text" \
    "escape in a name: the JSON path"
bad_table bidi 'd["providers"][1]["notes"] = "cheap \u202e01 eef"'
run check --rates "$TMPD/bidi"
like "$ERR$OUT" "gb-ng.json: providers[1].notes: holds a control character" \
    "bidi control in notes: refused with the path"
bad_table src 'd["source"] = "Sample \u2066data"'
run check --rates "$TMPD/src"
like "$ERR$OUT" "gb-ng.json: source: holds a control character" \
    "bidi isolate in source: refused"
mkdir "$TMPD/nul"
sed 's/"Okada Wallet"/"Okada\\u0000 Wallet"/' "$RATES/gb-ng.json" \
    >"$TMPD/nul/gb-ng.json"
run check --rates "$TMPD/nul"
is "$RC" 2 "\\u0000 in a name: refused"
like "$ERR$OUT" "\"\\u0000\" (a NUL character) in a text; remove it" \
    "\\u0000 in a name: said so"
mkdir "$TMPD/utf"
sed 's/"Okada Wallet"/"Okada \xff Wallet"/' "$RATES/gb-ng.json" \
    >"$TMPD/utf/gb-ng.json"
run check --rates "$TMPD/utf"
like "$ERR$OUT" "providers[" "invalid UTF-8 in a name: refused with the path"

# --- small ones ----------------------------------------------------------------
run compare --from GB --to NG --amount 0.001
is "$ERR" "remit: --amount: \"0.001\": GBP has 2 decimals; type at most 2 digits after the dot, e.g. 0.01
Try 'remit compare --help' for more information." \
    "--amount 0.001 suggests 0.01, an amount that is accepted, not 0.00"
run compare --from JP --to VN --amount 0.5
like "$ERR" "JPY has no decimals; type a whole number such as 1" \
    "--amount 0.5 in yen suggests 1, not 0"

run sessions --db "$TMPD"
is "$ERR" "remit: $TMPD: is a folder, not a database file; give a file with --db FILE" \
    "a folder as --db: said so, not \"disk I/O error\""
is "$RC" 2 "a folder as --db: exit 2"

run sessions record --db "$TMPD/refused.db" --lessons "$TOP_SRCDIR/tests/fixtures/lessons-good" \
    --module mini --lang en --place X --mode self --participants 1 \
    --date 2026-11-03 --pre q1=B:5
is "$RC" 2 "a refused record: exit 2"
[ ! -e "$TMPD/refused.db" ]
ok $? "a refused record creates no database file"

run compare --from GB --to NG --amount 9999999999999
like "$OUT" "Lagos Lane Transfers 19249999999998075.00 10000000000024.00    25.00 129470580719.77  1.29%" \
    "wide numbers are written whole in the table"
unlike "$OUT" "…" "no number cut with an ellipsis"

# --- the kiosk ends when its terminal closes, without SIGHUP ----------------
# The pty is not the kiosk's controlling terminal, so closing it sends no
# SIGHUP: the kiosk must see the hang-up itself and not spin.
python3 - "$REMIT" "$RATES" <<'PY'
import os, subprocess, sys, time
m, s = os.openpty()
env = dict(os.environ, TERM="xterm", LC_ALL="C.UTF-8", LINES="24", COLUMNS="80")
p = subprocess.Popen([sys.argv[1], "kiosk", "--rates", sys.argv[2]],
    stdin=s, stdout=s, stderr=subprocess.DEVNULL, env=env)
os.close(s)
end = time.time() + 5
while time.time() < end:
    try:
        if b"English" in os.read(m, 65536):
            break
    except OSError:
        break
os.close(m)
t = time.time()
try:
    p.wait(timeout=5)
    print("# ended %.1f s after its terminal closed" % (time.time() - t))
except subprocess.TimeoutExpired:
    cpu = open("/proc/%d/stat" % p.pid).read().split()[13]
    p.kill()
    print("# still running 5 s later, %s ticks of CPU" % cpu)
    sys.exit(1)
PY
ok $? "kiosk: ends within 5 s of its terminal closing, no SIGHUP"

# --- SIGPIPE ends the kiosk cleanly, like SIGTERM ----------------------------
. "$TOP_SRCDIR/tests/tmux.sh"
tm -f /dev/null new-session -d -s remit -n idle -x 80 -y 24 "sleep 300"
start pipe "$REMIT" kiosk
wait_for pipe "English"
kill -PIPE "$(pid_of pipe)"
wait_dead pipe
ok $? "kiosk: SIGPIPE ends it"
is "$(exit_status pipe)" 0 "kiosk: SIGPIPE, cleanly (0, not killed)"

done_testing
