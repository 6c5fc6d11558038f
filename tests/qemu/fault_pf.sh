#!/usr/bin/env bash
# selftest=pf: a write to the unmapped 0xdeadb000 is a #PF whose report
# gives CR2 (the address), the decoded error code and CPL 0.  The early
# boot tables identity-mapped the first 4 GiB, so this also proves that
# paging_init() really dropped the identity map.
. "$(dirname "$0")/lib.sh"
td --selftest pf
expect_panic_report '#PF page fault at address CR2=0x00000000deadb000 in CPL 0'
expect_in "$log" 'not-present page on write, kernel \(error code 0x2\)'
expect_in "$log" 'CR2: 00000000deadb000'
exit 0
