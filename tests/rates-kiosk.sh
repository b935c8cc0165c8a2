#!/bin/sh
# A running kiosk picks up tables installed by `remit rates install` the
# next time it comes back to the language screen, with no restart.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
if ! command -v minisign >/dev/null || ! command -v tmux >/dev/null; then
	echo "1..0 # SKIP minisign or tmux is not installed"
	exit 0
fi
. "$TOP_SRCDIR/tests/tmux.sh"
cd "$TMPD" || exit 1
minisign -G -W -p centre.pub -s centre.key >/dev/null 2>&1
mkdir new live
cp "$RATES/fr-sn.json" live/
cp "$RATES/fr-sn.json" "$RATES/gb-ng.json" new/
(cd new && tar cf ../rates.tar fr-sn.json gb-ng.json)
minisign -S -s centre.key -m rates.tar >/dev/null 2>&1

tm -f /dev/null new-session -d -s remit -n idle -x 80 -y 24 "sleep 300"
tm set-option -g remain-on-exit on
tm set-option -g default-size 80x24
start k "$REMIT" kiosk --rates "$TMPD/live"
wait_for k "English"
keys k Enter
wait_for k "Compare the cost of sending money"
keys k Enter
wait_for k "From which country"
ok $? "kiosk: the country list"
unlike "$(screen k)" "United Kingdom" "before the install: only France has a table"
run rates install rates.tar --key centre.pub --rates "$TMPD/live"
is "$RC" 0 "the signed tables are installed while the kiosk runs"
unlike "$(screen k)" "United Kingdom" "the screen in use does not change under the user"
keys k Escape
keys k Escape
wait_for k "Langue"
ok $? "back on the language screen"
keys k Enter
wait_for k "Compare the cost of sending money"
keys k Enter
wait_for k "United Kingdom"
ok $? "after the language screen: the new corridor is there, no restart"

# Estimates and the date of the prices on the kiosk's screens.
mkdir bench
cp "$TOP_SRCDIR/tests/fixtures/bench-us-mx.json" bench/us-mx.json
start b "$REMIT" kiosk --rates "$TMPD/bench"
wait_for b "English"
keys b Enter
wait_for b "Compare the cost of sending money"
keys b Enter
wait_for b "From which country"
typ b "united st"
keys b Enter
wait_for b "to which country?"
typ b "mex"
keys b Enter
wait_for b "how much?"
typ b "300"
keys b Enter
wait_for b "Any way"
keys b Enter
wait_for b "Gets MXN"
ok $? "results of a table with benchmarks"
s=$(screen b)
like "$s" "Bench Co ≈5,260.00 306.00 6.00" "results: ≈ before an estimated amount"
like "$s" "≈ estimate: priced between two observed amounts" "results: the mark explained"
like "$s" "Prices of 2026-10-01" "results: the date of the prices"
# The first row that is an estimate (Flat Co, priced from its table, is
# not one), whatever the ranking.
keys b Enter
wait_for b "You pay"
case "$(screen b)" in
*"Flat Co ·"*) keys b Escape; wait_for b "Gets MXN"; keys b Down Enter ;;
esac
wait_for b "This is an estimate"
ok $? "details: the estimate said in words"
like "$(screen b)" "Prices of 2026-10-01." "details: the date of the prices"
keys b y
wait_for b "every month for a year"
like "$(screen b)" "Prices of 2026-10-01." "year: the date of the prices"
tm kill-server 2>/dev/null
done_testing
