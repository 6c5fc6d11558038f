# Lab 2 (docs/labs/2-user-pointers.md): getrusage, sourced by tools/grade.
build
uprog getrusage_hidden "$LABDIR/getrusage_hidden.c" ||
	{ result 10 "the hidden test program builds" fail "$(head -n 5 "$G/getrusage_hidden.build.log")"; finish; }

# Three boots, two at a time: a panic costs one part only.
boot good "$G/getrusage_hidden" good &
boot bad "$G/getrusage_hidden" bad &
wait
boot mapped "$G/getrusage_hidden" mapped

implemented getrusage >/dev/null || echo "(there is no handler sys_getrusage yet: every call is -ENOSYS)"
healthy_all() {
	local r
	for r in good bad mapped; do
		healthy $r || return 1
	done
}
check 1 "RUSAGE_SELF and RUSAGE_THREAD write the whole struct; counts not kept are 0" tagged good self
check 2 "ru_utime + ru_stime is the CPU time (between two CLOCK_PROCESS_CPUTIME_ID readings)" tagged good time
check 1 "RUSAGE_CHILDREN is all zeros" tagged good children
check 1 "another who is -EINVAL, checked before the pointer" tagged good who
check 2 "addresses outside user space are -EFAULT (NULL, kernel, non-canonical, past the end)" tagged bad outside
check 2 "user memory the kernel may not write is -EFAULT (unmapped, read-only, PROT_NONE)" tagged mapped unwritable
check 1 "untouched good pages work; i386 77 stays -ENOSYS; the kernel stays healthy" \
	eval 'tagged mapped untouched && tagged good i386 && healthy_all'
