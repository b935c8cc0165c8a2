#!/bin/sh
# remit corridors: what the rate folder holds, as a table, CSV and JSON;
# a broken table, an empty folder and usage errors.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "$TOP_SRCDIR/tests/lib.sh"

run corridors --rates "$RATES"
is "$RC" 0 "bundled: exit 0"
is "$(echo "$OUT" | sed -n 1p | sed 's/ *$//')" \
	"Route   Money   Providers Prices of   Days  From - to" "table heading"
is "$(echo "$OUT" | grep '^GB-NG' | sed 's/ *$//')" \
	"GB-NG   GBP-NGN         6 2026-11-02    22  United Kingdom - Nigeria" \
	"GB-NG row: currencies, 6 providers, date, 22 days old, names"
is "$(echo "$OUT" | grep '^AU-TO' | sed 's/ *$//')" \
	"AU-TO   AUD-TOP         5 2026-11-20     4  Australia - Tonga" \
	"AU-TO row"
is "$(echo "$OUT" | grep -c '^[A-Z][A-Z]-[A-Z][A-Z] ')" 12 "12 corridors"
is "$(echo "$OUT" | tail -1)" "SAMPLE DATA, NOT REAL PRICES." \
	"the bundled tables are marked as sample data"
is "$ERR" "" "nothing on stderr"

# CSV lines end in CRLF (RFC 4180).
run corridors --rates "$RATES" --format csv
OUT=$(echo "$OUT" | tr -d '\r')
is "$RC" 0 "csv: exit 0"
is "$(echo "$OUT" | sed -n 1p)" \
	"from,to,send_currency,receive_currency,providers,as_of,sample,file" \
	"csv heading"
is "$(echo "$OUT" | grep '^US,PH')" \
	"US,PH,USD,PHP,6,2026-10-28,true,$RATES/us-ph.json" "csv US-PH row"
is "$(echo "$OUT" | wc -l)" 13 "csv: heading and 12 rows"

run corridors --rates "$RATES" --format json
is "$RC" 0 "json: exit 0"
echo "$OUT" >"$TMPD/c.json"
is "$(json_get "$TMPD/c.json" 'len(d["corridors"])')" 12 "json: 12 corridors"
is "$(json_get "$TMPD/c.json" '[c for c in d["corridors"] if c["from"] == "KR"][0]')" \
	"{'from': 'KR', 'to': 'NP', 'send_currency': 'KRW', 'receive_currency': 'NPR', 'providers': 6, 'as_of': '2026-10-15', 'sample': True, 'file': '$RATES/kr-np.json'}" \
	"json: KR-NP in full"
is "$(json_get "$TMPD/c.json" 'd["broken"]')" "[]" "json: nothing broken"

# One good table and one broken one.
mkdir "$TMPD/r"
cp "$RATES/gb-ng.json" "$TMPD/r/"
printf '{"x":' >"$TMPD/r/bad.json"
run corridors --rates "$TMPD/r"
is "$RC" 0 "a broken table beside a good one: exit 0"
is "$(echo "$OUT" | grep -c '^GB-NG ')" 1 "the good table is listed"
is "$(echo "$OUT" | grep '^broken')" \
	"broken: $TMPD/r/bad.json: line 1, column 6: malformed JSON; check the commas, quotes and brackets near here" \
	"the broken table is named with line and column"
is "$ERR" "remit: warning: 1 rate table in $TMPD/r could not be read; run 'remit check' for details" \
	"one warning line on stderr"
run corridors --rates "$TMPD/r" --format json
echo "$OUT" >"$TMPD/b.json"
is "$(json_get "$TMPD/b.json" 'd["broken"][0]["file"]')" "$TMPD/r/bad.json" \
	"json: the broken file"
like "$(json_get "$TMPD/b.json" 'd["broken"][0]["reason"]')" \
	"line 1, column 6: malformed JSON" "json: why it is broken"
is "$(json_get "$TMPD/b.json" 'len(d["corridors"])')" 1 "json: one corridor"
run corridors --rates "$TMPD/r" --format csv
is "$(echo "$OUT" | wc -l)" 2 "csv: only the good table"

# An empty folder: nothing to list, exit 1.
mkdir "$TMPD/empty"
run corridors --rates "$TMPD/empty" --format json
is "$RC" 1 "empty folder: exit 1"
is "$OUT" '{"corridors": [],
 "broken": []}' "empty folder: empty JSON lists"
run corridors --rates "$TMPD/empty" --format csv
OUT=$(echo "$OUT" | tr -d '\r')
is "$RC" 1 "empty folder, csv: exit 1"
is "$OUT" "from,to,send_currency,receive_currency,providers,as_of,sample,file" \
	"empty folder, csv: the heading only"

# Usage errors: exit 2, one line and the hint, nothing on stdout.
usage() {	# usage NAME MESSAGE ARGS...
	name=$1 msg=$2
	shift 2
	run corridors "$@"
	is "$RC" 2 "$name: exit 2"
	is "$(echo "$ERR" | sed -n 1p)" "$msg" "$name: message"
	is "$OUT" "" "$name: nothing on stdout"
}
usage "missing folder" \
	"remit: $TMPD/none: no such folder; give the rate folder with --rates DIR" \
	--rates "$TMPD/none"
usage "bad format" 'remit: --format "xml": write table, csv or json' \
	--format xml
usage "no value" "remit: --rates needs a value" --rates
usage "extra argument" 'remit: unexpected argument "extra"' extra
usage "mistyped option" "remit: unknown option --frmat; did you mean --format?" \
	--frmat csv
is "$(echo "$ERR" | sed -n 2p)" "Try 'remit corridors --help' for more information." \
	"the hint to --help"

run corridors --help
is "$RC" 0 "--help: exit 0"
is "$(echo "$OUT" | sed -n 1p)" \
	"Usage: remit corridors [--rates DIR] [--format table|csv|json]" \
	"--help: usage line"
like "$OUT" "--format FORMAT  table (default), csv or json" "--help: options"

# Write errors are reported.
if [ -w /dev/full ]; then
	"$REMIT" corridors --rates "$RATES" >/dev/full 2>"$TMPD/err"
	is "$?" 1 "/dev/full: exit 1"
	is "$(cat "$TMPD/err")" "remit: write error: No space left on device" \
		"/dev/full: write error"
else
	ok 0 "# SKIP no /dev/full"
	ok 0 "# SKIP no /dev/full"
fi
done_testing
