#!/bin/sh
# bench/tui-startup.sh - how fast the app starts and answers, and how much
# memory it holds, measured inside the program (REMIT_BENCH=1 prints to
# stderr the time from main() to the first screen drawn and from each key
# to the refresh that shows it) while it runs in tmux on the bundled
# tables.  Usage: bench/tui-startup.sh [path/to/remit] [runs]
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
REMIT=${1:-src/remit}
RUNS=${2:-10}
SOCK="remit-bench-$$"
OUT=$(mktemp -d "${TMPDIR:-/tmp}/remit-bench.XXXXXX")
trap 'tmux -L "$SOCK" kill-server 2>/dev/null; rm -rf "$OUT"' EXIT
command -v tmux >/dev/null || { echo "tmux is needed" >&2; exit 1; }
REMIT=$(cd "$(dirname "$REMIT")" && pwd)/$(basename "$REMIT")

tmux -L "$SOCK" -f /dev/null new-session -d -s bench -x 80 -y 24 "sleep 600"
tmux -L "$SOCK" set-option -g remain-on-exit on

wait_for() {	# wait_for WINDOW TEXT
	i=0
	while [ $i -lt 100 ]; do
		tmux -L "$SOCK" capture-pane -p -t "$1" | grep -qF "$2" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	echo "timed out waiting for $2" >&2
	return 1
}

r=0
while [ $r -lt "$RUNS" ]; do
	r=$((r + 1))
	tmux -L "$SOCK" new-window -d -n "run$r" "exec env TERM=screen \
LC_ALL=C.UTF-8 REMIT_BENCH=1 '$REMIT' app 2>'$OUT/run$r.err'"
	wait_for "run$r" "English" || exit 1
	if [ $r -eq 1 ]; then
		# One whole comparison, key by key.
		tmux -L "$SOCK" send-keys -t run1 Enter Enter
		tmux -L "$SOCK" send-keys -t run1 -l "united st"
		tmux -L "$SOCK" send-keys -t run1 Enter
		tmux -L "$SOCK" send-keys -t run1 -l "mex"
		tmux -L "$SOCK" send-keys -t run1 Enter
		tmux -L "$SOCK" send-keys -t run1 -l "200"
		tmux -L "$SOCK" send-keys -t run1 Enter Enter
		wait_for run1 "Gets MXN" || exit 1
		tmux -L "$SOCK" send-keys -t run1 Down Down s s Enter y
		wait_for run1 "every month for a year" || exit 1
		pid=$(tmux -L "$SOCK" display -p -t run1 '#{pane_pid}')
		grep -E '^(VmHWM|VmRSS)' "/proc/$pid/status"
	fi
	tmux -L "$SOCK" send-keys -t "run$r" q
done
sleep 0.3
echo "first screen drawn (ms from main), $RUNS runs:"
cat "$OUT"/run*.err | awk '/first screen/ { v = $4; s += v; n++;
    if (min == "" || v < min) min = v; if (v > max) max = v }
    END { printf "  min %.2f  mean %.2f  max %.2f\n", min, s / n, max }'
echo "key to refresh (ms), one comparison:"
awk '/key to refresh/ { v = $5; s += v; n++; if (v > max) max = v }
    END { printf "  %d keys, mean %.3f, max %.3f\n", n, s / n, max }' \
    "$OUT/run1.err"
