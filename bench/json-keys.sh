#!/bin/sh
# bench/json-keys.sh - time `remit check` on a rate table of N keys (one
# repeated), to show the repeated-field check is not quadratic (issue 12:
# 1,000,000 keys must take under a second).  Usage:
#   bench/json-keys.sh [N] [REMIT]      (default 1000000, build/src/remit)
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
n=${1:-1000000}
remit=${2:-build/src/remit}
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
python3 - "$d/gb-ng.json" "$n" <<'PY'
import sys
n = int(sys.argv[2])
with open(sys.argv[1], "w") as f:
    f.write('{"schema": "remit-rates/1"')
    for i in range(n - 1):
        f.write(', "k%d": 0' % i)
    f.write(', "k7": 1}\n')
PY
echo "$(wc -c <"$d/gb-ng.json") bytes, $n keys"
python3 - "$remit" "$d" <<'PY'
import resource, subprocess, sys, time
t = time.monotonic()
p = subprocess.run([sys.argv[1], "check", "--rates", sys.argv[2]],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print("remit check: %.3f s elapsed, %.3f s CPU (user %.3f, system %.3f), "
      "exit %d" % (time.monotonic() - t, r.ru_utime + r.ru_stime,
                   r.ru_utime, r.ru_stime, p.returncode))
PY
