#!/usr/bin/env bash
# The syscall bench (user/bench.c, tools/bench-syscalls) runs on trapdoor
# under -icount as the bench does it: exit 0, and one line per figure, each
# a positive whole number of instructions per call (write_devnull may be
# "skipped": trapdoor has no /dev/null).  Only that it runs: the figures
# themselves are a benchmark's business, never a pass/fail check here.
# Needs neither Linux's kernel image nor the network.
. "$(dirname "$0")/lib.sh"
bench=$root/build/bench/bench

# The bench is not one of the Makefile's user programs: build it when it
# is missing or older than its source (musl-gcc comes with `make deps`),
# written whole or not at all.
if [ ! -x "$bench" ] || [ "$root/user/bench.c" -nt "$bench" ]; then
	command -v musl-gcc >/dev/null || fail "musl-gcc missing (package musl-tools; run 'make deps')"
	mkdir -p "$(dirname "$bench")"
	musl-gcc -static -O2 -Wall -Wextra -o "$bench.tmp.$$" "$root/user/bench.c" 2>"$err" &&
		mv "$bench.tmp.$$" "$bench" ||
		{ rm -f "$bench.tmp.$$"; fail "musl-gcc could not build user/bench.c"; }
fi

td --cpu max --memory 256M --qemu-arg -accel --qemu-arg tcg \
   --qemu-arg -icount --qemu-arg shift=0,sleep=off "$bench"
expect_status 0
for f in getpid_syscall enosys_syscall getpid_int80; do
	expect_in "$out" "^$f [1-9][0-9]*\$"
done
expect_in "$out" '^write_devnull ([1-9][0-9]*|skipped)$'
# and nothing but figure lines
n=$(grep -cEv '^(getpid_syscall|enosys_syscall|getpid_int80|write_devnull) ([1-9][0-9]*|skipped)$' "$out")
[ "$n" = 0 ] || fail "stdout has $n lines that are not figures: $(head -n 3 "$out")"
exit 0
