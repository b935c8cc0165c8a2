# tests/operator-tui.sh - the kiosk operator, behind the PIN (F12): a menu
# to record a price or to close remit, and the form that records a price
# with the same library call as `remit rates record`, its problems shown
# next to the fields.  Driven in tmux, 80x24.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

. "$TOP_SRCDIR/tests/tmux.sh"

D="$TMPD/rates"
mkdir -p "$D"
cp "$RATES/fr-sn.json" "$D/"
tm -f /dev/null new-session -d -s remit -n idle -x 80 -y 24 "sleep 300"
echo 2468 | "$REMIT" kiosk --make-pin >"$TMPD/pin"

# field N TEXT: types TEXT into the field and goes to the next one.
field() { typ op "$1"; keys op Enter; }

start op "$REMIT" kiosk --pin-file "'$TMPD/pin'" --rates "'$D'"
wait_for op "English"
keys op F12
wait_for op "PIN:"
typ op "2468"
keys op Enter
wait_for op "Exit the kiosk"
ok $? "the right PIN opens the operator's menu"
like "$(screen op)" "Record a price" "which offers to record a price"
keys op Enter
wait_for op "Mid-market source"
ok $? "Record a price: the form"
like "$(screen op)" "Date 2026-11-24" "the date is today by default"

# A form with mistakes: each shown next to its field, nothing written.
field "GB"
field "Narnia"
field "new-co"
field ""
field "2x0"
keys op F2
wait_for op "Fix the fields marked in red"
ok $? "a form with mistakes is refused"
s=$(tm capture-pane -p -t op)
like "$(printf '%s\n' "$s" | grep 'To (country)')" "no such country" \
    "an unknown country: said next to the field"
printf '%s\n' "$s" | grep 'Amount sent' | grep -Eq '2x0 +[a-z"]'
ok $? "a bad amount: said next to the field"
like "$(printf '%s\n' "$s" | grep 'Rate offered')" "needed" \
    "an empty rate: needed, next to the field"
unlike "$(printf '%s\n' "$s" | grep 'Provider id')" "needed" \
    "a field given has no mark"
[ "$(ls "$D")" = "fr-sn.json" ]
ok $? "and nothing is written"

# Fix them: the cursor is on the first bad field.
keys op BSpace BSpace BSpace BSpace BSpace BSpace
field "NG"
keys op Enter
field "Naira Direct"
keys op BSpace BSpace BSpace
field "200"
field "3.99"
field "1901.50"
field "1950.25"
field "ECB reference rate"
keys op Enter
field "account"
field "same-day"
keys op Enter
field "GBP"
field "NGN"
wait_for op "[ Save ]"
keys op Enter
wait_for op "Recorded for GB-NG: new-co at 200, fee 3.99, rate 1901.50, on 2026-11-24."
ok $? "the form makes the table, records the price, says what it wrote"
run rates history --rates "$D" --from GB --to NG --provider new-co
is "$(printf '%s\n' "$OUT" | sed -n 2p | tr -s ' ')" \
    "2026-11-24 new-co 200 3.99 1901.50 1950.25" \
    "remit rates history lists it"
is "$(json_get "$D/gb-ng.json" '[(p["name"], p["payout"], p["speed"], p["fee"], p["rate"]) for p in d["providers"] if p["id"] == "new-co"]')" \
    "[('Naira Direct', ['account'], 'same-day', {'bands': [{'fixed': '3.99'}], 'deducted': False}, '1901.50')]" \
    "the table holds the new provider's price"
is "$(json_get "$D/gb-ng.json" '(d["as_of"], d["reference_rate"], d["source"])')" \
    "('2026-11-24', '1950.25', 'Prices observed by the centre (survey); mid-market rate: ECB reference rate')" \
    "and the day's mid-market rate and its source"
run check --rates "$D"
is "$RC" 0 "the table written is valid"

# A new provider without a name: the library's reason, next to Name.
field "other-co"
keys op Enter
field "100"
field "2"
field "1900"
field "1950"
keys op F2
wait_for op "other-co\" is a new provider of this table; give --name"
ok $? "a new provider without a name is refused, the reason in full"
like "$(tm capture-pane -p -t op | grep 'Name (new provider)')" "other-co\" is a new" \
    "the reason is next to the name"
run rates history --rates "$D" --from GB --to NG --provider other-co
unlike "$OUT" "other-co" "and nothing is recorded"

# Esc twice: the kiosk again, for the next person, with the new price.
keys op Escape
wait_for op "Exit the kiosk"
keys op Escape
wait_for op "English"
ok $? "Esc leaves the operator's screens for the kiosk"
kill -0 "$(pid_of op)"
ok $? "and the kiosk still runs"

# Exit the kiosk: the old behaviour, through the menu.
keys op F12
wait_for op "PIN:"
typ op "2468"
keys op Enter
wait_for op "Exit the kiosk"
keys op Down Enter
wait_dead op
ok $? "Exit the kiosk closes it"
is "$(exit_status op)" 0 "with status 0"

done_testing
