#!/usr/bin/env bash
# labs.sh: every lab of docs/labs/ against its grader (tools/grade N).
# For each lab N, in a scratch copy of this working tree (build/ included,
# so that the builds are incremental): the starting point (docs/labs/N/
# start.patch when there is one) must FAIL the grader, and the reference
# solution on top of it (tests/labs/N/solution.patch, or solution.sh for a
# solution that must measure this tree) must PASS it with full marks.
# One line per lab; exit 0 only when every lab behaves.  Two labs at a
# time; the scratch copies are removed at the end.
#
#   tests/tools/labs.sh [N...]     only these labs
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
unset MAKEFLAGS MFLAGS MAKELEVEL
T=$(mktemp -d "${TMPDIR:-/tmp}/labs-test.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT

labs=("$@")
if [ ${#labs[@]} = 0 ]; then
	for d in tests/labs/*/; do
		n=$(basename "$d")
		[[ "$n" =~ ^[0-9]+$ ]] && [ -f "$d/checks.sh" ] && labs+=("$n")
	done
	mapfile -t labs < <(printf '%s\n' "${labs[@]}" | sort -n)
fi
[ ${#labs[@]} -gt 0 ] || { echo "no labs under tests/labs/"; exit 1; }

# The tree as it is now, working-tree files and build/, without git and
# without what no lab needs (the differential suite's binaries, test
# results, host unit tests, earlier grader runs).
# (Status 1 is "a file changed as we read it": a test beside this one
# writing its output under build/; only 2 is an error.)
tar -C "$root" -cf "$T/tree.tar" --warning=no-file-changed \
	--exclude=./.git --exclude=./build/diff --exclude='./build/test-results*' \
	--exclude=./build/unit --exclude=./build/labs --exclude=./build/bench/initramfs.cpio \
	.
[ $? -le 1 ] || { echo "cannot copy the tree"; exit 1; }

# one N: writes $T/N.result (one line) and $T/N.log; exit 0 when lab N
# behaves.
one() {
	local n=$1 w=$T/lab$1 log=$T/$1.log st last
	mkdir -p "$w" && tar -C "$w" -xf "$T/tree.tar" || { echo "lab $n: cannot unpack the tree" >"$T/$n.result"; return 1; }
	cd "$w" || return 1
	# the starting point
	if [ -f "docs/labs/$n/start.patch" ] &&
	   ! patch -s -p1 <"docs/labs/$n/start.patch" >>"$log" 2>&1; then
		echo "lab $n: docs/labs/$n/start.patch does not apply" >"$T/$n.result"; return 1
	fi
	tools/grade "$n" >"$T/$n.start.out" 2>&1
	st=$?
	last=$(tail -n 1 "$T/$n.start.out")
	if [ $st != 1 ] || ! [[ "$last" =~ ^lab\ $n:\ ([0-9]+)/([0-9]+)$ ]] ||
	   [ "${BASH_REMATCH[1]}" = "${BASH_REMATCH[2]}" ]; then
		{ echo "lab $n: the starting point does not fail the grader (status $st, '$last')"
		  sed 's/^/    /' "$T/$n.start.out"; } >"$T/$n.result"
		return 1
	fi
	local start_score=${last#lab $n: } start_total=${BASH_REMATCH[2]}
	grep -qE '^\[ 0/[0-9]+\] the tree builds \(make\)$' "$T/$n.start.out" &&
		{ echo "lab $n: the starting point does not build: $(grep -m1 error "$T/$n.start.out")" >"$T/$n.result"; return 1; }
	# the reference solution
	if [ -f "tests/labs/$n/solution.sh" ]; then
		bash "tests/labs/$n/solution.sh" >>"$log" 2>&1 ||
			{ echo "lab $n: tests/labs/$n/solution.sh failed: $(tail -n 3 "$log")" >"$T/$n.result"; return 1; }
	elif ! patch -s -p1 <"tests/labs/$n/solution.patch" >>"$log" 2>&1; then
		echo "lab $n: tests/labs/$n/solution.patch does not apply: $(tail -n 3 "$log")" >"$T/$n.result"; return 1
	fi
	tools/grade "$n" >"$T/$n.solution.out" 2>&1
	st=$?
	last=$(tail -n 1 "$T/$n.solution.out")
	if [ $st != 0 ] || ! [[ "$last" =~ ^lab\ $n:\ ([0-9]+)/([0-9]+)$ ]] ||
	   [ "${BASH_REMATCH[1]}" != "${BASH_REMATCH[2]}" ] || [ "${BASH_REMATCH[2]}" != "$start_total" ]; then
		{ echo "lab $n: the reference solution does not pass the grader (status $st, '$last')"
		  sed 's/^/    /' "$T/$n.solution.out"; } >"$T/$n.result"
		return 1
	fi
	echo "lab $n: starting point ${start_score}, reference solution ${last#lab $n: }" >"$T/$n.result"
	cd / && rm -rf "$w"
}

export -f one
export T
printf '%s\n' "${labs[@]}" | xargs -P 2 -I{} bash -c 'one {}'
failed=0
for n in "${labs[@]}"; do
	if [ -s "$T/$n.result" ] && grep -q '^lab [0-9]*: starting point' "$T/$n.result"; then
		echo "PASS $(cat "$T/$n.result")"
	else
		failed=1
		echo "FAIL $(cat "$T/$n.result" 2>/dev/null || echo "lab $n: no result")"
	fi
done
exit $failed
