#!/usr/bin/env bash
# selftest=overflow: unbounded recursion runs the kernel stack into its
# guard page.  The #PF cannot push its frame there, so the CPU raises #DF,
# which must run on its IST stack and report, not triple-fault.
. "$(dirname "$0")/lib.sh"
td --selftest overflow
expect_panic_report '#DF double fault in CPL 0'
expect_in "$log" '^handler stack: IST1 \(double fault\)'
expect_in "$log" '^interrupted stack: .*kernel stack \(kmain\).*stack overflow'
exit 0
