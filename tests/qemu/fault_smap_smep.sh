#!/usr/bin/env bash
# SMAP and SMEP are on (the boot log lists every protection) and work: the
# kernel reading a user page outside the uaccess primitives, or executing
# one, is a protection-violation #PF — a kernel bug, so a panic, whose
# report names the protection (as Linux's oops says "SMEP?").
. "$(dirname "$0")/lib.sh"
td --selftest smap
expect_panic_report '#PF page fault at address CR2=0x0000000000400000 in CPL 0'
expect_in "$log" 'protection violation on read, kernel \(SMAP: user page, AC clear\) \(error code 0x1\)'
expect_in "$log" '^protections: NX on, SMEP on, SMAP on, UMIP on, CR0.WP on'

td --selftest smep
expect_panic_report '#PF page fault at address CR2=0x0000000000400000 in CPL 0'
expect_in "$log" 'protection violation on instruction fetch, kernel \(SMEP: a user page executed\) \(error code 0x11\)'
exit 0
