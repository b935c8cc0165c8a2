#!/bin/sh
# bench/compare-bench.sh - how long remit takes to load the bundled rates
# and compare one corridor, and to compare a corridor of 50 providers.
# Run from a build tree: bench/compare-bench.sh [path/to/remit]
# Prints the best of many runs in milliseconds (wall clock, whole process),
# and the process start-up alone (remit --version) for reference.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
set -e
REMIT=${1:-src/remit}
TOP=$(cd "$(dirname "$0")/.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# A corridor of 50 providers: the GB-NG table's providers, repeated with
# new ids and shifted rates and fees.
python3 - "$TOP/rates/gb-ng.json" "$TMP/rates" <<'PY'
import json, os, sys
src = json.load(open(sys.argv[1]))
os.makedirs(sys.argv[2])
base = src["providers"]
provs = []
for i in range(50):
    p = json.loads(json.dumps(base[i % len(base)]))
    p["id"] = "%s-%d" % (p["id"], i)
    p["name"] = "%s %d" % (p["name"], i)
    p["rate"] = "%d.%02d" % (1880 + i, i)
    p.pop("market_share", None)
    provs.append(p)
src["providers"] = provs
json.dump(src, open(os.path.join(sys.argv[2], "gb-ng.json"), "w"), indent=1)
PY

best() {	# best N COMMAND...: the fastest of N runs, in ms
	python3 - "$@" <<'PY'
import subprocess, sys, time
n = int(sys.argv[1]); cmd = sys.argv[2:]
best = None
for _ in range(n):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    d = (time.perf_counter() - t) * 1000
    best = d if best is None or d < best else best
print("%.2f" % best)
PY
}

start=$(best 50 "$REMIT" --version)
bundled=$(best 50 "$REMIT" compare --rates "$TOP/rates" --from GB --to NG --amount 200)
fifty=$(best 50 "$REMIT" compare --rates "$TMP/rates" --from GB --to NG --amount 200)
inverse=$(best 50 "$REMIT" compare --rates "$TMP/rates" --from GB --to NG --receive 100000)
echo "process start-up alone (remit --version):       $start ms"
echo "load 12 bundled tables + compare GB-NG 200:     $bundled ms (target < 20)"
echo "compare a 50-provider corridor:                 $fifty ms"
echo "inverse on a 50-provider corridor:              $inverse ms"
python3 -c "print('compute for 50 providers (minus start-up):      %.2f ms (target < 5)' % ($fifty - $start))"
