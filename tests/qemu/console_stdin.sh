#!/usr/bin/env bash
# The console as a program sees it through the runner: piped lines arrive
# one read per line (a terminal's canonical reads), every byte value gets
# through both ways (0x00 and 0xff included: the framing escapes 0xff),
# the end of stdin is read() == 0, and stdout is byte-exact (no "\r").
. "$(dirname "$0")/lib.sh"
cat=$root/build/user/cat

printf 'one\ntwo\nthree\n' | "$runner" --log "$log" "$cat" >"$out" 2>"$err"
status=$?
expect_status 0
[ "$(head -c 14 "$out" | od -An -c | tr -d ' \n')" = 'one\ntwo\nthree\n' ] || fail "lines came back as: $(od -c "$out")"
expect_in "$out" '^three$'
# fd 2 is the console too, so the report is on stdout
expect_in "$out" '^cat: 14 bytes in 3 reads, last read 0$'

# every byte value, twice, with runs of 0xff
{ for i in 1 2; do printf "$(printf '\\%03o' $(seq 0 255))"; done; printf '\377\377\377\n'; } >"$T/bytes"
"$runner" --log "$log" "$cat" <"$T/bytes" >"$out" 2>"$err"
status=$?
expect_status 0
head -c "$(stat -c %s "$T/bytes")" "$out" | cmp -s - "$T/bytes" || fail "bytes changed on the way: $(cmp "$out" "$T/bytes")"

"$runner" --log "$log" "$cat" </dev/null >"$out" 2>"$err"
status=$?
expect_status 0
expect_in "$out" '^cat: 0 bytes in 0 reads, last read 0$'
exit 0
