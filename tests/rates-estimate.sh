#!/bin/sh
# Providers known from two benchmarks (remit-rates(5) "benchmarks"; the
# cost model's "Tables from two benchmarks"): observed at a1 and a2, an
# estimate elsewhere, marked as one in every format; notes and source in
# the reader's language; the age of the prices (--max-age).
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
D="$TMPD/rates"
mkdir -p "$D"
cp "$TOP_SRCDIR/tests/fixtures/bench-us-mx.json" "$D/us-mx.json"
q() {	# q AMOUNT PROVIDER EXPR: a value of one quote in compare's JSON
	run compare --rates "$D" --from US --to MX --amount "$1" --format json
	json_get "$TMPD/out" "[$3 for q in d['quotes'] if q['provider'] == '$2'][0]"
}

# The spec's worked example: a1 = 200, f1 = 5.00, r1 = 17.50; a2 = 500,
# f2 = 8.00, r2 = 17.60.
is "$(q 300 bench-co '(q["fee"], q["rate"], q["estimate"])')" \
    "('6.00', '17.5333', True)" "A = 300: F = 6.00, r = 17.5333.., an estimate"
# R = 300 x 17.5333.. = 5260 exactly (263/15 x 300), P = 306.00,
# C = 306 - 5260 / 18 = 13.777.. -> 13.78
is "$(q 300 bench-co '(q["amount_received"], q["sender_pays"], q["total_cost"])')" \
    "('5260.00', '306.00', '13.78')" "A = 300: R from the exact r(A)"
is "$(q 1000 bench-co '(q["fee"], q["rate"], q["estimate"])')" \
    "('13.00', '17.60', True)" "A = 1000: F = 13.00 (a growing fee keeps growing), r = 17.60"
is "$(q 200 bench-co '(q["fee"], q["rate"], "estimate" in q)')" \
    "('5.00', '17.50', False)" "A = 200: the observed price, not an estimate"
is "$(q 500 bench-co '(q["fee"], q["rate"], "estimate" in q)')" \
    "('8.00', '17.60', False)" "A = 500: the observed price, not an estimate"
# A falling fee (10.00 at 200, 4.00 at 500): on the line between, the
# nearer benchmark's fee outside; rates likewise.
is "$(q 350 falling-fee '(q["fee"], q["rate"])')" "('7.00', '17.50')" \
    "falling fee: 10 - 150 x 6 / 300 = 7.00 between"
is "$(q 1000 falling-fee '(q["fee"], q["rate"])')" "('4.00', '17.20')" \
    "falling fee: above a2, a2's fee and rate"
is "$(q 100 falling-fee '(q["fee"], q["rate"])')" "('10.00', '17.80')" \
    "falling fee: below a1, a1's fee and rate"
# A growing fee below a1 follows its line, never below 0:
# 5 + (10 - 200) x 3 / 300 = 3.10; at 20: 5 - 1.80 = 3.20; at 0.01: 3.00..
is "$(q 10 bench-co 'q["fee"]')" "3.10" "growing fee below a1 follows the line"

# One service, one row; the document's estimate flag and the ordinary
# provider beside it.
run compare --rates "$D" --from US --to MX --amount 300 --format json
is "$(json_get "$TMPD/out" '(d["estimate"], len(d["quotes"]), [q["provider"] for q in d["quotes"] if "estimate" not in q])')" \
    "(True, 3, ['flat-co'])" "three services, three rows; the table-priced one is no estimate"
run compare --rates "$D" --from US --to MX --amount 200 --format json
is "$(json_get "$TMPD/out" '"estimate" in d')" "False" \
    "at a benchmark amount the comparison is no estimate"
run compare --rates "$D" --from US --to MX --amount 300 --format csv
is "$(printf '%s\n' "$OUT" | tr -d '\r' | cut -d, -f2,8,9,26,27 | sort)" \
"bench-co,6.00,17.5333,54,true
falling-fee,8.00,17.60,54,true
flat-co,2.00,17.40,54,false
provider,fee,rate,age_days,estimate" "CSV: estimate and age_days columns"
run compare --rates "$D" --from US --to MX --amount 300
like "$OUT" "Bench Co                  ≈5260.00     306.00     6.00    13.78  4.59%" \
    "table: ≈ before an estimated amount"
like "$OUT" "rate 17.5333, FX margin 2.59%, same day, pays out: cash, estimate" \
    "table: the word estimate on its row"
like "$OUT" "≈ estimate: prices observed at two amounts only" \
    "table: the estimate explained"
# The inverse prices estimates too, and checks them forward.
run compare --rates "$D" --from US --to MX --receive 5260 --format json
is "$(json_get "$TMPD/out" '[(q["send_amount"], q["amount_received"], q.get("estimate", False)) for q in d["quotes"] if q["provider"] == "bench-co"][0]')" \
    "('300.00', '5260.00', True)" "inverse: 300.00 USD delivers 5260.00 MXN, an estimate"
# batch and report say it too.
printf '%s\n' '{"from":"US","to":"MX","amount":"300"}' \
    '{"from":"US","to":"MX","amount":"500"}' >"$TMPD/req"
run batch "$TMPD/req" --rates "$D"
is "$(printf '%s\n' "$OUT" | python3 -c '
import json, sys
for l in sys.stdin:
    d = json.loads(l); print(d["line"], d.get("estimate", False), [q.get("estimate", False) for q in d["quotes"]])')" \
    "1 True [False, True, True]
2 False [False, False, False]" "batch: estimate per answer and per quote"
run report --rates "$D" --amount 300 --format csv
is "$(printf '%s\n' "$OUT" | tr -d '\r' | grep '^US-MX' | cut -d, -f4,6)" \
"200,false
500,false
300,true" "report: estimate only away from the benchmarks"

# Validation: exact messages with the JSON path.
bad() {	# bad NAME SED-EXPR MESSAGE
	mkdir -p "$TMPD/bad"; rm -f "$TMPD/bad/"*
	sed "$2" "$TOP_SRCDIR/tests/fixtures/bench-us-mx.json" >"$TMPD/bad/us-mx.json"
	run check --rates "$TMPD/bad"
	is "$RC" 2 "$1: refused"
	like "$ERR" "$3" "$1: says where and how"
}
bad "fee beside benchmarks" 's/"speed": "same-day",/"speed": "same-day", "rate": "17.50",/' \
    'providers[0].benchmarks: a provider has either "benchmarks" or "fee" and "rate", not both; remove one'
bad "one benchmark" 's/{"amount": "500.00", "fee": "8.00", "rate": "17.60"}/{}/' \
    'providers[0].benchmarks[1].amount: missing'
bad "decreasing amounts" 's/"amount": "500.00", "fee": "8.00"/"amount": "150.00", "fee": "8.00"/' \
    "providers[0].benchmarks[1].amount: must be larger than the first benchmark's amount; list the two in increasing amount"
bad "three decimals in a fee" 's/"fee": "8.00"/"fee": "8.001"/' \
    'providers[0].benchmarks[1].fee: too many decimals'
bad "a language code" 's/"es": "Promoción/"spanish": "Promoción/' \
    'providers[0].notes.spanish: "spanish" is not a language code; write two lower-case letters such as "fr"'

# Texts from the table in the reader's language, English otherwise.
run compare --rates "$D" --from US --to MX --amount 300 --format json
is "$(json_get "$TMPD/out" 'd["source"]')" "A centre's survey at two amounts." \
    "source: English by default"
LANGUAGE=fr run compare --rates "$D" --from US --to MX --amount 300
like "$OUT" "Source : L'enquête d'un centre à deux montants." \
    "source: French in the table when the messages are French"
LANGUAGE=fr run compare --rates "$D" --from US --to MX --amount 300 --format json
is "$(json_get "$TMPD/out" 'd["source"]')" "A centre's survey at two amounts." \
    "source: JSON keeps the table's own text, for programs"
LANGUAGE=es run compare --rates "$D" --from US --to MX --amount 300
like "$OUT" "Fuente: A centre's survey at two amounts." \
    "source: English when the table has no Spanish, with no error"
is "$ERR" "" "... and nothing on stderr"
LANGUAGE=fr run compare --rates "$D" --from US --to MX --amount 300
like "$OUT" "espèces, estimation" "payout and estimate words translated (fr)"

# Stale prices: REMIT_TODAY is 2026-11-24, the table is of 2026-10-01.
run compare --rates "$D" --from US --to MX --amount 300 --format json
is "$(json_get "$TMPD/out" '(d["as_of"], d["age_days"], "stale" in d)')" \
    "('2026-10-01', 54, False)" "JSON: as_of and age_days; 54 days is not stale (default 90)"
run compare --rates "$D" --from US --to MX --amount 300 --format json --max-age 30
is "$(json_get "$TMPD/out" 'd["stale"]')" "True" "JSON: stale with --max-age 30"
run compare --rates "$D" --from US --to MX --amount 300 --max-age 30
like "$OUT" "OUT OF DATE: these prices are from 2026-10-01, 54 days old (more than 30);" \
    "table: out of date said with the date and the age"
run compare --rates "$D" --from US --to MX --amount 300
unlike "$OUT" "OUT OF DATE" "table: not said within --max-age"
run compare --rates "$D" --from US --to MX --amount 300 --max-age 0
is "$RC" 2 "--max-age 0 is refused"
like "$ERR" '--max-age "0": write a number of days from 1 to 36500' "... with the range"
run batch "$TMPD/req" --rates "$D" --max-age 53
is "$(printf '%s\n' "$OUT" | python3 -c '
import json, sys
for l in sys.stdin:
    d = json.loads(l); print(d["age_days"], d.get("stale", False))')" \
    "54 True
54 True" "batch: age_days and stale with --max-age"
run check --rates "$D" --max-age 30
is "$RC" 0 "check: an old table is still valid"
is "$ERR" "$D/us-mx.json: prices from 2026-10-01, 54 days old (more than 30); update the table" \
    "check: says which table is older than --max-age"
run check --rates "$D"
is "$ERR" "" "check: nothing said within the default 90 days"
run report --rates "$D" --max-age 30
like "$ERR" "us-mx.json: prices from 2026-10-01, 54 days old (more than 30)" \
    "report: says which table is older than --max-age"
done_testing
