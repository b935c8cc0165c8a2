#!/bin/sh
# The kiosk's systemd unit (contrib/kiosk/remit-kiosk.service, made by make
# from remit-kiosk.service.in): ExecStart is the remit that `make install`
# puts in $(bindir), the session database has its StateDirectory=, and
# systemd-analyze verify accepts the unit (skipped without systemd).
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "$TOP_SRCDIR/tests/lib.sh"
unit="$TOP_BUILDDIR/contrib/kiosk/remit-kiosk.service"

# bindir as make expands it: prefix, exec_prefix and bindir from the Makefile.
mkvar() { sed -n "s/^$1 = //p" "$TOP_BUILDDIR/Makefile" | head -1; }
prefix=$(mkvar prefix)
exec_prefix=$(mkvar exec_prefix)
bindir=$(mkvar bindir)
eval "exec_prefix=\"$exec_prefix\""
eval "bindir=\"$bindir\""

ok "$(test -f "$unit"; echo $?)" "make builds the unit"
exec=$(sed -n 's/^ExecStart=//p' "$unit")
is "${exec%% *}" "$bindir/remit" "ExecStart runs the installed remit ($bindir/remit)"
like "$exec" " kiosk --idle 120 --max-age 30 --db /var/lib/remit-kiosk/sessions.db" \
	"ExecStart keeps the kiosk's options and the database in its state folder"
unlike "$(cat "$unit")" "@bindir" "no placeholder is left in the unit"
is "$(sed -n 's/^StateDirectory=//p' "$unit")" "remit-kiosk" \
	"StateDirectory=remit-kiosk holds /var/lib/remit-kiosk"

# systemd-analyze checks the unit's syntax and that ExecStart is executable:
# verify a copy that runs the remit just built (not installed yet).
if command -v systemd-analyze >/dev/null 2>&1; then
	sed "s|^ExecStart=$bindir/remit |ExecStart=$REMIT |" "$unit" \
		>"$TMPD/remit-kiosk.service"
	systemd-analyze verify --man=no "$TMPD/remit-kiosk.service" \
		>"$TMPD/verify" 2>&1
	vrc=$?
	# Without a running systemd, the dependencies (getty@tty1) cannot be
	# loaded; only the unit's own lines are judged.
	bad=$(grep -i "remit-kiosk.service" "$TMPD/verify" | grep -v "^Failed to\|dependency" )
	is "$bad" "" "systemd-analyze verify finds nothing wrong in the unit"
	[ -n "$bad" ] && { echo "# status $vrc"; sed 's/^/# /' "$TMPD/verify"; }
else
	ok 0 "# SKIP systemd-analyze is not installed"
fi
done_testing
