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

# A string as a sed replacement: \, | and & stand for themselves.
sed_quote() { printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'; }

write_gdbinit() {	# PORT OUT [PROG]
	local syms="" prog=${3:-}
	if [ -n "$prog" ]; then
		# Absolute, so that the gdbinit works from any directory.
		[ -f "$prog" ] && prog=$(cd "$(dirname "$prog")" && pwd)/$(basename "$prog")
		syms="add-symbol-file $prog"
	fi
	sed -e "s|@KERNEL@|$(sed_quote "$kernel")|" -e "s|@PORT@|$1|" \
	    -e "s|@ROOT@|$(sed_quote "$root")|" \
	    -e "s|@PROGRAM_SYMBOLS@|$(sed_quote "$syms")|" \
	    "$root/tools/gdbinit.in" >"$2"
}

# Waits until something listens on 127.0.0.1:PORT (QEMU's gdb stub), at
# most 10 s, or until process PID (the runner) is gone.  Reads
# /proc/net/tcp rather than connecting: a probe connection would be the
# stub's one client.
wait_for_stub() {	# PORT PID
	local hex i
	[ -r /proc/net/tcp ] || { sleep 0.5; return 0; }
	hex=$(printf ':%04X$' "$1")
	for i in $(seq 100); do
		awk -v p="$hex" '$2 ~ p && $4 == "0A" { f = 1 } END { exit !f }' \
			/proc/net/tcp 2>/dev/null && return 0
		kill -0 "$2" 2>/dev/null || return 1
		sleep 0.1
	done
	return 1
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
# -icount: the guest's clock counts instructions, so a session is the
# same every time (where the timer's interrupts land too), and the same
# as docs/gdb.md shows, which tests/qemu/gdb_doc.sh replays this way.
console=$root/build/debug-console.txt klog=$root/build/debug-log.txt
"$root/tools/trapdoor-run" --timeout 0 --log "$klog" \
	--qemu-arg -S --qemu-arg -gdb --qemu-arg "tcp:127.0.0.1:$port" \
	--qemu-arg -icount --qemu-arg shift=0,sleep=off \
	"$@" </dev/null >"$console" 2>&1 &
runner_pid=$!
# On the way out, stop QEMU (the runner's child) and let the runner finish
# and say so in the console file.  Only QEMU: the runner's other children
# carry the log to its file.  QEMU may be gone already (gdb's quit
# detaches, and the program can run to its end): that is no failure, and
# under set -e it must not become one.
stop_qemu() {
	local p
	for p in $(pgrep -P "$runner_pid" 2>/dev/null); do
		case $(cat "/proc/$p/comm" 2>/dev/null) in
		qemu*) kill -TERM "$p" 2>/dev/null ;;
		esac
	done
	wait "$runner_pid" 2>/dev/null || true
}
trap stop_qemu EXIT
if ! wait_for_stub "$port" "$runner_pid"; then
	echo "debug: QEMU's gdb stub did not come up on 127.0.0.1:$port:" >&2
	cat "$console" >&2
	exit 1
fi
echo "debug: QEMU paused, gdb stub on 127.0.0.1:$port"
echo "debug: program console in $console, kernel log in $klog"
gdb -q -x "$root/build/gdbinit"
