#!/bin/sh
# tests/rpw.sh - `remit rpw audit` and `remit rpw indicators` on a small
# hand-made RPW file with every quirk of real exports.
#
# tests/fixtures/rpw-small.csv: UTF-8 BOM, CRLF, the 42 named columns
# (some in another case: "Period", "CC1 Total Cost %", " transparent ") and
# an unnamed trailing column (row 4 has "x" under it), "..", a blank cell,
# exponents (5.01E0, 1.5E1, 1.5E-2, 1.5e-2), quoted commas and a quoted
# line break, labels "MTO"/"mto", "Bank"/"BANK", "yes"/"Yes", a period
# written "2025_2q", a row with transparent = no, a row with no speed, and
# one malformed record (line 10: text after a closing quote).
#
# Rows (cost % = fee / amount x 100 + margin; cc1 = 160 GBP / 200 USD /
# 33000 AOA, cc2 = 400 GBP / 500 USD / 82500 AOA):
#  GBRNGA 2025_3Q (interbank 2000.00)
#   1 Naira Direct same day  cc1 3.20 -> 2%+2.00 = 4.00; cc2 4.00 -> 3.00,
#     but cc2 rate 1906 (typo for 1960): margin (2000-1906)/2000 = 4.70%,
#     published 2.00 -> MARGIN FINDING -2.70
#   2 Lagos Lane next day    cc1 8.00 -> 5%+0.50 = 5.50 published 5.60
#     -> TOTAL FINDING +0.10; cc2 8.00 -> 2%+0.50 = 2.50
#   3 Harmattan 3-5 days     cc1 fee 0, margin 5.00, published 5.01E0:
#     difference 0.01, not more than the tolerance -> no finding; rate
#     1900.1 gives margin 4.995, 0.005 off -> no finding; cc2 5.00
#   4 Slow Post 6 days+      cc1 2.00, cc2 2.00 (not fast: not in SmaRT)
#   5 Opaque Co transparent=no: 3.00 / 3.00 (counted, never averaged)
#  GBRNGA 2025_2Q: 6 -> 6.00/4.50; 7 -> 5.00/cc2 missing (".."); 8 (speed
#   blank: not fast) -> 3.00/3.00
#  USAMEX 2025_3Q: 9 -> 4.50/3.00; 10 (fee 1.5E1) -> 8.50/4.00;
#   11 (margin 1.5E-2) -> 1.015/1.015; 12 (slow) -> 0.00/0.00
#  AGONAM 2025_3Q: 13 -> worked example 4: 2257.2 / 33000 x 100 = 6.84,
#   + 3.10 = 9.94; cc2 4125/82500 = 5% + 3.10 = 8.10; 14 -> 4.00/3.00;
#   15 -> 3.50/2.50
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
F="$TOP_SRCDIR/tests/fixtures/rpw-small.csv"

# --- audit -------------------------------------------------------------
run rpw audit "$F" --format csv
is "$RC" 0 "audit: exit 0"
is "$(printf '%s\n' "$OUT" | tr -d '\r' | head -1)" \
    "id,period,corridor,firm,benchmark,check,published_pct,recomputed_pct,difference_pp" \
    "audit: CSV header"
is "$(printf '%s\n' "$OUT" | tr -d '\r' | sed 1d)" \
"1,2025_3Q,GBRNGA,Naira Direct,cc2,margin,2.00,4.70,-2.70
2,2025_3Q,GBRNGA,Lagos Lane,cc1,total,5.60,5.50,0.10" \
    "audit: the two planted errors, and nothing within the tolerance"
like "$ERR" "line 10, column 32: text after a closing quote" \
    "audit: the malformed record is named by line and column"
like "$ERR" "malformed_rows         1" "audit: malformed record counted"

run rpw audit "$F" --format json
is "$(json_get "$TMPD/out" 'len(d["findings"])')" 2 "audit json: 2 findings"
# 2025_3Q: 12 rows x 2 benchmarks = 24 total checks; margin checks 24 - 2
# (row 5 is transparent = no) = 22.  2025_2Q: row 7 cc2 has no total.
is "$(json_get "$TMPD/out" '[(p["period"],p["rows"],p["total_checks"],p["margin_checks"],p["skipped_checks"]) for p in d["summary"]]')" \
    "[('2025_3Q', 12, 24, 22, 0), ('2025_2Q', 3, 5, 6, 1)]" \
    "audit json: summary by period"
is "$(json_get "$TMPD/out" 'd["quirks"]')" \
    "{'rows': 15, 'blank_cells': 1, 'dotdot_cells': 3, 'unnamed_columns': 1, 'extra_cells': 1, 'short_rows': 0, 'inconsistent_casing': 4, 'exponent_numbers': 4, 'bad_numbers': 0, 'not_transparent_rows': 1, 'unknown_speed': 1, 'malformed_rows': 1, 'crlf_lines': 16, 'quoted_commas': 3, 'quoted_newlines': 1, 'bom': 1, 'spacer_rows': 0, 'duplicate_rows': 0, 'text_numbers': 0, 'inferred_currency_rows': 15, 'usd_payout_rows': 0, 'negative_margins': 0, 'unread_columns': ['source_name', 'source_region', 'source_income', 'source_lending', 'source_G8G20', 'destination_name', 'destination_income', 'destination_lending', 'destination_G8G20', 'pickup location']}" \
    "audit json: every quirk counted"

# With a tolerance of 0.005 the 5.01 total of row 3 is a finding too.
run rpw audit "$F" --format csv --tolerance 0.005
like "$OUT" "3,2025_3Q,GBRNGA,\"Harmattan, Money\",cc1,total,5.01,5.00,0.01" \
    "audit: tighter tolerance finds row 3, firm quoted in CSV"
# ...and exactly at the boundary (0.005) the margin 4.995 is not.
unlike "$OUT" "cc1,margin" "audit: a difference equal to the tolerance is not a finding"

# Tolerance 0: only the rows whose figures are not exact.  Worked example
# 4 (row 13: 2257.2 / 33000 x 100 = 6.84 exactly, + 3.10 = 9.94, and
# (0.0200 - 0.01938) / 0.0200 x 100 = 3.10 exactly) is not among them; nor
# are the exponent cells of rows 10 and 11 (1.5E1 = 15: 15/200 = 7.5% +
# 1.00 = 8.50; 1.5E-2 = 0.015: 2/200 = 1% + 0.015 = 1.015).
run rpw audit "$F" --format csv --tolerance 0 --digits 4
is "$(printf '%s\n' "$OUT" | tr -d '\r' | sed 1d)" \
"1,2025_3Q,GBRNGA,Naira Direct,cc2,margin,2.0000,4.7000,-2.7000
2,2025_3Q,GBRNGA,Lagos Lane,cc1,total,5.6000,5.5000,0.1000
3,2025_3Q,GBRNGA,\"Harmattan, Money\",cc1,total,5.0100,5.0000,0.0100
3,2025_3Q,GBRNGA,\"Harmattan, Money\",cc1,margin,5.0000,4.9950,0.0050" "audit: tolerance 0 lists only inexact rows; worked example 4 is exact"

# --- indicators --------------------------------------------------------
# Global (every service, as RPW's Global Average), transparent only:
# cc1: 4.00+5.60+5.01+2.00 + 6.00+5.00+3.00 + 4.50+8.50+1.015+0.00
#      + 9.94+4.00+3.50 = 62.065 over 14 = 4.4332... -> 4.43;
#      SmaRT of GBRNGA 3Q (4.00+5.01+5.60)/3, USAMEX (4.50+1.015+8.50)/3,
#      AGONAM (9.94+4.00+3.50)/3 (GBRNGA 2Q has two fast services: none):
#      (14.61+14.015+17.44)/9 = 5.1183... -> 5.12; over 5%: 5.60, 5.01,
#      6.00, 8.50, 9.94 = 5 of 14 = 35.714...% -> 35.71
# cc2: 12.50 + 7.50 + 8.015 + 13.60 = 41.615 over 13 = 3.2011... -> 3.20;
#      SmaRT (10.50 + 8.015 + 13.60)/9 = 3.5683... -> 3.57; over 5%: 8.10
#      only: 1/13 = 7.692...% -> 7.69
run rpw indicators "$F" --format csv
is "$(printf '%s\n' "$OUT" | tr -d '\r')" \
"benchmark,services,transparent_services,average_pct,smart_pct,min_pct,max_pct,over_5pct,over_5pct_share,meets_5pct
cc1,15,14,4.43,5.12,0.00,9.94,5,35.71,
cc2,14,13,3.20,3.57,0.00,8.10,1,7.69," "indicators: global figures"

# Per corridor and period:
# GBRNGA 3Q cc1: 16.61/4 = 4.1525 -> 4.15 (half-up); SmaRT 14.61/3 = 4.87
#   <= 5: meets; over 5%: 5.60 and 5.01 -> 2/4 = 50%
# GBRNGA 3Q cc2: 3.00+2.50+5.00+2.00 = 12.50/4 = 3.125 -> 3.13 (half-up:
#   a float rounding half-even would say 3.12); SmaRT (3+2.5+5)/3 = 3.50;
#   5.00 is not over 5%
# GBRNGA 2Q cc1: 14/3 = 4.666... -> 4.67, no SmaRT (row 8 has no speed),
#   meets false; cc2: row 7 has no total: 2 services, (4.50+3.00)/2 = 3.75
# USAMEX cc1: 14.015/4 = 3.50375 -> 3.50; SmaRT 14.015/3 = 4.6716 -> 4.67
# USAMEX cc2: 8.015/4 = 2.00375 -> 2.00; SmaRT 8.015/3 = 2.6716 -> 2.67
# AGONAM cc1: 17.44/3 = 5.8133 -> 5.81, SmaRT the same: over 5, not met;
#   cc2: 13.60/3 = 4.5333 -> 4.53: met
run rpw indicators "$F" --by corridor --by period --format csv
is "$(printf '%s\n' "$OUT" | tr -d '\r')" \
"corridor,period,benchmark,services,transparent_services,average_pct,smart_pct,min_pct,max_pct,over_5pct,over_5pct_share,meets_5pct
AGONAM,2025_3Q,cc1,3,3,5.81,5.81,3.50,9.94,1,33.33,false
AGONAM,2025_3Q,cc2,3,3,4.53,4.53,2.50,8.10,1,33.33,true
GBRNGA,2025_2Q,cc1,3,3,4.67,,3.00,6.00,1,33.33,false
GBRNGA,2025_2Q,cc2,2,2,3.75,,3.00,4.50,0,0.00,false
GBRNGA,2025_3Q,cc1,5,4,4.15,4.87,2.00,5.60,2,50.00,true
GBRNGA,2025_3Q,cc2,5,4,3.13,3.50,2.00,5.00,0,0.00,true
USAMEX,2025_3Q,cc1,4,4,3.50,4.67,0.00,8.50,1,25.00,true
USAMEX,2025_3Q,cc2,4,4,2.00,2.67,0.00,4.00,0,0.00,true" \
    "indicators: per corridor and period"

# --digits 4: 62.065/14 = 4.43321428... -> 4.4332
run rpw indicators "$F" --format csv --digits 4
like "$OUT" "cc1,15,14,4.4332,5.1183," "indicators: --digits 4"

# --recompute: GBRNGA 3Q cc1 from fees: 4.00 + 5.50 + 5.00 + 2.00 = 16.50
# over 4 = 4.125 -> 4.13 (the published figures give 4.15)
run rpw indicators "$F" --by corridor --by period --recompute --format csv
like "$OUT" "GBRNGA,2025_3Q,cc1,5,4,4.13," "indicators: --recompute"

# By firm type: labels in another case go to the first spelling.
# Bank cc1: 5.60 (row 2) + 5.00 (row 7) + 8.50 + 4.00 = 23.10/4 = 5.775 ->
# 5.78; MTO cc1 (row 4 "mto" included, row 5 not transparent):
# 4.00+5.01+2.00+6.00+3.00+4.50+1.015+0.00+9.94+3.50 = 38.965/10 = 3.8965
# -> 3.90.  SmaRT is per corridor-period within the group: no
# corridor-period has three fast MTOs or three fast banks: none.
run rpw indicators "$F" --by firm-type --format json
is "$(json_get "$TMPD/out" '[(g["firm_type"],g["services"],g["average_pct"],g["smart_pct"],g["meets_5pct"]) for g in d["indicators"] if g["benchmark"]=="cc1"]')" \
    "[('Bank', 4, '5.78', None, None), ('MTO', 11, '3.90', None, None)]" \
    "indicators: by firm type, casing folded"
is "$(json_get "$TMPD/out" '[g["transparent_services"] for g in d["indicators"] if g["firm_type"]=="MTO"]')" \
    "[10, 10]" "indicators: MTO transparent services"

# Columns are found by name in any order: the same file with its columns
# reversed, no "corridor" column (made of source_code and
# destination_code), read from standard input, gives the same figures.
python3 - "$F" "$TMPD/reversed.csv" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
drop = rows[0].index("corridor")
with open(sys.argv[2], "w", newline="") as f:
    w = csv.writer(f)
    for r in rows:
        if len(r) > 40:
            w.writerow([c for i, c in enumerate(r) if i != drop][::-1])
PY
"$REMIT" rpw indicators - --by corridor --by period --format csv \
    <"$TMPD/reversed.csv" >"$TMPD/rev.out" 2>/dev/null
"$REMIT" rpw indicators "$F" --by corridor --by period --format csv \
    >"$TMPD/fwd.out" 2>/dev/null
ok "$(cmp -s "$TMPD/rev.out" "$TMPD/fwd.out"; echo $?)" \
    "indicators: columns in any order, corridor from the codes, stdin"

# --digits 3 in the audit: 5.60 - 5.50 = 0.100
run rpw audit "$F" --format csv --digits 3
like "$OUT" "Lagos Lane,cc1,total,5.600,5.500,0.100" "audit: --digits 3"

# --- errors --------------------------------------------------------------
printf 'id,period,firm\r\n1,2025_3Q,x\r\n' >"$TMPD/bad.csv"
run rpw indicators "$TMPD/bad.csv"
is "$RC" 2 "indicators: missing columns: exit 2"
like "$ERR" "no column \"transparent\"" "indicators: names the missing column"
run rpw indicators "$F" --by nation
is "$RC" 2 "indicators: unknown --by: exit 2"
run rpw indicators "$F" --by period --by period
is "$RC" 2 "indicators: a --by key twice: exit 2"
run rpw audit /nonexistent.csv
is "$RC" 2 "audit: missing file: exit 2"
# Garbage never crashes the reader.
head -c 3000 /dev/urandom >"$TMPD/garbage.csv" 2>/dev/null || true
run rpw audit "$TMPD/garbage.csv"
ok "$([ "$RC" -eq 2 ] || [ "$RC" -eq 0 ]; echo $?)" "audit: garbage gives an error, not a crash"

done_testing
