#!/bin/sh
# tests/rpw-parallel.sh - `remit rpw indicators --partial` over parts of a
# file, run at the same time, and `remit rpw merge` of their partial sums
# give byte for byte what one run over the whole file gives; the same
# under GNU parallel --pipe when it is installed; bad partials are refused
# with the line that is wrong.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
F="$TOP_SRCDIR/tests/fixtures/rpw-small.csv"
G="$TMPD/gen.csv"
python3 "$TOP_SRCDIR/bench/rpw-gen.py" 3000 >"$G"

# split_parts FILE N: $TMPD/in.1 .. in.N, each the header and a run of
# records (records end with CRLF; a quoted line break is a bare LF).
split_parts() {
	python3 - "$1" "$2" "$TMPD/in" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
n = int(sys.argv[2])
head, body = data.split(b"\r\n", 1)
recs = body.split(b"\r\n")[:-1]
step = (len(recs) + n - 1) // n
for i in range(n):
    with open("%s.%d" % (sys.argv[3], i + 1), "wb") as f:
        f.write(head + b"\r\n")
        for r in recs[i * step:(i + 1) * step]:
            f.write(r + b"\r\n")
PY
}

# same_as_one FILE NAME ARGS...: 4 parts at once, merged, against one run
same_as_one() {
	f=$1 name=$2
	shift 2
	"$REMIT" rpw indicators "$f" "$@" --format csv >"$TMPD/one.csv" \
	    2>/dev/null
	"$REMIT" rpw indicators "$f" "$@" --format json >"$TMPD/one.json" \
	    2>/dev/null
	split_parts "$f" 4
	for i in 1 2 3 4; do
		"$REMIT" rpw indicators "$TMPD/in.$i" "$@" --partial \
		    >"$TMPD/part.$i" 2>/dev/null &
	done
	wait
	cat "$TMPD/part.1" "$TMPD/part.2" "$TMPD/part.3" "$TMPD/part.4" \
	    >"$TMPD/parts"
	"$REMIT" rpw merge "$TMPD/parts" --format csv >"$TMPD/merged.csv" \
	    2>"$TMPD/merged.err"
	ok $? "$name: merge exits 0"
	cmp "$TMPD/one.csv" "$TMPD/merged.csv" >/dev/null
	ok $? "$name: the merged CSV is byte-identical to one run"
	"$REMIT" rpw merge - --format json <"$TMPD/parts" >"$TMPD/merged.json"
	# inconsistent_casing counts against each part's first spelling
	sed 's/"inconsistent_casing": [0-9]*, //' "$TMPD/one.json" \
	    >"$TMPD/one.j"
	sed 's/"inconsistent_casing": [0-9]*, //' "$TMPD/merged.json" \
	    >"$TMPD/merged.j"
	cmp "$TMPD/one.j" "$TMPD/merged.j" >/dev/null
	ok $? "$name: the merged JSON, quirks too, is byte-identical"
}

same_as_one "$G" "generated, by corridor and period" --by corridor --by period
same_as_one "$G" "generated, by firm type, recomputed" --by firm-type \
    --recompute
same_as_one "$G" "generated, global" 
same_as_one "$F" "small fixture, by region and source" --by region \
    --by source

# the partial sums themselves: exact, scaled
run rpw indicators "$F" --by corridor --by period --partial
is "$(printf '%s\n' "$OUT" | head -1)" \
    '{"remit_partial": 1, "by": ["corridor", "period"], "recompute": false}' \
    "partial: the first line names the keys"
like "$OUT" '{"group": ["USAMEX", "2025_3Q"], "cc1": ["4", "4", "1", "14015:3", "0:2", "850:2"], "cc2": ["4", "4", "0", "8015:3", "0:2", "400:2"]}' \
    "partial: USAMEX 2025_3Q sums 14.015 exactly, min 0.00, max 8.50"
like "$OUT" '"rows": 15,' "partial: the quirks of the part"

# one column of the merged result, to see figures, not only sameness
run rpw merge "$TMPD/parts" --format csv
like "$OUT" 'Latin America & Caribbean,USA,cc1,4,4,3.50,4.67,0.00,8.50,1,25.00,true' \
    "merge: Latin America & Caribbean, USA, cc1 figures"
like "$ERR" "  rows                   15" "merge: the quirks of the parts"

# bad partials
printf '{"group": ["X"], "cc1": ["1"]}\n' >"$TMPD/bad1"
run rpw merge "$TMPD/bad1"
is "$RC" 2 "no first line: exit 2"
is "$ERR" "remit: $TMPD/bad1:1: partial sums must start with the line written first by \`remit rpw indicators --partial\`" \
    "no first line: message"
{ head -1 "$TMPD/part.1"; echo '{"group": ["a"], "cc1": ["1", "x"]}'; } \
    >"$TMPD/bad2"
run rpw merge "$TMPD/bad2"
is "$RC" 2 "a bad line: exit 2"
is "$ERR" "remit: $TMPD/bad2:2: not a line of \`remit rpw indicators --partial\`; merge only its output" \
    "a bad line: message with the line"
"$REMIT" rpw indicators "$F" --partial --by period >"$TMPD/p1" 2>/dev/null
"$REMIT" rpw indicators "$F" --partial --by corridor >"$TMPD/p2" 2>/dev/null
cat "$TMPD/p1" "$TMPD/p2" >"$TMPD/bad3"
run rpw merge "$TMPD/bad3"
is "$RC" 2 "other keys: exit 2"
like "$ERR" "bad3:$(($(wc -l <"$TMPD/p1") + 1)): these partial sums were made with other --by keys" \
    "other keys: message with the line"
run rpw merge "$TMPD/nonexistent"
is "$RC" 2 "no file: exit 2"

# GNU parallel --pipe: the map step, kept in order (-k) so that a label's
# first spelling is the file's
if command -v parallel >/dev/null 2>&1; then
	"$REMIT" rpw indicators "$G" --by corridor --by period --format csv \
	    >"$TMPD/one.csv" 2>/dev/null
	parallel -k --pipe --header '.*\n' --recend '\r\n' --block 60k -j 2 \
	    "$REMIT" rpw indicators - --partial --by corridor --by period \
	    <"$G" 2>/dev/null | "$REMIT" rpw merge - --format csv \
	    >"$TMPD/par.csv" 2>/dev/null
	ok $? "GNU parallel: merge exits 0"
	is "$(grep -c remit_partial "$TMPD/par.csv" 2>/dev/null; true)" 0 \
	    "GNU parallel: merged output"
	cmp "$TMPD/one.csv" "$TMPD/par.csv" >/dev/null
	ok $? "GNU parallel: byte-identical to one run"
else
	echo "# GNU parallel not installed (apt-get install parallel): skipped"
fi
done_testing
