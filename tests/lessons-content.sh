#!/bin/sh
# tests/lessons-content.sh - the bundled borrowing, investing-remittances,
# accounts-digital and goals-future modules: timings for a group, objectives,
# balanced quizzes, and worked figures equal to what remit computes.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
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

# --- the two new modules: investing-at-home and money-here-and-rights ------
NEW="investing-at-home money-here-and-rights"

# shape, and the quiz balance, in every language (translations keep the
# answers, but their lengths differ)
for lang in en fr es pt; do
	is "$(python3 - "$L/$lang" $NEW <<'PY'
import collections, json, sys
bad = []; pos = collections.Counter(); longest = n = 0
for m in sys.argv[2:]:
    d = json.load(open("%s/%s.json" % (sys.argv[1], m)))
    if not 60 <= d["minutes"] <= 75:
        bad.append("%s: minutes %d" % (m, d["minutes"]))
    if not 2 <= len(d.get("objectives", [])) <= 4:
        bad.append("%s: objectives %d" % (m, len(d.get("objectives", []))))
    for s in d["sections"]:
        if s["minutes"] * 2 < len(s["steps"]) * 5:
            bad.append("%s: %d steps in %d minutes" % (s["title"], len(s["steps"]), s["minutes"]))
    steps = [st for s in d["sections"] for st in s["steps"]]
    if not any(st["kind"] in ("number", "calculator") for st in steps):
        bad.append("%s: no number or calculator step" % m)
    if any("notes" not in st for st in steps):
        bad.append("%s: a step without presenter notes" % m)
    if steps[-1]["kind"] != "summary":
        bad.append("%s: no summary at the end" % m)
    qs = [(q["options"], q["answer"]) for q in d["quiz"]]
    for st in steps:
        if st["kind"] == "choice" and not st["multiple"]:
            o = st["options"]
            qs.append(([x["text"] for x in o], [x["correct"] for x in o].index(True)))
    for opts, a in qs:
        n += 1; pos[a] += 1
        lens = [len(x) for x in opts]
        if lens[a] == max(lens) and lens.count(max(lens)) == 1:
            longest += 1
print("; ".join(bad) or "ok", n, max(pos.values()) * 5 <= n * 2, longest * 3 <= n)
PY
)" "ok 17 True True" "$lang: the new modules: 60-75 minutes, objectives, a sum, notes on every step, a summary; 17 answers, no position over 40%, the longest right in a third at most"
done

# the worked sums: each answer is the sum its prompt asks for
is "$(python3 - "$L/en" <<'PY'
import json, sys
a = lambda m: [st["answer"] for s in json.load(open("%s/%s.json" % (sys.argv[1], m)))["sections"]
               for st in s["steps"] if st["kind"] == "number"]
print(a("investing-at-home"), a("money-here-and-rights"))
PY
)" "['1000', '6000', '10000'] ['1440', '250', '600']" \
    "the number answers: 9000-2500-3500-2000, 500x12, 100x(10% of 1000); 1800-216-144, 1440-1190, 12x50"
like "$(cat "$L/en/money-here-and-rights.json")" "480 + 260 + 90 + 30 + 200 + 130 = 1190" \
    "money-here-and-rights: the budget adds up to 1190"

# the calculator figures in the presenter notes are remit calc's
run calc savings --deposit 600 --rate 4 --months 24 --format json
is "$(json_get "$TMPD/out" 'd["balance"], d["deposited"], d["interest"]')" \
    "('14965.73', '14400.00', '565.73')" "calc savings 600 a month, 4%, 24 months"
run calc savings --deposit 600 --rate 4 --months 36 --format json
is "$(json_get "$TMPD/out" 'd["balance"]')" 22908.94 "calc savings, 36 months"
like "$(cat "$L/en/investing-at-home.json")" \
    "The calculator shows 14965.73 after 24 months: 14400.00 paid in and 565.73 of interest. Try 36 months too: 22908.94." \
    "investing-at-home: the group fund figures"
like "$(cat "$L/fr/investing-at-home.json")" \
    "La calculatrice affiche 14 965,73 après 24 mois : 14 400,00 versés et 565,73 d'intérêts. Essayez aussi 36 mois : 22 908,94." \
    "investing-at-home fr: the same figures, decimal commas and French spaces"
like "$(cat "$L/es/investing-at-home.json")" "14965,73 a los 24 meses: 14400,00 depositados y 565,73" \
    "investing-at-home es: decimal commas"
like "$(cat "$L/pt/investing-at-home.json")" "14965,73 depois de 24 meses: 14400,00 depositados e 565,73" \
    "investing-at-home pt: decimal commas"
run calc loan --principal 2000 --rate 18 --months 24 --format json
is "$(json_get "$TMPD/out" 'd["payment"], d["schedule"][-1]["payment"], d["total_interest"]')" \
    "('99.85', '99.77', '396.32')" "calc loan 2000 at 18% over 24 months"
run calc loan --principal 2000 --rate 18 --months 12 --format json
is "$(json_get "$TMPD/out" 'd["payment"], d["total_interest"]')" \
    "('183.36', '200.31')" "calc loan, 12 months"
like "$(cat "$L/en/money-here-and-rights.json")" \
    "a payment of 99.85 a month (the last one 99.77) and 396.32 of interest in all. Try 12 months: 183.36 a month, but only 200.31 of interest." \
    "money-here-and-rights: the migration debt figures"
like "$(cat "$L/fr/money-here-and-rights.json")" \
    "une échéance de 99,85 par mois (la dernière 99,77) et 396,32 d'intérêts en tout. Essayez 12 mois : 183,36 par mois" \
    "money-here-and-rights fr: échéance, decimal commas"
like "$(cat "$L/es/money-here-and-rights.json")" "una cuota de 99,85 al mes (la última, 99,77) y 396,32" \
    "money-here-and-rights es: cuota"
like "$(cat "$L/pt/money-here-and-rights.json")" "uma parcela de 99,85 por mês (a última, 99,77) e 396,32" \
    "money-here-and-rights pt: parcela"

# French spacing, decimal commas, one variety of Portuguese (Brazilian)
for m in $NEW; do
	is "$(python3 - "$L" "$m" <<'PY'
import json, re, sys
def texts(x):
    if isinstance(x, str): yield x
    elif isinstance(x, list):
        for y in x: yield from texts(y)
    elif isinstance(x, dict):
        for k, v in x.items():
            if k not in ("answer", "inputs", "tolerance"): yield from texts(v)
bad = []
for lang in ("fr", "es", "pt"):
    for t in texts(json.load(open("%s/%s/%s.json" % (sys.argv[1], lang, sys.argv[2])))):
        if re.search(r"\d\.\d", t): bad.append("%s: decimal point in %r" % (lang, t[:40]))
        if lang == "fr" and re.search(r"[ \u00a0][;?!%]| :|[^ \u00a0\u202f\d]:|\w»|«\w|\w[;?!%]", t):
            bad.append("fr: spacing in %r" % t[:40])
        if lang == "pt" and re.search(r"telemóvel|ecrã|\bfacto\b|\bestá a\b|\bestás\b", t):
            bad.append("pt: European form in %r" % t[:40])
print("; ".join(bad) or "ok")
PY
)" ok "$m: French spaces before : ; ? ! % and inside « », decimal commas in fr/es/pt, Brazilian Portuguese"
done

done_testing
