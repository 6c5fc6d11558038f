#!/usr/bin/env bash
# GRUB path: the ISO is BIOS-bootable and under 2 MB, GRUB starts the kernel
# through multiboot2, and a module with its string reaches the kernel.
. "$(dirname "$0")/lib.sh"
iso=$root/build/trapdoor.iso
size=$(stat -c %s "$iso") || fail "no $iso"
[ "$size" -lt $((2 * 1024 * 1024)) ] || fail "ISO is $size bytes, not under 2 MB"

printf 'module payload\n' >"$T/payload"
td --iso "$T/payload" one two
expect_status 0
expect_in "$log" '^boot: multiboot2 from GRUB'
expect_in "$log" '^cmdline: "log=com2"'
expect_in "$log" '^memory map:'
expect_in "$log" '^modules: 1'
expect_in "$log" "15 bytes \"$T/payload one two\""
expect_in "$log" 'exit status 0'
[ -s "$out" ] && fail "something (GRUB?) wrote on COM1: $(head -c 200 "$out")"
exit 0
