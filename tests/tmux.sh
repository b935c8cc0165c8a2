# tests/tmux.sh - helpers for the tests that drive remit inside tmux, as a
# person would: keys and clicks in, the screen read back with capture-pane.
# Source it after tests/lib.sh.  Every wait polls (at most 10 s).
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later

if ! command -v tmux >/dev/null 2>&1; then
	echo "1..0 # SKIP tmux is not installed"
	exit 0
fi

SOCK="remit-test-$(basename "$0" .sh)-$$"
trap 'tmux -L "$SOCK" kill-server 2>/dev/null; rm -rf "$TMPD"' EXIT
tm() { tmux -L "$SOCK" "$@"; }

# start NAME ARGS...: a new 80x24 window running remit ARGS (stderr kept
# in $TMPD/NAME.err, the process id in $TMPD/NAME.pid, the exit status in
# $TMPD/NAME.rc once it ends); env VAR=VALUE words may come first in ARGS.
# The exit status is recorded by a wrapper because tmux 3.3 does not
# always report a pane's exit status.
cat > "$TMPD/run.sh" <<EOF
name=\$1
shift
trap '' INT QUIT TSTP
sh -c 'echo \$\$ > "\$0.pid"; exec "\$@"' "$TMPD/\$name" "\$@" 2>"$TMPD/\$name.err"
echo \$? > "$TMPD/\$name.rc"
EOF
start() {
	name=$1
	shift
	rm -f "$TMPD/$name.rc" "$TMPD/$name.pid"
	tm new-window -d -n "$name" "sh '$TMPD/run.sh' '$name' env TERM=screen \
LC_ALL=C.UTF-8 LANGUAGE= REMIT_TODAY=2026-11-24 $*"
}

# screen NAME: the window's text, lines joined, blanks squeezed.
screen() {
	tm capture-pane -p -t "$1" | tr '\n' ' ' | tr -s ' '
}

# wait_for NAME TEXT: polls until TEXT is on the screen; 0, or 1 after 10 s.
wait_for() {
	i=0
	while [ $i -lt 100 ]; do
		case "$(screen "$1")" in *"$2"*) return 0 ;; esac
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# wait_gone NAME TEXT: polls until TEXT has left the screen.
wait_gone() {
	i=0
	while [ $i -lt 100 ]; do
		case "$(screen "$1")" in *"$2"*) ;; *) return 0 ;; esac
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# wait_dead NAME: polls until the window's remit has ended; 0, or 1 after
# 10 s.  Its exit status is then in $TMPD/NAME.rc.
wait_dead() {
	i=0
	while [ $i -lt 100 ]; do
		[ -s "$TMPD/$1.rc" ] && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}
exit_status() { cat "$TMPD/$1.rc" 2>/dev/null; }

keys() { n=$1; shift; tm send-keys -t "$n" "$@"; }
typ() { tm send-keys -t "$1" -l "$2"; }
pid_of() { cat "$TMPD/$1.pid" 2>/dev/null; }

# click NAME COL ROW: a left click (X10 mouse protocol) at 0-based cells.
click() {
	b=$(printf "\\$(printf %o $((33 + $2)))")
	c=$(printf "\\$(printf %o $((33 + $3)))")
	tm send-keys -t "$1" -l "$(printf '\033[M ')$b$c"
	tm send-keys -t "$1" -l "$(printf '\033[M#')$b$c"
}

