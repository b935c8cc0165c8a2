#!/bin/sh
# bench/rpw-miller.sh - the indicators that Miller's verbs give in one
# pass, as `remit rpw indicators FILE --by corridor --by period` would:
# services, transparent services, average, minimum, maximum and services
# over 5%, in binary floating point.  Not SmaRT (the three cheapest fast
# services of a group need a second pass and a join).  Columns by
# position, as bench/rpw-gen.py writes them.
# Usage: rpw-miller.sh FILE > indicators.csv
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
exec mlr --icsv --ocsv --implicit-csv-header --allow-ragged-csv-input \
    --from "$1" filter 'NR > 1' then put -q '
	t = tolower(strip($35)) != "no";
	for (b, c in {"cc1": 26, "cc2": 33}) {
		s = strip(string($[[[c]]]));
		if (s != "" && s != "..") {
			v = float(s);
			m = {"corridor": toupper(strip($42)),
			    "period": toupper(strip($2)), "benchmark": b,
			    "v": v, "vt": t ? v : "", "o": (t && v > 5) ? 1 : 0};
			emit m;
		}
	}' then stats1 -a count,mean,min,max,sum -f v,vt,o \
    -g corridor,period,benchmark then rename -r \
    '^v_count$,services,^vt_count$,transparent_services,^vt_mean$,average_pct,^vt_min$,min_pct,^vt_max$,max_pct,^o_sum$,over_5pct' \
    then cut -o -f corridor,period,benchmark,services,transparent_services,average_pct,min_pct,max_pct,over_5pct \
    then format-values -f %.2f then sort -f corridor,period,benchmark
