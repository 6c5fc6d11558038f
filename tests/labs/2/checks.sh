# Lab 2 (docs/labs/2-user-pointers.md): getrusage, sourced by tools/grade.
build
uprog getrusage_hidden "$LABDIR/getrusage_hidden.c" ||
	{ result 10 "the hidden test program builds" fail "$(head -n 5 "$G/getrusage_hidden.build.log")"; finish; }

# The student's own test: it exists, calls getrusage, asks for the
# kernel's self-check, and passes (tests/qemu/user.sh, as make test runs it).
own_test() {
	local t=user/tests/getrusage.c
	[ -f "$t" ] || { echo "there is no $t"; return 1; }
	grep -q 'sc_getrusage' "$t" || { echo "$t never calls sc_getrusage"; return 1; }
	grep -q 'expect-log: kernel healthy' "$t" ||
		{ echo "$t has no /* expect-log: kernel healthy */ line"; return 1; }
	[ -x build/user/tests/getrusage ] || { echo "build/user/tests/getrusage was not built"; return 1; }
	tests/qemu/user.sh getrusage >"$G/own.out" 2>&1 || { head -n 6 "$G/own.out"; return 1; }
}

# Four boots, two at a time: a panic costs one part only.  "load" runs
# under -icount, where the guest's clock is its instruction count (2^7 ns
# an instruction): its second and more of CPU time is ~10M instructions,
# a fraction of a second here, the same on a loaded machine.
boot good "$G/getrusage_hidden" good &
boot bad "$G/getrusage_hidden" bad &
wait
(BOOT_OPTS=(--qemu-arg -icount --qemu-arg shift=7,sleep=off); boot load "$G/getrusage_hidden" load) &
boot mapped "$G/getrusage_hidden" mapped
wait
own="your test user/tests/getrusage.c passes (tests/qemu/user.sh getrusage)"
wanted "$own" && { own_test >"$G/own.why" 2>&1; echo $? >"$G/own.st"; }

implemented getrusage >/dev/null || echo "(there is no handler sys_getrusage yet: every call is -ENOSYS)"
healthy_all() {
	local r
	for r in good load bad mapped; do
		healthy $r || return 1
	done
}
check 1 "RUSAGE_SELF and RUSAGE_THREAD write the whole struct; counts not kept are 0" tagged good self
check 1 "ru_utime + ru_stime is the CPU time, rounded down (between two CLOCK_PROCESS_CPUTIME_ID readings)" tagged good time
check 1 "after more than 1 s of CPU time: whole seconds in tv_sec, the rest in tv_usec" tagged load load
check 1 "RUSAGE_CHILDREN is all zeros" tagged good children
check 1 "another who is -EINVAL, checked before the pointer; the buffer is left untouched" tagged good who
check 2 "NULL, 8 and addresses outside user space are -EFAULT (kernel, non-canonical, past the end)" tagged bad bad
check 1 "user memory the kernel may not write is -EFAULT (unmapped, read-only, PROT_NONE)" tagged mapped unwritable
check 1 "untouched good pages work; i386 77 stays -ENOSYS; the kernel stays healthy" \
	eval 'tagged mapped untouched && tagged good i386 && healthy_all'
if ! wanted "$own"; then
	:
elif [ "$(cat "$G/own.st")" = 0 ]; then
	result 1 "$own" ok
else
	result 1 "$own" fail "$(cat "$G/own.why")"
fi
