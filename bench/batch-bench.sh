#!/bin/sh
# bench/batch-bench.sh - the same request lines through `remit batch` of
# this tree and of a baseline, on the bundled rate tables; prints requests
# per second of each and the ratio new / old.  One line in ten asks for an
# amount received (the inverse).  Not part of `make check`.
#
# Usage: bench/batch-bench.sh [REMIT] [RATES-DIR] [LINES] [BASELINE]
#   REMIT     the binary measured (default ./src/remit)
#   LINES     request lines (default 100000)
#   BASELINE  a baseline binary; without it, the commit $BASE_REV (default
#             HEAD) is exported with `git archive` and built once in
#             ${TMPDIR:-/tmp}/remit-base-REV (a minute or two)
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
REMIT=${1:-./src/remit}
RATES=${2:-$HERE/../rates}
N=${3:-100000}
BASE=${4:-}
T=${TMPDIR:-/tmp}
IN=$T/batch-requests-$N.jsonl
if [ -z "$BASE" ]; then
	REV=$(git -C "$HERE/.." rev-parse --short "${BASE_REV:-HEAD}")
	DIR=$T/remit-base-$REV
	if [ ! -x "$DIR/build/src/remit" ]; then
		echo "building the baseline $REV in $DIR..."
		rm -rf "$DIR"
		mkdir -p "$DIR"
		git -C "$HERE/.." archive "$REV" | tar -x -C "$DIR"
		(cd "$DIR" && ./autogen.sh >/dev/null 2>&1 && mkdir -p build &&
		    cd build && ../configure -q >/dev/null &&
		    make -s -j2 >/dev/null 2>&1)
	fi
	BASE=$DIR/build/src/remit
fi
python3 - "$N" "$RATES" >"$IN" <<'PY'
import json, os, random, sys
n, rates = int(sys.argv[1]), sys.argv[2]
pairs = []
for f in sorted(os.listdir(rates)):
    if f.endswith(".json"):
        c = json.load(open(os.path.join(rates, f)))["corridor"]
        pairs.append((c["from"], c["to"]))
r = random.Random(7)
w = sys.stdout.write
for i in range(n):
    a, b = r.choice(pairs)
    if i % 10 == 9:
        w('{"from": "%s", "to": "%s", "receive": "%d", "id": %d}\n'
          % (a, b, r.randint(1000, 90000), i))
    else:
        w('{"from": "%s", "to": "%s", "amount": "%d", "id": %d}\n'
          % (a, b, r.randint(20, 900), i))
PY
PIN=""
command -v taskset >/dev/null 2>&1 && PIN="taskset -c 0"
set -- $(python3 "$HERE/measure.py" -o "$T/batch-new.jsonl" $PIN "$REMIT" \
    batch "$IN" --rates "$RATES")
NEW=$1
echo "remit batch (this tree): $N lines in $1 s, peak $2 MiB"
set -- $(python3 "$HERE/measure.py" -o "$T/batch-old.jsonl" $PIN "$BASE" \
    batch "$IN" --rates "$RATES")
OLD=$1
echo "remit batch (baseline):  $N lines in $1 s, peak $2 MiB"
python3 -c "n, a, b = $N, $NEW, $OLD
print('requests/s: %.0f this tree, %.0f baseline; ratio new/old %.2f' % (n / a, n / b, b / a))"
if cmp -s "$T/batch-new.jsonl" "$T/batch-old.jsonl"; then
	echo "answers: byte-identical to the baseline's"
else
	echo "answers: differ from the baseline's ($T/batch-new.jsonl," \
	    "$T/batch-old.jsonl)"
fi
