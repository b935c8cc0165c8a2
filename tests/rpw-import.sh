#!/bin/sh
# tests/rpw-import.sh - `remit rpw import` -> `remit compare --rates DIR`
# round trip, the estimate label away from the benchmarks, and `remit
# batch` and `remit report` on the imported folder.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
F="$TOP_SRCDIR/tests/fixtures/rpw-small.csv"
D="$TMPD/rpw"

run rpw import "$F" --period 2025_3Q --out "$D"
is "$RC" 0 "import: exit 0"
like "$OUT" "3 rate tables written" "import: one table per corridor of 2025_3Q"
is "$(ls "$D" | tr '\n' ' ')" "ao-na.json gb-ng.json us-mx.json " \
    "import: files named from-to by alpha-2 codes"
run check --rates "$D"
is "$RC" 0 "import: remit check accepts every table"

# Round trip at the cc1 benchmark, 160.00 GBP (reference rate 2000, the
# first interbank rate of the corridor; provider rate = 2000 x (100 -
# published margin) / 100):
#  Naira Direct: fee 3.20, rate 1960, R = 160 x 1960 = 313600.00,
#    C = 163.20 - 313600 / 2000 = 6.40 -> 4.00% (published 4.00)
#  Lagos Lane: fee 8.00, rate 1990, C% = 5% + 0.50% = 5.50 (the published
#    5.60 was the planted error: the table carries the fee and margin)
#  Harmattan, Money: fee 0, rate 1900 -> 5.00%
# ranked by total cost: Naira Direct, Harmattan Money, Lagos Lane.
run compare --from GB --to NG --amount 160 --rates "$D" --format json
is "$(json_get "$TMPD/out" '[(q["provider"], q["fee"], q["amount_received"], q["total_cost_pct"], q["fx_margin_pct"]) for q in d["quotes"] if q["provider"] in ("naira-direct", "lagos-lane", "harmattan-money")]')" \
    "[('naira-direct', '3.20', '313600.00', '4.00', '2.00'), ('harmattan-money', '0.00', '304000.00', '5.00', '5.00'), ('lagos-lane', '8.00', '318400.00', '5.50', '0.50')]" \
    "round trip at USD 200 (160 GBP): fees, received, cost % as published"
is "$(json_get "$TMPD/out" '"estimate" in d')" "False" \
    "a benchmark amount is not an estimate"
# The cc2 benchmark, 400.00 GBP: Naira Direct 4.00/400 = 1% + 2.00 = 3.00
run compare --from GB --to NG --amount 400 --rates "$D" --format json
is "$(json_get "$TMPD/out" '[q["total_cost_pct"] for q in d["quotes"] if q["provider"] == "naira-direct"][0]')" \
    "3.00" "round trip at USD 500 (400 GBP)"
is "$(json_get "$TMPD/out" '"estimate" in d')" "False" \
    "the second benchmark is not an estimate either"

# Worked example 4 through the kiosk's own cost model: 2257.2 AOA on
# 33000 AOA = 6.84%, margin 3.10% (rate 0.0200 x 0.969 = 0.01938),
# total 9.94%.
run compare --from AO --to NA --amount 33000 --rates "$D" --format csv
like "$OUT" "kwanza-express,Kwanza Express,mto,true,,33000.00,2257.20,0.01938,0.00,639.54,35257.20,3280.20,9.94,6.84,3.10," \
    "worked example 4: 6.84% + 3.10% = 9.94%"

# Between the benchmarks: an estimate, said in JSON and in the table.
run compare --from GB --to NG --amount 300 --rates "$D" --format json
is "$(json_get "$TMPD/out" 'd["estimate"]')" "True" \
    "300 GBP is labelled an estimate in JSON"
run compare --from GB --to NG --amount 300 --rates "$D"
like "$OUT" "≈ estimate: prices observed at two amounts only" \
    "300 GBP is labelled an estimate in the table"
# Naira Direct at 300 GBP, between 160 (fee 3.20) and 400 (fee 4.00):
# F = 3.20 + 140 x 0.80 / 240 = 3.6666.. -> 3.67, rate 1960 at both.
like "$OUT" "Naira Direct            ≈588000.00     303.67     3.67" \
    "300 GBP: the fee on the line through the two benchmarks, marked ≈"
like "$OUT" "rate 1960, FX margin 2.00%, same day, pays out: cash, estimate" \
    "300 GBP: the word estimate on each row"
# Outside them: priced too, as an estimate, one row per service.
run compare --from GB --to NG --amount 100 --rates "$D" --format json
is "$RC" 0 "below the USD 200 benchmark the services are priced"
is "$(json_get "$TMPD/out" '(d["estimate"], len(d["quotes"]), [q["fee"] for q in d["quotes"] if q["provider"] == "naira-direct"][0], all(q["estimate"] for q in d["quotes"]))')" \
    "(True, 5, '3.00', True)" \
    "100 GBP: five services, each an estimate; a fee that grows with the amount follows its line below 160 (3.20 - 60 x 0.80 / 240 = 3.00)"

# Tables without the RPW mark never say estimate.
run compare --from GB --to NG --amount 300 --format json
is "$(json_get "$TMPD/out" '"estimate" in d')" "False" \
    "ordinary tables: no estimate key"

# Batch on the imported folder: estimate at 300, not at 160.
printf '%s\n' '{"from":"GB","to":"NG","amount":"160"}' \
    '{"from":"GB","to":"NG","amount":"300","id":"x"}' >"$TMPD/req"
run batch "$TMPD/req" --rates "$D"
is "$(printf '%s\n' "$OUT" | python3 -c '
import json, sys
for l in sys.stdin:
    d = json.loads(l); print(d["line"], d["id"], d.get("estimate", False))')" \
    "1 None False
2 x True" "batch: estimate only away from the benchmarks"

# remit report on the imported folder, at USD 200 (= 160.00 GBP, as
# send_per_usd = 160 / 200 = 0.8) and USD 300 (= 240.00 GBP: an estimate).
# ALL at USD 200: every transparent service of the three corridors:
# AO-NA 9.94 + 4.00 + 3.50 = 17.44; GB-NG 4.00 + 5.50 + 5.00 + 2.00 =
# 16.50; US-MX 4.50 + 8.50 + 1.015 + 0.00 = 14.015; (17.44 + 16.50 +
# 14.015) / 11 = 4.3595... -> 4.36.  SmaRT per corridor: 17.44/3,
# (4.00+5.00+5.50)/3 (Slow Post is 6 days+), 14.015/3; their average
# (17.44 + 14.50 + 14.015) / 9 = 5.1061... -> 5.11
run report --rates "$D" --amount 300 --format csv
is "$(printf '%s\n' "$OUT" | tr -d '\r' | grep -E '^(GB-NG|ALL),' | cut -d, -f1,4-16)" \
"GB-NG,200,160.00,false,5,4,4.13,,4.83,2.00,5.50,1,25.00,true
ALL,200,,,12,11,4.36,,5.11,0.00,9.94,3,27.27,
GB-NG,500,400.00,false,5,4,3.13,,3.50,2.00,5.00,0,0.00,true
ALL,500,,,12,11,3.10,,3.57,0.00,8.10,1,9.09,
GB-NG,300,240.00,true,5,4,3.57,,4.09,2.00,5.00,0,0.00,true
ALL,300,,,12,11,3.66,,4.25,0.00,8.92,2,18.18," \
    "report: per corridor and global, benchmarks and an estimate"
run report --rates "$D" --amount 3e2
is "$RC" 2 "report: a bad --amount is refused"

# A service whose cc1 and cc2 margins differ is still one provider, with
# its two benchmarks; a short row (cells missing at the end) is counted
# and its missing cc2 leaves it priced at cc1 only.  Columns in another
# order, no "corridor" column.
{
printf 'period,firm,source_code,destination_code,transparent,speed actual,'
printf 'cc1 lcu amount,cc1 lcu code,cc1 lcu fee,cc1 fx margin,cc1 total cost %%,'
printf 'cc2 lcu amount,cc2 lcu fee,cc2 fx margin,cc2 total cost %%,inter lcu bank fx\n'
printf '2025_3Q,Two Rates,USA,PHL,yes,Same day,200,USD,4,1.5,3.5,500,5,1.0,2.0,56.00\n'
printf '2025_3Q,Short One,USA,PHL,yes,Next day,200,USD,2,2.0,3.0\n'
} >"$TMPD/two.csv"
run rpw import "$TMPD/two.csv" --period 2025_3Q --out "$TMPD/two" --format json
is "$(json_get "$TMPD/out" '(d["tables"], d["rows_used"], d["quirks"]["short_rows"])')" \
    "(1, 2, 1)" "import: short row counted and used at cc1"
# USD 200: Two Rates at 56 x 0.985 = 55.16, fee 4 -> 2% + 1.5% = 3.50;
# Short One (cc1 only, pinned too) at 56 x 0.98 = 54.88 -> 1% + 2% = 3.00;
# USD 500: Two Rates at 56 x 0.99 = 55.44, fee 5 -> 1% + 1% = 2.00
run compare --from US --to PH --amount 200 --rates "$TMPD/two" --format json
is "$(json_get "$TMPD/out" '[(q["provider"], q["rate"], q["total_cost_pct"]) for q in d["quotes"] if q["available"]]')" \
    "[('short-one', '54.88', '3.00'), ('two-rates', '55.16', '3.50')]" \
    "import: different margins, one provider, at USD 200 its cc1 price"
run compare --from US --to PH --amount 500 --rates "$TMPD/two" --format json
is "$(json_get "$TMPD/out" '[(q["provider"], q["name"], q["rate"], q["total_cost_pct"], "estimate" in q) for q in d["quotes"] if q["available"]]')" \
    "[('two-rates', 'Two Rates', '55.44', '2.00', False)]" \
    "import: ... and at USD 500 its cc2 price, not an estimate"
# Between them the rate moves on the line: 55.16 + 100 x 0.28 / 300 =
# 55.2533.., fee 4 + 100 / 300 = 4.33
run compare --from US --to PH --amount 300 --rates "$TMPD/two" --format json
is "$(json_get "$TMPD/out" '[(q["provider"], q["fee"], q["rate"], q["estimate"]) for q in d["quotes"] if q["available"]]')" \
    "[('two-rates', '4.33', '55.2533', True)]" \
    "import: at USD 300 one row, its fee and rate estimated"

# Import errors.
run rpw import "$F" --period 2025-3 --out "$D"
is "$RC" 2 "import: a bad --period is refused"
run rpw import "$F" --period 2019_1Q --out "$TMPD/none"
is "$RC" 1 "import: a period with no rows writes nothing"
done_testing
