#!/usr/bin/env bash
# selftest=de: divl by zero in the kernel is a #DE panic.
. "$(dirname "$0")/lib.sh"
td --selftest de
expect_panic_report '#DE divide error in CPL 0'
exit 0
