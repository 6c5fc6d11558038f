#!/usr/bin/env bash
# The system call fuzzer (user/fuzz.c): 20000 random calls through both
# doors from a fixed seed, and the kernel must come through them: exit
# status 0, the fuzzer's summary with every call made and "fuzz: done"
# last, no panic, and the kernel's self-check after the exit finding every
# frame of pid 1 back.  FUZZ_SEED=S picks another seed (the default is
# 12345); a failure says how to see the calls (-v prints each one before
# it is made, --from K from call K on).
. "$(dirname "$0")/lib.sh"
prog=$root/build/user/fuzz
[ -x "$prog" ] || fail "$prog not built (make)"
seed=${FUZZ_SEED:-12345}
calls=20000
echo "fuzz: seed $seed, $calls calls"
again="rerun: tools/trapdoor-run --log LOG build/user/fuzz -v $calls $seed"

# The program's output too: the last call it made is there with -v, and
# its progress lines say how far it came.
fuzz_fail() {
	echo "$1 (seed $seed)"
	echo "$again"
	[ -s "$out" ] && { echo "--- tail of the fuzzer's output:"; tail -n 5 "$out" | cut -c1-200; }
	fail "--- the kernel's side:"
}

td --timeout 150 "$prog" "$calls" "$seed"
grep -aq 'PANIC' "$log" && fuzz_fail "the kernel panicked: $(grep -a -m1 'PANIC' "$log")"
grep -aq 'leaked' "$log" && fuzz_fail "the kernel leaked: $(grep -a -m1 'leaked' "$log")"
[ "$status" = 124 ] && fuzz_fail "no exit after 150 s: a hang"
[ "$status" = 0 ] || fuzz_fail "exit status $status, expected 0"
grep -aq "^fuzz: FAIL" "$out" && fuzz_fail "$(grep -a -m1 '^fuzz: FAIL' "$out")"
grep -Eaq "^fuzz: seed $seed, $calls calls, [0-9]+ distinct numbers, [0-9]+ errors" "$out" ||
	fuzz_fail "no summary line with $calls calls"
[ "$(tail -n 1 "$out")" = "fuzz: done" ] || fuzz_fail "the last line is not 'fuzz: done'"
grep -aq 'kernel healthy: every frame of pid 1 returned' "$log" ||
	fuzz_fail "the log lacks the kernel's 'kernel healthy' line"
grep -Ea "^fuzz: seed $seed, $calls calls|calls in" "$out"
exit 0
