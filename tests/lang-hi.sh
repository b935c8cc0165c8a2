# tests/lang-hi.sh - Hindi: chosen on the language screen, the home screen,
# a GB -> NG comparison with the answer sentence and the amounts grouped
# the Indian way (3,87,600.00), an amount typed that way read back and a
# wrong grouping refused; `LANGUAGE=hi remit compare` prints its header in
# Hindi, and its speech text groups the Indian way too.  Driven in tmux at 80x24; every wait polls (at most 10 s).
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

. "$TOP_SRCDIR/tests/tmux.sh"

tm -f /dev/null new-session -d -s remit -n idle -x 80 -y 24 "sleep 300"
tm set-option -g remain-on-exit on
tm set-option -g default-size 80x24

HINDI="हिन्दी"
ESC=$(printf '\033')

# hindi_selected NAME: the Hindi line of the language screen is the one
# drawn selected (reverse video).
hindi_selected() {
	tm capture-pane -p -e -t "$1" | grep "$HINDI" |
	    grep -q "${ESC}\[[0-9;]*7m"
}

# choose_hindi NAME: Down until the Hindi line is selected (at most 12
# lines, wherever Hindi is in the list), then Enter.
choose_hindi() {
	n=0
	while ! hindi_selected "$1" && [ $n -lt 12 ]; do
		keys "$1" Down
		sleep 0.1
		n=$((n + 1))
	done
	hindi_selected "$1"
	ok $? "the language screen lists $HINDI and it can be selected"
	keys "$1" Enter
}

# --- the app in Hindi: home, a comparison, the results -------------------
start hi "$REMIT" app --max-age 10
wait_for hi "English"
like "$(screen hi)" "$HINDI" "the language screen writes Hindi in Devanagari"
choose_hindi hi
wait_for hi "पैसे भेजने के खर्च की तुलना करें"
ok $? "hi: the home screen in Hindi"
s=$(screen hi)
like "$s" "पैसों के पाठ" "hi: the lessons entry in Hindi"
like "$s" "Enter चुनें" "hi: the key bar in Hindi"
unlike "$s" "Compare the cost of sending money" "hi: no English left"
keys hi Enter
wait_for hi "आप किस देश से पैसे भेजते हैं?"
ok $? "hi: the first question in Hindi"
typ hi "gb"
wait_for hi "gb"
keys hi Enter
wait_for hi "किस देश को?"
ok $? "hi: the second question in Hindi"
typ hi "ng"
wait_for hi "ng"
keys hi Enter
wait_for hi "कितना?"
ok $? "hi: how much?"
like "$(screen hi)" "रकम लिखें, जैसे 200 या 200.50।" "hi: the amount hint"
typ hi "20,00"
keys hi Enter
wait_for hi "\"20,00\": अंकों के समूह ऐसे बनाएँ जैसे 12,34,567 में"
ok $? "hi: 20,00 is refused, with the Indian grouping as the example"
keys hi BSpace BSpace BSpace BSpace BSpace
typ hi "200"
keys hi Enter
wait_for hi "आपके परिवार को पैसा कैसे मिलेगा?"
ok $? "hi: the payout question"
keys hi Enter
wait_for hi "आपके परिवार के लिए सबसे अच्छा:"
ok $? "hi: the results"
s=$(screen hi)
like "$s" "आपके परिवार के लिए सबसे अच्छा: Okada Wallet। उन्हें 3,87,600.00 NGN \
मिलेंगे, मोबाइल वॉलेट में, 1 घंटे से कम में। आप 201.80 GBP देंगे।" \
    "hi: the answer sentence, 3,87,600.00"
like "$s" "मिड-मार्केट दर: 1 GBP = 1,950.25 NGN" "hi: the mid-market rate"
like "$s" "Okada Wallet 3,87,600.00 201.80" "hi: the best row, grouped 3,87,600.00"
like "$s" "Lagos Lane Transfers 3,85,000.00 204.00" "hi: the second row"
unlike "$s" "387,600.00" "hi: never grouped by three"
unlike "$s" "…" "hi: nothing is cut at 80 columns"
keys hi Enter
wait_for hi "Okada Wallet ·"
like "$(screen hi)" "आपके परिवार को 3,87,600.00 NGN मिलते हैं।" \
    "hi: the details, 3,87,600.00"

# --- what the family receives, typed the Indian way -------------------------
keys hi Escape
wait_for hi "आपके परिवार के लिए सबसे अच्छा:"
keys hi Escape
wait_for hi "आपके परिवार को पैसा कैसे मिलेगा?"
keys hi Escape
wait_for hi "कितना?"
keys hi Tab
typ hi "1,00,000"
keys hi Enter
wait_for hi "आपके परिवार को पैसा कैसे मिलेगा?"
ok $? "hi: 1,00,000 is read as an amount"
keys hi Enter
wait_for hi "आपके परिवार के लिए सबसे अच्छा:"
like "$(screen hi)" "आपके परिवार के लिए सबसे अच्छा: Okada Wallet। आप 52.59 GBP \
देंगे, और उन्हें 1,00,000.80 NGN मिलेंगे, मोबाइल वॉलेट में, 1 घंटे से कम में।" \
    "hi: 1,00,000 read back as 100000: they get 1,00,000.80"
keys hi h
wait_for hi "पैसे भेजने के खर्च की तुलना करें"
ok $? "hi: h goes back to the home screen"
keys hi q
wait_dead hi
ok $? "hi: the app ends with q"

# --- the command line ----------------------------------------------------------
out=$(LANGUAGE=hi "$REMIT" compare --from GB --to NG --amount 200)
is "$?" 0 "LANGUAGE=hi compare: exit 0"
is "$(printf '%s\n' "$out" | sed -n 1,5p)" "यूनाइटेड किंगडम (GB) -> नाईजीरिया (NG), GBP -> NGN
आप 200.00 GBP भेजते हैं।
मिड-मार्केट दर: 1 GBP = 1,950.25 NGN
नमूना डेटा, असली कीमतें नहीं।
कुल खर्च के हिसाब से क्रम" "LANGUAGE=hi compare: the header lines in Hindi"
like "$out" "  1 Okada Wallet           3,87,600.00     201.80     1.80     3.06  1.53%  सबसे अच्छा" \
    "LANGUAGE=hi compare: the best row, 3,87,600.00"
like "$out" "दर 1,938.00, FX मार्जिन 0.63%, 1 घंटे से कम में, पैसा मिलता है: वॉलेट" \
    "LANGUAGE=hi compare: the rate line"
sp=$(LANGUAGE=hi "$REMIT" compare --from GB --to NG --amount 200 --format speech)
like "$sp" "आपके परिवार को 3,87,600 Naira मिलेंगे।" \
    "LANGUAGE=hi speech: the amount read aloud is grouped the Indian way"
csv=$(LANGUAGE=hi "$REMIT" compare --from GB --to NG --amount 200 --format csv)
like "$csv" ",387600.00," "LANGUAGE=hi csv: the plain style"

done_testing
