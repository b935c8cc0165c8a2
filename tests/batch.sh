#!/bin/sh
# tests/batch.sh - `remit batch`: JSON Lines in and out, error lines with
# their line numbers, the rest going on, exit 2 when a line failed.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

# Line 1 is worked example 1 (GB-NG, 200 GBP, Naira Direct: fee 3.99,
# received 380300.00, C% 4.49); line 2 is not JSON; line 3 blank (skipped,
# still counted); line 4 a number where a decimal string is needed; line
# 5 a typo in a key; line 6 an unknown country; line 7 not an object;
# line 8 too many decimals for GBP; line 9 an inverse request with an id.
cat >"$TMPD/in.jsonl" <<'JL'
{"from": "GB", "to": "NG", "amount": "200", "id": "first"}
{"from": "GB", "to": 
   
{"from": "GB", "to": "NG", "amount": 200}
{"from": "GB", "to": "NG", "ammount": "200"}
{"from": "GB", "to": "Atlantis", "amount": "200"}
["GB", "NG"]
{"from": "GBR", "to": "NGA", "amount": "200.001"}
{"from": "United Kingdom", "to": "NG", "receive": "100000", "id": 9, "payout": "cash"}
JL
run batch "$TMPD/in.jsonl" --rates "$RATES"
is "$RC" 2 "batch: exit 2 when a line failed"
like "$ERR" "6 request lines failed" "batch: failures counted on stderr"
printf '%s\n' "$OUT" >"$TMPD/out.jsonl"
is "$(wc -l <"$TMPD/out.jsonl" | tr -d ' ')" 8 "batch: one answer per non-blank line"
is "$(python3 -c '
import json, sys
for l in open(sys.argv[1]):
    d = json.loads(l)
    print(d["line"], d["id"], d.get("error", "-")[:40])
' "$TMPD/out.jsonl")" \
"1 first -
2 None not JSON at column 21; write one object 
4 None \"amount\" must be a string; write decimal
5 None unknown key \"ammount\"; did you mean \"amo
6 None \"to\": \"Atlantis\" is no country; give an 
7 None not a JSON object; write e.g. {\"from\": \"
8 None \"amount\": \"200.001\": GBP has 2 decimals;
9 9 -" "batch: line numbers, ids and one-line errors"
is "$(python3 -c '
import json, sys
d = json.loads(open(sys.argv[1]).readline())
q = [q for q in d["quotes"] if q["provider"] == "naira-direct"][0]
print(d["amount"], q["fee"], q["amount_received"], q["total_cost_pct"], "estimate" in d)
' "$TMPD/out.jsonl")" "200.00 3.99 380300.00 4.49 False" \
    "batch: the compare shape, worked example 1"
is "$(python3 -c '
import json, sys
d = json.loads(open(sys.argv[1]).readlines()[-1])
print(d["receive"], sorted(q["provider"] for q in d["quotes"] if q["available"]))
' "$TMPD/out.jsonl")" "100000.00 ['eko-post-money', 'harmattan-money']" \
    "batch: inverse request with a payout filter"

# Standard input, all good: exit 0.
printf '{"from":"GB","to":"NG","amount":"500"}\n' |
    "$REMIT" batch --rates "$RATES" >"$TMPD/o2" 2>"$TMPD/e2"
is "$?" 0 "batch: exit 0 when every line is answered"
run batch --format csv
is "$RC" 2 "batch: --format csv refused"
done_testing
