# tests/lesson-content.sh - the bundled lessons teach what remit computes:
# the worked figures of true-cost and saving-emergency are remit's own, the
# comparison rule holds on the bundled GB-NG table, every language of these
# modules plans 60 to 75 minutes, and their quiz and choice answers are
# spread (no position over 40%, the right answer the longest option in at
# most a third).
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"
LESSONS="$TOP_SRCDIR/lessons"
MODS="true-cost sending-safely family-budget saving-emergency"

"$REMIT" compare --from GB --to NG --amount 200.00 --format csv \
    >"$TMPD/gbng.csv"
# field NAME ID: that column of that provider's row
field() {
	awk -F, -v c="$1" -v id="$2" 'NR == 1 { for (i = 1; i <= NF; i++)
	    if ($i == c) k = i; next } $2 == id { print $k }' "$TMPD/gbng.csv"
}
tc="$LESSONS/en/true-cost.json"
for id in naira-direct thames-niger-bank; do
	want="you pay $(field sender_pays $id) GBP. The family gets\
 $(field amount_received $id) NGN. Total cost: $(field total_cost $id) GBP\
 ($(field total_cost_pct $id)%)."
	grep -qF "$want" "$tc"
	ok $? "true-cost: $id as remit compare prices it ($want)"
done
[ "$(field amount_received thames-niger-bank | tr -d .)" -gt \
    "$(field amount_received naira-direct | tr -d .)" ] &&
[ "$(field total_cost thames-niger-bank | tr -d .)" -gt \
    "$(field total_cost naira-direct | tr -d .)" ]
ok $? "the bank delivers more NGN but costs more: the lesson's point holds"
low=$(awk -F, 'NR > 1 && $17 == "true" { print $14 }' "$TMPD/gbng.csv" |
    sort -n | head -2 | tr '\n' ' ')
is "$low" "1.53 3.29 " "the two cheapest costs, as the notes give them"
grep -qF "the cheapest offer costs 1.53% and the next 3.29%" "$tc"
ok $? "true-cost: the notes quote them"

int() { "$REMIT" calc savings --deposit 50 --rate 5 --months "$1" |
    sed -n 's/^Interest earned *//p'; }
se="$LESSONS/en/saving-emergency.json"
grep -qF "Ana earns $(int 24) in interest" "$se" &&
grep -qF "He earns $(int 48): more than four times" "$se"
ok $? "saving-emergency: the 2 and 4 year interest is remit calc's"

run lessons --lessons "$LESSONS" --format csv
for l in en fr es pt; do
	for m in $MODS; do
		min=$(echo "$OUT" | awk -F, -v l=$l -v m=$m \
		    '$1 == l && $3 == m { print $5 }')
		[ -n "$min" ] && [ "$min" -ge 60 ] && [ "$min" -le 75 ]
		ok $? "$l/$m: 60 to 75 minutes ($min)"
	done
done

python3 - "$LESSONS" $MODS >"$TMPD/balance" <<'PY'
import json, sys
pos, longest, n = {}, 0, 0
for lang in ("en", "fr", "es", "pt"):
    for m in sys.argv[2:]:
        d = json.load(open("%s/%s/%s.json" % (sys.argv[1], lang, m)))
        if not 2 <= len(d.get("objectives", [])) <= 4:
            print("objectives", lang, m)
        if lang != "en":
            continue
        items = [(q["options"], q["answer"]) for q in d["quiz"]]
        for s in d["sections"]:
            for st in s["steps"]:
                if st["kind"] == "choice" and not st["multiple"]:
                    o = st["options"]
                    items.append(([x["text"] for x in o],
                                  [x["correct"] for x in o].index(True)))
        for opts, a in items:
            n += 1
            pos[a] = pos.get(a, 0) + 1
            if all(len(opts[a]) > len(x) for i, x in enumerate(opts) if i != a):
                longest += 1
print("items", n, "top", max(pos.values()), "longest", longest)
PY
b=$(cat "$TMPD/balance")
unlike "$b" "objectives" "2 to 4 objectives in every language"
n=$(echo "$b" | awk '{ print $2 }')
top=$(echo "$b" | awk '{ print $4 }')
lo=$(echo "$b" | awk '{ print $6 }')
[ "$n" -ge 20 ] && [ $((top * 100)) -le $((n * 40)) ]
ok $? "answers spread: no position holds over 40% ($top of $n)"
[ $((lo * 3)) -le "$n" ]
ok $? "the right answer is the longest in at most a third ($lo of $n)"
done_testing
