#!/bin/sh
# `remit rates record` and `remit rates history`: a centre's own survey
# written into its rate table, atomically, with every observation kept.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
D="$TMPD/survey"
mkdir -p "$D"

# The README's two commands.
run rates record --rates "$D" --from GB --to NG --send-currency GBP \
    --receive-currency NGN --provider naira-direct --name "Naira Direct" \
    --amount 200 --fee 3.99 --rate 1901.50 --mid 1950.25 \
    --mid-source "ECB reference rate" --date 2026-12-01 --payout account \
    --speed same-day
is "$RC" 0 "record: a new table, exit 0"
is "$OUT" "Recorded for GB-NG: naira-direct at 200, fee 3.99, rate 1901.50, on 2026-12-01." \
    "record: says what it wrote"
run rates history --rates "$D" --from GB --to NG
is "$(printf '%s\n' "$OUT" | sed -n 2p | tr -s ' ')" "2026-12-01 naira-direct 200 3.99 1901.50 1950.25" \
    "history: date, provider, amount, fee, rate, mid"
run check --rates "$D"
is "$RC" 0 "the table written is valid"
# One amount seen: priced at that amount only, as the spec's example 1.
run compare --rates "$D" --from GB --to NG --amount 200 --format json
is "$(json_get "$TMPD/out" '(d["as_of"], d["reference_rate"], d["source"], d["quotes"][0]["total_cost_pct"], "estimate" in d)')" \
    "('2026-12-01', '1950.25', 'Prices observed by the centre (survey); mid-market rate: ECB reference rate', '4.49', False)" \
    "one observation: as_of, mid, source, the price at 200 (C% 4.49)"
run compare --rates "$D" --from GB --to NG --amount 300
is "$RC" 1 "one observation: no price at another amount"

# A second amount makes benchmarks: 300 is an estimate between them.
run rates record --rates "$D" --from GB --to NG --provider naira-direct \
    --amount 500 --fee 4.99 --rate 1905.00 --mid 1950.50 --date 2026-12-02
is "$RC" 0 "record: a second amount"
run compare --rates "$D" --from GB --to NG --amount 300 --format json
# F = 3.99 + 100 x 1.00 / 300 = 4.3233.. -> 4.32; r = 1901.50 + 100 x 3.50
# / 300 = 1902.6666.. -> shown 1902.6667
is "$(json_get "$TMPD/out" '(d["as_of"], d["reference_rate"], d["quotes"][0]["fee"], d["quotes"][0]["rate"], d["quotes"][0]["estimate"])')" \
    "('2026-12-02', '1950.50', '4.32', '1902.6667', True)" \
    "two amounts: an estimate between them, the table dated by the last price"
# The same amount again: the latest price counts, the old one stays.
run rates record --rates "$D" --from GB --to NG --provider naira-direct \
    --amount 200 --fee 2.99 --rate 1901.50 --mid 1950.50 --date 2026-12-03
run compare --rates "$D" --from GB --to NG --amount 200 --format json
is "$(json_get "$TMPD/out" '(d["quotes"][0]["fee"], "estimate" in d)')" \
    "('2.99', False)" "a new price at 200 replaces the old one in the price"
run rates history --rates "$D" --from GB --to NG --provider naira-direct
is "$(printf '%s\n' "$OUT" | sed 1d | tr -s ' ')" "2026-12-01 naira-direct 200 3.99 1901.50 1950.25
2026-12-02 naira-direct 500 4.99 1905.00 1950.50
2026-12-03 naira-direct 200 2.99 1901.50 1950.50
3 observations, GBP NGN." "history: every observation kept, oldest first"
is "$(ls -A "$D")" "gb-ng.json" "no temporary file is left behind"

# Refusals, each leaving the table as it was.
cp "$D/gb-ng.json" "$TMPD/before"
run rates record --rates "$D" --from GB --to NG --provider okada \
    --amount 200 --fee 1.80 --rate 1938 --mid 1950.50
is "$RC" 2 "a new provider needs its name, payout and speed"
is "$ERR" "remit: $D/gb-ng.json: \"okada\" is a new provider of this table; give --name, --payout and --speed too" \
    "... and says so"
run rates record --rates "$D" --from GB --to NG --provider naira-direct \
    --amount 200 --fee 3,99 --rate 1901.50 --mid 1950.50
is "$RC" 2 "a decimal comma is refused"
like "$ERR" 'remit: --fee: "3,99": use a dot for decimals' "... naming the option"
run rates record --rates "$D" --from GB --to NG --provider naira-direct \
    --amount 200.001 --fee 3.99 --rate 1901.50 --mid 1950.50
is "$RC" 2 "three decimals of GBP are refused"
like "$ERR" "observations[3].amount: too many decimals: the currency has 2" \
    "... by the table's own check, with the JSON path"
run rates record --rates "$D" --from GB --to KE --provider x --name X \
    --payout cash --speed same-day --amount 200 --fee 1 --rate 160 --mid 161
is "$ERR" "remit: $D/gb-ke.json: there is no table for GB-KE yet; give --send-currency and --receive-currency to make it" \
    "a new corridor needs its currencies"
cmp -s "$D/gb-ng.json" "$TMPD/before"
ok $? "the table is unchanged after every refusal"
is "$(ls -A "$D")" "gb-ng.json" "and no file was made"
# A broken table is never overwritten.
printf '{"schema": "remit-rates/1",' >"$D/gb-ng.json"
run rates record --rates "$D" --from GB --to NG --provider naira-direct \
    --amount 200 --fee 3.99 --rate 1901.50 --mid 1950.50
is "$RC" 2 "a broken table is refused"
is "$(cat "$D/gb-ng.json")" '{"schema": "remit-rates/1",' "... and left as it was"
run rates history --rates "$D" --from GB --to NG
is "$RC" 1 "history of a missing or broken table: nothing to show"
# A bundled table (source and notes in four languages) takes a record and
# keeps its translations.
mkdir "$TMPD/b" && cp "$RATES/gb-ng.json" "$TMPD/b/"
run rates record --rates "$TMPD/b" --from GB --to NG --provider naira-direct \
    --amount 200.00 --fee 2.99 --rate 1901.50 --mid 1950.50 --date 2026-12-01
is "$RC" 0 "record into a table whose source is in several languages"
run compare --rates "$TMPD/b" --from GB --to NG --amount 200 --format json
is "$(json_get "$TMPD/out" '[q["fee"] for q in d["quotes"] if q["provider"] == "naira-direct"][0]')" \
    "2.99" "... the new fee used"
LANGUAGE=fr run compare --rates "$TMPD/b" --from GB --to NG --amount 200
like "$OUT" "Source : Données d'exemple" "... its French source kept"
# A full disk while recording: the old table stays whole.
mkdir "$TMPD/fs"
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=64k tmpfs "$TMPD/fs" 2>/dev/null; then
	cp "$RATES/gb-ng.json" "$TMPD/fs/"
	dd if=/dev/zero of="$TMPD/fs/fill" bs=1k count=200 2>/dev/null
	run rates record --rates "$TMPD/fs" --from GB --to NG --provider naira-direct \
	    --amount 200.00 --fee 3.99 --rate 1901.50 --mid 1950.50
	is "$RC" 2 "a full disk: refused"
	like "$ERR" "No space left on device; the old table is unchanged" "a full disk: says why"
	cmp -s "$TMPD/fs/gb-ng.json" "$RATES/gb-ng.json"
	ok $? "a full disk: the old table is whole"
	is "$(ls -A "$TMPD/fs" | tr '\n' ' ')" "fill gb-ng.json " "a full disk: no temporary file left"
	umount "$TMPD/fs"
else
	for i in 1 2 3 4; do ok 0 "# SKIP a full disk needs root and tmpfs"; done
fi
run rates survey --rates "$D" --from GB --to NG
is "$RC" 2 "an unknown rates command is a usage error"
done_testing
