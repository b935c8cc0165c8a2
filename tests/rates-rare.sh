#!/bin/sh
# The rate-table validator's rarer paths: one broken field at a time in a
# copy of gb-ng.json, each named by its JSON path with how to fix it, and
# `remit check` exits 2.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

cat >"$TMPD/mk.py" <<'PY'
import json, sys
base = json.load(open(sys.argv[1]))
P = lambda d: d["providers"]
cases = {
    "speed": lambda d: P(d)[0].update(speed="tomorrow"),
    "payout-empty": lambda d: P(d)[0].update(payout=[]),
    "payout-missing": lambda d: P(d)[0].pop("payout"),
    "fee-missing": lambda d: P(d)[0].pop("fee"),
    "bands-empty": lambda d: P(d)[0]["fee"].update(bands=[]),
    "band-after-open": lambda d: P(d)[1]["fee"].update(bands=[{"percent": "1.2"}, {"up_to": "900.00", "fixed": "2.00"}]),
    "band-order": lambda d: P(d)[1]["fee"].update(bands=[{"up_to": "500.00", "fixed": "1.00"}, {"up_to": "400.00", "fixed": "2.00"}]),
    "min-max": lambda d: P(d)[1]["fee"].update(bands=[{"percent": "1.2", "min": "30.00", "max": "25.00"}]),
    "rate-zero": lambda d: P(d)[0].update(rate="0"),
    "mid-zero": lambda d: d.update(reference_rate="0"),
    "providers-empty": lambda d: d.update(providers=[]),
    "provider-notobj": lambda d: P(d).__setitem__(0, "naira"),
    "share": lambda d: P(d)[0].update(market_share="120"),
    "amounts": lambda d: P(d)[0].update(min_amount="500.00", max_amount="100.00"),
    "source-empty": lambda d: d.update(source={}),
    "corridor-missing": lambda d: d.pop("corridor"),
}
for name, f in cases.items():
    d = json.loads(json.dumps(base))
    f(d)
    json.dump(d, open(f"{sys.argv[2]}/{name}.json", "w"), ensure_ascii=False)
PY
python3 "$TMPD/mk.py" "$RATES/gb-ng.json" "$TMPD"
echo '[1, 2]' >"$TMPD/not-object.json"

# check NAME DIAGNOSTIC: NAME.json alone in a folder gives exactly this line.
check() {
	rm -rf "$TMPD/one"
	mkdir "$TMPD/one"
	cp "$TMPD/$1.json" "$TMPD/one/"
	run check --rates "$TMPD/one"
	is "$RC" 2 "$1: exit 2"
	is "$(echo "$ERR" | grep "^$TMPD/one/")" "$TMPD/one/$1.json: $2" "$1: $2"
}
check speed 'providers[0].speed: unknown value; write one of: under-1-hour, same-day, next-day, 2-days, 3-5-days, 6-days-plus'
check payout-empty 'providers[0].payout: must be a non-empty list of: cash, account, wallet'
check payout-missing 'providers[0].payout: missing; add a list such as ["cash"]'
check fee-missing 'providers[0].fee: missing or not an object; add "fee": {"bands": [{"fixed": "3.99"}]}'
check bands-empty 'providers[0].fee.bands: must be a non-empty list of fee bands, e.g. [{"fixed": "3.99"}]'
check band-after-open 'providers[1].fee.bands[1]: comes after an open band (one without up_to); only the last band may be open'
check band-order 'providers[1].fee.bands[1]: up_to must be larger than the band before; list bands in increasing up_to'
check min-max 'providers[1].fee.bands[0].min: the minimum fee is larger than the maximum; swap them'
check rate-zero 'providers[0].rate: the rate cannot be 0; write how many receive units one send unit buys'
check mid-zero 'reference_rate: the mid-market rate cannot be 0'
check providers-empty 'providers: the list of providers is empty or not a list; add at least one provider'
check provider-notobj 'providers[0]: must be an object describing one provider'
check share 'providers[0].market_share: a share is a percentage from 0 to 100'
check amounts 'providers[0].min_amount: larger than max_amount; swap them'
check source-empty 'source: an empty object; write the text in quotes, or {"en": "...", "fr": "..."}'
check corridor-missing 'corridor: missing or not an object; add "corridor": {"from", "to", "send_currency", "receive_currency"}'
check not-object 'the file must hold one JSON object with "schema": "remit-rates/1"'
done_testing
