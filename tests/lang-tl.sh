# tests/lang-tl.sh - Tagalog: chosen on the language screen, the home
# screen, a US -> PH comparison and its answer sentence in Tagalog, with
# the Philippines' number style (387,600.00) on the screen and in the
# table of `LANGUAGE=tl remit compare`.  Driven in tmux at 80x24; every
# wait polls (at most 10 s).
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

. "$TOP_SRCDIR/tests/tmux.sh"

tm -f /dev/null new-session -d -s remit -n idle -x 80 -y 24 "sleep 300"
tm set-option -g remain-on-exit on
tm set-option -g default-size 80x24

# row NAME TEXT: the first screen line (from 1) that is TEXT alone.
row() {
	tm capture-pane -p -t "$1" | awk -v t="$2" '
	    { s = $0; gsub(/^ +| +$/, "", s) }
	    s == t { print NR; exit }'
}

# --- the language screen: Tagalog, found by its place in the list ---------
start tl "$REMIT" app
wait_for tl "Tagalog"
ok $? "the language screen lists Tagalog"
first=$(row tl English)
at=$(row tl Tagalog)
ok $([ -n "$first" ] && [ -n "$at" ] && [ "$at" -gt "$first" ]; echo $?) \
    "Tagalog is below English (lines $first and $at)"
downs=$((${at:-0} - ${first:-0}))
while [ "$downs" -gt 0 ]; do
	keys tl Down
	downs=$((downs - 1))
done
keys tl Enter

# --- the home screen in Tagalog ------------------------------------------
wait_for tl "Paghambingin ang gastos ng pagpapadala ng pera"
ok $? "tl: the home screen in Tagalog"
s=$(screen tl)
like "$s" "remit · Simula" "tl: the home screen's title"
like "$s" "Alamin kung aling provider ang pinakamura para magpadala ng pera sa \
pamilya, at kung magkano ang matatanggap nila." "tl: what remit is for"
like "$s" "Mga aralin tungkol sa pera" "tl: the lessons"
like "$s" "Enter Piliin Esc Wika q Umalis" "tl: the keys in Tagalog"
unlike "$s" "Compare the cost" "tl: no English left on the home screen"

# --- US -> PH, 1,000 USD (typed with a grouping comma), any way -----------
keys tl Enter
wait_for tl "Mula saang bansa ka magpapadala ng pera?"
ok $? "tl: the first question"
typ tl "estados"
wait_for tl "Hanapin: estados"
keys tl Enter
wait_for tl "Mula Estados Unidos: papunta saang bansa?"
ok $? "tl: the second question, the country in Filipino (iso-codes)"
like "$(screen tl)" "Pilipinas — Philippine Peso (PHP)" "tl: Pilipinas listed"
typ tl "pili"
wait_for tl "Hanapin: pili"
keys tl Enter
wait_for tl "Mula Estados Unidos papuntang Pilipinas: magkano?"
ok $? "tl: how much?"
like "$(screen tl)" "I-type ang halaga, hal. 200 o 200.50." \
    "tl: the hint in Tagalog, a dot for decimals"
typ tl "1,000"
wait_for tl "Ipapadala ko: 1,000"
keys tl Enter
wait_for tl "Paano matatanggap ng pamilya mo ang pera?"
ok $? "tl: 1,000 is read as one thousand; how it arrives"
keys tl Enter

# --- the results: the answer sentence and the figures, exactly -----------
wait_for tl "Pinakamabuti para sa pamilya mo"
ok $? "tl: the results"
s=$(screen tl)
like "$s" "Pinakamabuti para sa pamilya mo: Islas Padala. Matatanggap nila ang \
58,410.00 PHP sa mobile wallet, sa loob ng wala pang 1 oras. Babayaran mo ang \
1,002.99 USD." "tl: the answer sentence, 58,410.00 PHP"
like "$s" "Estados Unidos → Pilipinas: ipapadala mo ang 1,000.00 USD, kahit \
anong paraan" "tl: what was asked"
like "$s" "Palitan sa merkado: 1 USD = 58.7350 PHP" "tl: the mid-market rate"
like "$s" "Inayos ayon sa kabuuang gastos" "tl: ranked by total cost"
like "$s" "Tanggap PHP Bayad USD Singil" "tl: the column heads"
like "$s" "✓ Islas Padala 58,410.00 1,002.99 2.99 58.4100 0.85%" \
    "tl: the best provider's row, grouped with commas"
like "$s" "Bayanihan Remit 58,150.00 1,010.00 10.00 58.1500 2.00%" \
    "tl: another row"
like "$s" "HALIMBAWANG DATOS, HINDI TOTOONG PRESYO." "tl: sample data"
unlike "$s" "…" "tl: nothing is cut at 80 columns"
unlike "$s" "Best for your family" "tl: no English answer"
keys tl Enter
wait_for tl "Islas Padala ·"
s=$(screen tl)
like "$s" "Matatanggap ng pamilya mo ang 58,410.00 PHP." "tl: the details"
like "$s" "1,002.99 USD ang babayaran mo lahat-lahat: 1,000.00 USD na ipapadala \
at singil na 2.99 USD." "tl: what you pay, in the details"
keys tl h
wait_for tl "remit · Simula"
ok $? "tl: h goes home"
keys tl q
wait_dead tl
is "$(exit_status tl)" 0 "tl: q on the home screen ends the app"

# --- the command line: LANGUAGE=tl ---------------------------------------
OUT=$(LANGUAGE=tl "$REMIT" compare --from GB --to NG --amount 200)
is "$(printf '%s\n' "$OUT" | head -8)" "Nagkaisang Kaharian (GB) -> Nigeria (NG), GBP -> NGN
Ipapadala mo ang 200.00 GBP.
Palitan sa merkado: 1 GBP = 1,950.25 NGN
HALIMBAWANG DATOS, HINDI TOTOONG PRESYO.
Inayos ayon sa kabuuang gastos

  # Provider               Tanggap NGN  Bayad GBP   Singil   Gastos Gastos%
  1 Okada Wallet            387,600.00     201.80     1.80     3.06  1.53%  pinakamura" \
    "LANGUAGE=tl compare GB NG 200: the header lines and the best, exactly"
OUT=$(LANGUAGE=tl "$REMIT" compare --from US --to PH --amount 1000)
like "$OUT" "Estados Unidos (US) -> Pilipinas (PH), USD -> PHP" \
    "LANGUAGE=tl compare US PH: the corridor"
like "$OUT" "Ipapadala mo ang 1,000.00 USD." "LANGUAGE=tl compare US PH: 1,000.00"
like "$OUT" "  1 Islas Padala             58,410.00   1,002.99     2.99     8.52  0.85%  pinakamura" \
    "LANGUAGE=tl compare US PH: the best row"
OUT=$(LANGUAGE=tl "$REMIT" compare --from GB --to NG --amount 200 --format csv)
like "$OUT" "387600.00" "LANGUAGE=tl: CSV keeps 387600.00"
OUT=$(LANGUAGE=tl "$REMIT" compare --help | head -1)
is "$OUT" "Paggamit: remit compare --from COUNTRY --to COUNTRY (--amount A | --receive T) [OPTION]..." \
    "LANGUAGE=tl: --help in Tagalog"
done_testing
