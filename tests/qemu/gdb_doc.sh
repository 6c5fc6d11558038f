#!/usr/bin/env bash
# gdb_doc: docs/gdb.md's session, replayed.  Runs the commands of the
# doc's transcript (its ```gdb blocks) in one gdb session on the same
# program, build/user/demo, as `make debug INIT=build/user/demo` runs it
# (the gdbinit of tools/debug.sh, QEMU under -icount), and compares what
# gdb prints with the transcript.
#
#   tests/qemu/gdb_doc.sh            compare; on a difference, show it
#   tests/qemu/gdb_doc.sh --update   rewrite the transcript blocks of
#                                    docs/gdb.md from a fresh run (then
#                                    read `git diff docs/gdb.md`: the prose
#                                    around them may need a word too)
#
# Masked in the comparison, because they move whenever any code changes:
# addresses of code and stacks, and the blanks that align them.  The
# checkout's path is shown as /path/to/trapdoor.  Nothing else: source
# line numbers, selectors, values and the helpers' wording must match.
# tests/qemu/gdb_doc.py does the doc's side.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/gdb_stub.inc"
mode=check
case "${1:-}" in
--update) mode=update ;;
'') ;;
*) echo "usage: $0 [--update]" >&2; exit 2 ;;
esac
cd "$root"
prog=build/user/demo		# relative, as make debug passes it: argv[0]
[ -x "$prog" ] || fail "$prog not built"
py() {	# MODE: gdb_doc.py in gdb's Python
	TD_MODE=$1 TD_ROOT=$root TD_CMDS=$T/cmds TD_OUT=$T/gdb.out \
		gdb -q -batch -nx -x "$root/tests/qemu/gdb_doc.py"
}
py commands || fail "no (gdb) commands in docs/gdb.md's transcript"

start_stub "$prog"
cat >"$T/session" <<GDB
source $root/tests/qemu/gdb_doc.py
kill
GDB
TD_MODE=drive TD_CMDS=$T/cmds timeout 60 \
	gdb -q -batch -x "$T/gdbinit" -x "$T/session" >"$T/gdb.out" 2>&1
stop_stub

py $mode
