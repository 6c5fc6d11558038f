#!/usr/bin/env bash
# Fast path with a module: the multiboot1 module list is parsed (address,
# size, string) and the frame allocator keeps the module's frames.
. "$(dirname "$0")/lib.sh"
head -c 20000 /dev/zero >"$T/prog"
td --selftest frames "$T/prog" arg1 arg2
expect_status 0
expect_in "$log" '^modules: 2'		# the initramfs and the program
expect_in "$log" "20000 bytes \"$T/prog arg1 arg2\""
expect_in "$log" '^selftest frames: ok'
exit 0
