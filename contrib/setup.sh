#!/bin/sh
# contrib/setup.sh - the README's quick start on Debian 12.
#
#   contrib/setup.sh          install what is missing, build, open remit on
#                             the bundled rate tables
#   contrib/setup.sh check    install what is missing, build, run the tests
#
# The build goes to build/; the program is build/src/remit.
# Debian packages are installed only when missing (with sudo unless root).
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
set -e
cd "$(dirname "$0")/.."

PACKAGES="gcc make pkg-config autoconf automake autopoint gettext
libgmp-dev libmpfr-dev libncurses-dev libcjson-dev libsqlite3-dev libcrypt-dev
iso-codes tmux python3 sqlite3 libzip-dev libexpat1-dev libsodium-dev
libarchive-dev minisign libqrencode-dev zbar-tools libespeak-ng-dev parallel"

missing=""
for p in $PACKAGES; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "setup: installing$missing"
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
fi

# Out of tree, in build/, so that the source tree stays clean.
[ -x configure ] || ./autogen.sh >/dev/null
mkdir -p build
cd build
[ -f Makefile ] || ../configure -q
make -s -j"$(nproc)" >/dev/null

case "${1:-run}" in
check)
	make -s -j"$(nproc)" check
	;;
run)
	if [ -t 0 ] && [ -t 1 ] && ./src/remit app --help >/dev/null 2>&1; then
		exec ./src/remit
	fi
	exec ./src/remit compare --from GB --to NG --amount 200
	;;
*)
	echo "usage: contrib/setup.sh [run|check]" >&2
	exit 2
	;;
esac
