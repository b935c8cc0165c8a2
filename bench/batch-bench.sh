#!/bin/sh
# bench/batch-bench.sh - 1,000,000 request lines through `remit batch` on
# the bundled rate tables; prints requests per second.
#
# Usage: bench/batch-bench.sh [REMIT-BINARY] [RATES-DIR] [LINES]
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
REMIT=${1:-./src/remit}
RATES=${2:-$HERE/../rates}
N=${3:-1000000}
IN=${TMPDIR:-/tmp}/batch-requests.jsonl
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
set -- $(python3 "$HERE/measure.py" "$REMIT" batch "$IN" --rates "$RATES")
python3 -c "print('remit batch: %d lines in %s s: %.0f requests/s, peak %s MiB' % ($N, '$1', $N / $1, '$2'))"
