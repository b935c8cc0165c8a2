# tests/rank.sh - the ranking (cost model, "Ranking"): by total cost C
# ascending, then amount received R descending, then faster, then name;
# "best" is the first; with --receive by what the sender pays.  The bundled
# tables for the cases that used to mislead, and a generated table where
# each tie-break decides.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

# order ARGS...: the available providers' names in the order of the CSV.
order() {
	"$REMIT" compare "$@" --format csv | awk -F, 'NR > 1 && $5 == "true" {
	    printf "%s%s", sep, $3; sep = "|" }'
}

# --- the bundled tables -----------------------------------------------------
o=$(order --rates "$RATES" --from GB --to NG --amount 200)
is "$o" "Okada Wallet|Lagos Lane Transfers|Eko Post Money|Naira Direct|\
Harmattan Money|Thames & Niger Bank" "GB->NG 200: by total cost"
case "$o" in
*"Naira Direct"*"Thames & Niger Bank"*) ok 0 "GB->NG 200: Naira Direct \
(203.99 GBP, 4.49%) above Thames & Niger Bank (212.00 GBP, 7.81%)" ;;
*) ok 1 "GB->NG 200: Naira Direct above Thames & Niger Bank" ;;
esac
o=$(order --rates "$RATES" --from US --to MX --amount 200)
case "$o" in
*"Sendero Cash"*"Lark & Willow Bank"*) ok 0 "US->MX 200: the 4.30% \
service above the 10.27% bank" ;;
*) ok 1 "US->MX 200: the 4.30% service above the 10.27% bank: $o" ;;
esac
is "$(order --rates "$RATES" --from US --to MX --amount 200 --sort cost)" \
    "$o" "the default order is --sort cost"
run compare --rates "$RATES" --from US --to MX --amount 200
like "$OUT" "Sorted by total cost" "the table names its order"
like "$(printf '%s\n' "$OUT" | grep 'Colibrí Envíos')" "best" \
    "the first is marked best"
is "$(printf '%s\n' "$OUT" | grep -c ' best$')" 1 "and only the first"
run compare --rates "$RATES" --from US --to MX --amount 200 --sort received
like "$OUT" "Sorted by what arrives" "--sort received: the table says so"
like "$(printf '%s\n' "$OUT" | grep 'Colibrí Envíos')" "best" \
    "--sort received: the best is still the cheapest"
unlike "$(printf '%s\n' "$OUT" | sed -n 7p)" "best" \
    "--sort received: and not the first row when it is not the cheapest"
run compare --rates "$RATES" --from GB --to NG --receive 100000
like "$OUT" "Sorted by what you pay" "--receive: sorted by what you pay"
unlike "$OUT" "what arrives" "--receive: not \"by what arrives\""
LANGUAGE=fr run compare --rates "$RATES" --from GB --to NG --receive 100000
like "$OUT" "ce que vous payez" "--receive in French"
LANGUAGE=es run compare --rates "$RATES" --from GB --to NG --amount 200
like "$OUT" "Orden: costo total" "by total cost in Spanish"
LANGUAGE=pt run compare --rates "$RATES" --from GB --to NG --receive 100000
like "$OUT" "Ordenado por: o que você paga" "--receive in Portuguese"
printf '{"from": "GB", "to": "NG", "amount": "200"}\n' >"$TMPD/b.jsonl"
"$REMIT" batch --rates "$RATES" "$TMPD/b.jsonl" >"$TMPD/b.out"
is "$(json_get "$TMPD/b.out" '[q["provider"] for q in d["quotes"]][2:6]')" \
    "['eko-post-money', 'naira-direct', 'harmattan-money', 'thames-niger-bank']" \
    "batch: by total cost"

# --- a generated table: each tie-break decides once -------------------------
# Reference rate 100, 100.00 GBP sent, fees on top:
#   name       fee  rate  R      P       C   speed
#   Zeta Pay     1    99  9900   101.00  2   3-5-days
#   Alpha Pay    0    98  9800   100.00  2   under-1-hour
#   Yak Quick    2    98  9800   102.00  4   same-day
#   Bison Slow   2    98  9800   102.00  4   2-days
#   Aardvark     1    97  9700   101.00  4   6-days-plus
#   Echo         3    98  9800   103.00  5   next-day
#   Delta        3    98  9800   103.00  5   next-day
#   Big Bank    10   100 10000   110.00 10   3-5-days
# Zeta before Alpha: same C, more received (though slower, and after by
# name); Yak before Bison: same C and R, faster; Bison before Aardvark:
# same C, more received; Delta before Echo: only the name differs.
mkdir "$TMPD/r"
prov() {	# prov ID NAME FEE RATE SPEED
	printf '{"id": "%s", "name": "%s", "type": "mto", "transparent": true, '\
'"payment": ["cash"], "payout": ["cash"], "speed": "%s", "rate": "%s", '\
'"fee": {"bands": [{"fixed": "%s"}]}}' "$1" "$2" "$5" "$4" "$3"
}
{
	printf '{"schema": "remit-rates/1", "corridor": {"from": "GB", "to": '
	printf '"NG", "send_currency": "GBP", "receive_currency": "NGN"}, '
	printf '"as_of": "2026-11-20", "source": "test", "reference_rate": '
	printf '"100", "providers": ['
	prov echo Echo 3 98 next-day; printf ', '
	prov big "Big Bank" 10 100 3-5-days; printf ', '
	prov aard Aardvark 1 97 6-days-plus; printf ', '
	prov bison "Bison Slow" 2 98 2-days; printf ', '
	prov delta Delta 3 98 next-day; printf ', '
	prov alpha "Alpha Pay" 0 98 under-1-hour; printf ', '
	prov yak "Yak Quick" 2 98 same-day; printf ', '
	prov zeta "Zeta Pay" 1 99 3-5-days
	printf ']}\n'
} >"$TMPD/r/gb-ng.json"
T="--rates $TMPD/r --from GB --to NG"
run compare $T --amount 100 --format csv
is "$RC" 0 "the generated table compares"
is "$(order $T --amount 100)" \
    "Zeta Pay|Alpha Pay|Yak Quick|Bison Slow|Aardvark|Delta|Echo|Big Bank" \
    "cost: C, then R, then speed, then name"
is "$(order $T --amount 100 --sort received)" \
    "Big Bank|Zeta Pay|Alpha Pay|Yak Quick|Bison Slow|Delta|Echo|Aardvark" \
    "received: R, then C, then speed, then name"
is "$(order $T --amount 100 --sort fee)" \
    "Alpha Pay|Zeta Pay|Aardvark|Yak Quick|Bison Slow|Delta|Echo|Big Bank" \
    "fee: F, then C, then speed, then name"
is "$(order $T --amount 100 --sort speed)" \
    "Alpha Pay|Yak Quick|Delta|Echo|Bison Slow|Zeta Pay|Big Bank|Aardvark" \
    "speed: faster, then C, then name"
is "$(order $T --amount 100 --sort name)" \
    "Aardvark|Alpha Pay|Big Bank|Bison Slow|Delta|Echo|Yak Quick|Zeta Pay" \
    "name: byte order"
run compare $T --amount 100 --sort name
like "$(printf '%s\n' "$OUT" | grep 'Zeta Pay')" "best" \
    "--sort name: the best is the cheapest, wherever it is listed"
unlike "$(printf '%s\n' "$OUT" | grep 'Aardvark')" "best" \
    "--sort name: not the first row"
# --receive 9800 NGN: Zeta sends 98.99 (pays 99.99), Alpha 100.00 (100.00),
# Yak and Bison 100.00 (102.00), Aardvark 101.04 (102.04), Delta and Echo
# 100.00 (103.00), Big Bank 98.00 (108.00).
is "$(order $T --receive 9800)" \
    "Zeta Pay|Alpha Pay|Yak Quick|Bison Slow|Aardvark|Delta|Echo|Big Bank" \
    "--receive: what you pay, then R, then speed, then name"
is "$(order $T --receive 9800 --sort cost)" "$(order $T --receive 9800)" \
    "--receive --sort cost is the same ranking"
run compare $T --receive 9800 --format csv
is "$(printf '%s\n' "$OUT" | awk -F, '$3 == "Zeta Pay" || $3 == "Big Bank" \
    { printf "%s:%s ", $3, $12 }')" "Zeta Pay:99.99 Big Bank:108.00 " \
    "--receive: what each pays"

done_testing
