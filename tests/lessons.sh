#!/bin/sh
# tests/lessons.sh - remit-lesson/1 validation (one case per kind of error),
# the bundled lessons, the translation check and `remit lessons`.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

GOOD="$TOP_SRCDIR/tests/fixtures/lessons-good"

# mutate DIR/LANG PYTHON: writes DIR/LANG/mini.json, the good module after
# the Python statements changed `d`.
mutate() {
	mkdir -p "$TMPD/$1"
	python3 - "$GOOD/en/mini.json" "$TMPD/$1/mini.json" "$2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
exec(sys.argv[3])
json.dump(d, open(sys.argv[2], 'w'), indent=1, ensure_ascii=False)
PY
}

# bad CASE PYTHON WANT: one broken module; check exits 2 and says WANT.
bad() {
	mutate "$1/en" "$2"
	run check --lessons "$TMPD/$1"
	is "$RC" 2 "$1: remit check exits 2"
	like "$ERR" "$TMPD/$1/en/mini.json: $3" "$1: names file, path and fix"
}

run check --lessons "$GOOD"
is "$RC" 0 "the good fixture validates"
like "$OUT" "1 valid module (en 1), 0 broken files, 0 translation mismatches, 0 problems" "summary line"

# Unknown fields, with the nearest name.
bad unknown-top 'd["titel"] = d.pop("title")' \
	'titel: unknown field; did you mean "title"?'
bad unknown-deep 'd["sections"][0]["steps"][1]["options"][0]["corect"] = True' \
	'sections[0].steps[1].options[0].corect: unknown field; did you mean "correct"?'
bad unknown-far 'd["sections"][0]["steps"][0]["picture"] = "x.png"' \
	'sections[0].steps[0].picture: unknown field; the fields here are: kind, notes, title, text'
bad objectives-one 'd["objectives"] = ["Compare two offers."]' \
	'objectives: holds 1 items; give from 2 to 4'
bad objectives-number 'd["objectives"] = ["Compare two offers.", 5]' \
	'objectives[1]: must be a non-empty text in quotes'
mutate objectives-good/en 'd["objectives"] = ["Compare two offers by their total cost.", "Find the fee."]'
run check --lessons "$TMPD/objectives-good"
is "$RC" 0 "two objectives are accepted"
bad unknown-kind 'd["sections"][1]["steps"][2]["kind"] = "summry"' \
	'sections[1].steps[2].kind: unknown value; did you mean "summary"?'
bad unknown-input 'i = d["sections"][0]["steps"][3]["inputs"]; i["deposti"] = i.pop("deposit")' \
	'sections[0].steps[3].inputs.deposti: unknown field; did you mean "deposit"?'
# Numbers where decimals belong, and other wrong types.
bad number-decimal 'd["sections"][0]["steps"][2]["answer"] = 8.99' \
	'sections[0].steps[2].answer: write decimals as strings, e.g. "8.99"'
bad bad-decimal 'd["sections"][1]["steps"][0]["amount"] = "200,00"'  \
	'sections[1].steps[0].amount: '
bad string-int 'd["order"] = "1"' \
	'order: write a whole number without quotes, from 1 to 99'
bad int-range 'd["order"] = 100' 'order: must be a whole number from 1 to 99'
bad not-whole 'd["minutes"] = 20.5' 'minutes: must be a whole number from 1 to 600'
bad not-text 'd["title"] = 5' 'title: must be a non-empty text in quotes'
bad not-bool 'd["sections"][0]["steps"][1]["multiple"] = "no"' \
	'sections[0].steps[1].multiple: must be true or false, without quotes'
bad control 'd["description"] = "bell\u0007"' \
	'description: holds a control character or invalid UTF-8'
bad markup 'd["sections"][0]["steps"][0]["text"] = "<b>One</b>"' \
	'sections[0].steps[0].text: looks like markup'
bad schema 'd["schema"] = "remit-lesson/2"' \
	'schema: "remit-lesson/2" is not a schema remit reads; write "remit-lesson/1"'
# Missing fields.
bad missing 'del d["quiz"][0]["explanation"]' \
	'quiz[0].explanation: missing; add "explanation": "..."'
bad missing-input 'del d["sections"][0]["steps"][3]["inputs"]["months"]' \
	'sections[0].steps[3].inputs.months: missing; add "months": "1.00"'
# Counts out of range.
bad few-questions 'd["quiz"] = d["quiz"][:2]' 'quiz: holds 2 items; give from 3 to 5'
bad many-options 'd["quiz"][1]["options"] = list("ABCDE")' \
	'quiz[1].options: holds 5 items; give from 2 to 4'
bad many-steps 's = d["sections"][0]; s["steps"] = [s["steps"][0]] * 13' \
	'sections[0].steps: holds 13 items; give from 1 to 12'
bad few-points 'd["sections"][1]["steps"][2]["points"] = ["a", "b"]' \
	'sections[1].steps[2].points: holds 2 items; give from 3 to 8'
bad one-section 'd["sections"] = d["sections"][1:]' 'sections: holds 1 items; give from 2 to 6'
# Choices: exactly one correct when not multiple, at least one when multiple.
bad two-correct 'd["sections"][0]["steps"][1]["options"][1]["correct"] = True' \
	'sections[0].steps[1].options: 2 options are marked correct but "multiple" is false'
bad none-correct 's = d["sections"][0]["steps"][1]; s["multiple"] = True; s["options"][0]["correct"] = False' \
	'sections[0].steps[1].options: no option is marked correct'
# The quiz answer must be an option.
bad answer-range 'd["quiz"][0]["answer"] = 3' \
	'quiz[0].answer: 3 is not an option; options are numbered from 0 to 2'
bad duplicate-id 'd["quiz"][2]["id"] = "q1"' \
	'quiz[2].id: "q1" is already the id of quiz[0]; ids must be unique'
# The last step is a summary; the minutes add up.
bad no-summary 'd["sections"][1]["steps"].pop()' \
	'sections[1].steps[1]: the last step of the last section must be a summary'
bad minutes 'd["sections"][0]["minutes"] = 13' \
	'minutes: the sections add up to 21 minutes but the module says 20; make them agree'
# The id is the file name, the language the folder.
bad id-name 'd["id"] = "other"' \
	'id: "other" is not the file name "mini.json"; rename the file to other.json or change the id'
bad lang-folder 'd["language"] = "fr"' \
	'language: "fr" but the file is in the folder "en"'
bad corridor 'd["sections"][1]["steps"][0]["to"] = "FR"' \
	'sections[1].steps[0].from: GB-FR is not a bundled corridor; use one of: US-MX'
bad whole-months 'd["sections"][0]["steps"][3]["inputs"]["months"] = "2.5"' \
	'sections[0].steps[3].inputs.months: must be a whole number of months'

# Every problem of a file is listed, not just the first: titel is unknown,
# title is then missing, order 0 is out of range, answer 9 is no option.
mutate many/en 'd["titel"] = d.pop("title"); d["order"] = 0; d["quiz"][0]["answer"] = 9'
run check --lessons "$TMPD/many"
is "$(printf '%s\n' "$ERR" | grep -c 'many/en/mini.json: ')" 4 "four problems, four lines"

# Malformed JSON: line and column.
mkdir -p "$TMPD/json/en"
printf '{\n  "schema": "remit-lesson/1",\n  "id" "mini"\n}\n' >"$TMPD/json/en/mini.json"
run check --lessons "$TMPD/json"
is "$RC" 2 "malformed JSON: exit 2"
like "$ERR" "json/en/mini.json: line 3, column 8: malformed JSON; check the commas, quotes and brackets near here" \
	"malformed JSON: line and column"

# A file over 16 MiB is refused before parsing.
mkdir -p "$TMPD/big/en"
python3 -c 'import sys; sys.stdout.write("{\"x\": \"" + "a" * (17 << 20) + "\"}")' >"$TMPD/big/en/mini.json"
run check --lessons "$TMPD/big"
like "$ERR" "big/en/mini.json: the file is larger than 16 MiB" "file over 16 MiB"
rm -f "$TMPD/big/en/mini.json"

# Unreadable file and folder; a broken file does not stop the others.
mkdir -p "$TMPD/mixed/en/other.json"
cp "$GOOD/en/mini.json" "$TMPD/mixed/en/"
run check --lessons "$TMPD/mixed"
like "$ERR" "mixed/en/other.json: is a folder, not a file" "unreadable file: named, with the reason"
like "$OUT" "1 valid module (en 1), 1 broken file" "the good file still loads"
run lessons --lessons "$TMPD/mixed"
is "$RC" 0 "remit lessons lists what loaded"
like "$ERR" "warning: 1 lesson file in $TMPD/mixed could not be read" "and warns about the broken one"
cp "$GOOD/en/mini.json" "$TMPD/mixed/en/locked.json"
chmod 000 "$TMPD/mixed/en/locked.json"
run_unprivileged check --lessons "$TMPD/mixed"
like "$ERR" "locked.json: cannot be read (permission denied); make it readable" "unreadable file (permissions, as nobody when root)"
chmod 644 "$TMPD/mixed/en/locked.json"
run check --lessons "$TMPD/nowhere"
is "$RC" 2 "missing folder: exit 2"
like "$ERR" "nowhere: no such folder; give the lesson folder with --lessons DIR" "missing folder: named, with the fix"

# The bundled lessons validate (with the translations that are there).
run check --lessons "$TOP_SRCDIR/lessons"
is "$RC" 0 "the bundled lessons validate clean"
like "$OUT" "0 problems" "no problem in the bundled lessons"
run check --rates "$RATES" --lessons "$TOP_SRCDIR/lessons" -q
is "$RC" 0 "--rates and --lessons together"
run check --rates "$RATES"
unlike "$OUT" "valid module" "without --lessons, no lesson check"

# Translations: only the texts may differ (a unit word is a text).
mkdir -p "$TMPD/tr/en"
cp "$GOOD/en/mini.json" "$TMPD/tr/en/"
mutate tr/fr 'd["language"] = "fr"; d["title"] = "Un petit module"
d["sections"][1]["steps"][1]["unit"] = "mois"
d["quiz"][0]["options"] = ["Un", "Deux", "Trois"]'
run check --lessons "$TMPD/tr"
is "$RC" 0 "a faithful translation validates"
like "$OUT" "2 valid modules (en 1, fr 1), 0 broken files, 0 translation mismatches" "both languages counted"
mutate tr/fr 'd["language"] = "fr"; d["quiz"][0]["answer"] = 2
s = d["sections"][0]["steps"]; s[1]["options"][0]["correct"] = False; s[1]["options"][1]["correct"] = True
s[2]["answer"] = "8.98"; s[2]["unit"] = "EUR"; s[3]["inputs"]["rate"] = "5.0"
d["sections"][1]["steps"][0]["amount"] = "100"'
run check --lessons "$TMPD/tr"
is "$RC" 2 "a changed translation is refused"
like "$ERR" "tr/fr/mini.json: quiz[0].answer: 2 here but 1 in $TMPD/tr/en/mini.json; keep the structure and answers of the English module" \
	"quiz answer mismatch names both files and the path"
like "$ERR" "tr/fr/mini.json: sections[0].steps[1].options[0].correct: false here but true in" "correct flags compared"
like "$ERR" 'sections[0].steps[2].answer: "8.98" here but "8.99" in' "number answers compared"
like "$ERR" 'sections[0].steps[2].unit: "EUR" here but "GBP" in' "currency units compared"
unlike "$ERR" "inputs.rate" "5.0 and 5 are the same input"
like "$ERR" 'sections[1].steps[0].amount: "100" here but "200.00" in' "compare amounts compared"
like "$OUT" "6 translation mismatches" "one line per mismatch"
mutate tr/fr 'd["language"] = "fr"; d["sections"][0]["minutes"] = 11; d["sections"][1]["minutes"] = 9
d["sections"][1]["steps"].insert(0, d["sections"][0]["steps"][0])'
run check --lessons "$TMPD/tr"
like "$ERR" "sections[1].steps: 4 here but 3 in" "step counts compared"
like "$ERR" 'sections[1].steps[0].kind: "page" here but "compare" in' "step kinds compared"
like "$ERR" "sections[0].minutes: 11 here but 12 in" "section minutes compared"
mutate tr/es 'd["language"] = "es"; d["id"] = "solo"'
mv "$TMPD/tr/es/mini.json" "$TMPD/tr/es/solo.json"
run check --lessons "$TMPD/tr"
like "$ERR" "tr/es/solo.json: id: there is no English module \"solo\" ($TMPD/tr/en/solo.json)" "a translation without English"

# remit lessons.
run lessons --lessons "$TOP_SRCDIR/lessons" --lang en --format csv
is "$RC" 0 "lessons --format csv"
like "$OUT" "en,1,true-cost,The true cost of sending money,65,17," "csv row: order, id, title, minutes, steps"
is "$(printf '%s\n' "$OUT" | sed -n 1p | tr -d '\r')" "language,order,id,title,minutes,steps,file" "csv header"
run lessons --lessons "$TOP_SRCDIR/lessons" --lang en --format json
printf '%s\n' "$OUT" >"$TMPD/l.json"
is "$(json_get "$TMPD/l.json" 'len(d["modules"])')" 10 "json: 10 English modules"
is "$(json_get "$TMPD/l.json" '[m["id"] for m in d["modules"]][7]')" goals-future "json: in course order"
run lessons --lessons "$TMPD/tr" --lang fr
is "$RC" 0 "--lang fr"
like "$OUT" "fr        1  mini" "table row"
unlike "$OUT" "en        1" "only French"
run lessons --lessons "$TMPD/tr" --lang pt
is "$RC" 1 "no module in that language: exit 1"
run lessons --format xml
is "$RC" 2 "bad --format: exit 2"

# The two modules of issue 10 validate in all four languages, and come last.
for l in en fr es pt; do
	mkdir -p "$TMPD/home/$l"
	cp "$TOP_SRCDIR/lessons/$l/investing-at-home.json" \
	    "$TOP_SRCDIR/lessons/$l/money-here-and-rights.json" "$TMPD/home/$l/"
done
run check --lessons "$TMPD/home"
is "$RC" 0 "investing-at-home and money-here-and-rights validate"
like "$OUT" "8 valid modules (en 2, es 2, fr 2, pt 2), 0 broken files, 0 translation mismatches, 0 problems" \
	"in en, fr, es and pt, the translations matching English"
is "$(json_get "$TMPD/l.json" '[m["id"] for m in d["modules"]][8:]')" \
	"['investing-at-home', 'money-here-and-rights']" "modules 9 and 10 of the course"
for l in fr es pt; do
	run lessons --lessons "$TOP_SRCDIR/lessons" --lang $l --format csv
	like "$OUT" "$l,10,money-here-and-rights," "lessons --lang $l: money-here-and-rights"
done

done_testing
