#!/usr/bin/env bash
# diff.sh: one differential test.  Runs build/diff/LIBC/NAME natively on
# the host and under trapdoor, with the same arguments (tests/diff/NAME.args,
# one line, split at white space) and the same stdin (tests/diff/NAME.stdin,
# else /dev/null), and compares stdout byte for byte and the exit status.
# Silent with status 0 when they match; otherwise a short report, status 1.
#
#   tests/diff/diff.sh NAME LIBC        LIBC: musl or glibc
#
# The outputs stay in build/diff/LIBC/NAME.{host,trapdoor}.out (and the
# runner's stderr in NAME.trapdoor.err) for a closer look.
#
# A program may need something of the host's CPU or hypervisor that Linux
# itself always has (tests/diff/NAME.needs: int80, tsd).  Each need has a
# probe, tests/diff/probe/NEED.c; on a host where the probe fails (some
# virtual machines kill int $0x80, or let rdtsc through CR4.TSD), the host
# side is replaced by what Linux printed on a host that has it:
# tests/diff/recorded/NAME.out and NAME.status, and the report says so.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
[ $# = 2 ] || { echo "usage: $0 NAME musl|glibc" >&2; exit 2; }
name=$1 libc=$2
prog=$root/build/diff/$libc/$name
src=$root/tests/diff
[ -x "$prog" ] || { echo "$name/$libc: $prog not built" >&2; exit 1; }

args=()
[ -f "$src/$name.args" ] && read -r -a args <"$src/$name.args"
stdin=/dev/null
[ -f "$src/$name.stdin" ] && stdin=$src/$name.stdin
out=$root/build/diff/$libc/$name
rm -f "$out.host.note"

# Host: an empty environment (trapdoor passes none), stdout through a pipe
# (like the console, it cannot seek), stderr into the same stream (under
# trapdoor fd 2 is the console too), no descriptors above 2 (make's
# jobserver, for one), no core files.
(
	for fd in /proc/$BASHPID/fd/*; do
		fd=${fd##*/}
		[ "$fd" -gt 2 ] && eval "exec $fd>&-"
	done
	ulimit -c 0
	cd /
	exec env -i "$prog" "${args[@]}" <"$stdin" 2>&1
) | cat >"$out.host.out"
host_status=${PIPESTATUS[0]}

# The host's missing features: a probe built once per build directory.
host_lacks() {
	local need=$1 probe=$root/build/diff/probe/$1
	if [ ! -x "$probe" ]; then
		mkdir -p "${probe%/*}"
		gcc -static -O2 -o "$probe.$$" "$src/probe/$need.c" 2>/dev/null &&
			mv "$probe.$$" "$probe" || return 1
	fi
	{ ! "$probe" >/dev/null; } 2>/dev/null
}
if [ -f "$src/$name.needs" ]; then
	for need in $(cat "$src/$name.needs"); do
		[ -f "$src/probe/$need.c" ] || { echo "$name: unknown need '$need' in $name.needs" >&2; exit 1; }
		host_lacks "$need" || continue
		echo "$name/$libc: this host lacks $need; comparing with tests/diff/recorded/$name.out" \
			>"$out.host.note"
		cp "$src/recorded/$name.out" "$out.host.out"
		host_status=$(cat "$src/recorded/$name.status")
		break
	done
fi

# trapdoor: the runner's own complaints go to NAME.trapdoor.err.
"$root/tools/trapdoor-run" --timeout 60 "$prog" "${args[@]}" <"$stdin" \
	>"$out.trapdoor.out" 2>"$out.trapdoor.err"
td_status=$?

if cmp -s "$out.host.out" "$out.trapdoor.out" && [ "$host_status" = "$td_status" ]; then
	exit 0
fi

echo "$name/$libc: host status $host_status, trapdoor status $td_status"
[ -f "$out.host.note" ] && cat "$out.host.note"
if ! cmp -s "$out.host.out" "$out.trapdoor.out"; then
	# Text (tab, newline and printable ASCII only) gets a diff; anything
	# else, the first differing byte.
	binary=$(cat "$out.host.out" "$out.trapdoor.out" |
		 LC_ALL=C tr -d '\t\n\040-\176' | head -c 1 | wc -c)
	if [ "$binary" = 0 ]; then
		diff -u --label host --label trapdoor \
			"$out.host.out" "$out.trapdoor.out" | head -n 40
	else
		cmp "$out.host.out" "$out.trapdoor.out" 2>&1 | sed "s|$out\.||g"
	fi
fi
[ -s "$out.trapdoor.err" ] && head -n 5 "$out.trapdoor.err"	# the runner's own lines
exit 1
