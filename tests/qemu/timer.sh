#!/usr/bin/env bash
# selftest=timer: the PIT interrupt really arrives (10 ticks, waited for
# with hlt), and the kernel then exits normally.
. "$(dirname "$0")/lib.sh"
td --selftest timer
expect_status 0
expect_in "$log" '^selftest timer: ok, 1[0-9] ticks'
exit 0
