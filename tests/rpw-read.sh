#!/bin/sh
# tests/rpw-read.sh - real RPW files read right (issue 9, part 1): each
# quirk met in the World Bank's East African extract, on a small hand-made
# file, and the .xlsx workbook giving what its CSV export gives.
#
# tests/fixtures/rpw-east-africa.csv: upper-case column names as in the
# real extract, "PICK-UP METHOD" with a hyphen, a column no rule reads
# (SOURCE_NAME), two blank spacer rows (",,,,"), and in 2025_1Q (KES 26000
# = USD 200, KES 65000 = USD 500):
#  KENSSD 1 Juba Cash   pays USD: interbank 0.0076 (USD per KES; 0.0076 x
#         26000 / 200 = 0.988 per USD: the dollar's scale); fee 520 = 2% +
#         margin 1.00 = 3.00; cc2 650 = 1% + 1.00 = 2.00
#         2 Nile Mobile pays SSP: interbank 10.00 (1300 per USD); 1% + 2.00
#         = 3.00 at both; mobile money, paid into a wallet, "Juba only"
#         3 Promo Send  pays USD at a NEGATIVE margin -0.50 (a promotion,
#         explained in its note): 780 = 3% - 0.50 = 2.50; cc2 2% - 0.50 =
#         1.50; bank account in and out
#         4 the same as 1 but for its id: an exact duplicate (line 6)
#  KENUGA 5 Kampala Express pays UGX (28.5 per KES); total published 3.60
#         for 2% + 1.50 = 3.50: the one audit finding
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
F="$TOP_SRCDIR/tests/fixtures/rpw-east-africa.csv"
XLSX="$TOP_SRCDIR/tests/rpw-xlsx.py"

# --- the quirks, counted ---------------------------------------------------
run rpw audit "$F" --format json
is "$(json_get "$TMPD/out" '[(k, d["quirks"][k]) for k in ("rows", "spacer_rows", "duplicate_rows", "inferred_currency_rows", "usd_payout_rows", "negative_margins", "text_numbers", "unread_columns")]')" \
    "[('rows', 4), ('spacer_rows', 2), ('duplicate_rows', 1), ('inferred_currency_rows', 4), ('usd_payout_rows', 2), ('negative_margins', 1), ('text_numbers', 0), ('unread_columns', ['SOURCE_NAME'])]" \
    "quirks: spacers, the duplicate, inferred currencies, the promotion, the unread column"
like "$ERR" "rpw-east-africa.csv: line 6 repeats line 2 (every cell but the id); counted once" \
    "duplicate: named by its line and the line it repeats"
is "$(json_get "$TMPD/out" '[(p["period"], p["rows"], p["total_checks"], p["margin_checks"]) for p in d["summary"]]')" \
    "[('2025_1Q', 4, 8, 8)]" \
    "spacer rows are no period \"\"; the duplicate is checked once"
# The promotion's margin is checked like any other: (0.0076 - 0.007638) /
# 0.0076 x 100 = -0.50 exactly, so the one finding is Kampala's total.
is "$(json_get "$TMPD/out" '[(f["id"], f["benchmark"], f["check"], f["difference_pp"]) for f in d["findings"]]')" \
    "[('5', 'cc1', 'total', '0.10')]" "audit: a negative margin is no finding"
run rpw audit "$F"
like "$OUT" "  unread_columns         SOURCE_NAME" \
    "quirks report: the unread column listed once"

# --- duplicates collapsed in the indicators ------------------------------
# cc1: Juba 3.00 + Nile 3.00 + Promo 2.50 + Kampala 3.60 = 12.10 / 4 =
# 3.025 -> 3.03 (counting Juba twice would give 15.10 / 5 = 3.02);
# KENSSD cc2: (2.00 + 3.00 + 1.50) / 3 = 2.1666... -> 2.17, min 1.50 (the
# promotion is averaged like any price)
run rpw indicators "$F" --format csv
like "$OUT" "cc1,4,4,3.03,2.83,2.50,3.60,0,0.00," \
    "indicators: the duplicate row counted once"
run rpw indicators "$F" --by corridor --format csv
like "$OUT" "KENSSD,cc2,3,3,2.17,2.17,1.50,3.00,0,0.00,true" \
    "indicators: a promotion's negative margin is a real price"

# --- import: one table per corridor and payout currency -------------------
D="$TMPD/ea"
run rpw import "$F" --period 2025_1Q --out "$D" --format json
is "$(json_get "$TMPD/out" '(d["tables"], d["rows_used"], d["rows_skipped"], d["promotions"])')" \
    "(3, 4, 0, 1)" "import: 3 tables, every row used, the promotion kept"
is "$(ls "$D" | tr '\n' ' ')" "ke-ss-usd.json ke-ss.json ke-ug.json " \
    "import: the USD payouts of KE-SS in a table of their own"
is "$(python3 -c '
import json, sys
for f in sys.argv[1:]:
    t = json.load(open(f))
    print(t["corridor"]["receive_currency"], t["reference_rate"], t["as_of"],
          [(p["id"], p["payout"], p.get("payment")) for p in t["providers"]])
' "$D/ke-ss.json" "$D/ke-ss-usd.json" "$D/ke-ug.json")" \
"SSP 10 2025-02-20 [('nile-mobile', ['wallet'], ['mobile'])]
USD 0.0076 2025-03-01 [('juba-cash', ['cash'], ['cash']), ('promo-send', ['account'], ['bank-transfer'])]
UGX 28.5 2025-02-10 [('kampala-express', ['cash'], ['cash'])]" \
    "import: payout currency, reference rate, as_of from the dates, PICK-UP METHOD and payment instrument"
is "$(json_get "$D/ke-ss-usd.json" '[p.get("notes") for p in d["providers"]]')" \
    "['Access point: Agent. Receiving network coverage: National.', \"Promotion: a negative FX margin, the provider's rate above the interbank rate. Launch offer: rate above interbank. Access point: Online. Receiving network coverage: National.\"]" \
    "import: notes, access point and coverage carried; the promotion said"
run check --rates "$D"
is "$RC" 0 "import: remit check accepts every table"
# In dollars, as RPW observed: Promo Send gets 26000 x 0.007638 = 198.588
# -> 198.58 USD (never "SSP 198.58"); its cost is 2.50%, margin -0.50%.
run compare --from KE --to SS --amount 26000 --rates "$D" --receive-currency USD --format json
is "$(json_get "$TMPD/out" '[(q["provider"], q["amount_received"], q["fx_margin_pct"], q["total_cost_pct"]) for q in d["quotes"]] + [d["corridor"]["receive_currency"]]')" \
    "[('promo-send', '198.58', '-0.50', '2.50'), ('juba-cash', '195.62', '1.00', '3.00'), 'USD']" \
    "compare: the dollar payouts in dollars, the promotion ranked"
run compare --from KE --to SS --amount 26000 --rates "$D" --receive-currency SSP --format json
is "$(json_get "$TMPD/out" '[(q["provider"], q["amount_received"]) for q in d["quotes"]]')" \
    "[('nile-mobile', '254800.00')]" "compare: the SSP payouts in SSP"

# --- a receive currency column, where the file has one, is used -----------
# Row 1 says SSP though its interbank rate is on the dollar's scale: the
# column wins, and only row 2 (blank cell) is inferred.  Row 1's date is a
# workbook's day number, 45914: 2025-09-14.
python3 - "$F" "$TMPD/code.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
out = csv.writer(open(sys.argv[2], "w", newline=""), lineterminator="\n")
rows[1][rows[0].index("DATE")] = "45914"
out.writerow(rows[0] + ["Receive_Currency"])
out.writerow(rows[1] + ["ssp"])
out.writerow(rows[2] + [""])
PY
run rpw import "$TMPD/code.csv" --period 2025_1Q --out "$TMPD/code" --format json
is "$(json_get "$TMPD/out" '(d["tables"], d["quirks"]["inferred_currency_rows"], d["quirks"]["usd_payout_rows"])')" \
    "(1, 1, 0)" "receive currency column: read, loosely named; the blank cell inferred"
is "$(ls "$TMPD/code" | tr '\n' ' ')" "ke-ss.json " \
    "receive currency column: both rows in the SSP table"
is "$(json_get "$TMPD/code/ke-ss.json" 'd["as_of"]')" "2025-09-14" \
    "as_of: a workbook's day number read as a date"

# --- the workbook: the same bytes as its CSV export ------------------------
python3 "$XLSX" "$F" "$TMPD/ea.xlsx"
for args in "audit" "audit --format json" "audit --format csv" \
    "indicators --by corridor --by period" "indicators --format json" \
    "indicators --by firm-type --format csv"; do
	# shellcheck disable=SC2086
	"$REMIT" rpw $args "$F" >"$TMPD/csv.out" 2>/dev/null
	# shellcheck disable=SC2086
	"$REMIT" rpw $args "$TMPD/ea.xlsx" >"$TMPD/xlsx.out" 2>/dev/null
	ok "$(cmp -s "$TMPD/csv.out" "$TMPD/xlsx.out" && [ -s "$TMPD/csv.out" ]; echo $?)" \
	    "xlsx: rpw $args byte-identical to the CSV's"
done
run rpw import "$TMPD/ea.xlsx" --period 2025_1Q --out "$TMPD/x" --format json
ok "$(diff -r "$D" "$TMPD/x" >/dev/null; echo $?)" \
    "xlsx: import writes the same tables"
# Numbers stored as binary doubles, 17 digits ("0.0075240000000000003",
# "28.072500000000002"), are read with the 15 digits the spreadsheet shows
# and exports.
python3 "$XLSX" "$F" "$TMPD/doubles.xlsx" --doubles
python3 -c 'import sys, zipfile; x = zipfile.ZipFile(sys.argv[1]).read("xl/worksheets/sheet1.xml"); sys.exit(not (b"<v>0.0075240000000000003</v>" in x and b"<v>28.072500000000002</v>" in x))' "$TMPD/doubles.xlsx"
ok $? "xlsx: the doubles workbook stores 17 digits"
"$REMIT" rpw audit "$F" --format json >"$TMPD/csv.out" 2>/dev/null
"$REMIT" rpw audit "$TMPD/doubles.xlsx" --format json >"$TMPD/xlsx.out" 2>/dev/null
ok "$(cmp -s "$TMPD/csv.out" "$TMPD/xlsx.out"; echo $?)" \
    "xlsx: numbers stored as doubles give the CSV's audit"
run rpw import "$TMPD/doubles.xlsx" --period 2025_1Q --out "$TMPD/d" --format json
ok "$(diff -r "$D" "$TMPD/d" >/dev/null; echo $?)" \
    "xlsx: numbers stored as doubles give the same tables"

# Numbers typed as text (2024's releases), the sheet found by name beside
# another one: the same figures, and the 11 numeric cells of each of the 4
# rows counted.
python3 "$XLSX" "$F" "$TMPD/text.xlsx" --text-numbers --sheet Prices \
    --other-sheet "Read me"
run rpw indicators "$TMPD/text.xlsx" --format csv --sheet Prices
like "$OUT" "cc1,4,4,3.03,2.83,2.50,3.60,0,0.00," \
    "xlsx: numbers typed as text read as numbers"
like "$ERR" "  text_numbers           44" "xlsx: numbers typed as text counted"
run rpw indicators "$TMPD/text.xlsx"
is "$RC" 2 "xlsx: no sheet of the default name: exit 2"
is "$ERR" "remit: $TMPD/text.xlsx: no sheet \"Dataset (from Q2 2016)\"; give --sheet with one of: \"Read me\", \"Prices\"" \
    "xlsx: the sheets there are named"
# A ZIP that is no workbook, and a cut-off workbook: one line, exit 2.
printf 'x' >"$TMPD/a.txt"
(cd "$TMPD" && python3 -c 'import zipfile; zipfile.ZipFile("a.zip", "w").write("a.txt")')
run rpw audit "$TMPD/a.zip"
is "$RC:$ERR" "2:remit: $TMPD/a.zip: not an .xlsx workbook (no xl/workbook.xml); save it as an Excel workbook or export the sheet as CSV" \
    "xlsx: a ZIP without a workbook"
head -c 200 "$TMPD/ea.xlsx" >"$TMPD/cut.xlsx"
run rpw audit "$TMPD/cut.xlsx"
is "$RC" 2 "xlsx: a cut-off workbook: exit 2"

done_testing
