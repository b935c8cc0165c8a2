#!/bin/sh
# tests/lessons-balance.sh - `remit check --lessons` warns (exit status
# unchanged) when a language's quizzes can be passed without learning:
# one position of the right answer over 40% of the questions, the right
# answer the longest option in over a third; and when a module states no
# objectives.  Quiz questions and single-answer choice steps count.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

GOOD="$TOP_SRCDIR/tests/fixtures/lessons-good"
mutate() {	# mutate DIR PYTHON: DIR/en/mini.json, `d` changed
	mkdir -p "$TMPD/$1/en"
	python3 - "$GOOD/en/mini.json" "$TMPD/$1/en/mini.json" "$2" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
exec(sys.argv[3])
json.dump(d, open(sys.argv[2], 'w'), indent=1, ensure_ascii=False)
PY
}

# mini: q1 right B, q2 right A, q3 right D, the choice step right A: A
# holds 2 of 4 right answers (50%).
run check --lessons "$GOOD"
is "$RC" 0 "warnings only: exit 0"
like "$OUT" "0 problems" "and no problem counted"
is "$ERR" "remit: warning: $GOOD/en: the right answer is option A in 2 of 4 questions (50%), over 40%; move some to other positions (mini 2)" \
    "one position over 40%: the language, the position, the modules"

mutate spread 'd["quiz"][0]["answer"] = 2
d["sections"][0]["steps"][1]["options"].reverse()'
run check --lessons "$TMPD/spread"
is "$RC" 0 "C, A, D, B: exit 0"
is "$ERR" "" "right answers spread (25% each): no warning"

mutate long 'd["quiz"][0]["options"] = ["A", "Because it costs more", "C"]
d["quiz"][1]["options"] = ["The whole amount", "B"]
d["quiz"][0]["answer"] = 2; d["quiz"][0]["options"][2] = "Three words long"
d["quiz"][0]["options"][1] = "B"
d["sections"][0]["steps"][1]["options"].reverse()'
run check --lessons "$TMPD/long"
is "$RC" 0 "the longest answer too often: still exit 0"
is "$ERR" "remit: warning: $TMPD/long/en: the right answer is the longest option in 2 of 4 questions, over a third; lengthen some wrong options or shorten right ones (mini 2)" \
    "the right answer longest in 2 of 4: warned, with the module"

mutate noobj 'del d["objectives"]
d["quiz"][0]["answer"] = 2
d["sections"][0]["steps"][1]["options"].reverse()'
run check --lessons "$TMPD/noobj"
is "$RC" 0 "no objectives: exit 0"
is "$ERR" "remit: warning: $TMPD/noobj/en/mini.json: objectives: the module states no objectives; list 2 to 4 things a learner will be able to do" \
    "no objectives: the file and the fix"
mutate noobj/../multi 'd["quiz"][0]["answer"] = 2
s = d["sections"][0]["steps"][1]; s["options"].reverse(); s["multiple"] = True'
run check --lessons "$TMPD/multi"
is "$ERR" "" "a choice of several right answers is not counted"
done_testing
