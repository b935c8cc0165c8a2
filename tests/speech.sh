#!/bin/sh
# tests/speech.sh - `remit compare --format speech`: the exact sentence
# the app reads aloud, numbers written to be read and currencies named
# by iso-codes, in the language of the locale.
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

done_testing
