# Lab 3 (docs/labs/3-two-doors.md): the answer file's figures against a
# fresh run of the bench, and the explanation's key points.  Sourced by
# tools/grade.
. "$LABDIR/bench.sh"
build
answer=docs/labs/answers/3.md

if ! bench_figures "$G/bench.out" >"$G/bench.why" 2>&1; then
	cat "$G/bench.why"
	result 10 "the bench runs on trapdoor" fail "$(cat "$G/bench.why")"
	finish
fi
sc=$(figure "$G/bench.out" getpid_syscall)
en=$(figure "$G/bench.out" enosys_syscall)
i80=$(figure "$G/bench.out" getpid_int80)

# matches NAME WANT: the answer's line "NAME VALUE" says WANT.
matches() {
	local got
	[ -f "$answer" ] || { echo "there is no $answer"; return 1; }
	got=$(figure "$answer" "$1")
	[ -n "$got" ] || { echo "$answer has no line \"$1 VALUE\""; return 1; }
	[ "$got" = "$2" ] || { echo "$answer says $1 $got; this tree's bench says $2"; return 1; }
}
# The explanation: the answer without its figure lines, one word a line.
prose() {
	[ -f "$answer" ] || return 0
	tr -d '\r' <"$answer" |
		grep -vE '^[[:space:]]*(getpid_syscall|enosys_syscall|getpid_int80|gap|handler|write_devnull)[[:space:]]+[-0-9a-z]+[[:space:]]*$'
}
# mentions WORD...: the explanation has every WORD (an ERE, any case).
mentions() {
	local w
	[ -f "$answer" ] || { echo "there is no $answer"; return 1; }
	for w in "$@"; do
		prose | grep -qiE -- "$w" || { echo "the explanation never says /$w/"; return 1; }
	done
}
long_enough() {
	local n
	n=$(prose | wc -w)
	[ "$n" -ge 150 ] || { echo "the explanation has $n words; at least 150 are asked for"; return 1; }
}

check 1 "getpid_syscall is this tree's figure" matches getpid_syscall "$sc"
check 1 "getpid_int80 is this tree's figure" matches getpid_int80 "$i80"
check 1 "enosys_syscall is this tree's figure" matches enosys_syscall "$en"
check 1 "gap = getpid_int80 - getpid_syscall" matches gap "$((i80 - sc))"
check 1 "handler = getpid_syscall - enosys_syscall" matches handler "$((sc - en))"
check 1 "the two ways out are named: iretq and sysretq" mentions 'iretq' 'sysret(q|[^_a-z]|$)'
check 1 "the two entry points are named: entry_SYSCALL_64 and entry_INT80_compat" \
	mentions 'entry_SYSCALL_64' 'entry_INT80_compat'
check 1 "the check only the syscall door needs is named: sysret_safe" mentions 'sysret_safe'
check 1 "it says what -icount cannot see: cycles on real hardware" mentions 'cycle'
check 1 "the explanation has at least 150 words" long_enough
