#!/usr/bin/env bash
# selftest=ud: ud2 in the kernel is a #UD panic at the faulting RIP.
. "$(dirname "$0")/lib.sh"
td --selftest ud
expect_panic_report '#UD invalid opcode in CPL 0 at RIP 0xffffffff8'
exit 0
