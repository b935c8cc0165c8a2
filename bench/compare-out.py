#!/usr/bin/env python3
"""bench/compare-out.py - compares remit's and pandas' indicator CSVs cell
by cell and prints how many rounded figures differ, with examples.

Usage: compare-out.py REMIT.csv PEER.csv [PEER-NAME]
(columns the peer does not compute are left out)
"""
import csv
import sys


def load(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    return {(r["corridor"], r["period"], r["benchmark"]): r for r in rows}


a, b = load(sys.argv[1]), load(sys.argv[2])
peer = sys.argv[3] if len(sys.argv) > 3 else "pandas"
cols = ["services", "transparent_services", "average_pct", "smart_pct",
        "min_pct", "max_pct", "over_5pct", "over_5pct_share"]
some = next(iter(b.values()), {})
cols = [c for c in cols if c in some]
diff = {c: [] for c in cols}
for k, ra in a.items():
    rb = b.get(k)
    if rb is None:
        continue
    for c in cols:
        if ra[c] != rb[c]:
            diff[c].append((k, ra[c], rb[c]))
print("groups: remit %d, %s %d" % (len(a), peer, len(b)))
for c in cols:
    print("  %-22s %d figures differ" % (c, len(diff[c])))
    for k, x, y in diff[c][:3]:
        print("      %s %s %s: remit %s, %s (float64) %s" %
              (k[0], k[1], k[2], x, peer, y))
k = ("GBRGHA", "2025_3Q", "cc1")
if k in a and k in b:
    print("crafted half-way case %s %s %s (four services at 2.675):" % k)
    for c in ("average_pct", "smart_pct"):
        if c in b[k]:
            print("  %-12s remit %s, %s (float64) %s" %
                  (c, a[k][c], peer, b[k][c]))
