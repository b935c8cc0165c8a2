# tests/lesson-tui.sh - the lesson player driven in tmux, as a learner and
# as a trainer would: keys and clicks in, the screen read back with
# capture-pane; results checked in the sessions database, the calculator
# against `remit calc`, the handout file.  Every wait polls the screen (at
# most 10 s); nothing sleeps a fixed long time.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

. "$TOP_SRCDIR/tests/tmux.sh"
LESSONS="$TOP_SRCDIR/lessons"

# walk NAME TEXT: presses Right until TEXT is on the screen (at most 20).
walk() {
	k=0
	while [ $k -lt 20 ]; do
		case "$(screen "$1")" in *"$2"*) return 0 ;; esac
		line=$(tm capture-pane -p -t "$1" | sed -n 2p | tr -s ' ')
		keys "$1" Right
		k=$((k + 1))
		wait_gone "$1" "$line" || true
	done
	wait_for "$1" "$2"
}

# The post-quiz asks in the file's order here (its shuffle is tested in
# lesson-play-tui.sh with a seed).
export REMIT_SEED=0
tm -f /dev/null new-session -d -s remit -n idle -x 80 -y 24 "sleep 300"
tm set-option -g remain-on-exit on
tm set-option -g default-size 80x24

# --- a whole module, self-paced, in English -----------------------------
start tc "$REMIT" lesson true-cost --lessons "'$LESSONS'" --db \
    "'$TMPD/self.db'" --handout "'$TMPD/handout.txt'"
wait_for tc "Before the lesson: question 1 of 4"
ok $? "remit lesson true-cost opens on the pre-quiz"
like "$(screen tc)" "Compare two offers by their total cost" "the objectives come first"
keys tc Enter
wait_for tc "What does the transfer really cost you?"
s=$(screen tc)
like "$s" "What does the transfer really cost you?" "the first question"
like "$s" "? I don't know" "and the module's \"I don't know\""
keys tc 2
wait_for tc "question 2 of 4"
ok $? "a number key answers and goes on"
keys tc '?'
wait_for tc "question 3 of 4"
keys tc Down Enter
wait_for tc "question 4 of 4"
ok $? "arrows and Enter answer too"
click tc 6 7
wait_for tc "Step 1 of 17"
ok $? "a click on the second option answers the last question"
like "$(screen tc)" "Two parts of the price" "the section's title is shown"
like "$(screen tc)" "What you pay when you send money" "the first page"
keys tc Right Right
wait_for tc "Step 3 of 17"
keys tc 1
wait_for tc "Not quite. Try once more."
ok $? "a wrong choice: a second try"
like "$(screen tc)" "The provider can take its money through a low exchange" \
    "with the option's feedback"
keys tc 2
wait_for tc "Check the rate against the mid-market rate"
ok $? "the right choice on the second try"
keys tc Right
wait_for tc "Step 4 of 17"
tm resize-window -t tc -x 100 -y 30
wait_for tc "True cost = fee + margin."
tm resize-window -t tc -x 60 -y 20
wait_for tc "too small"
ok $? "resized to 60x20: too small, it says so"
tm resize-window -t tc -x 80 -y 24
wait_for tc "Step 4 of 17"
ok $? "back to 80x24: the same step, no place lost"
walk tc "Step 6 of 17"
typ tc "380300,5"
keys tc Enter
wait_for tc "use a dot for decimals"
ok $? "a comma: the number is refused with the reason"
keys tc BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
typ tc "38030"
keys tc Enter
wait_for tc "Not quite. Try once more."
ok $? "a wrong number: a second try"
typ tc "380300"
keys tc Enter
wait_for tc "The family receives 380300.00 NGN"
ok $? "380300 right on the second try: the explanation"
like "$(screen tc)" "Right." "it says so"
keys tc Right
typ tc "390050.00"
keys tc Enter
wait_for tc "are lost in the exchange rate"
ok $? "the second number step, right at once"
walk tc "Step 9 of 17"
click tc 6 7
wait_for tc "the total cost is 8.99 GBP (4.49%)"
ok $? "a click on a choice answers it"
walk tc "Step 11 of 17"
typ tc "2.5"
keys tc Enter
wait_for tc "The fee is 2.5% of 200"
ok $? "2.5 percent: right"
walk tc "Step 16 of 17"
like "$(screen tc)" "from United Kingdom to Nigeria" "the compare step"
keys tc Enter
wait_for tc "Gets NGN"
ok $? "Enter opens the comparison of the step's route"
"$REMIT" compare --from GB --to NG --amount 200.00 --format csv \
    >"$TMPD/gbng.csv"
best=$(awk -F, 'NR == 2 { print $3 }' "$TMPD/gbng.csv")
like "$(screen tc)" "Best for your family: $best." "ranked as remit compare ranks it"
keys tc Escape
wait_for tc "Step 16 of 17"
ok $? "Esc comes back to the lesson"
walk tc "Step 17 of 17"
like "$(screen tc)" "Compare offers by their total cost, receiver fees included." \
    "the summary's points"
keys tc Right
wait_for tc "After the lesson: question 1 of 4"
ok $? "then the post-quiz"
keys tc 2 1 3 2
wait_for tc "Your score: before 50.00% (2 of 4 right), after 100.00% (4 of 4 right)."
ok $? "the end: 2 of 4 before, 4 of 4 after"
s=$(screen tc)
like "$s" "Gain: +50.00 points" "the gain"
like "$s" "Results recorded (session 1)." "recorded with --db"
like "$s" "Handout written to" "and the handout written"
run sessions --db "$TMPD/self.db"
like "$(echo "$OUT" | tr -s " ")" "true-cost 2026-11 1 1 50.00 100.00 50.00" \
    "remit sessions: the self-paced session"
head -1 "$TMPD/handout.txt" >"$TMPD/h1"
is "$(cat "$TMPD/h1")" "The true cost of sending money" "handout: the title"
like "$(cat "$TMPD/handout.txt")" "  * \"No fee\" does not mean free. Check the \
rate too." "handout: the summary points"
is "$(awk 'length($0) > 72' "$TMPD/handout.txt" | wc -l | tr -d ' ')" 0 \
    "handout: no line over 72 columns"
keys tc Enter
wait_for tc "The true cost of sending money (65 minutes)"
ok $? "Enter: the module list"
keys tc Escape
wait_for tc "Compare the cost of sending money"
keys tc q
wait_dead tc
is "$(exit_status tc)" 0 "q quits: exit 0"

# --- the calculator step, checked against remit calc ------------------------
start se "$REMIT" lesson saving-emergency --lessons "'$LESSONS'" \
    --handout "'$TMPD/se.txt'"
wait_for se "question 1 of 4"
wait_for se "Press Enter to begin."
keys se Enter
sleep 0.3
keys se '?' '?' '?' '?'
wait_for se "Step 1 of"
walk se "Now save 50 a month"
s=$(screen se)
like "$s" "Deposit every month 50" "the calculator: the lesson's inputs"
like "$s" "Balance: 1259.30" "and their exact result"
keys se Down Down BSpace BSpace
typ se "36"
keys se Up Up BSpace BSpace
typ se "75"
keys se Down
typ se ".5"
wait_for se "Rate, % a year 5.5"
want=$("$REMIT" calc savings --deposit 75 --rate 5.5 --months 36 | tr -s ' ')
bal=$(echo "$want" | sed -n 's/^Balance \([0-9.]*\)$/\1/p')
int=$(echo "$want" | sed -n 's/^Interest earned \([0-9.]*\)$/\1/p')
like "$(screen se)" "Balance: $bal" "75 a month, 5.5%, 36 months: the \
balance remit calc gives ($bal)"
like "$(screen se)" "Interest earned: $int" "and the interest ($int)"
typ se ","
msg=$("$REMIT" calc savings --deposit 75 --rate 5.5, --months 36 2>&1 |
    sed 's/^remit: --rate: //')
wait_for se "use a dot"
like "$(screen se | tr -s ' ')" "Rate, % a year 5.5, Rate, % a year: \
$(echo "$msg" | tr -s ' ' | cut -c1-40)" \
    "invalid input: remit calc's reason, named by the field, under the field"
unlike "$(screen se)" "--rate" "no option name in a lesson"
keys se BSpace
walk se "After the lesson: question 1 of 4"
keys se 2 2 2 2
wait_for se "Handout written to"
ok $? "the end: the handout written"
h=$(cat "$TMPD/se.txt")
like "$h" "Saving and an emergency fund" "handout: the title"
like "$h" "Months: 36" "handout: the inputs as changed"
like "$h" "= Balance: $bal" "handout: the result"
unlike "$(screen se)" "recorded" "self-paced without --db: nothing recorded"

# --- facilitator mode, in Spanish (lesson and screens) ----------------------
start fa "$REMIT" lesson true-cost --lang es --facilitate --place Lyon \
    --lessons "'$LESSONS'" --db "'$TMPD/group.db'"
wait_for fa "¿Cuántas personas participan?"
ok $? "facilitator mode: the number of participants is asked"
typ fa "5"
keys fa Enter
wait_for fa "Pulse Intro para empezar."
keys fa Enter
wait_for fa "¿Cuánto le cuesta de verdad el envío?"
ok $? "then the first question, in Spanish"
keys fa b b b a '?'
wait_for fa "Respondieron 5 de 5."
ok $? "five presses counted (b, b, b, a, ?)"
keys fa B
wait_for fa "Todos los participantes respondieron"
ok $? "a sixth is refused"
keys fa u
wait_for fa "Respondieron 4 de 5."
ok $? "u takes back the last press"
unlike "$(screen fa)" "B✓" "the answer is hidden"
keys fa '?' r
wait_for fa "Revele después de la lección"
ok $? "r is refused before the lesson"
unlike "$(screen fa)" "B✓" "the answer stays hidden"
keys fa Right A A A C C Right C C C B B Right B B B A A Right
wait_for fa "Paso 1 de 17"
ok $? "the pre-quiz counted, the first step"
like "$(screen fa)" "de 17 minutos" "the section's timer and its minutes"
unlike "$(screen fa)" "Pregunte al grupo" "notes hidden by default"
keys fa p
wait_for fa "Notas del facilitador"
ok $? "p shows the presenter notes"
like "$(screen fa)" "Pregunte al grupo" "in the lesson's language"
keys fa p
wait_gone fa "Notas del facilitador"
ok $? "p hides them again"
walk fa "Después de la lección: pregunta 1 de 4"
keys fa B B B B B Right A A A A '?' Right C C C C C Right B B B B A Right
wait_for fa "Resultados registrados"
ok $? "the end: recorded"
s=$(screen fa)
like "$s" "antes 60.00% (12 de 20 correctas), después 90.00% (18 de 20 correctas)" "12 of 20 right before, 18 after"
like "$s" "Mejora: +30.00 puntos" "the gain in points"
like "$s" "1. Usted paga una comisión de" "per question: its prompt"
like "$s" "antes 60.00%, después 100.00% 2." "q1: 3 of 5, then 5 of 5"
unlike "$(cat "$TMPD/fa.err")" "Pregunte" "notes never on stderr"
keys fa w
wait_for fa "Nombre del archivo del resumen"
typ fa "$TMPD/fa handout.txt"
keys fa Enter
wait_for fa "Resumen escrito en"
ok $? "w at the end: the handout, to the file name typed"
like "$(cat "$TMPD/fa handout.txt")" "El costo real de enviar dinero" \
    "with the module's title"
run sessions --db "$TMPD/group.db"
like "$(echo "$OUT" | tr -s " ")" "true-cost 2026-11 1 5 60.00 90.00 30.00" \
    "remit sessions: 5 participants, 60.00 before, 90.00 after"

# --- a page longer than the window scrolls; the list; f from the list ------
start sc "$REMIT" lesson --lessons "'$LESSONS'" --lang fr
wait_for sc "Le vrai coût d'un envoi d'argent"
ok $? "remit lesson without a module: the list, in French"
keys sc Down f
wait_for sc "Combien de personnes participent"
ok $? "f on the list: facilitator mode, the number of people asked"
typ sc "3"
keys sc Enter
walk sc "Étape 10 sur 17"
s=$(screen sc)
like "$s" "Comment marchent les arnaques" "a long page in French"
unlike "$s" "un peu différent" "its end is below the window"
like "$s" "↓" "and an arrow says so"
keys sc Down Down Down Down Down Down
wait_for sc "un peu différent"
ok $? "Down scrolls to its end"
like "$(screen sc)" "↑" "and an arrow says there is more above"
keys sc Right
wait_for sc "Étape 11 sur 17"
unlike "$(screen sc)" "puis appuyez sur Enter" "facilitated: no learner's instructions"

# --- the app: the lessons entry, the language fallback, kiosk reset ---------
start ap "$REMIT" app --lessons "'$LESSONS'"
wait_for ap "Português"
keys ap Down Down Down Enter
wait_for ap "Money lessons"
keys ap Down Down Enter
wait_for ap "O custo real de enviar dinheiro"
ok $? "Portuguese: the Portuguese lessons are shown"
unlike "$(screen ap)" "The true cost of sending money" "not the English ones"
unlike "$(screen ap)" "Borrowing: the real cost" "and not the English borrowing module"
keys ap q
start ap2 "$REMIT" lesson --lang pt --lessons \
    "'$TOP_SRCDIR/tests/fixtures/lessons-good'"
wait_for ap2 "Ainda não há lições neste idioma"
ok $? "a language with no lessons: the list says so, in that language"
unlike "$(screen ap2)" "A small module for the tests" \
    "and no English lesson under the Portuguese menu"
keys ap2 q
run lesson mini --lang pt --lessons "$TOP_SRCDIR/tests/fixtures/lessons-good"
is "$RC" 2 "a module missing in the language: exit 2"
like "$ERR" "the lesson \"mini\" is not available in \"pt\" yet" \
    "it says so, never plays the English one"
start em "$REMIT" app --lessons "'$TMPD'"
wait_for em "English"
keys em Enter
wait_for em "Compare the cost"
unlike "$(screen em)" "Money lessons" "no lessons: no dead entry"
keys em q

start ki "$REMIT" kiosk --idle 2 --lessons "'$LESSONS'"
wait_for ki "English"
keys ki Enter Down Down Enter
wait_for ki "The true cost of sending money"
unlike "$(screen ki)" "Lead a group" "kiosk: no facilitator mode"
keys ki Enter
wait_for ki "Press Enter to begin."
keys ki Enter 2
wait_for ki "question 2 of 4"
wait_for ki "Language · Langue"
ok $? "kiosk: idle, back to the language screen"
keys ki Enter Down Down Enter
wait_for ki "The true cost of sending money"
keys ki Enter
wait_for ki "question 1 of 4"
ok $? "kiosk: the lesson starts again from its first question"
kill -TERM "$(pid_of ki)"

# --- a kiosk records to its --db, writes nothing else ----------------------
start kd "$REMIT" kiosk --lessons "'$LESSONS'" --db "'$TMPD/kiosk.db'"
wait_for kd "English"
keys kd Enter Down Down Enter
wait_for kd "The true cost of sending money"
keys kd Enter
wait_for kd "question 1 of 4"
wait_for kd "Press Enter to begin."
keys kd Enter
sleep 0.3
keys kd 1 2 '?' 2
walk kd "After the lesson: question 1 of 4"
keys kd 2 1 3 2
wait_for kd "Results recorded"
ok $? "kiosk with --db: the session recorded"
like "$(screen kd)" "before 25.00% (1 of 4 right), after 100.00% (4 of 4 right)" "1 of 4, then 4 of 4"
unlike "$(screen kd)" "handout" "kiosk: no handout offered"
run sessions --db "$TMPD/kiosk.db"
like "$(echo "$OUT" | tr -s " ")" "true-cost 2026-11 1 1 25.00 100.00 75.00" \
    "remit sessions: one person, self-paced"
kill -TERM "$(pid_of kd)"

# --- leaving a group session asks first ------------------------------------
start lv "$REMIT" lesson true-cost --facilitate --participants 2 \
    --lessons "'$LESSONS'" --db "'$TMPD/leave.db'"
wait_for lv "Press Enter to begin."
keys lv Enter
wait_for lv "0 of 2 have answered."
keys lv a
wait_for lv "1 of 2 have answered."
keys lv Escape
wait_for lv "Esc again leaves without them"
ok $? "Esc with answers counted: a warning first"
keys lv Escape
wait_for lv "(65 minutes)"
ok $? "Esc again: the list"
[ ! -e "$TMPD/leave.db" ]
ok $? "and nothing recorded"

# --- the command line -------------------------------------------------------
run lesson nosuch --lessons "$LESSONS"
is "$RC" 2 "an unknown module: exit 2"
like "$ERR" "no lesson \"nosuch\"" "and it says so"
run lesson true-cost --participants 5
is "$RC" 2 "--participants without --facilitate: exit 2"
run lesson true-cost --facilitate --participants 0
like "$ERR" "--participants \"0\": write a number from 1 to 10000" \
    "--participants 0 refused"
run lesson true-cost --lessons "$LESSONS"
is "$RC" 2 "no terminal: exit 2"
run lesson --lessons "$TMPD"
is "$RC" 2 "a folder without lessons: exit 2"
like "$ERR" "no lessons there" "and it says so"
run lesson --help
like "$OUT" "--facilitate" "--help lists the options"

done_testing
