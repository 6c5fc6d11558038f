#!/usr/bin/env bash
# With more RAM than the frame bitmap covers (4 GiB), the kernel says what
# it leaves unused and boots; with little RAM it boots too.
. "$(dirname "$0")/lib.sh"
td --memory 5G
expect_status 0
expect_in "$log" 'above 4 GiB left unused'
td --memory 32M
expect_status 0
expect_in "$log" '^memory: [0-9]+ KiB available'
exit 0
