#!/bin/sh
# tests/completion.sh - the bash completion installed by `make install`:
# commands, each command's options, country codes and module ids, all
# asked of remit itself.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
if ! command -v bash >/dev/null; then
	echo "1..0 # SKIP bash is not installed"
	exit 0
fi
# complete WORDS...: what the completion offers for the last word.
complete_words() {
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1));
	    _remit; printf "%s\n" "${COMPREPLY[@]}"' sh \
	    "$TOP_SRCDIR/contrib/bash-completion/remit" "$REMIT" "$@" | tr '\n' ' '
}
is "$(complete_words comp)" "compare " "a command"
like "$(complete_words "")" "corridors check calc app kiosk lessons lesson sessions rpw batch report" \
    "every command"
is "$(complete_words compare --am)" "--amount " "an option of the command"
like "$(complete_words compare --from G)" "GB" "a country code from the rate folder"
unlike "$(complete_words compare --from G)" "AE" "only the codes that match"
is "$(complete_words compare --from GB --to N)" "NG NP " "the destination codes"
like "$(complete_words lesson tr)" "true-cost" "a module id"
is "$(complete_words sessions --module fam)" "family-budget " "a module id for --module"
is "$(complete_words compare --payout w)" "wallet " "a payout word"
is "$(complete_words calc lo)" "loan " "a calculator"
done_testing
