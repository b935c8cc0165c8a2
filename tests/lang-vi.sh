# tests/lang-vi.sh - remit in Vietnamese: chosen on the language screen
# (found by moving down until "Tiếng Việt" is the selected line, wherever
# it stands in the list), the home screen, a Japan -> Vietnam comparison
# with its answer sentence and amounts written 3.432.000 and 1,94%, an
# amount typed with a decimal comma, and `remit compare` under LANGUAGE=vi.
# Driven in tmux at 80x24; every wait polls (at most 10 s).
#
# Copyright (C) 2026 the remit developers
# SPDX-License-Identifier: GPL-3.0-or-later
. "${TOP_SRCDIR:-.}/tests/lib.sh"

. "$TOP_SRCDIR/tests/tmux.sh"

tm -f /dev/null new-session -d -s remit -n idle -x 80 -y 24 "sleep 300"
tm set-option -g remain-on-exit on
tm set-option -g default-size 80x24

VI="Tiếng Việt"
ESC=$(printf '\033')

# selected NAME TEXT: 0 when the line showing TEXT is drawn in reverse
# video, the mark of the selected row.
selected() {
	tm capture-pane -e -p -t "$1" | grep -q "${ESC}\[[0-9;]*7m *$2"
}

# choose_vi NAME: from the language screen, Down until Vietnamese is the
# selected line (at most 12 moves), then Enter; 1 when it never is.
choose_vi() {
	n=0
	while ! selected "$1" "$VI"; do
		[ $n -ge 12 ] && return 1
		keys "$1" Down
		sleep 0.2
		n=$((n + 1))
	done
	keys "$1" Enter
}

# --- the language screen lists Vietnamese in its own script -----------------
start vi "$REMIT" app
wait_for vi "Language · Langue"
ok $? "the app opens on the language screen"
like "$(screen vi)" "$VI" "the language screen lists Tiếng Việt"
selected vi "English"
ok $? "English is selected first"
choose_vi vi
ok $? "Down reaches Tiếng Việt"
wait_for vi "So sánh chi phí gửi tiền"
ok $? "the home screen in Vietnamese"
s=$(screen vi)
like "$s" "remit · Trang đầu" "home: the title"
like "$s" "Tìm xem nhà cung cấp nào làm bạn tốn ít nhất khi gửi tiền về nhà, và \
gia đình bạn nhận được bao nhiêu." "home: what remit does, whole"
like "$s" "Bài học về tiền" "home: the lessons"
like "$s" "↑↓ Di chuyển Enter Chọn Esc Ngôn ngữ q Thoát" "home: the keys"
unlike "$s" "Compare the cost" "home: no English left"

# --- Japan -> Vietnam, 20000 JPY, any way -----------------------------------
keys vi Enter
wait_for vi "Bạn gửi tiền từ nước nào?"
ok $? "the sending country asked in Vietnamese"
typ vi "JP"
wait_for vi "Tìm: JP"
keys vi Enter
wait_for vi "đến nước nào?"
ok $? "the receiving country asked in Vietnamese"
typ vi "VN"
wait_for vi "Tìm: VN"
keys vi Enter
wait_for vi "bao nhiêu tiền?"
ok $? "the amount asked in Vietnamese"
like "$(screen vi)" "Gõ số tiền theo đơn vị chẵn, ví dụ 20000." \
    "JPY: the hint asks for whole units"
typ vi "20000"
wait_for vi "20000"
keys vi Enter
wait_for vi "Gia đình bạn sẽ nhận tiền bằng cách nào?"
ok $? "the payout asked in Vietnamese"
keys vi Enter
wait_for vi "Tốt nhất cho gia đình bạn"
ok $? "the results in Vietnamese"
s=$(screen vi)
like "$s" "Tốt nhất cho gia đình bạn: Mekong Mobile Pay. Gia đình nhận \
3.432.000 VND vào ví điện tử, trong vòng dưới 1 giờ. Bạn trả 20.300 JPY." \
    "the answer sentence, 3.432.000 VND"
like "$s" "bạn gửi 20.000 JPY, cách nào cũng được" "the request, 20.000 JPY"
like "$s" "Tỷ giá trung bình thị trường: 1 JPY = 172,35 VND" \
    "the mid-market rate, 172,35"
like "$s" "Xếp theo tổng chi phí" "the order named"
like "$s" "✓ Mekong Mobile Pay 3.432.000 20.300 300 171,60 1,94%" \
    "the best row: figures in the Vietnamese style"
like "$s" "Tsubame Post 3.370.000 21.200 1.200 168,50 8,23%!" \
    "a row over 5%: 1.200 and 8,23%"
like "$s" "vào ví điện tử; dưới 1 giờ" "how and how fast, under the name"
like "$s" "DỮ LIỆU MẪU, KHÔNG PHẢI GIÁ THẬT." "the sample-data notice"
unlike "$s" "…" "nothing is cut at 80 columns"
unlike "$s" "3432000" "no figure without its grouping marks"
keys vi Enter
wait_for vi "Mekong Mobile Pay ·"
s=$(screen vi)
like "$s" "Bạn trả tổng cộng 20.300 JPY: 20.000 JPY để gửi và phí 300 JPY." \
    "details: what you pay"
like "$s" "Gia đình bạn nhận 3.432.000 VND." "details: what the family gets"
like "$s" "Vậy lần chuyển tiền này tốn của bạn 387 JPY, tức 1,94% số tiền gửi: \
300 JPY là phí và 87 JPY bị mất do tỷ giá (171,60 thay vì 172,35)." \
    "details: the cost, 1,94%"
kill -TERM "$(pid_of vi)"
wait_dead vi
ok $? "the app ends on SIGTERM"

# --- an amount typed the Vietnamese way: 12,50 is twelve and a half ---------
start dc "$REMIT" app
wait_for dc "Language · Langue"
choose_vi dc
wait_for dc "So sánh chi phí gửi tiền"
keys dc Enter
wait_for dc "Bạn gửi tiền từ nước nào?"
typ dc "GB"
wait_for dc "Tìm: GB"
keys dc Enter
wait_for dc "đến nước nào?"
typ dc "NG"
wait_for dc "Tìm: NG"
keys dc Enter
wait_for dc "bao nhiêu tiền?"
typ dc "12,50"
wait_for dc "12,50"
keys dc Enter
wait_for dc "Gia đình bạn sẽ nhận tiền bằng cách nào?"
keys dc Enter
wait_for dc "Tốt nhất cho gia đình bạn"
like "$(screen dc)" "bạn gửi 12,50 GBP" "12,50 is read as twelve and a half"
kill -TERM "$(pid_of dc)"
wait_dead dc

# --- a kiosk whose own language is Vietnamese ------------------------------
start kv "$REMIT" kiosk --lang vi
wait_for kv "Enter Chọn"
ok $? "kiosk --lang vi: the language screen's keys in Vietnamese"
selected kv "English"
ok $? "kiosk --lang vi: English is still the first line"
kill -TERM "$(pid_of kv)"
wait_dead kv

# --- the command line under LANGUAGE=vi -------------------------------------
OUT=$(LANGUAGE=vi "$REMIT" compare --from GB --to NG --amount 200)
is "$(printf '%s\n' "$OUT" | sed -n 1,5p)" \
"Vương Quốc Anh Thống Nhất (GB) -> Ni-giê-ri-a (NG), GBP -> NGN
Bạn gửi 200,00 GBP.
Tỷ giá trung bình thị trường: 1 GBP = 1.950,25 NGN
DỮ LIỆU MẪU, KHÔNG PHẢI GIÁ THẬT.
Xếp theo tổng chi phí" "LANGUAGE=vi compare: the header lines"
like "$OUT" "  1 Okada Wallet            387.600,00     201,80     1,80     \
3,06  1,53%  tốt nhất" "LANGUAGE=vi compare: the best row, 387.600,00"
like "$OUT" "SmaRT 3,11% (đạt mức trần 5%); trên 5%: 1 trong 5" \
    "LANGUAGE=vi compare: the indicators"
LANGUAGE=vi "$REMIT" compare --from GB --to NG --amount 200 --format csv \
    >"$TMPD/vi.csv"
"$REMIT" compare --from GB --to NG --amount 200 --format csv >"$TMPD/en.csv"
cmp -s "$TMPD/en.csv" "$TMPD/vi.csv"
ok $? "LANGUAGE=vi: the CSV output is unchanged"
OUT=$(LANGUAGE=vi "$REMIT" compare --from JP --to VN --amount 20000 \
    --format speech)
like "$OUT" "Tốt nhất cho gia đình bạn: Mekong Mobile Pay. Gia đình bạn nhận \
3.432.000 " "LANGUAGE=vi speech: the answer, 3.432.000"
OUT=$(LANGUAGE=vi "$REMIT" compare --from GB --to NG --amount 200,50 2>&1)
like "$OUT" "dùng dấu chấm cho phần thập phân" \
    "LANGUAGE=vi: the command line reads the dot only, and says so"
done_testing
