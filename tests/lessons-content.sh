#!/bin/sh
# tests/lessons-content.sh - the bundled borrowing, investing-remittances,
# accounts-digital and goals-future modules: timings for a group, objectives,
# balanced quizzes, and worked figures equal to what remit computes.
. "${TOP_SRCDIR:-.}/tests/lib.sh"

L="$TOP_SRCDIR/lessons"
MODS="borrowing investing-remittances accounts-digital goals-future"

# shape LANG MODULE: minutes, objectives, no section packed too tight
for lang in en fr es pt; do
	for m in $MODS; do
		is "$(python3 - "$L/$lang/$m.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
bad = []
if not 60 <= d["minutes"] <= 75:
    bad.append("minutes %d" % d["minutes"])
if not 2 <= len(d.get("objectives", [])) <= 4:
    bad.append("objectives %d" % len(d.get("objectives", [])))
for s in d["sections"]:
    if s["minutes"] * 2 < len(s["steps"]) * 5:
        bad.append("%s: %d steps in %d minutes" % (s["title"], len(s["steps"]), s["minutes"]))
print("; ".join(bad) or "ok")
PY
)" ok "$lang/$m: 60-75 minutes, 2-4 objectives, 2.5 minutes a step or more"
	done
done

# the right answers of quizzes and single choices over the four modules
is "$(python3 - "$L/en" $MODS <<'PY'
import collections, json, sys
pos = collections.Counter(); longest = n = 0
for m in sys.argv[2:]:
    d = json.load(open("%s/%s.json" % (sys.argv[1], m)))
    qs = [(q["options"], q["answer"]) for q in d["quiz"]]
    for s in d["sections"]:
        for st in s["steps"]:
            if st["kind"] == "choice" and not st["multiple"]:
                o = st["options"]
                qs.append(([x["text"] for x in o],
                    [x["correct"] for x in o].index(True)))
    for opts, a in qs:
        n += 1; pos[a] += 1
        lens = [len(x) for x in opts]
        if lens[a] == max(lens) and lens.count(max(lens)) == 1:
            longest += 1
print(n, max(pos.values()) * 5 <= n * 2, longest * 3 <= n)
PY
)" "29 True True" "29 answers: no position over 40%, the longest option right in a third at most"

# the worked figures are the calculator's and the comparison's
run calc flat --principal 1000 --flat-rate 2 --months 12 --format json
is "$(json_get "$TMPD/out" 'd["apr_pct"], d["effective_pct"]')" \
    "('41.70', '50.67')" "calc flat: 41.70 and 50.67"
en=$(cat "$L/en/borrowing.json")
like "$en" "it is 41.70% a year. In the United States this is the APR" \
    "borrowing: 41.70% is the US APR"
like "$en" "Here that gives 50.67% a year. The UK calls it the APR, the EU the APRC" \
    "borrowing: 50.67% is the UK APR and the EU APRC"
like "$(cat "$L/fr/borrowing.json")" "Ici, cela donne 50,67 % par an. C'est le TAEG" \
    "borrowing fr: the TAEG is 50,67 % (narrow no-break space)"
unlike "$(cat "$L/es/borrowing.json")" "tasa anual real" \
    "borrowing es: no \"tasa anual real\" (it means after inflation)"
like "$en" "15 × 26 = 390" "borrowing: the payday fee as a yearly rate"
run compare --from US --to PH --amount 200 --format json
is "$(json_get "$TMPD/out" '[(q["amount_received"], q["sender_pays"], q["total_cost_pct"]) for q in d["quotes"] if q["name"] in ("Pacific Harbor Bank", "Kalesa Cash", "Islas Padala")]')" \
    "[('11682.00', '202.99', '2.05'), ('11483.13', '200.00', '2.25'), ('11520.00', '210.00', '6.93')]" \
    "compare US-PH 200: the figures the lesson uses"
en=$(cat "$L/en/accounts-digital.json")
like "$en" "Pacific Harbor Bank delivers 11520.00 pesos, but you pay 210.00 dollars. Its cost is 6.93%. Kalesa Cash delivers 11483.13 pesos for 200.00 dollars. Its cost is 2.25%." \
    "accounts-digital: the worked example uses the table"
like "$en" "The best offer is the one with the lowest total cost." \
    "accounts-digital: the best offer has the lowest total cost"
unlike "$en" "where the most money arrives" "accounts-digital: not the most money received"
like "$(cat "$L/fr/accounts-digital.json")" "que les envois d'espèces à espèces" \
    "accounts-digital fr: espèces à espèces"

done_testing
