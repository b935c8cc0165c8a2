#!/usr/bin/env python3
"""tests/pane-qr.py - a QR code drawn in half blocks in a captured pane,
as a PNG for zbarimg.

Usage: pane-qr.py PANE.txt OUT.png
The code's top-left is the first line holding a run of full blocks (the
quiet zone); a block or half block is a light module, a space a dark one.
Writes a plain PNG (8 pixels a module, more light margin) with zlib only.
"""
import struct
import sys
import zlib

FULL, UPPER, LOWER = "\u2588", "\u2580", "\u2584"

def grid(lines):
    for top, line in enumerate(lines):
        x = line.find(FULL * 8)
        if x >= 0:
            break
    else:
        sys.exit("pane-qr: no QR code in the pane")
    w = len(line) - len(line[x:].lstrip(FULL)) - x
    rows = []
    for line in lines[top:top + (w + 1) // 2]:
        cells = line[x:x + w].ljust(w)
        rows.append([c in (FULL, UPPER) for c in cells])
        rows.append([c in (FULL, LOWER) for c in cells])
    return rows[:w]

def png(rows, path, scale=8, margin=4):
    n = len(rows[0]) + 2 * margin
    raw = b""
    for y in range(len(rows) + 2 * margin):
        r = rows[y - margin] if margin <= y < len(rows) + margin else None
        line = bytes(255 if r is None or not (margin <= x < n - margin)
                     or r[x - margin] else 0 for x in range(n)
                     for _ in range(scale))
        raw += (b"\0" + line) * scale
    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(
            ">I", zlib.crc32(c) & 0xffffffff)
    side = n * scale
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", side,
                (len(rows) + 2 * margin) * scale, 8, 0, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw)))
        f.write(chunk(b"IEND", b""))

with open(sys.argv[1], encoding="utf-8") as f:
    png(grid(f.read().split("\n")), sys.argv[2])
