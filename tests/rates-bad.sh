#!/bin/sh
# Broken rate folders: every problem named with file, path and fix; one
# broken file never stops the other corridors.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
D="$TMPD/rates"
mkdir "$D"
cp "$RATES"/*.json "$D"/

run check --rates "$D"
is "$RC" 0 "the bundled tables check clean"
like "$OUT" "12 valid tables" "twelve corridors"

run compare --rates "$TMPD/none" --from GB --to NG --amount 200
is "$RC" 2 "a missing folder: status 2"
like "$ERR" "none: no such folder" "names the folder"

# Malformed JSON beside good files.
printf '{\n  "schema": "remit-rates/1",\n  "corridor": {"from": "GB", "to": "NG"\n' > "$D/gb-ng.json"
run compare --rates "$D" --from US --to MX --amount 200
is "$RC" 0 "a broken file does not stop another corridor"
run compare --rates "$D" --from GB --to NG --amount 200
is "$RC" 1 "the broken corridor fails"
like "$ERR" "gb-ng.json: line 4, column 1: malformed JSON" "with the line and column"

# Two problems in one file, both listed; an unknown field with a suggestion.
sed -e 's/"receiver_fee": "50.00"/"recever_fee": "50.00"/' \
    -e 's/"reference_rate": "[0-9.]*"/"reference_rate": 58.735/' \
    "$RATES/us-ph.json" > "$D/us-ph.json"
run check --rates "$D"
is "$RC" 2 "check finds problems: status 2"
like "$ERR" 'us-ph.json: reference_rate: write decimals as strings, e.g. "4.99"' \
	"a number where a decimal string belongs"
like "$ERR" 'us-ph.json: providers[2].recever_fee: unknown field; did you mean "receiver_fee"?' \
	"an unknown field suggests the nearest"
like "$ERR" 'gb-ng.json: line 4, column 1' "check lists the other file too"

# Two files for one corridor: neither is trusted.
cp "$RATES/gb-ng.json" "$D/gb-ng.json"
cp "$RATES/gb-ng.json" "$D/gb-ng-copy.json"
run compare --rates "$D" --from GB --to NG --amount 200
is "$RC" 1 "two tables for one corridor: status 1"
like "$ERR" "is for the same corridor GB-NG GBP-NGN; keep one of the two files" \
	"says to keep one"
rm "$D/gb-ng-copy.json"

# A file that is a folder, a dangling link, a file over 16 MiB.
mkdir "$D/dir.json"
ln -s "$D/missing" "$D/link.json"
head -c 17000000 /dev/zero | tr '\0' ' ' > "$D/big.json"
run check --rates "$D"
like "$ERR" "dir.json: is a folder, not a file" "a folder named .json"
like "$ERR" "link.json: no such file" "a dangling link"
like "$ERR" "big.json: the file is larger than 16 MiB" "a file over 16 MiB"
run compare --rates "$D" --from US --to MX --amount 200
is "$RC" 0 "and the good corridors still work"
cp "$RATES/au-to.json" "$D/locked.json"; chmod 000 "$D/locked.json"
run_unprivileged check --rates "$D"
like "$ERR" "locked.json: cannot be read (permission denied)" "an unreadable file (as nobody when root)"
done_testing
