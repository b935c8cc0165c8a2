#!/bin/sh
# A running kiosk picks up tables installed by `remit rates install` the
# next time it comes back to the language screen, with no restart.
. "${TOP_SRCDIR:-.}/tests/lib.sh"
if ! command -v minisign >/dev/null || ! command -v tmux >/dev/null; then
	echo "1..0 # SKIP minisign or tmux is not installed"
	exit 0
fi
. "$TOP_SRCDIR/tests/tmux.sh"
cd "$TMPD" || exit 1
minisign -G -W -p centre.pub -s centre.key >/dev/null 2>&1
mkdir new live
cp "$RATES/fr-sn.json" live/
cp "$RATES/fr-sn.json" "$RATES/gb-ng.json" new/
(cd new && tar cf ../rates.tar fr-sn.json gb-ng.json)
minisign -S -s centre.key -m rates.tar >/dev/null 2>&1

tm -f /dev/null new-session -d -s remit -n idle -x 80 -y 24 "sleep 300"
tm set-option -g remain-on-exit on
tm set-option -g default-size 80x24
start k "$REMIT" kiosk --rates "$TMPD/live"
wait_for k "English"
keys k Enter
wait_for k "Compare the cost of sending money"
keys k Enter
wait_for k "From which country"
ok $? "kiosk: the country list"
unlike "$(screen k)" "United Kingdom" "before the install: only France has a table"
run rates install rates.tar --key centre.pub --rates "$TMPD/live"
is "$RC" 0 "the signed tables are installed while the kiosk runs"
unlike "$(screen k)" "United Kingdom" "the screen in use does not change under the user"
keys k Escape
keys k Escape
wait_for k "Langue"
ok $? "back on the language screen"
keys k Enter
wait_for k "Compare the cost of sending money"
keys k Enter
wait_for k "United Kingdom"
ok $? "after the language screen: the new corridor is there, no restart"
tm kill-server 2>/dev/null
done_testing
