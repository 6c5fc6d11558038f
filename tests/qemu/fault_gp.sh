#!/usr/bin/env bash
# selftest=gp: a non-canonical address is a #GP (not a #PF) panic.
. "$(dirname "$0")/lib.sh"
td --selftest gp
expect_panic_report '#GP general protection in CPL 0'
exit 0
