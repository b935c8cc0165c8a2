# tests/tui.sh - the app and the kiosk driven in tmux, as a person would:
# keys and clicks in, the screen read back with capture-pane.  Every wait
# polls the screen (at most 10 s); nothing sleeps a fixed long time.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

. "$TOP_SRCDIR/tests/tmux.sh"

# results_match NAME CSVFILE: each available CSV row's numbers, in rank
# order, on the matching screen row: received, sender pays, fee, rate, %.
# The screen writes numbers in the language's style: its grouping marks
# are taken out and its decimal comma read as a dot.
results_match() {
	case $1 in
	fr) norm='s/\xc2\xa0//g; s/\([0-9]\),\([0-9]\)/\1.\2/g' ;;
	*) norm='s/\([0-9]\),\([0-9]\)/\1\2/g' ;;
	esac
	# The rows on screen, then (scrolled to the last) the rest.
	tm capture-pane -p -t "$1" >"$TMPD/pane"
	keys "$1" Down Down Down Down Down Down Down Down Down Down Down Down
	sleep 0.3
	tm capture-pane -p -t "$1" >>"$TMPD/pane"
	keys "$1" Up Up Up Up Up Up Up Up Up Up Up Up
	sleep 0.3
	sed "$norm" "$TMPD/pane" | grep -E '[0-9]\.[0-9]+ +[0-9]+\.[0-9]+ ' |
	    tr -s ' ' | awk '!seen[$0]++' >"$TMPD/rows"
	awk -F, 'NR > 1 && $5 == "true" { printf "%s %s %s %s %s%%\n", $11,
	    $12, $8, $9, $14 }' "$2" >"$TMPD/want"
	n=0
	while read -r want; do
		n=$((n + 1))
		got=$(sed -n "${n}p" "$TMPD/rows")
		like "$got" "$want" "$3: rank $n shows $want"
	done <"$TMPD/want"
	[ "$n" -gt 0 ]
	ok $? "$3: the CSV has quotes to compare"
}

tm -f /dev/null new-session -d -s remit -n idle -x 80 -y 24 "sleep 300"
tm set-option -g remain-on-exit on
tm set-option -g default-size 80x24

# --- the whole compare flow in English -------------------------------------
start en "$REMIT" app
wait_for en "English"
ok $? "the app opens on the language screen"
like "$(screen en)" "Português" "each language is written in itself"
keys en Enter
wait_for en "Compare the cost of sending money"
ok $? "English chosen: the home screen"
like "$(screen en)" "Money lessons" "lessons in the language: the lessons entry"
keys en Enter
wait_for en "From which country"
typ en "united st"
wait_for en "Search: united st"
like "$(screen en)" "United States" "the country list filters as one types"
unlike "$(screen en)" "Germany" "and leaves out what does not match"
keys en Enter
wait_for en "From United States: to which country?"
ok $? "the sending country is chosen"
like "$(screen en)" "Mexico" "the destinations of the United States"
typ en "mex"
keys en Enter
wait_for en "how much?"
typ en "200,5"
wait_for en '"200,5"'
like "$(screen en)" '"200,5": group digits by three, as in 1,234,567, and write decimals after ".", e.g. 200.50' \
    "a comma in English: grouping by three only, and how to write it"
keys en BSpace BSpace BSpace BSpace BSpace
typ en "200"
wait_for en "I send: 200 USD"
ok $? "the amount is typed in USD"
keys en Enter
wait_for en "Any way"
keys en Enter
wait_for en "Gets MXN"
ok $? "the results"
"$REMIT" compare --from US --to MX --amount 200 --format csv >"$TMPD/en.csv"
results_match en "$TMPD/en.csv" "English"
like "$(screen en)" "Prices of 2026-11-02" "the table's date stays on screen"
like "$(screen en)" "SAMPLE DATA, NOT REAL PRICES." "sample data says so"
# The last rows (the dearest) are seen scrolled down, as results_match did.
like "$(cat "$TMPD/pane")" "Lark & Willow Bank ?" "a hidden rate is marked"
like "$(screen en)" "? does not disclose its exchange rate before you pay" \
    "the mark's legend says what it marks"
unlike "$(screen en)" "hides its exchange rate" "not that the rate is hidden"
like "$(cat "$TMPD/pane")" "10.27%!" "over 5%: a symbol, not colour alone"
keys en Down Enter
wait_for en "Puente Dorado"
s=$(screen en)
like "$s" "You pay 203.99 USD in all: 200.00 USD to send and a fee of 3.99" \
    "details: what you pay"
like "$s" "Your family receives 3,643.00 MXN" "details: what arrives"
like "$s" "is worth 3,766.06 MXN" "details: 203.99 x 18.4620 at mid-market"
like "$s" "costs you 6.67 USD, 3.33% of the amount sent: 3.99 USD is the fee \
and 2.68 USD is lost on the exchange rate" "details: fee and rate parts"
keys en y
wait_for en "every month for a year"
s=$(screen en)
like "$s" "You send 2,400.00 USD in 12 transfers, and they cost you 79.99 USD \
in all, of which 47.88 USD in fees" "a year: 12 x C = 79.99 exactly"
like "$s" "Your family receives 43,716.00 MXN" "a year: 12 x 3643.00"
like "$s" "Colibrí Envíos, would cost 38.30 USD in a year: you would save \
41.69 USD" "a year: the cheapest choice and the saving"
like "$s" "Sending 400.00 USD every two months instead (6 transfers) would \
cost 68.05 USD in a year: 11.94 USD less" "twice the amount half as often"
keys en Escape
wait_for en "You pay 203.99"
keys en Escape
wait_for en "Sorted by total cost"
keys en s
wait_for en "Sorted by what arrives"
ok $? "s sorts by what arrives"
keys en p
wait_for en "cash to pick up"
like "$(screen en)" "not offered: does not pay out that way" \
    "p filters by payout; the others say why"

# --- resize to 60x20 and back -----------------------------------------------
start rs "$REMIT" app
wait_for rs "English"
keys rs Enter Enter
typ rs "aus"
keys rs Enter Enter
typ rs "150"
wait_for rs "I send: 150 AUD"
tm resize-window -t rs -x 60 -y 20
wait_for rs "too small"
ok $? "60x20: the window is too small, it says so"
tm resize-window -t rs -x 80 -y 24
wait_for rs "I send: 150 AUD"
ok $? "back to 80x24: the same screen and the same input"
typ rs "0"
wait_for rs "I send: 1500 AUD"
ok $? "and typing goes on where it was"

# --- the French flow, chosen with a click ---------------------------------
start fr "$REMIT" app
wait_for fr "Français"
click fr 4 5
wait_gone fr "Português"
keys fr Enter
wait_for fr "États-Unis"
ok $? "Français chosen by a click: country names in French (iso-codes)"
typ fr "etats"
keys fr Enter
wait_for fr "Mexique"
keys fr Enter Tab
typ fr "3000"
wait_for fr "3000"
keys fr Enter Enter
wait_for fr "États-Unis → Mexique"
ok $? "French: the results of États-Unis → Mexique"
"$REMIT" compare --from US --to MX --receive 3000 --format csv \
    >"$TMPD/fr.csv"
results_match fr "$TMPD/fr.csv" "French, receive 3000 MXN"
like "$(screen fr)" "ce que vous payez" "French, receive: sorted by what you pay"
unlike "$(screen fr)" "ce qui arrive" "French, receive: not by what arrives"

# --- kiosk: Ctrl-C, Ctrl-Z, Ctrl-\ and function keys do nothing ----------
start ki "$REMIT" kiosk
wait_for ki "English"
unlike "$(screen ki)" "Quit" "kiosk: no quit key offered"
keys ki Enter Enter
typ ki "aus"
keys ki Enter Enter
typ ki "50"
wait_for ki "I send: 50 AUD"
pid=$(pid_of ki)
keys ki C-c C-z 'C-\' F1 F2 F5 F10 F12 q
typ ki "7"
wait_for ki "I send: 50q7 AUD"
ok $? "kiosk: after Ctrl-C, Ctrl-Z, Ctrl-\\ and F-keys, the same screen"
kill -0 "$pid" 2>/dev/null
ok $? "kiosk: still running"
kill -TERM "$pid"
wait_dead ki
ok $? "kiosk: SIGTERM ends it"
is "$(exit_status ki)" 0 "kiosk: cleanly (0)"
unlike "$(cat "$TMPD/ki.err")" "50q7" "kiosk: nothing typed is written out"

# --- kiosk: idle reset ------------------------------------------------------
start id "$REMIT" kiosk --idle 2
wait_for id "English"
keys id Enter Enter
typ id "aus"
keys id Enter Enter
typ id "75"
wait_for id "I send: 75 AUD"
wait_for id "Are you still there?"
ok $? "idle: the countdown asks if the person is still there"
wait_for id "Language · Langue"
ok $? "idle: back to the language screen"
keys id Enter Enter
typ id "aus"
keys id Enter Enter
wait_for id "how much?"
s=$(screen id)
like "$s" "I send: AUD" "idle: the amount typed before is gone"
unlike "$s" "75" "idle: nothing of it left on screen"
kill -HUP "$(pid_of id)"
wait_dead id
ok $? "kiosk: SIGHUP ends it"
is "$(exit_status id)" 0 "kiosk: cleanly (0)"

# --- kiosk: the operator PIN ------------------------------------------------
echo 2468 | "$REMIT" kiosk --make-pin >"$TMPD/pin"
ok $? "--make-pin writes a record"
start pin "$REMIT" kiosk --pin-file "'$TMPD/pin'"
wait_for pin "English"
keys pin F12
wait_for pin "PIN:"
typ pin "1111"
keys pin Enter
wait_for pin "not the PIN"
ok $? "a wrong PIN is refused"
typ pin "2468"
wait_for pin "PIN: ****"
unlike "$(screen pin)" "2468" "the PIN is not shown"
keys pin Enter
wait_for pin "Exit the kiosk"
ok $? "the right PIN opens the operator's menu"
keys pin 2
wait_dead pin
ok $? "the right PIN, then Exit the kiosk, closes it"
start lk "$REMIT" kiosk --pin-file "'$TMPD/pin'"
wait_for lk "English"
keys lk F12
wait_for lk "PIN:"
for try in 1 2 3; do
	typ lk "0000"
	keys lk Enter
done
wait_for lk "seconds before the next try." ||
	echo "# screen: $(screen lk); ended: $(exit_status lk) $(cat "$TMPD/lk.err")"
like "$(screen lk)" "Three wrong PINs: wait " "three wrong PINs: a wait, shown"
left() { screen lk | sed -n 's/.*wait \([0-9]*\) second.*/\1/p'; }
n1=$(left)
ok $([ "${n1:-0}" -ge 25 ] && [ "${n1:-0}" -le 30 ]; echo $?) \
    "of 30 seconds ($n1 left)"
sleep 2.2
n2=$(left)
ok $([ "${n2:-99}" -lt "${n1:-0}" ]; echo $?) "and counted down ($n1, then $n2)"
typ lk "2468"
keys lk Enter
sleep 0.5
kill -0 "$(pid_of lk)" 2>/dev/null
ok $? "the right PIN during the wait does not close it"
is "$(tm capture-pane -p -t lk | grep -c 'PIN: \*')" 0 \
    "nothing typed during the wait is kept"
keys lk Escape
wait_for lk "Language · Langue"
ok $? "Esc: back where the person was"
keys lk F12
wait_for lk "seconds before the next try."
ok $? "F12 again: the wait goes on"

# a PIN file that cannot be used: the kiosk runs all the same, with no exit
echo "not a record" >"$TMPD/badpin"
start bp "$REMIT" kiosk --pin-file "'$TMPD/badpin'"
wait_for bp "English"
ok $? "a bad PIN file does not stop the kiosk"
keys bp F12 Enter
wait_for bp "Compare the cost of sending money"
ok $? "F12 opens nothing without a usable PIN"
like "$(cat "$TMPD/bp.err")" "not a PIN record" "and the problem is logged"

# --- a provider name holding escape sequences -------------------------------
mkdir "$TMPD/evil"
cp "$RATES"/*.json "$TMPD/evil/"
sed 's/"name": "Puente Dorado"/"name": "\\u001b[31mEvil\\u001b]0;pwn\\u0007"/' \
    "$RATES/us-mx.json" >"$TMPD/evil/us-mx.json"
start ev NO_COLOR=1 "$REMIT" kiosk --rates "'$TMPD/evil'"
wait_for ev "English"
keys ev Enter Enter
typ ev "united st"
keys ev Enter
typ ev "mex"
sleep 0.5
unlike "$(screen ev)" "Evil" "a table with escapes in a name is refused, not shown"
tm capture-pane -e -p -t ev >"$TMPD/ev.ansi"
grep -q "$(printf '\033')\[31m" "$TMPD/ev.ansi"
ok $(( ! $? )) "no red from the name (NO_COLOR: no colour at all)"
unlike "$(tm display -p -t ev '#{pane_title}')" "pwn" "the title is not set"
kill -0 "$(pid_of ev)" 2>/dev/null
ok $? "the process is fine"
like "$(cat "$TMPD/ev.err")" "us-mx.json: providers[0].name: holds a control character" \
    "the refused name is logged with its JSON path"

# --- a broken rate file beside good ones -------------------------------------
mkdir "$TMPD/broken"
cp "$RATES"/*.json "$TMPD/broken/"
printf '{"schema": "remit-rates/1", "corridor": {"from": "US", "to": "PH",' \
    >"$TMPD/broken/us-ph.json"
start br "$REMIT" kiosk --rates "'$TMPD/broken'"
wait_for br "English"
keys br Enter Enter
typ br "united st"
keys br Enter
wait_for br "to which country?"
s=$(screen br)
like "$s" "Mexico" "a broken table: the other corridors work"
unlike "$s" "Philippines" "and the broken one is absent"
like "$(cat "$TMPD/br.err")" "us-ph.json" "the problem is logged to stderr"
keys br Enter
typ br "100"
keys br Enter Enter
wait_for br "Gets MXN"
ok $? "the kiosk compares on the tables that loaded"

# --- an old table, with --max-age --------------------------------------------
start old "$REMIT" kiosk --max-age 10
wait_for old "English"
keys old Enter Enter
typ old "united st"
keys old Enter
typ old "mex"
keys old Enter
typ old "100"
keys old Enter Enter
wait_for old "Gets MXN"
like "$(screen old)" "Prices from 2026-11-02, may be out of date." \
    "a table older than --max-age says so"

# --- other terminals: the Linux console, a VT100, xterm -------------------
for term in linux vt100 xterm-256color; do
	w=$(echo "$term" | tr -cd 'a-z0-9')
	tm new-window -d -n "$w" "exec env TERM=$term LC_ALL=C.UTF-8 \
LANGUAGE= REMIT_TODAY=2026-11-24 $REMIT app 2>'$TMPD/$w.err'"
	wait_for "$w" "English"
	keys "$w" Enter Enter
	typ "$w" "united st"
	keys "$w" Enter
	typ "$w" "mex"
	keys "$w" Enter
	typ "$w" "200"
	keys "$w" Enter Enter
	wait_for "$w" "Gets MXN"
	ok $? "TERM=$term: the results"
	like "$(screen "$w")" "3,670.40 202.00 2.00 18.3520 1.60%" \
	    "TERM=$term: the numbers"
done
like "$(screen vt100)" "* Colibrí Envíos" "TERM=vt100: the best marked in ASCII"
like "$(screen xterm256color)" "✓ Colibrí Envíos" "TERM=xterm-256color: a check mark"

# --- without a terminal: the usage, not the app ------------------------------
run
like "$OUT" "Usage: remit" "remit with no terminal prints the usage"
run app
is "$RC" 2 "remit app without a terminal: exit 2"

run app --idle 5
is "$RC" 2 "--idle belongs to the kiosk"
run kiosk --idle abc
is "$RC" 2 "--idle must be a number of seconds"
like "$ERR" '--idle "abc": write a number of seconds from 1 to 86400' \
    "and the message says how to fix it"
run kiosk --lang "f;r"
is "$RC" 2 "--lang must be a language code"
echo 12 | "$REMIT" kiosk --make-pin >/dev/null 2>&1
is "$?" 2 "--make-pin refuses a PIN shorter than 4"

done_testing
