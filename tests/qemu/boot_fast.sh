#!/usr/bin/env bash
# Fast path (QEMU -kernel, multiboot1): the boot log shows the memory map,
# modules, command line and CPU features, and the kernel powers off with 0.
. "$(dirname "$0")/lib.sh"
td
expect_status 0
expect_in "$log" '^boot: multiboot1 from qemu'
expect_in "$log" '^cmdline: ".*log=com2 console=framed"'
expect_in "$log" '^memory map:'
expect_in "$log" '^  \[0x000000100000-0x[0-9a-f]+\] available'
expect_in "$log" '^modules: 1'		# the initramfs, no program
expect_in "$log" '^initramfs: [0-9]+ entries'
expect_in "$log" '^cpu features:.* lm'
expect_in "$log" 'boot identity map removed'
expect_in "$log" '^timer: PIT at 100 Hz'
expect_in "$log" 'exit status 0'
[ -s "$out" ] && fail "the kernel wrote on COM1 (the program console): $(head -c 200 "$out")"
[ -s "$err" ] && fail "stderr not empty: $(cat "$err")"
exit 0
