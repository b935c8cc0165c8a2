#!/bin/sh
# Every catalogue in po/LINGUAS is complete for the current sources and
# passes msgfmt --check; remit speaks each language from the build tree.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
if ! command -v xgettext >/dev/null || ! command -v msgmerge >/dev/null; then
	echo "1..0 # SKIP gettext tools are not installed"
	exit 0
fi
xgettext --keyword=_ --keyword=N_ --keyword=ngettext:1,2 --from-code=UTF-8 \
	--add-comments=TRANSLATORS: -D "$TOP_SRCDIR" \
	-f "$TOP_SRCDIR/po/POTFILES.in" -o "$TMPD/remit.pot" 2>"$TMPD/xg.err"
ok $? "xgettext reads every source in po/POTFILES.in"
for l in $(cat "$TOP_SRCDIR/po/LINGUAS"); do
	po="$TOP_SRCDIR/po/$l.po"
	msgfmt --check -o /dev/null "$po" 2>"$TMPD/chk"
	ok $? "po/$l.po passes msgfmt --check"
	msgmerge --no-fuzzy-matching -q "$po" "$TMPD/remit.pot" -o "$TMPD/$l.po"
	stats=$(msgfmt --statistics -o /dev/null "$TMPD/$l.po" 2>&1)
	unlike "$stats" "untranslated" "po/$l.po: no string of the sources is missing ($stats)"
	unlike "$stats" "fuzzy" "po/$l.po: nothing fuzzy"
done
# From the build tree, a language chosen by LANGUAGE is used.
run_lang() { LANGUAGE=$1 "$REMIT" compare --help 2>&1 | head -1; }
en=$(run_lang en)
for l in $(cat "$TOP_SRCDIR/po/LINGUAS"); do
	got=$(run_lang "$l")
	ok $([ -n "$got" ] && [ "$got" != "$en" ]; echo $?) "remit speaks $l: $got"
done
done_testing
