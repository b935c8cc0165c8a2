#!/usr/bin/env python3
"""bench/measure.py - runs a command once, prints its wall time (s) and
peak resident memory (MiB) as "SECONDS MIB".  Standard output of the
command goes to the file named by -o (default /dev/null).

Usage: measure.py [-o FILE] COMMAND ARG...
"""
import resource
import subprocess
import sys
import time

args = sys.argv[1:]
out = "/dev/null"
if args[:1] == ["-o"]:
    out, args = args[1], args[2:]
with open(out, "wb") as f:
    t = time.perf_counter()
    rc = subprocess.run(args, stdout=f, stderr=subprocess.DEVNULL).returncode
    t = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
print("%.3f %.1f" % (t, peak))
sys.exit(rc)
