#!/usr/bin/env bash
# selftest=panic: panic() called from C dumps the caller's registers.
. "$(dirname "$0")/lib.sh"
td --selftest panic
expect_panic_report 'selftest: panic\(\) called on purpose'
exit 0
