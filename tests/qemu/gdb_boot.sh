#!/usr/bin/env bash
# The make-debug workflow: with the gdbinit that tools/debug.sh generates,
# gdb stops at the 32-bit multiboot entry and then, across the switch to
# long mode and the higher half, at kmain in 64-bit code (CS 0x10).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/gdb_stub.inc"
start_stub
cat >"$T/cmds" <<'GDB'
hbreak *_start
continue
printf "stop1 pc=%lx\n", $pc
hbreak *kmain
continue
printf "stop2 pc=%lx cs=%lx\n", $pc, $cs
info symbol $pc
kill
GDB
timeout 60 gdb -q -batch -x "$T/gdbinit" -x "$T/cmds" >"$T/gdb.out" 2>&1
stop_stub
start=$(printf '%x' "0x$(nm "$root/build/kernel.elf" | awk '$3 == "_start" { print $1 }')")
kmain=$(printf '%x' "0x$(nm "$root/build/kernel.elf" | awk '$3 == "kmain" { print $1 }')")
grep -q "^stop1 pc=$start\$" "$T/gdb.out" || { cat "$T/gdb.out"; fail "gdb did not stop at _start ($start)"; }
grep -q "^stop2 pc=$kmain cs=10\$" "$T/gdb.out" || { cat "$T/gdb.out"; fail "gdb did not stop at kmain ($kmain) with CS 0x10"; }
grep -q "^kmain in section .text" "$T/gdb.out" || { cat "$T/gdb.out"; fail "no kernel symbols at kmain"; }
exit 0
