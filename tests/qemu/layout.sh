#!/usr/bin/env bash
# The kernel image is what both loaders need: an ELF64 whose file holds
# the PT_LOAD segments in physical order (QEMU copies it flat through the
# multiboot1 address fields), with both headers where the specs look.
. "$(dirname "$0")/lib.sh"
k=$root/build/kernel.elf

readelf -h "$k" | grep -q 'Class:.*ELF64' || fail "not ELF64"
readelf -h "$k" | grep -q 'Machine:.*X86-64' || fail "not x86-64"

# offset - paddr must be the same for every PT_LOAD
n=$(readelf -lW "$k" | awk '$1 == "LOAD" { print $2, $4 }' |
	while read -r off pa; do echo $((off - pa)); done | sort -u | wc -l)
[ "$n" = 1 ] || fail "PT_LOAD segments have $n different offset-minus-paddr values"

# text R-X, rodata R--, data RW-: the image's own permissions
readelf -lW "$k" | awk '$1 == "LOAD" && $3 ~ /^0xffffffff8/ { f = ""; for (i = 7; i < NF; i++) f = f $i; print f }' >"$T/flags"
[ "$(tr '\n' ' ' <"$T/flags")" = "RE R RW " ] || fail "segment flags are $(tr '\n' ' ' <"$T/flags")"

# multiboot1 magic in the first 8 KiB (4-aligned) with flag bit 16;
# multiboot2 magic in the first 32 KiB (8-aligned)
od -An -tx4 -v -w4 -N 8192 "$k" | awk '{ print NR - 1, $1 }' >"$T/words"
mb1=$(awk '$2 == "1badb002" { print $1; exit }' "$T/words")
[ -n "$mb1" ] || fail "no multiboot1 header in the first 8 KiB"
flags=$(awk -v i=$((mb1 + 1)) '$1 == i { print $2 }' "$T/words")
(( 0x$flags & 0x10000 )) || fail "multiboot1 header lacks the address fields (flags $flags)"
od -An -tx4 -v -w4 -N 32768 "$k" | awk '$1 == "e85250d6" { print (NR - 1) * 4; exit }' >"$T/mb2"
[ -s "$T/mb2" ] || fail "no multiboot2 header in the first 32 KiB"
(( $(cat "$T/mb2") % 8 == 0 )) || fail "multiboot2 header not 8-byte aligned"
exit 0
