#!/usr/bin/env bash
# tools/ausyscall: numbers to names and back in both tables, partial and
# exact name matches, --dump against the tables themselves, and the errors
# (unknown numbers and names, usage) go to stderr with a non-zero status
# and nothing on stdout.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "$*"; exit 1; }
aus=$root/tools/ausyscall
tbl64=$root/arch/x86_64/syscalls/syscall_64.tbl
tbl32=$root/arch/x86_64/syscalls/syscall_32.tbl

[ -x "$aus" ] || fail "tools/ausyscall is missing or not executable"

# run ARGS...: the tool's stdout, stderr and status in $T/out, $T/err, $rc
run() {
	"$aus" "$@" >"$T/out" 2>"$T/err"
	rc=$?
}
# ok EXPECTED ARGS...: status 0, nothing on stderr, stdout exactly EXPECTED
ok() {
	local want=$1
	shift
	run "$@"
	[ $rc = 0 ] || fail "ausyscall $*: status $rc, stderr: $(cat "$T/err")"
	[ ! -s "$T/err" ] || fail "ausyscall $*: stderr not empty: $(cat "$T/err")"
	[ "$(cat "$T/out")" = "$want" ] ||
		fail "ausyscall $*: printed '$(cat "$T/out")', expected '$want'"
}
# bad ARGS...: non-zero status, nothing on stdout, one line on stderr
bad() {
	run "$@"
	[ $rc != 0 ] || fail "ausyscall $*: status 0, expected an error"
	[ ! -s "$T/out" ] || fail "ausyscall $*: error, but stdout has: $(cat "$T/out")"
	[ -s "$T/err" ] || fail "ausyscall $*: error without a message on stderr"
}
# unknown WHAT ARCH ARGS...: bad, and the message is the original's
unknown() {
	local what=$1 arch=$2
	shift 2
	bad "$@"
	[ "$(cat "$T/err")" = "Unknown syscall $what using $arch lookup table" ] ||
		fail "ausyscall $*: stderr '$(cat "$T/err")', expected 'Unknown syscall $what using $arch lookup table'"
}
# pairs TABLE: "number<tab>name" for every entry of TABLE, in file order
pairs() { grep -v '^#' "$1" | awk -F '\t+' 'NF >= 3 { print $1 "\t" $3 }'; }

# number -> name, x86-64 (the default) and i386
for want in "0 read" "1 write" "2 open" "39 getpid" "60 exit" "231 exit_group" \
	    "257 openat" "335 uretprobe" "435 clone3" "471 rseq_slice_yield"; do
	set -- $want
	ok "$2" "$1"
	ok "$2" x86_64 "$1"
	ok "$2" b64 "$1"
done
for want in "1 exit" "3 read" "4 write" "5 open" "20 getpid" "122 uname" \
	    "252 exit_group" "435 clone3"; do
	set -- $want
	ok "$2" --i386 "$1"
	ok "$2" "$1" --i386
	ok "$2" i386 "$1"
	ok "$2" b32 "$1"
done
ok getpid 039	# leading zeros: still decimal
ok read 0

# name -> number: --exact prints the number alone
ok 2 --exact open
ok 2 open --exact
ok 39 --exact getpid
ok 231 --exact exit_group
ok 2 --exact OPEN	# case does not matter, as in the original
ok 5 --i386 --exact open
ok 252 --exact exit_group --i386
ok 4 b32 --exact write

# name -> number, partial: every call whose name contains the string,
# "%-18s %d", by number, and only those
run open
[ $rc = 0 ] && [ ! -s "$T/err" ] || fail "ausyscall open: status $rc, stderr: $(cat "$T/err")"
for want in "open               2" "mq_open            240" "openat             257" \
	    "open_by_handle_at  304" "pidfd_open         434" "openat2            437"; do
	grep -qx "$want" "$T/out" || fail "ausyscall open: no line '$want' in: $(cat "$T/out")"
done
grep -v 'open' "$T/out" && fail "ausyscall open: the lines above do not contain 'open'"
pairs "$tbl64" | awk -F '\t' 'index($2, "open") { printf "%-18s %d\n", $2, $1 }' >"$T/want"
[ -s "$T/want" ] || fail "no name with 'open' in $tbl64"
cmp -s "$T/out" "$T/want" || fail "ausyscall open: not every x86-64 name with 'open', by number:
$(diff "$T/want" "$T/out")"
cp "$T/out" "$T/open"
run OpEn
cmp -s "$T/out" "$T/open" || fail "ausyscall OpEn: differs from ausyscall open"

run --i386 write
[ $rc = 0 ] && [ ! -s "$T/err" ] || fail "ausyscall --i386 write: status $rc, stderr: $(cat "$T/err")"
for want in "write              4" "writev             146" "pwrite64           181"; do
	grep -qx "$want" "$T/out" || fail "ausyscall --i386 write: no line '$want' in: $(cat "$T/out")"
done
pairs "$tbl32" | awk -F '\t' 'index($2, "write") { printf "%-18s %d\n", $2, $1 }' >"$T/want"
cmp -s "$T/out" "$T/want" || fail "ausyscall --i386 write: not every i386 name with 'write', by number:
$(diff "$T/want" "$T/out")"

# --dump: a header, then one "number<tab>name" line per table entry, by
# number, exactly the table's pairs
for arch in x86_64 i386; do
	case $arch in x86_64) t=$tbl64 ;; i386) t=$tbl32 ;; esac
	run $arch --dump
	[ $rc = 0 ] && [ ! -s "$T/err" ] || fail "ausyscall $arch --dump: status $rc, stderr: $(cat "$T/err")"
	[ "$(head -n 1 "$T/out")" = "Using $arch syscall table:" ] ||
		fail "ausyscall $arch --dump: first line is '$(head -n 1 "$T/out")'"
	tail -n +2 "$T/out" >"$T/dump"
	entries=$(grep -vc '^#' "$t")
	[ "$(wc -l <"$T/dump")" = "$entries" ] ||
		fail "ausyscall $arch --dump: $(wc -l <"$T/dump") lines, the table has $entries entries"
	sort -c -s -n -k1,1 "$T/dump" 2>/dev/null || fail "ausyscall $arch --dump is not sorted by number"
	[ -z "$(cut -f1 "$T/dump" | uniq -d)" ] || fail "ausyscall $arch --dump repeats a number"
	pairs "$t" | sort -n -k1,1 >"$T/want"
	cmp -s "$T/dump" "$T/want" || fail "ausyscall $arch --dump differs from $t:
$(diff "$T/want" "$T/dump" | head)"
done
run --dump
cmp -s "$T/out" <(echo "Using x86_64 syscall table:"; pairs "$tbl64") ||
	fail "ausyscall --dump is not the x86_64 table"
run --i386 --dump
[ "$(head -n 1 "$T/out")" = "Using i386 syscall table:" ] || fail "ausyscall --i386 --dump is not the i386 table"

# unknown numbers and names: the original's message, status 1
unknown 999 x86_64 999
unknown 999 i386 --i386 999
unknown 400 x86_64 400		# in the gap 337-423
unknown -1 x86_64 -1
unknown -1 x86_64 -- -1
unknown 2abc x86_64 2abc
unknown 0x10 x86_64 0x10
unknown 4294967298 x86_64 4294967298	# not 2 by 32-bit truncation
unknown 99999999999999999999 x86_64 99999999999999999999
unknown nosuch x86_64 nosuch
unknown nosuch i386 --i386 nosuch
unknown ope x86_64 --exact ope	# a part is not enough with --exact
unknown op.n x86_64 op.n	# a plain string, not a pattern
unknown uretprobe i386 --i386 uretprobe	# x86-64 only

# usage: -h/--help on stdout with status 0, the rest errors
for h in -h --help; do
	run $h
	[ $rc = 0 ] || fail "ausyscall $h: status $rc"
	grep -q '^usage: ausyscall ' "$T/out" || fail "ausyscall $h: no usage line on stdout"
	[ ! -s "$T/err" ] || fail "ausyscall $h: stderr not empty"
done
bad
grep -q '^usage: ausyscall ' "$T/err" || fail "ausyscall with no arguments: no usage line"
for args in "--foo" "-x 2" "--exact" "i386" "2 3" "open read" "i386 x86_64 2" \
	    "--i386 b64 2" "2 open" "--dump 2" "aarch64 2"; do
	bad $args
done
bad ''
for args in "--foo" "-x 2" "aarch64 2"; do
	bad $args
	[ "$(wc -l <"$T/err")" = 1 ] || fail "ausyscall $args: more than one line on stderr"
done
grep -q -- "--foo" <("$aus" --foo 2>&1) || fail "ausyscall --foo: the message does not name --foo"

# it finds the tables from anywhere, and through a symbolic link
(cd / && "$aus" 2 >"$T/out") && [ "$(cat "$T/out")" = open ] || fail "ausyscall run from / failed"
ln -s "$aus" "$T/link"
[ "$("$T/link" --i386 4)" = write ] || fail "ausyscall through a symbolic link failed"

# a copy beside made-up tables: it reads them at run time, sorts the dump
# by number whatever the file order, skips comments and x32 lines, and
# takes i386 lines with no entry point
mkdir -p "$T/fake/tools" "$T/fake/arch/x86_64/syscalls"
cp "$aus" "$T/fake/tools/ausyscall"
printf '%s\n' "# a comment" "5	common	five		sys_five" "1	64	One		sys_one" \
	"# 3 is unused" "512	x32	thirtytwo	compat_sys_x" "2	common	two	sys_two" \
	>"$T/fake/arch/x86_64/syscalls/syscall_64.tbl"
printf '%s\n' "1	i386	exit	sys_exit	-	noreturn" "17	i386	break" \
	>"$T/fake/arch/x86_64/syscalls/syscall_32.tbl"
[ "$("$T/fake/tools/ausyscall" --dump)" = "Using x86_64 syscall table:
1	One
2	two
5	five" ] || fail "ausyscall on made-up tables: --dump printed:
$("$T/fake/tools/ausyscall" --dump)"
[ "$("$T/fake/tools/ausyscall" --exact one)" = 1 ] || fail "ausyscall --exact one: case matters"
"$T/fake/tools/ausyscall" 512 >/dev/null 2>&1 && fail "ausyscall 512: an x32 line was taken"
[ "$("$T/fake/tools/ausyscall" --i386 17)" = break ] || fail "ausyscall --i386 17: a line with no entry point was not taken"
[ "$("$T/fake/tools/ausyscall" --i386 --dump | wc -l)" = 3 ] || fail "ausyscall --i386 --dump on made-up tables: not 3 lines"
exit 0
