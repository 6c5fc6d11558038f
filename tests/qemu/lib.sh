# Helpers for the QEMU tests: sourced by each tests/qemu/*.sh.
#
#   td [runner options] [PROG ARGS]   runs tools/trapdoor-run; afterwards
#        $out, $err, $log are files with its stdout, stderr and kernel log,
#        and $status is its exit status
#   expect_status N, expect_in FILE REGEX, expect_not_in FILE REGEX
#   fail MESSAGE
# A test script exits 0 when it passed; on failure it prints why (and the
# tail of the files involved) and exits 1.

set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
runner=$root/tools/trapdoor-run
T=$(mktemp -d "${TMPDIR:-/tmp}/td-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
out=$T/stdout err=$T/stderr log=$T/log status=

fail() {
	echo "$*"
	for f in "$err" "$log"; do
		[ -s "$f" ] && { echo "--- tail of $(basename "$f"):"; tail -n 15 "$f"; }
	done
	exit 1
}

td() {
	"$runner" --log "$log" "$@" >"$out" 2>"$err" </dev/null
	status=$?
}

expect_status() {
	[ "$status" = "$1" ] || fail "exit status $status, expected $1"
}

expect_in() {
	grep -Eq -- "$2" "$1" || fail "$(basename "$1") lacks /$2/"
}

expect_not_in() {
	! grep -Eq -- "$2" "$1" || fail "$(basename "$1") has /$2/"
}

# One line exactly on stderr: the runner's promise for every failure kind.
expect_one_stderr_line() {
	local n
	n=$(grep -cv "kernel log kept in" "$err")
	[ "$n" = 1 ] || fail "stderr has $n lines, expected one"
	expect_in "$err" "$1"
}

# A deliberate kernel fault: status 253, one stderr line naming it, and a
# full report (exception, CPL 0, every register) in the log.
expect_panic_report() {
	local what=$1
	expect_status 253
	expect_one_stderr_line "kernel panic: .*$what"
	expect_in "$log" "^PANIC: .*$what"
	expect_in "$log" 'CS: 0010 \(CPL 0\)'
	for r in RIP RFLAGS RSP RAX RBX RCX RDX RSI RDI RBP R08 R09 R10 R11 R12 R13 R14 R15 CR0 CR2 CR3 CR4 EFER; do
		expect_in "$log" "(^| )$r: [0-9a-f]{4,16}"
	done
}

# What the default initramfs holds, from initramfs/manifest: its own
# lines, and a symlink per busybox applet it does not name itself. Sets
# dirs, files, devs, links and entries (the boot's log lines count these).
manifest_counts() {
	local manifest=$root/initramfs/manifest named applets
	count() { awk -v k="$1" '$1 == k { n++ } END { print n + 0 }' "$manifest"; }
	named=$(awk '$1 ~ /^(dir|file|slink|nod|pipe|sock)$/ { print substr($2, 2) }' "$manifest")
	applets=$(/bin/busybox --list-full | grep -cvxF "$named")
	dirs=$(count dir) files=$(count file) devs=$(count nod)
	links=$(( $(count slink) + applets ))
	entries=$(( dirs + files + devs + links + $(count pipe) + $(count sock) ))
}
