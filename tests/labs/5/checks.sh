# Lab 5 (docs/labs/5-seccomp.md): the student's filter around the given
# program, sourced by tools/grade.  On trapdoor when its kernel has
# seccomp(2); otherwise on the host's Linux kernel (the program is a
# normal static x86-64 binary).  LAB5_ON=host or LAB5_ON=trapdoor forces
# one.
build
if ! uprog confine "$LABDIR/confine.c" -Idocs/labs/5; then
	result 10 "docs/labs/5/filter.c compiles into tests/labs/5/confine.c" fail \
		"$(grep -E 'error|warning' "$G/confine.build.log" | head -n 6)"
	finish
fi
on=${LAB5_ON:-}
if [ -z "$on" ]; then
	if grep -qx sys_seccomp build/gen/implemented.txt 2>/dev/null; then
		on=trapdoor
	else
		on=host
		echo "(trapdoor has no seccomp(2) yet: these checks run the program on the host's Linux kernel)"
	fi
fi

printf '1\n2\n-3\n40\n' >"$G/input"
# run RUN MODE: the program in MODE on $on; output (stdout and stderr,
# one stream as trapdoor's console) in $G/RUN.out, status in $G/RUN.st.
run() {
	if [ "$on" = trapdoor ]; then
		BOOT_STDIN=$G/input boot "$1" "$G/confine" "$2"
	else
		timeout 20 "$G/confine" "$2" <"$G/input" >"$G/$1.out" 2>&1
		echo $? >"$G/$1.st"
		: >"$G/$1.log"
	fi
}
for m in work getpid open fds exec int80 x32; do
	run $m $m 2>/dev/null &
	# on trapdoor, two boots at a time
	case "$on:$m" in trapdoor:getpid|trapdoor:fds|trapdoor:int80) wait ;; esac
done
wait

installed() {	# the filter went in (seccomp(2) accepted it)
	grep -q 'no filter' "$G/$1.out" && { grep -m1 'no filter' "$G/$1.out"; return 1; }
	return 0
}
work_ok() {
	installed work || return 1
	local st want
	st=$(cat "$G/work.st")
	want=$(printf '1\n3\n0\n40\nconfine: 4 numbers, total 40, the clock went forward')
	[ "$(tr -d '\r' <"$G/work.out")" = "$want" ] && [ "$st" = 0 ] && return 0
	echo "status $st (want 0); output:"
	head -n 6 "$G/work.out"
	[ "$st" -gt 128 ] 2>/dev/null && echo "(killed by signal $((st - 128)): the filter stops a call the job needs)"
	return 1
}
denied() {	# MODE: every attempt of MODE was stopped with EPERM
	installed "$1" || return 1
	tagged "$1" "$1"
}
killed() {	# MODE: the process died of SIGSYS (31): status 159
	local st
	installed "$1" || return 1
	st=$(cat "$G/$1.st")
	[ "$st" = 159 ] && return 0
	grep -m1 FAIL "$G/$1.out"
	echo "status $st; want 159 (128 + SIGSYS: SECCOMP_RET_KILL_PROCESS)"
	return 1
}

check 2 "the job still works: read(0), write(1, 2), mmap, clock_gettime, munmap, exit_group" work_ok
check 1 "getpid (not on the list) fails with EPERM" denied getpid
check 1 "open and openat fail with EPERM" denied open
check 2 "read only from fd 0, write only to fds 1 and 2 (else EPERM)" denied fds
check 1 "mmap and mprotect with PROT_EXEC fail with EPERM; mmap PROT_READ works" denied exec
check 2 "an i386 call (int \$0x80 execve, nr 11 = x86-64 munmap) kills the process" killed int80
check 1 "an x32 number (0x40000000 | 39) kills the process" killed x32
