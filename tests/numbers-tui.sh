# tests/numbers-tui.sh - the answer sentence, numbers in each language's
# style, amounts read that way, Tab clearing the amount, words never cut
# at 80 columns and a wide terminal (numfmt.c, answer.c, the screens).
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

. "$TOP_SRCDIR/tests/tmux.sh"

NB=$(printf '\302\240')

tm -f /dev/null new-session -d -s remit -n idle -x 80 -y 24 "sleep 300"
tm set-option -g remain-on-exit on
tm set-option -g default-size 80x24

# to_results NAME DOWNS FROM TO AMOUNT: the language DOWNS lines below
# English, the corridor by search, the amount, any payout.
to_results() {
	start "$1" "$REMIT" app --max-age 10
	wait_for "$1" "English"
	i=0
	while [ $i -lt "$2" ]; do keys "$1" Down; i=$((i + 1)); done
	keys "$1" Enter
	sleep 0.2
	keys "$1" Enter
	sleep 0.2
	typ "$1" "$3"
	sleep 0.2
	keys "$1" Enter
	sleep 0.2
	typ "$1" "$4"
	sleep 0.2
	keys "$1" Enter
	sleep 0.2
	typ "$1" "$5"
	sleep 0.2
	keys "$1" Enter
	sleep 0.2
	keys "$1" Enter
}

# --- the answer sentence and the details in each language ----------------
to_results en 0 "united k" "nig" "200"
wait_for en "Best for your family"
s=$(screen en)
like "$s" "Best for your family: Okada Wallet. They get 387,600.00 NGN into a \
mobile wallet, in under 1 hour. You pay 201.80 GBP." "en: the answer sentence"
like "$s" "Mid-market rate: 1 GBP = 1,950.25 NGN" "en: 1,950.25"
like "$s" "into a bank account or into a mobile wallet; next day" \
    "en: how the money arrives, under the name"
like "$s" "Source: Sample data: fictional providers and invented prices for \
testing and training, not real prices." "en: the source wraps whole words"
like "$s" "SAMPLE DATA, NOT REAL PRICES. Prices from 2026-11-02, may be out \
of date." "en: the sample and out-of-date notices, whole"
unlike "$s" "…" "en: nothing is cut at 80 columns"
keys en Enter
wait_for en "Okada Wallet ·"
like "$(screen en)" "Your family receives 387,600.00 NGN." "en: the details"

to_results fr 1 "royaume" "nig" "200"
wait_for fr "Le meilleur"
s=$(screen fr)
like "$s" "Le meilleur pour votre famille : Okada Wallet. Elle reçoit \
387${NB}600,00 NGN sur un portefeuille mobile, en moins d'une heure. Vous \
payez 201,80 GBP." "fr: the answer sentence, 387 600,00"
unlike "$s" "…" "fr: nothing is cut at 80 columns"
keys fr Enter
wait_for fr "Okada Wallet ·"
like "$(screen fr)" "Votre famille reçoit 387${NB}600,00 NGN." "fr: the details"

to_results es 2 "reino unido" "nig" "200"
wait_for es "Lo mejor"
s=$(screen es)
like "$s" "Lo mejor para su familia: Okada Wallet. Ellos reciben 387.600,00 NGN \
a una billetera móvil, en 1 hora o menos. Usted paga 201,80 GBP." \
    "es: the answer sentence, 387.600,00"
unlike "$s" "…" "es: nothing is cut at 80 columns"
keys es Enter
wait_for es "Okada Wallet ·"
like "$(screen es)" "387.600,00 NGN" "es: the details"

to_results pt 3 "reino unido" "nig" "200"
wait_for pt "O melhor"
s=$(screen pt)
like "$s" "O melhor para a sua família: Okada Wallet. Eles recebem 387.600,00 \
NGN em carteira móvel, em até 1 hora. Você paga 201,80 GBP." \
    "pt: the answer sentence, 387.600,00"
unlike "$s" "…" "pt: nothing is cut at 80 columns"
keys pt Enter
wait_for pt "Okada Wallet ·"
like "$(screen pt)" "387.600,00 NGN" "pt: the details"
keys pt y
wait_for pt "12"
like "$(screen pt)" "2.400,00 GBP" "pt: the year, 2.400,00"

# French, receive mode, wallet: the long request wraps, nothing is cut.
start fw "$REMIT" app
wait_for fw "Français"
keys fw Down Enter
sleep 0.2
keys fw Enter
sleep 0.2
typ fw "etats"
sleep 0.2
keys fw Enter
sleep 0.2
typ fw "phil"
sleep 0.2
keys fw Enter
sleep 0.2
keys fw Tab
typ fw "100000"
sleep 0.2
keys fw Enter
sleep 0.2
keys fw Down Down Down Enter
wait_for fw "Le meilleur"
s=$(screen fw)
like "$s" "Le meilleur pour votre famille : Bayanihan Remit. Vous payez \
1${NB}736,90 USD, et elle reçoit 100${NB}000,55 PHP sur un portefeuille \
mobile, le jour même." "fr, receive mode: what you pay comes first"
like "$s" "la famille reçoit au moins 100${NB}000,00 PHP, sur un portefeuille \
mobile" "fr, receive mode: the request wraps, whole"
like "$s" "espèces, compte, portefeuille ; le jour même" \
    "fr: three ways in short words rather than a cut"
unlike "$s" "…" "fr, receive mode: nothing is cut at 80 columns"

# --- amounts read the language's way -------------------------------------
to_results fa 1 "royaume" "nig" "12,50"
wait_for fa "Le meilleur"
like "$(screen fa)" "vous envoyez 12,50 GBP" "fr: 12,50 is twelve and a half"

start am "$REMIT" app
wait_for am "Español"
keys am Down Down Enter
sleep 0.2
keys am Enter
sleep 0.2
typ am "reino unido"
sleep 0.2
keys am Enter
sleep 0.2
typ am "nig"
sleep 0.2
keys am Enter
sleep 0.2
typ am "1.234"
wait_for am "1.234"
like "$(screen am)" "«1.234» puede leerse como 1234 o como 1,234" \
    "es: 1.234 is refused with both readings"
keys am Enter
like "$(screen am)" "puede leerse" "es: Enter does not take an ambiguous amount"
keys am BSpace BSpace BSpace BSpace BSpace
typ am "1.234,5"
wait_for am "1.234,5"
unlike "$(screen am)" "puede leerse" "es: 1.234,5 is 1234.5"
keys am Tab
wait_gone am "1.234,5"
ok $? "Tab to \"they receive\" clears the number"
keys am Tab
typ am "200"
wait_for am "200"
keys am Tab
wait_for am "NGN ("
field=$(tm capture-pane -p -t am | grep "NGN (")
unlike "$field" "200" "and back: 200 GBP does not become 200 NGN ($field)"

# --- the hint follows the currency's minor units ------------------------
start jp "$REMIT" app
wait_for jp "English"
keys jp Enter
sleep 0.2
keys jp Enter
typ jp "japan"
keys jp Enter
typ jp "viet"
keys jp Enter
wait_for jp "how much?"
like "$(screen jp)" "Type the amount in whole units, e.g. 20000." \
    "JPY: the hint is a whole number"
unlike "$(screen jp)" "200.50" "JPY: no decimals in the example"
keys jp Tab
wait_for jp "They receive:"
like "$(screen jp)" "e.g. 20000." "VND: the hint is a whole number"

# --- a wide terminal: the name column stops growing ---------------------
to_results wi 0 "united k" "nig" "200"
tm resize-window -t wi -x 200 -y 24
wait_for wi "Arrives"
ok $? "200 columns: an Arrives column"
row=$(tm capture-pane -p -t wi | grep "Lagos Lane Transfers")
like "$row" "account, wallet" "200 columns: how it arrives, in the row"
col=$(printf '%s\n' "$row" | awk '{ print index($0, "385,000.00") }')
ok $([ "$col" -gt 20 ] && [ "$col" -lt 45 ]; echo $?) \
    "200 columns: the numbers sit next to the names (column $col)"
like "$(screen wi)" "Best for your family: Okada Wallet. They get 387,600.00 NGN \
into a mobile wallet, in under 1 hour. You pay 201.80 GBP." \
    "200 columns: the sentence on one line"

# --- the command line: the table in the language, CSV and JSON plain ---
for f in csv json; do
	"$REMIT" compare --from GB --to NG --amount 200 --format $f \
	    >"$TMPD/en.$f"
	LANGUAGE=fr "$REMIT" compare --from GB --to NG --amount 200 \
	    --format $f >"$TMPD/fr.$f"
	cmp -s "$TMPD/en.$f" "$TMPD/fr.$f"
	ok $? "LANGUAGE=fr: the $f output is unchanged"
	like "$(cat "$TMPD/fr.$f")" "387600.00" "LANGUAGE=fr: $f keeps 387600.00"
done
run compare --from GB --to NG --amount 200
like "$OUT" "387600.00" "English table (no catalogue): plain numbers"
OUT=$(LANGUAGE=fr "$REMIT" compare --from GB --to NG --amount 200)
like "$OUT" "387${NB}600,00" "LANGUAGE=fr table: 387 600,00"
like "$OUT" "Vous envoyez 200,00 GBP." "LANGUAGE=fr table: the amount echo"
OUT=$(LANGUAGE=es "$REMIT" compare --from GB --to NG --amount 200)
like "$OUT" "387.600,00" "LANGUAGE=es table: 387.600,00"
OUT=$(LANGUAGE=es "$REMIT" compare --from GB --to NG --amount 100000)
like "$OUT" "192.500.000,00 100.025,00" \
    "LANGUAGE=es table: a column widens for grouping marks"
unlike "$OUT" "…" "LANGUAGE=es table: no figure is cut"
run compare --from GB --to NG --amount 200,50
like "$ERR" "use a dot for decimals" "the command line reads the dot only"
done_testing
