#!/usr/bin/env bash
# Unknown options are reported in the log and ignored; `quiet` silences the
# log but not a panic; log=com1 puts the log on the console instead.
. "$(dirname "$0")/lib.sh"
td --cmdline "frobnicate log=bogus"
expect_status 0
expect_in "$log" "^cmdline: 'frobnicate': unknown option, ignored"
expect_in "$log" "^cmdline: 'log=bogus': log= takes com1, com2 or none"

td --quiet
expect_status 0
[ -s "$log" ] && fail "quiet boot still logged: $(head -n 3 "$log")"

td --quiet --selftest panic
expect_status 253
expect_in "$log" '^PANIC: selftest: panic\(\) called on purpose'

td --cmdline log=com1
expect_status 0
expect_in "$out" 'cpu features:'
exit 0
