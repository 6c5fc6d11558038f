#!/usr/bin/env bash
# --strace shows the structures that system calls fill in as strace(1)
# does: strace_structs.c (getrusage, times, uname, fstat, sysinfo, the
# clocks, rlimits, sigaction, signal sets, sigaltstack, getcwd, the
# terminal ioctls, arch_prctl, fcntl, and failures that show addresses),
# built with each C library, traced on the host (under script(1), for a
# terminal on stdin as trapdoor's console is) and on trapdoor, lines
# compared one for one between its "begin" and "end" writes.  Masked first: addresses and the numbers that differ
# between two machines (times, sizes, limits, modes, devices, names);
# what stays is the shape: the calls, the fields in their order, flags
# and constants by name, results and errors.
. "$(dirname "$0")/lib.sh"
command -v strace >/dev/null || fail "strace not installed (run 'make deps')"
command -v script >/dev/null || fail "script(1) not installed (util-linux)"

# Calls trapdoor does not implement (getrusage is lab 2's exercise): where
# trapdoor's line says ENOSYS and the host's shows the structure, both are
# cut to the call and the arguments before the structure.  Once trapdoor
# implements the call its lines are compared in full; an ENOSYS for any
# other call is a difference.
cut_unimplemented() {	# the two normalized traces
	local call cut
	for call in getrusage times; do
		grep -Eq "^$call\(.* = -1 ENOSYS " "$2" || continue
		case $call in
		getrusage)	cut='s/^(getrusage\([^,]*), .*/\1, ...)/' ;;
		times)		cut='s/^times\(.*/times(...)/' ;;
		esac
		sed -i -E "$cut" "$1" "$2"
	done
}

normalize() {	# a trace on stdin, the comparable form on stdout
	sed -E -e 's/^[0-9]+ +//' \
	       -e '/^write\(1, "begin/,/^write\(1, "end/!d' \
	       -e 's/ +=/ =/' \
	       -e 's/0x[0-9a-f]+/ADDR/g' \
	       -e 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{4}/DATE/g' \
	       -e 's/((sysname|nodename)=)"[^"]*"/\1STR/g' \
	       -e 's/(st_mode=[A-Z_]+)\|0[0-7]*/\1|MODE/' \
	       -e 's/makedev\([^)]*\)/makedev(DEV)/' \
	       -e 's/loads=\[[0-9]+, [0-9]+, [0-9]+\]/loads=[N, N, N]/' \
	       -e 's/=[0-9]+(\*1024)?/=N/g' \
	       -e 's/\[[0-9]+\]/[N]/g' \
	       -e 's/\[[0-9]+ \/\*/[N \/*/' \
	       -e 's/^(times\(.*\) = )[0-9]+$/\1N/' \
	       -e 's/^(time\(.*\) = )[0-9]+/\1N/'
}

for libc in musl glibc; do
	prog=$T/structs-$libc
	case $libc in
	musl)	musl-gcc -static -O2 -o "$prog" "$root/tests/qemu/strace_structs.c" ;;
	glibc)	gcc -static -O2 -o "$prog" "$root/tests/qemu/strace_structs.c" ;;
	esac || fail "cannot build strace_structs.c with $libc"
	# In / so that getcwd says "/" on both; stdin a terminal on both
	# (script's pseudo-terminal, trapdoor's console).
	(cd / && TZ=UTC script -qec "strace -f -o '$T/host.trace' '$prog'" /dev/null \
		>/dev/null </dev/null) || fail "$libc: strace on the host failed"
	td --strace-file "$T/td.trace" "$prog"
	expect_status 0
	normalize <"$T/host.trace" >"$T/host.norm"
	normalize <"$T/td.trace" >"$T/td.norm"
	cut_unimplemented "$T/host.norm" "$T/td.norm"
	diff -u --label host --label trapdoor "$T/host.norm" "$T/td.norm" >"$T/diff" ||
		fail "$libc: traces differ: $(cat "$T/diff")"
	# The comparison saw every call, and the structures in full.
	[ "$(wc -l <"$T/td.norm")" -ge 30 ] || fail "$libc: the trace is too short: $(cat "$T/td.norm")"
	for want in '^uname\(\{sysname=STR, nodename=STR, \.\.\.\}\) = 0$' \
		    '^rt_sigprocmask\(SIG_BLOCK, \[USR1 TERM\], \[\], 8\) = 0$' \
		    '^rt_sigaction\(SIGUSR1, NULL, \{sa_handler=ADDR, sa_mask=\[USR2\], sa_flags=SA_RESTORER\|SA_RESTART, sa_restorer=ADDR\}, 8\) = 0$' \
		    '^sysinfo\(\{uptime=N, loads=\[N, N, N\], totalram=N, .*mem_unit=N\}\) = 0$' \
		    '^sigaltstack\(NULL, ADDR\) = -1 EFAULT' \
		    '^getcwd\("/", 256\) = 2$' \
		    '^ioctl\(0, TCGETS, \{c_iflag=.*, c_oflag=.*, c_cflag=.*, c_lflag=.*, \.\.\.\}\) = 0$' \
		    '^arch_prctl\(ARCH_GET_FS, \[ADDR\]\) = 0$' \
		    '^fcntl\(0, F_GETFD\) = ADDR \(flags FD_CLOEXEC\)$'; do
		expect_in "$T/td.norm" "$want"
	done
done
exit 0
