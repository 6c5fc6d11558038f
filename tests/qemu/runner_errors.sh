#!/usr/bin/env bash
# Each way of going wrong gets its own status and one clear stderr line.
. "$(dirname "$0")/lib.sh"
td --selftest hang --timeout 2
expect_status 124
expect_one_stderr_line 'timeout: no exit after 2 s'

td --selftest no-such-test
expect_status 126
expect_one_stderr_line "kernel refused: unknown selftest 'no-such-test'"

td --frobnicate
expect_status 125
expect_one_stderr_line "unknown option '--frobnicate'"

td --kernel "$T/no-kernel.elf"
expect_status 125
expect_one_stderr_line "kernel image .*no-kernel.elf not found; run 'make'"

td "$T/no-such-program"
expect_status 125
expect_one_stderr_line "program .*no-such-program not found"

QEMU=qemu-nowhere td
expect_status 125
expect_one_stderr_line "qemu-nowhere not found; run 'make deps'"

td --timeout soon
expect_status 125
expect_one_stderr_line "--timeout takes whole seconds"

td --qemu-arg -no-such-qemu-option
expect_status 125
expect_one_stderr_line 'QEMU failed \(status 1\): .*no-such-qemu-option'

"$runner" --help >"$out" 2>"$err"
[ $? = 0 ] || fail "--help failed"
for opt in --iso --timeout --log --selftest --cmdline; do
	expect_in "$out" "^  $opt"
done
exit 0
