# tests/calc.sh - `remit calc`: each calculator as a table and as JSON, and
# every refusal of bad input (one line on stderr, exit 2).
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "$TOP_SRCDIR/tests/lib.sh"

# savings: =FV(5%/12,120,-100,-100) = 15692.93
run calc savings --deposit 100 --rate 5 --months 120 --initial 100
is "$RC" 0 "savings: exit 0"
like "$OUT" "Balance          15692.93" "savings: balance (spec example)"
like "$OUT" "Deposited        12100.00" "savings: deposited"
like "$OUT" "Interest earned   3592.93" "savings: interest"
run calc savings --deposit 100 --rate 5 --months 120 --initial 100 \
    --format json
is "$OUT" '{
  "balance": "15692.93",
  "deposited": "12100.00",
  "interest": "3592.93"
}' "savings: JSON"
run calc savings -d 10000 -r 3 -m 60 --currency jpy
like "$OUT" "Balance          646467 JPY" "savings: yen, no decimals"

# goal: exactly 15692.93 is not yet reached after 120 months (15692.9289)
run calc goal --deposit 100 --rate 5 --initial 100 --target 15692.93
is "$RC" 0 "goal: exit 0"
like "$OUT" "Months needed       121" "goal: months"
like "$OUT" "Balance then   15858.32" "goal: balance then"
run calc goal --deposit 100 --rate 12 --target 303.01 --format json
is "$OUT" '{
  "months": 3,
  "balance": "303.01"
}' "goal: JSON, lands exactly on the target"
run calc goal -d 100 -r 5 -i 100 -t 15692.92 --format json
is "$(json_get "$TMPD/out" 'd["months"]')" 120 "goal: a cent less, 120"

# loan: =PMT(7.5%/12,180,-200000) = 1854.02
run calc loan --principal 200000 --rate 7.5 --months 180
is "$RC" 0 "loan: exit 0"
is "$OUT" "Monthly payment    1854.02
Total paid       333725.08
Total interest   133725.08" "loan: table without schedule"
run calc loan --principal 1000 --rate 10 --months 12 --schedule
like "$OUT" "Month  Payment  Interest  Principal  Balance" "loan: schedule header"
like "$OUT" "   12    87.87      0.73      87.14     0.00" \
    "loan: last month absorbs the rounding"
is "$(printf '%s\n' "$OUT" | wc -l | tr -d ' ')" 17 "loan: 3 + 1 + 1 + 12 lines"
run calc loan --principal 1000 --rate 10 --months 12 --format json
is "$(json_get "$TMPD/out" 'd["payment"], d["total_paid"], d["total_interest"]')" \
    "('87.92', '1054.99', '54.99')" "loan: JSON totals"
is "$(json_get "$TMPD/out" 'len(d["schedule"]), d["schedule"][11]')" \
    "(12, {'month': 12, 'payment': '87.87', 'interest': '0.73', 'principal': '87.14', 'balance': '0.00'})" \
    "loan: JSON schedule always present"
is "$(json_get "$TMPD/out" 'sum(__import__("decimal").Decimal(r["principal"]) for r in d["schedule"])')" \
    "1000.00" "loan: JSON principals repay the loan"

# flat: 2 % a month on 1000 for 12 months
run calc flat --principal 1000 --flat-rate 2 --months 12
is "$RC" 0 "flat: exit 0"
is "$OUT" "Monthly installment                      103.33
Total interest                           240.00
Yearly rate on what you owe (US APR)      41.70 %
Effective yearly rate (UK APR, EU APRC)   50.67 %" "flat: table (spec example)"
run calc flat -p 1000 -f 2 -m 12 --format json
is "$OUT" '{
  "installment": "103.33",
  "total_interest": "240.00",
  "apr_pct": "41.70",
  "effective_pct": "50.67"
}' "flat: JSON"

# inflation: =1000/(1+5%)^10
run calc inflation --amount 1000 --rate 5 --years 10
is "$RC" 0 "inflation: exit 0"
is "$OUT" "Real value in today's money  613.91" "inflation: table"
run calc inflation --amount 1000 --rate 21 --years 0.5 --format json
is "$OUT" '{
  "real_value": "909.09"
}' "inflation: JSON, half a year"

run calc --help
is "$RC" 0 "help: exit 0"
like "$OUT" "from 0 to 1000" "help: states the rate cap"
like "$OUT" "from 0 to 100" "help: states the flat-rate cap"

# refusals: ARGS... ; expected message
refuse() {	# refuse MESSAGE NAME ARGS...
	msg=$1; name=$2; shift 2
	run "$@"
	is "$RC" 2 "$name: exit 2"
	is "$(printf '%s\n' "$ERR" | head -n 1)" "remit: $msg" "$name: message"
	is "$OUT" "" "$name: nothing on stdout"
}
refuse '--months: "-3": type a whole number of months from 1 to 1200, e.g. 12' \
    "negative months" calc savings --deposit 100 --rate 5 --months -3
refuse '--months: "0": type a whole number of months from 1 to 1200, e.g. 12' \
    "zero months" calc loan --principal 100 --rate 5 --months 0
refuse '--months: "1201": type a whole number of months from 1 to 1200, e.g. 12' \
    "too many months" calc flat -p 100 -f 2 -m 1201
refuse '--target: the target is not reached within 1200 months (100 years); save more each month, add a starting amount or lower the target' \
    "goal never reached" calc goal --deposit 1 --rate 0 --target 10000
refuse '--rate: "10000": a rate of at most 1000 % is allowed; type the percentage, e.g. 5 for 5 %' \
    "rate of 10000 %" calc savings -d 100 -r 10000 -m 12
refuse '--flat-rate: "101": a rate of at most 100 % is allowed; type the percentage, e.g. 5 for 5 %' \
    "flat rate over 100 %" calc flat -p 100 -f 101 -m 12
refuse 'calc savings: give --deposit, e.g. --deposit 100' \
    "missing --deposit" calc savings --rate 5 --months 12
refuse 'calc loan: give --months, e.g. --months 12' \
    "missing --months" calc loan --principal 100 --rate 5
refuse 'calc inflation: give --years, e.g. --years 10' \
    "missing --years" calc inflation --amount 100 --rate 5
refuse '--deposit: "12.345": type at most 2 decimals (or name a currency with --currency), e.g. 12.50' \
    "too many decimals" calc savings -d 12.345 -r 5 -m 12
refuse '--principal: "12.5": JPY has no decimals; type a whole number such as 12' \
    "decimals in yen" calc loan -p 12.5 -r 5 -m 12 --currency JPY
refuse '--deposit: "12,50": use a dot for decimals and no thousands separator, e.g. 12.50' \
    "decimal comma" calc savings -d 12,50 -r 5 -m 12
refuse '--amount: "1e3": write the number in full, without an exponent, e.g. 1000 for 1e3' \
    "exponent" calc inflation --amount 1e3 --rate 5 --years 1
refuse '--rate: "-5": the value cannot be negative; type it without the minus sign' \
    "negative rate" calc savings -d 100 -r -5 -m 12
refuse '--principal: "0": the amount borrowed must be more than 0' \
    "zero principal" calc flat -p 0 -f 2 -m 12
refuse '--target: "0": the target must be more than 0' \
    "zero target" calc goal -d 5 -r 1 -t 0
refuse '--years: "0": type a number of years more than 0 and at most 100, with at most 4 decimals, e.g. 10 or 2.5' \
    "zero years" calc inflation --amount 5 --rate 3 --years 0
refuse 'calc savings: --target does not apply here; see '"'"'remit calc --help'"'" \
    "option of another calculator" calc savings -d 100 -r 5 -m 12 -t 5
refuse '--currency "XYZ": not a currency; type an ISO 4217 code such as GBP, NGN or JPY' \
    "unknown currency" calc savings -d 100 -r 5 -m 12 --currency XYZ
refuse '--format "csv": write table or json' \
    "no CSV" calc savings -d 100 -r 5 -m 12 --format csv
refuse '"bogus" is not a calculator: name savings, goal, loan, flat or inflation' \
    "unknown calculator" calc bogus
refuse 'name a calculator: savings, goal, loan, flat or inflation' \
    "no calculator" calc

refuse 'unknown option --bogus' \
    "unknown option" calc savings -d 100 -r 5 -m 12 --bogus

done_testing
