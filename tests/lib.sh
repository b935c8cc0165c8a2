# tests/lib.sh - TAP helpers for the shell test drivers.
# Source it; then call the checks and end with `done_testing`.
# Environment (set by make check): REMIT (the binary), TOP_SRCDIR,
# TOP_BUILDDIR.  Run by hand: REMIT=src/remit TOP_SRCDIR=. sh tests/X.sh
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
: "${REMIT:=$TOP_BUILDDIR/src/remit}"
: "${TOP_SRCDIR:=.}"
RATES="$TOP_SRCDIR/rates"
T_N=0
T_FAILED=0
TMPD=$(mktemp -d "${TMPDIR:-/tmp}/remit-test.XXXXXX")
trap 'rm -rf "$TMPD"' EXIT
export REMIT_TODAY=2026-11-24

ok() {	# ok CONDITION-STATUS NAME
	T_N=$((T_N + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $T_N - $2"
	else
		echo "not ok $T_N - $2"
		T_FAILED=$((T_FAILED + 1))
	fi
}

# run ARGS...: runs remit, keeps stdout in $OUT, stderr in $ERR, status $RC
run() {
	"$REMIT" "$@" >"$TMPD/out" 2>"$TMPD/err"
	RC=$?
	OUT=$(cat "$TMPD/out")
	ERR=$(cat "$TMPD/err")
}

is() {	# is GOT WANT NAME
	if [ "$1" = "$2" ]; then
		ok 0 "$3"
	else
		ok 1 "$3"
		printf '#   got:  %s\n#   want: %s\n' "$1" "$2" | sed 's/^/# /'
	fi
}

like() {	# like TEXT SUBSTRING NAME
	case "$1" in
	*"$2"*) ok 0 "$3" ;;
	*) ok 1 "$3"; printf '#   text: %s\n#   lacks: %s\n' "$1" "$2" ;;
	esac
}

unlike() {	# unlike TEXT SUBSTRING NAME
	case "$1" in
	*"$2"*) ok 1 "$3"; printf '#   text has: %s\n' "$2" ;;
	*) ok 0 "$3" ;;
	esac
}

# json_get FILE EXPR: prints a value from JSON with python3 (for tests only)
json_get() {
	python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"
}

done_testing() {
	echo "1..$T_N"
	[ "$T_FAILED" -eq 0 ]
}

# run_unprivileged ARGS...: as run, but as the user nobody when the suite
# runs as root (root reads every file, and CI runs as root, so permission
# tests would never run); $TMPD is opened to others for it.
run_unprivileged() {
	if [ "$(id -u)" -ne 0 ]; then
		run "$@"
		return
	fi
	chmod 755 "$TMPD"
	setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" \
	    --clear-groups "$REMIT" "$@" >"$TMPD/out" 2>"$TMPD/err"
	RC=$?
	OUT=$(cat "$TMPD/out")
	ERR=$(cat "$TMPD/err")
}
