#!/usr/bin/env bash
# The log reaches the VGA text screen: selftest=vga prints a marker and
# finds it in the text buffer at 0xb8000 (through the direct map).
. "$(dirname "$0")/lib.sh"
td --selftest vga
expect_status 0
expect_in "$log" '^selftest vga: ok, marker on row [0-9]+'
exit 0
