#!/bin/sh
# The About screen in tmux (80x24): what the numbers mean, each table's
# route, currencies, date and source, the count of tables left out; the
# arrows move between tables and Esc goes back home on its entry.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "$TOP_SRCDIR/tests/tmux.sh"

mkdir "$TMPD/r"
cp "$RATES/gb-ng.json" "$RATES/us-mx.json" "$TMPD/r/"
printf '{"x":' >"$TMPD/r/bad.json"

tm -f /dev/null new-session -d -s remit -n idle -x 80 -y 24 "sleep 300"
tm set-option -g remain-on-exit on
tm set-option -g default-size 80x24

start a "$REMIT" app --rates "$TMPD/r"
wait_for a "English"
keys a Enter
wait_for a "About these prices: sources, dates"
ok $? "home lists About"
keys a Down Enter
wait_for a "remit · About these prices"
ok $? "Down, Enter: the About screen"
s=$(screen a)
like "$s" "The total cost of a transfer is what you pay minus what your family \
receives, valued at the mid-market rate" "what the total cost means"
like "$s" "Costs over 5% are above the United Nations goal for remittances \
(SDG 10.c)." "the 5% goal"
like "$s" "United Kingdom → Nigeria (GBP → NGN): prices of 2026-11-02, sample data" \
	"GB-NG: route, currencies, date, sample"
like "$s" "United States → Mexico (USD → MXN): prices of 2026-11-02, sample data" \
	"US-MX: route, currencies, date, sample"
like "$s" "Source: Sample data: fictional providers and invented prices" \
	"the selected table's source"
like "$s" "1 rate table could not be read and is left out." \
	"the broken table is counted"
like "$s" "↑↓ Move Esc Back" "the keys that work"
keys a Down
wait_for a "Every provider in this corridor"
ok $? "Down: the source of the second table (US-MX's estimate note)"
keys a Escape
wait_for a "remit · Home"
ok $? "Esc: back home"
keys a Enter
wait_for a "remit · About these prices"
ok $? "home kept About selected: Enter opens it again"
keys a Escape
wait_for a "remit · Home"
keys a q
wait_dead a
ok $? "q quits"
is "$(cut -d: -f1-3 "$TMPD/a.err")" \
	"remit: rate table left out: $TMPD/r/bad.json" \
	"the broken table is named on stderr (for the journal)"
like "$(cat "$TMPD/a.err")" "line 1, column 6: malformed JSON" \
	"with where and why"
done_testing
