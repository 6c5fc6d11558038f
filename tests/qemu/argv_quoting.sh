#!/usr/bin/env bash
# Arguments with spaces, quotes, backslashes, commas and '&' reach the
# program unchanged on both boot paths: through QEMU's -initrd string and
# through GRUB's module2 line (which escapes and quotes words its own way).
. "$(dirname "$0")/lib.sh"
bb=/bin/busybox
set -- "a b" "it's" 'x\y' 'd"q' "q,r" 'a&b' 'c  d' '$HOME'
printf '%s|' "$@" >"$T/want"
echo >>"$T/want"
for path in "" --iso; do
	"$runner" $path --log "$log" "$bb" printf '%s|' "$@" >"$out" 2>"$err"
	status=$?
	expect_status 0
	echo >>"$out"
	cmp -s "$out" "$T/want" || fail "${path:-fast path}: got $(cat "$out"), want $(cat "$T/want")"
done
exit 0
