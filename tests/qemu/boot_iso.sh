#!/usr/bin/env bash
# GRUB path: the ISO is BIOS-bootable and, but for the initramfs it
# carries, under 2 MB; GRUB starts the kernel
# through multiboot2, and a module with its string reaches the kernel and
# runs as pid 1 (the demo, through both doors).
. "$(dirname "$0")/lib.sh"
iso=$root/build/trapdoor.iso
size=$(stat -c %s "$iso") || fail "no $iso"
cpio=$(stat -c %s "$root/build/initramfs.cpio") || fail "no initramfs"
[ $((size - cpio)) -lt $((2 * 1024 * 1024)) ] ||
	fail "ISO is $size bytes, of which $cpio the initramfs: the rest is not under 2 MB"

demo=$root/build/user/demo
td --iso "$demo" one two
expect_status 0
expect_in "$log" '^boot: multiboot2 from GRUB'
expect_in "$log" '^cmdline: "log=com2 console=framed"'
expect_in "$log" '^memory map:'
expect_in "$log" '^modules: 2'		# the initramfs and the demo
expect_in "$log" '^  .* bytes "initramfs"$'
expect_in "$log" '^initramfs: [0-9]+ entries'
expect_in "$log" "$(stat -c %s "$demo") bytes \"$demo one two\""
expect_in "$log" 'exit status 0'
# COM1 carries the program's output and nothing else (GRUB stays off it)
expect_in "$out" "^hello from ring 3: $demo, 2 arguments\$"
[ "$(head -c 5 "$out")" = hello ] || fail "COM1 has something before the program's output"
exit 0
