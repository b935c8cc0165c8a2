#!/bin/sh
# tests/sessions-cert.sh - `remit sessions --certificate` (one plain-text
# attendance certificate per session, no names) and the CSV report's
# numeric columns, which a spreadsheet must read as numbers.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

LESSONS="$TOP_SRCDIR/tests/fixtures/lessons-good"
DB="$TMPD/c.db"
rec() {	# rec DATE PLACE PARTICIPANTS PRE POST
	run sessions record --db "$DB" --lessons "$LESSONS" --module mini \
	    --lang en --place "$2" --mode facilitated --participants "$3" \
	    --date "$1" --pre "$4" --post "$5"
}
# mini: 20 minutes, q1 right B, q2 right A, q3 right D.
# Session 1: pre q1 1 of 4 (q2, q3 not asked) = 25%; post 12 of 12.
rec 2026-11-03 "Community hall" 4 q1=B:1,q1=A:3 q1=B:4,q2=A:4,q3=D:4
# Session 2: pre 3 of 6 (q1 only) = 50%; post q1 2, q2 1, q3 0 of 9.
rec 2026-11-05 "Lyon, salle 2" 3 q1=B:3 q1=B:2,q1=?:1,q2=A:1,q2=B:2,q3=A:3

run sessions --db "$DB" --certificate --lessons "$LESSONS"
is "$RC" 0 "--certificate: exit 0"
is "$(printf '%s\n' "$OUT" | grep -c 'CERTIFICATE OF ATTENDANCE')" 2 \
    "one certificate per session"
is "$(printf '%s\n' "$OUT" | sed -n '1,14p')" "CERTIFICATE OF ATTENDANCE

The holder of this certificate took part in a financial-education
session:

Module: A small module for the tests
Date: 2026-11-03
Place: Community hall
Hours: 0.33

Name: ______________________________

Signed for the organisers: ______________________________
(session 1)" "the first certificate: module title, date, place, 20 min = 0.33 h"
is "$(printf '%s\n' "$OUT" | sed -n 15p)" "$(printf '\f')" \
    "a form feed between certificates"
like "$OUT" "Place: Lyon, salle 2" "the second: its place"
unlike "$OUT" "participants" "no count of people, no names"
run sessions --db "$DB" --certificate --lessons "$LESSONS" --from 2026-11-04
is "$(printf '%s\n' "$OUT" | grep -c 'Date: 2026-11-05')" 1 \
    "--from: only the second session"
LANGUAGE=fr run sessions --db "$DB" --certificate --lessons "$LESSONS" --to 2026-11-03
like "$OUT" "ATTESTATION DE PRÉSENCE" "in French with LANGUAGE=fr"
like "$OUT" "Heures : 0.33" "the hours in French"
run sessions --db "$DB" --certificate --module nope
is "$RC" 1 "no session for that module: exit 1"

# CSV: plain numbers (no % sign, dot decimals, no quotes).
# pre mean (1/4 + 3/3... q1 only: 3 of 3 = 1) -> (1/4 + 1) / 2 = 62.50
#   (session 2: 3 participants answered q1, all B: 3 of 3)
# post mean (12/12 + 3/9) / 2 = 2/3 = 66.666..% -> 66.67; gain 4.17
run sessions --db "$DB" --format csv
is "$(printf '%s\n' "$OUT" | tr -d '\r')" "module,period,sessions,participants,pre_percent,post_percent,gain_points
mini,2026-11,2,7,62.50,66.67,4.17" "CSV: not-asked questions left out, exact means"
got=$(printf '%s\n' "$OUT" | tr -d '\r' | sed -n 2p | cut -d, -f3-)
n=0
for v in $(echo "$got" | tr ',' ' '); do
	case "$v" in *[!0-9.-]*|'') ;; *) n=$((n + 1)) ;; esac
done
is "$n" 5 "sessions, participants, before, after, gain: 5 plain numbers"
done_testing
