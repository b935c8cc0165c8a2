#!/bin/sh
# tests/speech.sh - `remit compare --format speech`: the exact sentence
# the app reads aloud, numbers written to be read and currencies named
# by iso-codes, in the language of the locale.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

run compare --from GB --to NG --amount 200 --format speech --rates "$RATES"
is "$RC" 0 "--format speech: exit 0"
is "$OUT" "Best for your family: Okada Wallet. Your family receives 387,600 \
Naira. You pay 201.80 Pound Sterling in all, and the transfer costs you 3.06 \
Pound Sterling. These are sample prices, not real ones." \
    "English: 387,600 Naira, not 387600.00 NGN"

LANGUAGE=fr run compare --from GB --to NG --amount 200 --format speech \
    --rates "$RATES"
is "$OUT" "Le meilleur pour votre famille : Okada Wallet. Votre famille \
reçoit 387 600 Naira. Vous payez 201,80 Livre sterling en tout, et le \
transfert vous coûte 3,06 Livre sterling. Ce sont des prix d'exemple, pas \
des prix réels." "French: grouped by spaces, a decimal comma, iso-codes' names"

LANGUAGE=es run compare --from US --to MX --receive 30000 --format speech \
    --sort fee --rates "$RATES"
is "$OUT" "Lo mejor para su familia: Colibrí Envíos. Su familia recibe \
30.000,01 Peso mexicano. Usted paga 1.644,69 Dólar estadounidense en total, \
y el envío le cuesta 19,73 Dólar estadounidense. Son precios de ejemplo, no \
reales." "Spanish, receive mode: the best by the ranking, whatever --sort"

LANGUAGE=pt run compare --from US --to MX --amount 200 --format speech \
    --rates "$RATES"
like "$OUT" "Sua família recebe 3.670,40 Peso mexicano. Você paga 202 Dólar" \
    "Portuguese: 202, not 202.00"

run compare --from US --to MX --amount 200 --format speak --rates "$RATES"
is "$RC" 2 "--format speak is refused"

# --speak-wav: the audio written to a file (no sound card needed).
if "$REMIT" --version | grep -q "Speech: built in"; then
	run compare --from GB --to NG --amount 200 --speak-wav "$TMPD/a.wav" \
	    --rates "$RATES"
	is "$RC" 0 "--speak-wav: exit 0"
	like "$OUT" "387,600 Naira" "and the text is printed too"
	is "$(head -c 4 "$TMPD/a.wav" 2>&1)" "RIFF" "a RIFF header"
	is "$(dd if="$TMPD/a.wav" bs=1 skip=8 count=8 2>/dev/null)" "WAVEfmt " \
	    "a WAVE file"
	size=$(wc -c <"$TMPD/a.wav")
	ok $([ "$size" -gt 100000 ]; echo $?) "seconds of audio ($size bytes)"
	run compare --from GB --to NG --amount 200 --speak-wav \
	    "$TMPD/no/such/a.wav" --rates "$RATES"
	is "$RC" 2 "an unwritable WAV file: exit 2"
	is "$ERR" "remit: --speak-wav $TMPD/no/such/a.wav: cannot write \
it: check the folder exists and can be written" "and one line saying why"
else
	run compare --from GB --to NG --amount 200 --speak-wav "$TMPD/a.wav" \
	    --rates "$RATES"
	is "$RC" 2 "without espeak-ng, --speak-wav says so"
fi

done_testing
