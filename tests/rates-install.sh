#!/bin/sh
# `remit rates install BUNDLE --key PUBKEY`: a tar of rate tables signed
# with minisign is checked (signature, trusted comment, every table) and
# only then swapped in; anything wrong leaves the old folder untouched.
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
if ! command -v minisign >/dev/null; then
	echo "1..0 # SKIP minisign is not installed (apt-get install minisign)"
	exit 0
fi
cd "$TMPD" || exit 1
minisign -G -W -p centre.pub -s centre.key >/dev/null 2>&1
mkdir new live
cp "$RATES/gb-ng.json" "$RATES/us-mx.json" new/
cp "$RATES/fr-sn.json" live/
(cd new && tar cf ../rates.tar gb-ng.json us-mx.json)
cp -r live live.before
unchanged() {	# unchanged NAME: the live folder is as it was
	diff -r live live.before >/dev/null
	ok $? "$1: the old folder is untouched"
	is "$(ls -A . | grep -c '^\.live')" 0 "$1: no folder left behind"
}

# The README's two commands: sign at the network, install at a centre.
minisign -S -s centre.key -m rates.tar >/dev/null 2>&1
run rates install rates.tar --key centre.pub --rates live
is "$RC" 0 "install: exit 0"
is "$OUT" "2 tables checked.
Installed the signed tables in live." "install: says what it did"
is "$(ls live | tr '\n' ' ')" "gb-ng.json us-mx.json " "the folder now holds exactly the bundle's tables"
cmp -s live/gb-ng.json "$RATES/gb-ng.json"
ok $? "a table installed byte for byte"
run compare --rates live --from GB --to NG --amount 200 --format csv
is "$RC" 0 "compare reads the installed folder"
rm -rf live.before; cp -r live live.before

# The legacy (not prehashed) signature is accepted too.
minisign -S -l -s centre.key -m rates.tar >/dev/null 2>&1
head -2 rates.tar.minisig | tail -1 | cut -c1-2 >algo
is "$(cat algo)" "RW" "legacy signature made (algorithm Ed)"
run rates install rates.tar --key centre.pub --rates live
is "$RC" 0 "install: a legacy Ed signature is verified"
minisign -S -s centre.key -m rates.tar >/dev/null 2>&1

# A changed bundle.
cp rates.tar good.tar; cp rates.tar.minisig good.tar.minisig
printf 'x' >>rates.tar
run rates install rates.tar --key centre.pub --rates live
is "$RC" 2 "a changed bundle is refused"
is "$ERR" "remit: rates.tar: the signature does not match the bundle; it was changed or signed with another key; nothing was installed" \
    "... and says why"
unchanged "changed bundle"
# Another key.
minisign -G -W -p other.pub -s other.key >/dev/null 2>&1
cp good.tar rates.tar; cp good.tar.minisig rates.tar.minisig
run rates install rates.tar --key other.pub --rates live
is "$RC" 2 "a bundle signed with another key is refused"
like "$ERR" "signed with another key than the one given; nothing was installed" "... and says why"
unchanged "another key"
# A trusted comment changed after signing.
sed '3s/^trusted comment: /trusted comment: X/' good.tar.minisig >rates.tar.minisig
run rates install rates.tar --key centre.pub --rates live
is "$RC" 2 "a changed trusted comment is refused"
is "$ERR" "remit: rates.tar.minisig: the trusted comment was changed; nothing was installed" "... and says why"
unchanged "trusted comment"
# No signature.
rm rates.tar.minisig
run rates install rates.tar --key centre.pub --rates live
is "$RC" 2 "a bundle without its signature is refused"
like "$ERR" "rates.tar: no signature; it must lie beside the bundle, as minisign -S writes it" "... and says why"

# Signed but broken: a table that does not load.
sed 's/"1950.25"/1950.25/' "$RATES/gb-ng.json" >new/gb-ng.json
(cd new && tar cf ../bad.tar gb-ng.json us-mx.json)
minisign -S -s centre.key -m bad.tar >/dev/null 2>&1
run rates install bad.tar --key centre.pub --rates live
is "$RC" 2 "a signed bundle with a broken table is refused"
like "$ERR" 'gb-ng.json: reference_rate: write decimals as strings, e.g. "4.99"' "... naming the file, the path and the fix"
like "$ERR" "the bundle has broken tables; nothing was installed" "... and that nothing changed"
unchanged "broken table"
# Paths out of the folder, links and folders are refused, even signed.
python3 - <<'PY'
import tarfile, io
for name, kind in (("../evil.json", "file"), ("/tmp/evil.json", "file"),
                   ("link.json", "link"), ("sub/x.json", "file"), ("d", "dir")):
    t = tarfile.open("evil-%s.tar" % name.replace("/", "_"), "w")
    i = tarfile.TarInfo(name)
    if kind == "link":
        i.type = tarfile.SYMTYPE; i.linkname = "/etc/passwd"
        t.addfile(i)
    elif kind == "dir":
        i.type = tarfile.DIRTYPE; t.addfile(i)
    else:
        data = b"{}"; i.size = len(data); t.addfile(i, io.BytesIO(data))
    t.close()
PY
for f in evil-*.tar; do
	minisign -S -s centre.key -m "$f" >/dev/null 2>&1
	run rates install "$f" --key centre.pub --rates live
	is "$RC" 2 "$f: refused"
	like "$ERR" "is not a rate table at the top of the bundle" "$f: says why"
done
unchanged "paths and links"
is "$(ls /tmp/evil.json 2>/dev/null)" "" "nothing was written outside the folder"

# A full disk: a 64 KiB file system holding the folder, filled up (root
# only, where tmpfs can be mounted; skipped otherwise).
mkdir fs
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=64k tmpfs fs 2>/dev/null; then
	cp -r live.before fs/live
	dd if=/dev/zero of=fs/fill bs=1k count=200 2>/dev/null
	run rates install good.tar --key centre.pub --rates fs/live
	is "$RC" 2 "a full disk: refused"
	like "$ERR" "No space left on device; nothing was installed" "a full disk: says why"
	diff -r fs/live live.before >/dev/null
	ok $? "a full disk: the old folder is untouched"
	is "$(ls -A fs | tr '\n' ' ')" "fill live " "a full disk: nothing left behind"
	umount fs
else
	for i in 1 2 3 4; do ok 0 "# SKIP a full disk needs root and tmpfs"; done
fi

# Usage.
run rates install good.tar --rates live
is "$RC" 2 "install needs --key"
run rates install --key centre.pub --rates live
is "$RC" 2 "install needs a bundle"
# A folder that did not exist is made.
run rates install good.tar --key centre.pub --rates fresh
is "$RC$(ls fresh | tr '\n' ' ')" "0gb-ng.json us-mx.json " "install into a new folder"
done_testing
