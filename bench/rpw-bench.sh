#!/bin/sh
# bench/rpw-bench.sh - times `remit rpw indicators` on a synthetic RPW file
# of 204,469 rows, its peak memory, and the same indicators in the peers
# an analyst would use where installed: pandas, sqlite3 (GROUP BY and a
# window function for SmaRT) and Miller, each as a ratio to remit.
#
# Usage: bench/rpw-bench.sh [REMIT-BINARY]   (default: ./src/remit)
# Not part of `make check`: timings depend on the machine.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
REMIT=${1:-${REMIT:-./src/remit}}
DATA=${TMPDIR:-/tmp}/rpw-synthetic.csv
PIN=""
command -v taskset >/dev/null 2>&1 && PIN="taskset -c 0"
if [ ! -s "$DATA" ]; then
	echo "generating $DATA (204,469 rows)..."
	python3 "$HERE/rpw-gen.py" >"$DATA"
fi
head -n 20001 "$DATA" >"$DATA.20k"
echo "file: $(wc -c <"$DATA") bytes"
m() { python3 "$HERE/measure.py" "$@"; }

set -- $(m -o "${TMPDIR:-/tmp}/remit-ind.csv" $PIN "$REMIT" rpw indicators \
    "$DATA" --by corridor --by period --format csv)
RT=$1
echo "remit rpw indicators --by corridor --by period: $1 s, peak $2 MiB"
set -- $(m $PIN "$REMIT" rpw indicators "$DATA" --format csv)
echo "remit rpw indicators (global, 1 group):          $1 s, peak $2 MiB"
set -- $(m $PIN "$REMIT" rpw indicators "$DATA.20k" --format csv)
echo "  the same on the first 20,000 rows:             $1 s, peak $2 MiB"
set -- $(m $PIN "$REMIT" rpw indicators "$DATA" --by corridor --by period \
    --recompute --format csv)
echo "remit rpw indicators --recompute (rationals):    $1 s, peak $2 MiB"
set -- $(m $PIN "$REMIT" rpw audit "$DATA" --format csv)
echo "remit rpw audit:                                 $1 s, peak $2 MiB"

# Peers, where installed: each computes the same indicators in binary
# floating point; compare-out.py counts the rounded figures that differ.
peer() {	# peer NAME COMMAND...: times it, prints the ratio to remit
	name=$1
	shift
	set -- $(m -o "${TMPDIR:-/tmp}/$name-ind.csv" $PIN "$@")
	echo "$name, same indicators: $1 s, peak $2 MiB"
	python3 -c "print('ratio $name / remit: %.1f' % ($1 / $RT))"
	tr -d '\r' <"${TMPDIR:-/tmp}/remit-ind.csv" >"${TMPDIR:-/tmp}/remit-ind.lf"
	python3 "$HERE/compare-out.py" "${TMPDIR:-/tmp}/remit-ind.lf" \
	    "${TMPDIR:-/tmp}/$name-ind.csv" "$name"
}
PY=""
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import pandas' >/dev/null 2>&1; then PY=$p; break; fi
done
if [ -n "$PY" ]; then
	peer "pandas-$("$PY" -c 'import pandas; print(pandas.__version__)')" \
	    "$PY" "$HERE/rpw-pandas.py" "$DATA"
else
	echo "pandas: not installed (apt-get install python3-pandas); skipped"
fi
if command -v sqlite3 >/dev/null 2>&1; then
	peer "sqlite3-$(sqlite3 --version | cut -d' ' -f1)" \
	    sh "$HERE/rpw-sqlite.sh" "$DATA"
else
	echo "sqlite3: not installed (apt-get install sqlite3); skipped"
fi
if command -v mlr >/dev/null 2>&1; then
	peer "miller-$(mlr --version | cut -d' ' -f2)" \
	    sh "$HERE/rpw-miller.sh" "$DATA"
	echo "  (Miller: no SmaRT and no share over 5%; see bench/rpw-miller.sh)"
else
	echo "miller: not installed (apt-get install miller); skipped"
fi
echo "duckdb: not scripted here yet (no Debian package to install it from)"
