#!/bin/sh
# The "every month for a year" screen in tmux (80x24) for the cheapest
# provider at 2000 USD (US-MX): the year's totals, that it is the cheapest,
# and why twice the amount every two months is not offered; Esc and h.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
. "$TOP_SRCDIR/tests/tmux.sh"

tm -f /dev/null new-session -d -s remit -n idle -x 80 -y 24 "sleep 300"
tm set-option -g remain-on-exit on
tm set-option -g default-size 80x24

start y "$REMIT" app --rates "$RATES"
wait_for y "English"
keys y Enter
wait_for y "Compare the cost of sending money"
keys y Enter
wait_for y "From which country"
typ y "united st"
wait_for y "Search: united st"
keys y Enter
wait_for y "to which country?"
typ y "mex"
keys y Enter
wait_for y "how much?"
typ y "2000"
wait_for y "I send: 2000 USD"
keys y Enter
wait_for y "Any way"
keys y Enter
wait_for y "Gets MXN"
ok $? "the results for 2,000.00 USD"
keys y Enter
wait_for y "You pay 2,009.99 USD"
ok $? "Enter: the details of Colibrí Envíos"
keys y y
wait_for y "remit · Every month for a year"
ok $? "y: the year screen"
s=$(screen y)
like "$s" "Sending 2,000.00 USD with Colibrí Envíos every month for a year:" \
	"the amount and the provider"
like "$s" "You send 24,000.00 USD in 12 transfers, and they cost you 262.88 USD \
in all, of which 119.88 USD in fees." "12 x 2000 sent; 12 x 21.906.. = 262.88; 12 x 9.99 fees"
like "$s" "Your family receives 440,448.00 MXN in the year." "12 x 36,704.00"
like "$s" "This is the cheapest choice for 2,000.00 USD." \
	"the cheapest provider says so"
unlike "$s" "you would save" "and offers no saving"
like "$s" "Sending 4,000.00 USD every two months instead is not offered by this \
provider: sends at most 2999.00 USD" "twice the amount: above the provider's limit"
like "$s" "Prices of 2026-11-02." "the date of the prices"
like "$s" "Esc Back h Home" "the keys that work"
keys y Escape
wait_for y "You pay 2,009.99 USD"
ok $? "Esc: back to the details"
keys y y
wait_for y "remit · Every month for a year"
keys y h
wait_for y "remit · Home"
ok $? "h: home"
keys y q
wait_dead y
ok $? "q quits"
is "$(exit_status y)" 0 "exit 0"
done_testing
