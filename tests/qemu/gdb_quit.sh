#!/usr/bin/env bash
# gdb_quit: a run that gdb ends is reported as such, not as a triple
# fault.  QEMU exits 0 both when gdb kills the target (gdb's kill, or its
# quit) and when a signal stops it (what make debug does once gdb has
# quit); the runner must tell these from a CPU reset.
#   kill in gdb:       status 251, one stderr line "gdb ended the run"
#   SIGTERM to QEMU:   status 251, one stderr line "QEMU stopped by signal 15"
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/gdb_stub.inc"

start_stub
cat >"$T/cmds" <<'GDB'
hbreak *kmain
continue
kill
GDB
timeout 60 gdb -q -batch -x "$T/gdbinit" -x "$T/cmds" >"$T/gdb.out" 2>&1
wait $qpid
status=$?
expect_status 251
expect_one_stderr_line '^trapdoor-run: gdb ended the run \(kill or quit\)'
expect_not_in "$err" 'triple fault'

# As make debug stops it: SIGTERM to QEMU, the runner's child (with
# --timeout 0, as debug.sh runs it, QEMU is its direct child).
port=$(( 30000 + ($$ * 13 + RANDOM) % 20000 ))
while listening $port; do port=$((port + 1)); done
"$runner" --timeout 0 --log "$log" --qemu-arg -S \
	--qemu-arg -gdb --qemu-arg "tcp:127.0.0.1:$port" </dev/null >"$out" 2>"$err" &
qpid=$!
for _ in $(seq 200); do
	listening $port && break
	sleep 0.05
done
qemu=
for p in $(pgrep -P $qpid); do
	case $(cat "/proc/$p/comm" 2>/dev/null) in qemu*) qemu=$p ;; esac
done
[ -n "$qemu" ] || { kill $qpid; fail "no QEMU under the runner"; }
kill -TERM "$qemu"
wait $qpid
status=$?
expect_status 251
expect_one_stderr_line '^trapdoor-run: QEMU stopped by signal 15: the run was ended from outside'
exit 0
