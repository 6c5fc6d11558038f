#!/usr/bin/env bash
# --strace lines up call for call with strace(1) on the host: the hello
# world of each C library, traced on both kernels, gives the same calls
# with the same arguments where they are not addresses.  What may differ
# is masked first: addresses, output buffers and structures (the host's
# stdout is a pipe, trapdoor's a terminal), and results.
. "$(dirname "$0")/lib.sh"
command -v strace >/dev/null || fail "strace not installed (run 'make deps')"
cat >"$T/hello.c" <<'C'
#include <stdio.h>
int main(void) { printf("hello, world\n"); return 0; }
C

normalize() {	# a trace on stdin, the comparable form on stdout
	sed -E -e 's/^[0-9]+ +//' -e '/^execve\(/d' \
	       -e 's/ += .*$//' \
	       -e 's/0x[0-9a-f]+/ADDR/g' \
	       -e 's/^(readlink\("[^"]*", )[^,]+/\1BUF/' \
	       -e 's/^(getrandom\()("([^"\\]|\\.)*"|ADDR)/\1BUF/' \
	       -e 's/^(newfstatat\([^,]+, "[^"]*", )(\{[^}]*\}|ADDR)/\1STAT/' \
	       -e 's/^(ioctl\([0-9]+, [A-Z]+, )(ADDR|\{.*\})\)$/\1ARG)/'
}

for libc in musl glibc; do
	case $libc in
	musl)	musl-gcc -static -O2 -o "$T/hello-$libc" "$T/hello.c" ;;
	glibc)	gcc -static -O2 -o "$T/hello-$libc" "$T/hello.c" ;;
	esac || fail "cannot build the $libc hello world"
	strace -f -o "$T/host.trace" "$T/hello-$libc" >/dev/null </dev/null ||
		fail "strace on the host failed"
	td --strace-file "$T/td.trace" "$T/hello-$libc"
	expect_status 0
	expect_in "$out" '^hello, world$'
	# the trace is not in the program's output
	grep -q 'write(' "$out" && fail "$libc: the trace leaked into stdout"
	normalize <"$T/host.trace" >"$T/host.norm"
	normalize <"$T/td.trace" >"$T/td.norm"
	diff -u --label host --label trapdoor "$T/host.norm" "$T/td.norm" >"$T/diff" ||
		fail "$libc: traces differ: $(cat "$T/diff")"
	[ "$(wc -l <"$T/td.norm")" -ge 3 ] || fail "$libc: the trace is too short"
done
exit 0
