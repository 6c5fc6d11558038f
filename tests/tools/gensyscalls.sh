#!/usr/bin/env bash
# The generator: its output is the same byte for byte on every run and in
# every locale, says what the tables say (spot checks against Linux's
# numbers), and the dispatch tables wire exactly the handlers that exist.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "$*"; exit 1; }
tbl=("$root/arch/x86_64/syscalls/syscall_64.tbl" "$root/arch/x86_64/syscalls/syscall_32.tbl")
gen=$root/build/gen
impl=$gen/implemented.txt
files="syscall_nr.h syscalls.h syscall_names.c unistd_64.h unistd_32.h syscall_stubs.h syscall_64.c syscall_32.c"

for run in 1 2; do
	mkdir -p "$T/$run"
	for f in $files; do
		case $run in 1) loc=C ;; 2) loc=C.UTF-8 ;; esac
		LC_ALL=$loc "$root/tools/gensyscalls" "$f" "${tbl[@]}" "$impl" >"$T/$run/$f" ||
			fail "gensyscalls $f failed"
	done
done
for f in $files; do
	cmp -s "$T/1/$f" "$T/2/$f" || fail "$f differs between two runs"
	built=$gen/$f
	[ -f "$built" ] || built=$gen/user/$f
	cmp -s "$T/1/$f" "$built" || fail "$f differs from the one make built ($built)"
	head -n 1 "$T/1/$f" | grep -q 'generated from .* do not edit' || fail "$f lacks its generated-file first line"
done

h64=$T/1/unistd_64.h h32=$T/1/unistd_32.h
for want in "read 0" "write 1" "open 2" "getpid 39" "exit 60" "uname 63" \
	    "exit_group 231" "openat 257" "io_uring_setup 425" "uretprobe 335"; do
	set -- $want
	grep -qx "#define __NR_$1 $2" "$h64" || fail "unistd_64.h: __NR_$1 is not $2"
done
for want in "exit 1" "read 3" "write 4" "getpid 20" "uname 122" "exit_group 252"; do
	set -- $want
	grep -qx "#define __NR_ia32_$1 $2" "$h32" || fail "unistd_32.h: __NR_ia32_$1 is not $2"
done
# every number the seed notes list: 0-334 and 424-462
for n in $(seq 0 334) $(seq 424 462); do
	grep -q " $n\$" "$h64" || fail "unistd_64.h has no number $n"
done

# dispatch: implemented handlers wired, everything else to -ENOSYS
grep -q '\[39\] = __x64_sys_getpid,' "$T/1/syscall_64.c" || fail "39 is not wired to getpid"
grep -q '\[20\] = __ia32_sys_getpid,' "$T/1/syscall_32.c" || fail "i386 20 is not wired to getpid"
grep -q '\[57\] = __x64_sys_ni_syscall,' "$T/1/syscall_64.c" || fail "57 (fork) should be -ENOSYS"
grep -q '\[146\] = __ia32_sys_ni_syscall,' "$T/1/syscall_32.c" || fail "i386 writev (i386 iovecs) must be -ENOSYS"
wired=$(grep -c '= __x64_sys_[a-z]' "$T/1/syscall_64.c")
ni=$(grep -c '= __x64_sys_ni_syscall,' "$T/1/syscall_64.c")
[ $((wired - ni)) = "$(wc -l <"$impl")" ] ||
	fail "$((wired - ni)) numbers wired but $(wc -l <"$impl") handlers implemented"

# docs/syscalls.md is checked in: it must be what the generator makes now,
# and every "partial" line must name a call that has a handler.
part=$root/arch/x86_64/syscalls/partial.txt
"$root/tools/gensyscalls" syscalls.md "${tbl[@]}" "$impl" "$part" >"$T/syscalls.md"
cmp -s "$T/syscalls.md" "$root/docs/syscalls.md" ||
	fail "docs/syscalls.md is out of date: run 'make docs'"
grep -v '^#' "$part" | cut -f1 | while read -r name; do
	grep -qx "sys_$name" "$impl" || { echo "partial.txt: $name has no handler"; exit 1; }
done || exit 1
n=$(grep -c '| \(implemented\|partial\) |' "$root/docs/syscalls.md")
[ "$n" = "$(wc -l <"$impl")" ] || fail "docs/syscalls.md lists $n handlers, nm finds $(wc -l <"$impl")"
exit 0
