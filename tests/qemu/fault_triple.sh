#!/usr/bin/env bash
# selftest=triple: with an empty IDT nothing can be delivered; QEMU exits 0
# under -no-reboot, which the runner must never take for success.
. "$(dirname "$0")/lib.sh"
td --selftest triple
expect_status 252
expect_one_stderr_line 'triple fault'
exit 0
