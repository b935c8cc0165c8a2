#!/bin/sh
# tests/lesson-play-tui.sh - the lesson player's screens on the mini
# fixture, in tmux at 80x24: the objectives first, a second wrong try, a
# calculator's reason under its field, Home from the comparison back to
# the lesson, the post-quiz shuffled (REMIT_SEED=7: q3 as C B A D, q2 as
# B A, q1 as A C B), the self-study review, the handout's worksheets; then
# a group: r refused before the lesson, notes on the trainer's own
# terminal and in a file, questions not asked left out of the scores.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

. "$TOP_SRCDIR/tests/tmux.sh"
FIX="$TOP_SRCDIR/tests/fixtures/lessons-good"

tm -f /dev/null new-session -d -s remit -n idle -x 80 -y 24 "sleep 300"
tm set-option -g remain-on-exit on
tm set-option -g default-size 80x24

# go NAME TEXT: presses Right until TEXT is on the screen (at most 12).
go() {
	k=0
	while [ $k -lt 12 ]; do
		case "$(screen "$1")" in *"$2"*) return 0 ;; esac
		keys "$1" Right
		sleep 0.2
		k=$((k + 1))
	done
	wait_for "$1" "$2"
}

# --- self-paced --------------------------------------------------------------
start mp REMIT_SEED=7 "$REMIT" lesson mini --lessons "'$FIX'" --db \
    "'$TMPD/mp.db'" --handout "'$TMPD/mp.txt'"
wait_for mp "In this lesson you will learn to:"
ok $? "the module opens on its objectives"
like "$(screen mp)" "· Name every kind of step. · Tell a right answer from" \
    "each objective listed"
keys mp Enter
wait_for mp "Before the lesson: question 1 of 3"
ok $? "Enter: the pre-quiz"
like "$(screen mp)" "One? 1 A 2 B 3 C" "the pre-quiz in the file's order"
keys mp 2 1 4
wait_for mp "Step 1 of 7"
keys mp Right
wait_for mp "Pick one"
keys mp 2
wait_for mp "Not quite. Try once more."
keys mp 2
wait_for mp "Not this time. The right answer is marked."
ok $? "wrong twice: the right answer is marked"
s=$(screen mp)
unlike "$s" "Right." "and nothing says \"Right\""
unlike "$s" "Yes." "not even the right option's own feedback"
like "$s" "1✓ x" "the mark is on the right option"
keys mp Right
wait_for mp "How much?"
typ mp "8.99"
keys mp Enter
wait_for mp "Right."
keys mp Right
wait_for mp "Try it."
typ mp ","
wait_for mp "use a dot"
s=$(screen mp)
like "$s" "Deposit every month 50, Deposit every month: \"50,\": use a dot" \
    "a calculator's reason, named as the field is, right under it"
unlike "$s" "--deposit" "never an option name"
keys mp BSpace
wait_for mp "Balance: 1259.30"
keys mp Right
wait_for mp "Step 5 of 7"
keys mp Enter
wait_for mp "Gets NGN"
ok $? "the compare step opens the comparison"
keys mp h
wait_for mp "Step 5 of 7"
ok $? "h Home: back to the lesson where it was"
keys mp Right
typ mp "50"
keys mp Enter
wait_for mp "5000 / 100."
go mp "After the lesson: question 1 of 3"
s=$(screen mp)
like "$s" "Three? 1 C 2 B 3 A 4 D" "the post-quiz: q3 first, its options shuffled"
keys mp 1
wait_for mp "Two? 1 B 2 A"
ok $? "then q2, B before A"
keys mp 2
wait_for mp "One? 1 A 2 C 3 B"
ok $? "then q1 as A C B"
keys mp 3
wait_for mp "Your score: before 100.00% (3 of 3 right), after 66.67% (2 of 3 right)."
ok $? "the end: C for q3 was wrong, A and B right: 2 of 3"
s=$(screen mp)
like "$s" "Gain: -33.33 points" "the gain"
like "$s" "The questions again, with the right answers" "self-study: the review"
like "$s" "1. One? ✓ B B." "each question, its right answer, its explanation"
keys mp Down Down Down Down Down Down Down Down
wait_for mp "3. Three? ✓ D D."
ok $? "the review scrolls to the last question"
run sessions --db "$TMPD/mp.db"
like "$(echo "$OUT" | tr -s " ")" "mini 2026-11 1 1 100.00 66.67 -33.33" \
    "recorded against the file's options"
h=$(cat "$TMPD/mp.txt")
like "$h" "In this lesson you will learn to:
  * Name every kind of step." "handout: the objectives"
like "$h" "Your calculations" "handout: the calculator used"
like "$h" "My budget for a month
  Money coming in each month: ______________" "handout: a budget worksheet"
like "$h" "My savings goal" "and a goal (the module saves)"
unlike "$h" "Questions to ask a lender" "no lender's questions (no loan here)"
keys mp q
wait_dead mp

# --- a group, notes elsewhere -------------------------------------------------
start tr sh -c "'tty >$TMPD/tty; exec sleep 300'"
i=0
while [ ! -s "$TMPD/tty" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
TTY=$(cat "$TMPD/tty")
start fn REMIT_SEED=7 "$REMIT" lesson mini --facilitate --participants 2 \
    --place Hall --lessons "'$FIX'" --db "'$TMPD/fn.db'" --notes-tty "$TTY"
wait_for fn "In this lesson you will learn to:"
ok $? "facilitated: the objectives too"
keys fn Enter
wait_for fn "0 of 2 have answered."
wait_for tr "Question 1 of 3: One? Right answer: B, B"
ok $? "in a quiz, the trainer's terminal has the question and its answer"
keys fn r
wait_for fn "Reveal after the lesson"
ok $? "r refused during the pre-quiz"
unlike "$(screen fn)" "B✓" "the answer stays hidden"
keys fn a a Right Right Right
wait_for fn "Step 1 of 7"
wait_for tr "Say hello."
ok $? "the step's notes on the trainer's terminal"
like "$(screen tr)" "===== A small module for the tests First Say hello." \
    "with the module and the section"
unlike "$(screen tr)" "Before the lesson" "the trainer's screen cleared first"
unlike "$(screen tr)" "[2J" "no escape shown as text"
unlike "$(screen fn)" "Say hello." "never on the projected screen"
keys fn Right
wait_for tr "No notes for this part."
ok $? "the notes follow the lesson"
go fn "After the lesson: question 1 of 3"
wait_for tr "Question 1 of 3: Three? Right answer: D, D"
ok $? "the post-quiz's answer as its shuffled screen letters it"
keys fn d d r
wait_for fn "D✓"
ok $? "after the lesson, r reveals (D, shown 4th)"
keys fn Right a a Right Right
wait_for fn "The group's score: before 0.00% (0 of 2 right), after 50.00% (2 of 4 right)."
ok $? "questions not asked left out: 0 of 2 before, 2 of 4 after"
s=$(screen fn)
like "$s" "1. One? before 0.00%, after not asked" "q1 not asked after"
like "$s" "2. Two? before not asked, after 0.00%" "q2 not asked before; B \
(shown first) twice: 0%"
like "$s" "3. Three? before not asked, after 100.00%" "q3: D twice"
run sessions --db "$TMPD/fn.db" --format csv
like "$(printf '%s\n' "$OUT" | tr -d '\r')" "mini,2026-11,1,2,0.00,50.00,50.00" \
    "remit sessions records the same: not asked is not 0%"
keys fn Enter
keys fn q

start ff "$REMIT" lesson mini --facilitate --participants 3 --lessons \
    "'$FIX'" --db "'$TMPD/ff.db'" --notes-file "'$TMPD/notes.txt'"
wait_for ff "In this lesson you will learn to:"
keys ff Enter Right Right Right
wait_for ff "Step 1 of 7"
i=0
while ! grep -q "Say hello." "$TMPD/notes.txt" 2>/dev/null && [ $i -lt 50 ]; do
	sleep 0.1; i=$((i + 1))
done
like "$(cat "$TMPD/notes.txt")" "A small module for the tests
First

Say hello." "--notes-file: the notes appended to the file"
unlike "$(screen ff)" "Say hello." "and not on the screen"
keys ff p
wait_for ff "Say hello."
ok $? "p still shows them, for a single screen"
kill -TERM "$(pid_of ff)"

# --- Home from a lesson's comparison leaves nothing in the person's fields --
start hm REMIT_SEED=0 "$REMIT" lesson mini --lessons "'$FIX'"
wait_for hm "In this lesson you will learn to:"
keys hm Enter 2 1 4 Right Right Right Right
wait_for hm "Step 5 of 7"
keys hm Enter
wait_for hm "Gets NGN"
keys hm h
wait_for hm "Step 5 of 7"
keys hm Escape
wait_for hm "(20 minutes)"
keys hm Escape
wait_for hm "Compare the cost of sending money"
keys hm Enter
wait_for hm "From which country"
typ hm "united kingdom"
keys hm Enter
wait_for hm "To which country"
typ hm "nigeria"
keys hm Enter
wait_for hm "how much?"
ok $? "the person's own comparison, United Kingdom to Nigeria"
unlike "$(screen hm)" "200.00" "the lesson's amount is not in the field"
keys hm q

run lesson mini --facilitate --lessons "$FIX" --notes-tty /dev/null
is "$RC" 2 "--notes-tty that is not a terminal: exit 2"
like "$ERR" "--notes-tty \"/dev/null\": not a terminal" "it says so"
run lesson mini --lessons "$FIX" --notes-file "$TMPD/x"
like "$ERR" "--notes-tty and --notes-file go with --facilitate" \
    "notes elsewhere only for a group"
done_testing
