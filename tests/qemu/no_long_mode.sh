#!/usr/bin/env bash
# On a CPU without long mode the 32-bit entry says so on COM1 (and VGA) and
# stops through the debug-exit port; the runner explains in one line.
. "$(dirname "$0")/lib.sh"
td --cpu qemu32
expect_status 125
expect_one_stderr_line "no long mode"
expect_in "$out" 'this CPU has no long mode \(x86-64\); cannot boot'
exit 0
