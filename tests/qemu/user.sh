#!/usr/bin/env bash
# user.sh NAME: runs build/user/tests/NAME (from user/tests/NAME.c) as pid 1
# on the fast path.  The source says what to expect in comment lines:
#   expect: exit N        the exit status (default 0; 128+N for signal N)
#   expect-log: REGEX     a line the kernel log must have (repeatable)
#   args: A B ...         the program's arguments
# With status 0 expected, stdout must end in "PASSED: 0 failed" and have no
# FAIL line; the program's checks print one line each (user/include/ulib.h).
. "$(dirname "$0")/lib.sh"
name=$1
src=$root/user/tests/$name.c
prog=$root/build/user/tests/$name
[ -x "$prog" ] || fail "$prog not built"
want=$(sed -n 's/^.*expect: exit \([0-9]*\).*$/\1/p' "$src" | head -n 1)
args=$(sed -n 's/^.*args: \(.*\) \*\/$/\1/p' "$src" | head -n 1)
td "$prog" $args
expect_status "${want:-0}"
if [ "${want:-0}" = 0 ]; then
	grep -q '^FAIL' "$out" && fail "$(grep '^FAIL' "$out")"
	expect_in "$out" '^PASSED: 0 failed$'
fi
while read -r re; do
	expect_in "$log" "$re"
done < <(sed -n 's/^.*expect-log: \(.*\) \*\/$/\1/p' "$src")
exit 0
