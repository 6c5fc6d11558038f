#!/usr/bin/env bash
# A static program we did not write, from a Debian package (busybox-static,
# glibc-based), runs unchanged: each applet below gives the same stdout and
# exit status on trapdoor as on the host kernel.
. "$(dirname "$0")/lib.sh"
bb=/bin/busybox
[ -x "$bb" ] || fail "$bb missing (package busybox-static; run 'make deps')"

check() {	# STDIN ARGS...: runs busybox ARGS on both, compares
	local input=$1
	shift
	printf "$input" | env -i "$bb" "$@" >"$T/host" 2>/dev/null
	local want=$?
	printf "$input" | "$runner" --log "$log" "$bb" "$@" >"$out" 2>"$err"
	status=$?
	[ "$status" = "$want" ] || fail "busybox $*: status $status, host $want"
	cmp -s "$T/host" "$out" || fail "busybox $*: output differs: $(diff "$T/host" "$out" | head -5)"
}

check '' echo hello from busybox
check '' seq 1 5
check '' printf '%05d|%x|%s\n' 42 255 text
check '' basename /a/b/c.txt .txt
check '' false
check 'b\na\nc\nb\n' sort -u
check 'one two\nthree\n' wc
check 'abc\n' sha256sum
check 'hello\n' tr a-z A-Z
check '' date -u -d @86400 +%Y-%m-%dT%H:%M:%S
check '' expr 6 '*' 7
check 'x y z\n' awk '{ print $2, NF }'
exit 0
