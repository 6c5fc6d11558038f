#!/usr/bin/env bash
# The numbers the docs and diagrams state, against what they count: the
# system call tables (through tools/gensyscalls, the same code that builds
# the kernel's tables and docs/syscalls.md), the handlers the kernel has
# (build/gen/implemented.txt), the test programs in the tree and the
# pt_regs frame.  Each sentence below must be found (if it was reworded,
# update its pattern here) and say the number the tree gives.
#
# The docs describe the committed kernel, so the handlers and test
# programs are counted as HEAD has them: a student's uncommitted lab work
# (a new sys_umask) must not turn `make test` red.  HEAD's handlers are
# the rows of HEAD's docs/syscalls.md that have one; tests/tools/
# gensyscalls.sh keeps that file equal to the built kernel on a clean
# checkout (CI), so the chain from code to docs is still checked there.
# Outside a git checkout the working tree counts.
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "$*"; exit 1; }
cd "$root" || exit 1
tbl=(arch/x86_64/syscalls/syscall_64.tbl arch/x86_64/syscalls/syscall_32.tbl)
committed() {	# FILE: its content at HEAD, else the working tree's
	git -C "$root" show "HEAD:$1" 2>/dev/null || cat "$1"
}
committed_ls() {	# DIR PATTERN: the files at HEAD, else in the tree
	if git -C "$root" rev-parse -q --verify HEAD >/dev/null 2>&1; then
		git -C "$root" ls-tree --name-only HEAD "$1/" | grep -E "$2"
	else
		ls "$1" | sed "s|^|$1/|" | grep -E "$2"
	fi
}
mkdir -p "$T/arch/x86_64/syscalls"
for f in "${tbl[@]}" arch/x86_64/syscalls/partial.txt; do
	committed "$f" >"$T/$f" || fail "cannot read $f"
done
tbl=("$T/${tbl[0]}" "$T/${tbl[1]}")
impl=$T/implemented.txt
committed docs/syscalls.md |
	awk -F'|' '$2 ~ /^ *[0-9]+ *$/ && $4 !~ /ENOSYS/ { gsub(/ /, "", $3); print "sys_" $3 }' |
	LC_ALL=C sort -u >"$impl"
[ -s "$impl" ] || fail "no handler found in docs/syscalls.md"

tools/gensyscalls syscall_nr.h "${tbl[@]}" >"$T/nr.h" || fail "gensyscalls syscall_nr.h failed"
tools/gensyscalls syscall_64.c "${tbl[@]}" "$impl" >"$T/64.c" || fail "gensyscalls syscall_64.c failed"
tools/gensyscalls syscalls.md "${tbl[@]}" "$impl" "$T/arch/x86_64/syscalls/partial.txt" >"$T/s.md" ||
	fail "gensyscalls syscalls.md failed"

nr=$(awk '$2 == "NR_syscalls" { print $3 }' "$T/nr.h")
nr32=$(awk '$2 == "IA32_NR_syscalls" { print $3 }' "$T/nr.h")
ni=$(grep -c '= __x64_sys_ni_syscall,' "$T/64.c")
read -r have total full part < <(sed -n 's/^\([0-9]*\) of the \([0-9]*\) x86-64 system calls have a handler: \([0-9]*\) in full, \([0-9]*\) in part.*/\1 \2 \3 \4/p' "$T/s.md")
ndiff=$(committed_ls tests/diff '\.c$' | wc -l)
nhostile=$(committed_ls user/tests '/hostile_.*\.c$' | wc -l)
size=$(awk '$2 == "PTREGS_SIZE" { print $3 }' arch/x86_64/ptrace.h)
pops=$(awk '/^\.macro POP_REGS/ { on = 1; next } on && /^\.endm/ { exit } on && /popq/ { n++ } END { print n + 0 }' arch/x86_64/entry_64.S)
for v in nr nr32 ni have total full part ndiff nhostile size pops; do
	[ -n "${!v}" ] && [ "${!v}" -gt 0 ] 2>/dev/null || fail "could not count $v ('${!v}')"
done
pushes=$((size / 8))
# a sanity check of the counting itself: every number is a handler or ni
[ $((nr - ni)) = "$have" ] || fail "the tables wire $((nr - ni)) numbers to handlers, but syscalls.md counts $have"

# file | Perl pattern (the whole file as one string; \s+ where the text may
# wrap) | the values of its groups
checks=(
	"README.md|\\*\\*(\\d+) of Linux's (\\d+) x86-64 system calls have a\\s+handler\\*\\* \\((\\d+) in full, (\\d+) in part\\)|$have $total $full $part"
	"README.md|Linux's numbers 0–(\\d+) in Linux's format|$((nr - 1))"
	"README.md|\\(\`tests/diff/\`, (\\d+) programs,|$ndiff"
	"README.md|\\(\`user/tests/hostile_\\*\\.c\`, (\\d+) of them\\)|$nhostile"
	"README.md|\`pt_regs\` frame \\((\\d+) pushes, (\\d+) pops\\)|$pushes $pops"
	"docs/walkthrough.md|\\(\`NR_syscalls\` = (\\d+), in the generated|$nr"
	"docs/walkthrough.md|\\*\\*Every other number\\*\\* — (\\d+) of the (\\d+) —|$ni $nr"
	"docs/walkthrough.md|\\((\\d+) numbers, (\\d+) of them -ENOSYS|$nr $ni"
	"docs/walkthrough.md|(\\d+) pushes = (\\d+) bytes: re-align to 16|$pushes $size"
	"docs/diagrams/syscall-roundtrip.dot|[^_]NR_syscalls \\((\\d+)\\)|$nr"
	"docs/diagrams/syscall-roundtrip.dot|IA32_NR_syscalls \\((\\d+)\\)|$nr32"
	"docs/diagrams/syscall-roundtrip.dot|without a handler \\((\\d+) of (\\d+)\\)|$ni $nr"
	"docs/diagrams/syscall-roundtrip.dot|(\\d+) pushes\\s+struct pt_regs|$pushes"
	"docs/diagrams/pt-regs-frame.dot|rsp after the (\\d+)st push, (\\d+) bytes down|$pushes $size"
)
bad=0
for c in "${checks[@]}"; do
	IFS='|' read -r file pat want <<<"$c"
	got=$(PAT=$pat perl -0777 -ne 'my $n = 0;
		while (/$ENV{PAT}/g) { $n++; print join(" ", grep { defined } ($1, $2, $3, $4)), "\n" }
		print "NONE\n" unless $n' "$file" 2>&1)
	if [ "$got" = NONE ]; then
		echo "$file: no text matches /$pat/ any more: if it was reworded, update tests/tools/doccounts.sh"
		bad=1
		continue
	fi
	while read -r g; do
		[ "$g" = "$want" ] && continue
		echo "$file says ($g) where the tree counts ($want), in /$pat/"
		bad=1
	done <<<"$got"
done
[ $bad = 0 ] || fail "edit the numbers above (for a .dot, then make diagrams and commit the SVG)"
exit 0
