#!/bin/sh
# bench/rpw-bench.sh - times `remit rpw indicators` on a synthetic RPW file
# of 204,469 rows, its peak memory, and the same indicators in pandas.
#
# Usage: bench/rpw-bench.sh [REMIT-BINARY]   (default: ./src/remit)
# Not part of `make check`: timings depend on the machine.
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

PY=""
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import pandas' >/dev/null 2>&1; then PY=$p; break; fi
done
if [ -z "$PY" ]; then
	echo "pandas: not installed (apt-get install python3-pandas); skipped"
	exit 0
fi
set -- $(m -o "${TMPDIR:-/tmp}/pandas-ind.csv" $PIN "$PY" \
    "$HERE/rpw-pandas.py" "$DATA")
echo "pandas $("$PY" -c 'import pandas; print(pandas.__version__)'), same indicators: $1 s, peak $2 MiB"
python3 -c "print('ratio pandas / remit: %.1f' % ($1 / $RT))"
python3 "$HERE/compare-out.py" "${TMPDIR:-/tmp}/remit-ind.csv" \
    "${TMPDIR:-/tmp}/pandas-ind.csv"
