#!/usr/bin/env bash
# The kernel's own page permissions: a write to kernel text (selftest=wp)
# and a jump into kernel data (selftest=nx) are protection-violation #PFs
# whose CR2 is the text or data address.
. "$(dirname "$0")/lib.sh"
nm "$root/build/kernel.elf" >"$T/syms"
sym() { awk -v s="$1" '$3 == s { print $1 }' "$T/syms"; }

td --selftest wp
expect_panic_report "#PF page fault at address CR2=0x$(sym selftest_run) in CPL 0"
expect_in "$log" 'protection violation on write, kernel'

td --selftest nx
expect_panic_report '#PF page fault at address CR2=0xffffffff8'
expect_in "$log" 'protection violation on instruction fetch, kernel'
exit 0
