#!/bin/sh
# The money path is exact: no binary floating point anywhere in src/.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
hits=$(grep -n -E '\b(float|double)\b|\b(strtod|strtof|atof|pow|exp|log)\(' \
	"$TOP_SRCDIR"/src/*.c "$TOP_SRCDIR"/src/*.h | grep -v -E '^[^:]+:[0-9]+:\s*(/\*|\*)')
is "$hits" "" "no float, double, strtod, atof, pow, exp or log in src/"
done_testing
