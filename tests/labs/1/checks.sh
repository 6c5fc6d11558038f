# Lab 1 (docs/labs/1-syscall.md): umask, sourced by tools/grade.
build
uprog umask_hidden "$LABDIR/umask_hidden.c" ||
	{ result 10 "the hidden test program builds" fail "$(head -n 5 "$G/umask_hidden.build.log")"; finish; }

own_test() {
	[ -f user/tests/umask.c ] || { echo "there is no user/tests/umask.c"; return 1; }
	grep -q 'sc_umask' user/tests/umask.c && grep -q 'i80_umask' user/tests/umask.c ||
		{ echo "user/tests/umask.c does not call both sc_umask and i80_umask"; return 1; }
	[ -x build/user/tests/umask ] || { echo "build/user/tests/umask was not built"; return 1; }
	tests/qemu/user.sh umask >"$G/own.out" 2>&1 || { head -n 6 "$G/own.out"; return 1; }
}

own="your test user/tests/umask.c passes (tests/qemu/user.sh umask)"
boot hidden "$G/umask_hidden" &
wanted "$own" && { own_test >"$G/own.why" 2>&1; echo $? >"$G/own.st"; }
wait

check 1 "sys_umask is a handler of the kernel (nm finds it)" implemented umask
check 1 "the tables wire it: x86-64 95 and i386 60" eval 'wired 95 umask && wired 60 umask i386'
if ! wanted "$own"; then
	:
elif [ "$(cat "$G/own.st")" = 0 ]; then
	result 1 "$own" ok
else
	result 1 "$own" fail "$(cat "$G/own.why")"
fi
check 1 "the first umask returns 022, init's mask" tagged hidden first
check 2 "umask returns the previous mask" tagged hidden old
check 2 "only mask & 0777 is kept; the argument is a 32-bit int" tagged hidden bits
check 2 "int \$0x80 (60) reaches the same handler and the same mask" tagged hidden i386
