# tests/lang-tui.sh - the language a kiosk user picks is the language they
# get: every switch, in any order, shows that language on every screen, and
# Esc to the language screen or the idle reset go back to the kiosk's own
# language; key names in the language; End and Home in the country lists.
# Driven in tmux at 80x24; every wait polls (at most 10 s).
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

. "$TOP_SRCDIR/tests/tmux.sh"

tm -f /dev/null new-session -d -s remit -n idle -x 80 -y 24 "sleep 300"
tm set-option -g remain-on-exit on
tm set-option -g default-size 80x24

HOME_EN="Compare the cost of sending money"
HOME_FR="Comparer le coût d'un envoi d'argent"
HOME_ES="Comparar el costo de enviar dinero"
HOME_PT="Comparar o custo de enviar dinheiro"
FROM_EN="From which country do you send the money?"
FROM_FR="De quel pays envoyez-vous l'argent"
FROM_ES="¿Desde qué país envía el dinero?"
FROM_PT="De que país você envia o dinheiro?"

# choose NAME DOWNS: on the language screen, DOWNS times Down, then Enter.
choose() {
	downs=$2
	while [ "$downs" -gt 0 ]; do
		keys "$1" Down
		downs=$((downs - 1))
	done
	keys "$1" Enter
}

# visit NAME DOWNS LANG HOME FROM: chooses a language, checks its home and
# its first compare screen, and goes back to the language screen.
visit() {
	choose "$1" "$2"
	wait_for "$1" "$4"
	ok $? "$3: the home screen in $3"
	for other in "$HOME_EN" "$HOME_FR" "$HOME_ES" "$HOME_PT"; do
		[ "$other" = "$4" ] && continue
		unlike "$(screen "$1")" "$other" "$3: no other language's home"
	done
	keys "$1" Enter
	wait_for "$1" "$5"
	ok $? "$3: the country screen in $3"
	keys "$1" Escape
	wait_for "$1" "$4"
	keys "$1" Escape
	wait_for "$1" "Enter Choose"
	ok $? "$3: Esc to the language screen speaks the kiosk's language"
	unlike "$(screen "$1")" "$4" "$3: the language screen is shown"
}

# --- en -> es -> en -> fr -> pt -> en, in the kiosk -------------------------
start wk "$REMIT" kiosk
wait_for wk "Language · Langue"
ok $? "the kiosk opens on the language screen"
visit wk 0 English "$HOME_EN" "$FROM_EN"
visit wk 2 Spanish "$HOME_ES" "$FROM_ES"
visit wk 0 English "$HOME_EN" "$FROM_EN"
visit wk 1 French "$HOME_FR" "$FROM_FR"
visit wk 3 Portuguese "$HOME_PT" "$FROM_PT"
visit wk 0 English "$HOME_EN" "$FROM_EN"
visit wk 2 Spanish "$HOME_ES" "$FROM_ES"
visit wk 1 French "$HOME_FR" "$FROM_FR"
kill -TERM "$(pid_of wk)"
wait_dead wk
ok $? "the kiosk ends on SIGTERM"

# --- the idle reset goes back to the kiosk's language -----------------------
start id "$REMIT" kiosk --idle 1
wait_for id "Language · Langue"
choose id 2
wait_for id "$HOME_ES"
ok $? "idle: Spanish chosen"
like "$(screen id)" "Intro Elegir" "Spanish: the Enter key is Intro"
like "$(screen id)" "Esc Idioma" "Spanish: Esc goes to the languages"
keys id Enter
wait_for id "$FROM_ES"
typ id "mex"
wait_for id "mex"
wait_for id "Language · Langue"
ok $? "idle: back to the language screen"
wait_for id "Enter Choose"
ok $? "idle: the language screen speaks English again"
unlike "$(screen id)" "Elegir" "idle: no Spanish left on it"
keys id Enter
wait_for id "$HOME_EN"
ok $? "idle: the next person's English home"
keys id Enter
wait_for id "$FROM_EN"
unlike "$(screen id)" "mex" "idle: the search typed before is gone"
kill -TERM "$(pid_of id)"
wait_dead id

# --- a kiosk whose language is French: reset and Esc come back to it --------
start kf "$REMIT" kiosk --lang fr --idle 1
wait_for kf "Entrée Choisir"
ok $? "--lang fr: the language screen in French, the Enter key's name too"
choose kf 1
wait_for kf "$HOME_FR"
like "$(screen kf)" "Échap Langue" "French: the Esc key is Échap"
keys kf Escape
wait_for kf "Entrée Choisir"
choose kf 2
wait_for kf "$HOME_ES"
ok $? "--lang fr: Spanish chosen"
keys kf Escape
wait_for kf "Choisir"
ok $? "--lang fr: Esc goes back to French"
choose kf 0
wait_for kf "$HOME_EN"
ok $? "--lang fr: then English is English"
wait_for kf "Choisir"
ok $? "--lang fr: the idle reset goes back to French"
unlike "$(screen kf)" "Choose" "--lang fr: no English left"
kill -TERM "$(pid_of kf)"
wait_dead kf

# --- End and Home in the country lists --------------------------------------
start eh "$REMIT" app
wait_for eh "English"
keys eh Enter
wait_for eh "$HOME_EN"
keys eh Enter
wait_for eh "$FROM_EN"
keys eh End Enter
wait_for eh "From United States: to which country?"
ok $? "End: the last sending country (United States)"
keys eh End Enter
wait_for eh "From United States to Philippines: how much?"
ok $? "End: the last destination (Philippines)"
keys eh Escape
wait_for eh "From United States: to which country?"
keys eh End Up Enter
wait_for eh "From United States to Mexico: how much?"
ok $? "End, then Up: the one before the last (Mexico)"
keys eh Escape
wait_for eh "From United States: to which country?"
keys eh Escape
wait_for eh "$FROM_EN"
keys eh End Home Enter
wait_for eh "From Australia: to which country?"
ok $? "Home after End: the first sending country (Australia)"
keys eh Escape Escape Escape
wait_for eh "Language · Langue"
keys eh q
wait_dead eh
ok $? "the app ends with q"

done_testing
