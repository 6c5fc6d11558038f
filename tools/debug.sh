#!/usr/bin/env bash
# debug.sh [PROG [ARGS...]]: `make debug`.  Starts QEMU paused with its gdb
# stub on a per-user port, then gdb with the kernel's symbols (and PROG's)
# from a generated build/gdbinit.  The CPU is stopped before the first BIOS
# instruction: `hbreak _start` then `continue` stops at the multiboot entry,
# `hbreak kmain` at the first C.  Quit gdb to stop QEMU.
#
#   debug.sh --gdbinit PORT OUT [PROG]   only write the gdbinit (for tests)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
kernel=$root/build/kernel.elf

# One port per user, as xv6 does, so that two students on one machine can
# debug at once.
port=$((26000 + $(id -u) % 5000))

write_gdbinit() {	# PORT OUT [PROG]
	local syms=""
	[ -n "${3:-}" ] && syms="add-symbol-file $3"
	sed -e "s|@KERNEL@|$kernel|" -e "s|@PORT@|$1|" \
	    -e "s|@PROGRAM_SYMBOLS@|$syms|" "$root/tools/gdbinit.in" >"$2"
}

if [ "${1:-}" = --gdbinit ]; then
	write_gdbinit "$2" "$3" "${4:-}"
	exit 0
fi

command -v gdb >/dev/null || { echo "debug: gdb not found; run 'make deps'" >&2; exit 1; }
[ -f "$kernel" ] || { echo "debug: $kernel not found; run 'make'" >&2; exit 1; }
write_gdbinit "$port" "$root/build/gdbinit" "${1:-}"

# QEMU must not take the terminal (gdb needs it): the program's console
# and the kernel log go to files; read them with tail -f elsewhere.
console=$root/build/debug-console.txt klog=$root/build/debug-log.txt
"$root/tools/trapdoor-run" --timeout 0 --log "$klog" \
	--qemu-arg -S --qemu-arg -gdb --qemu-arg "tcp:127.0.0.1:$port" \
	"$@" </dev/null >"$console" 2>&1 &
qemu_pid=$!
# On the way out, stop QEMU (the runner's child) and let the runner finish.
trap 'pkill -TERM -P $qemu_pid 2>/dev/null; wait $qemu_pid 2>/dev/null || true' EXIT
echo "debug: QEMU paused, gdb stub on 127.0.0.1:$port"
echo "debug: program console in $console, kernel log in $klog"
sleep 0.3
gdb -q -x "$root/build/gdbinit"
