#!/bin/sh
# remit compare on the bundled tables: golden outputs in three formats, the
# spec's worked examples through the real binary, country names, the
# inverse checked forward, exit statuses and refused amounts.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
G="$TOP_SRCDIR/tests/golden"

golden() {	# golden FILE ARGS...: output equals tests/golden/FILE
	f=$1; shift
	run compare --rates "$RATES" "$@"
	printf '%s\n' "$OUT" > "$TMPD/got"
	if cmp -s "$TMPD/got" "$G/$f"; then ok 0 "golden $f"; else
		ok 1 "golden $f"; diff "$G/$f" "$TMPD/got" | head -20 | sed 's/^/# /'; fi
}
golden gb-ng-200.txt --from GB --to NG --amount 200
golden gb-ng-200.csv --from GB --to NG --amount 200 --format csv
golden gb-ng-200.json --from GB --to NG --amount 200 --format json
golden gb-ng-receive-100000.json --from GB --to NG --receive 100000 --format json
golden kw-bd-61.360.txt --from KW --to BD --amount 61.360
golden jp-vn-30640.csv --from JP --to VN --amount 30640 --format csv

# Spec example 1: 200.00 GBP, fee 3.99 on top, r 1901.50, m 1950.25.
run compare --rates "$RATES" --from GB --to NG --amount 200 --format csv
row=$(printf '%s\n' "$OUT" | grep ',naira-direct,')
is "$(echo "$row" | cut -d, -f8,11,12,13,14,16)" "3.99,380300.00,203.99,8.99,4.49,2.50" \
	"spec example 1: F, R, P, C, C%, FX margin"
# Spec example 2: 200.00 AUD, 7.00 deducted, r 1.5581, m 1.5816.
run compare --rates "$RATES" --from AU --to TO --amount 200.00 --format csv
row=$(printf '%s\n' "$OUT" | grep ',pacific-link,')
is "$(echo "$row" | cut -d, -f8,11,12,13,14)" "7.00,300.71,200.00,9.87,4.93" \
	"spec example 2: F, R, P, C, C% with the fee deducted"

# Countries: alpha-2, alpha-3 and English names, any case.
run compare --rates "$RATES" --from GB --to NG --amount 200; ref=$OUT
run compare --rates "$RATES" --from gbr --to NGA --amount 200
is "$OUT" "$ref" "alpha-3 codes give the same result"
run compare --rates "$RATES" --from "united kingdom" --to Nigeria --amount 200
is "$OUT" "$ref" "English names, any case, give the same result"
run compare --rates "$RATES" --from Narnia --to NG --amount 200
is "$RC" 2 "an unknown country is a usage error"
like "$ERR" 'no such country' "and says so"

# The table fits 80 columns.
width=$(printf '%s\n' "$ref" | wc -L)
ok $([ "$width" -le 80 ]; echo $?) "the table is at most 80 columns wide ($width)"

# JSON and CSV are readable by other programs.
run compare --rates "$RATES" --from US --to PH --amount 200 --format json
printf '%s' "$OUT" > "$TMPD/j"
is "$(json_get "$TMPD/j" "sorted(d['quotes'][0].keys())==sorted(['provider','name','type','available','fee','rate','receiver_fee','amount_received','sender_pays','total_cost','total_cost_pct','fee_pct','fx_margin_pct','transparent','over_5pct','within_3pct','speed','payout','payment'])")" True \
	"every available quote has the documented keys"
is "$(json_get "$TMPD/j" "sorted(d['indicators'].keys())")" \
	"['average_pct', 'count', 'max_pct', 'min_pct', 'over_5pct', 'smart_pct', 'weighted_average_pct']" \
	"the indicators have the documented keys"
is "$(json_get "$TMPD/j" "d['indicators']['weighted_average_pct']")" None \
	"a weighted average without every share is null"
run compare --rates "$RATES" --from US --to MX --amount 200 --format csv
printf '%s\n' "$OUT" > "$TMPD/c"
is "$(python3 -c 'import csv,sys; r=list(csv.DictReader(open(sys.argv[1], newline=""))); print(len(r), r[0]["rank"], r[0]["provider"])' "$TMPD/c")" \
	"6 1 colibri-envios" "CSV has a header and one row per provider"

# The inverse: each send_amount, quoted forward, delivers at least T.
run compare --rates "$RATES" --from GB --to NG --receive 100000 --format csv
printf '%s\n' "$OUT" | tail -n +2 | while IFS=, read -r rank id name type avail reason send rest; do
	[ "$avail" = true ] || continue
	"$REMIT" compare --rates "$RATES" --from GB --to NG --amount "$send" --format csv |
		grep ",$id," | cut -d, -f11
done > "$TMPD/recv"
bad=$(awk '$1 < 100000' "$TMPD/recv" | wc -l)
n=$(wc -l < "$TMPD/recv")
ok $([ "$n" -ge 5 ] && [ "$bad" -eq 0 ]; echo $?) "every inverse amount delivers at least 100000 NGN ($n quotes)"

# Amounts a person might type, refused with what to type instead.
check_amount() {	# check_amount AMOUNT MESSAGE
	run compare --rates "$RATES" --from GB --to NG --amount "$1"
	is "$RC" 2 "amount '$1' is refused with status 2"
	like "$ERR" "$2" "amount '$1': $2"
}
check_amount "12,50" "use a dot for decimals"
check_amount "1e3" "without an exponent"
check_amount "-5" "cannot be negative"
check_amount "" "no amount given"
check_amount "200.001" "type at most 2 digits after the dot, e.g. 200.00"
run compare --rates "$RATES" --from JP --to VN --amount 100.5
like "$ERR" "JPY has no decimals; type a whole number such as 100" "JPY amounts are whole"

# Exit statuses.
run compare --rates "$RATES" --from GB --to MX --amount 200
is "$RC" 1 "no table for the corridor: status 1"
like "$ERR" "no rate table for GB-MX" "and says which"
run compare --rates "$RATES" --from GB --to NG
is "$RC" 2 "neither --amount nor --receive: status 2"
run compare --rates "$RATES" --from AU --to TO --amount 5000 --payout wallet
is "$RC" 1 "no provider offers 5000.00 AUD to a wallet: status 1"
like "$OUT" "not offered: sends at most 1000.00 AUD" "the unavailable provider says why"
run compare --rates "$RATES" --from GB --to NG --amount 200 --sort price
is "$RC" 2 "an unknown sort key: status 2"
# A provider name holding escape sequences and bytes that are not UTF-8
# never reaches the terminal raw, in any format.
mkdir "$TMPD/evil"
python3 - "$RATES/us-mx.json" "$TMPD/evil/us-mx.json" <<'PY'
import sys
b = open(sys.argv[1], 'rb').read()
b = b.replace('Colibrí Envíos'.encode(), b'Evil\\u001b]0;pwned\\u0007 \\u001b[31mred\xff\xc2\x9b')
open(sys.argv[2], 'wb').write(b)
PY
# Rate tables refuse control characters and invalid UTF-8 (issue 12), so
# the escape never gets as far as a screen or a file.
for fmt in table csv json; do
	run compare --rates "$TMPD/evil" --from US --to MX --amount 200 --format $fmt
	n=$(printf '%s%s' "$OUT" "$ERR" | tr -d -c '\033\007\233' | wc -c)
	is "$n" 0 "no ESC, BEL or CSI byte in the $fmt output or its errors"
	is "$RC" 1 "a table with controls in a name is not used ($fmt)"
done
like "$ERR" "us-mx.json: providers[1].name: holds a control character or invalid UTF-8; write plain text" \
	"the refused name is named by its JSON path"
run --version
like "$OUT" "remit 0.1.0" "--version"
run compare --help
like "$OUT" "Usage: remit compare" "compare --help"
done_testing
