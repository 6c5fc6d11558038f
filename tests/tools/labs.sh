#!/usr/bin/env bash
# labs.sh: every lab of docs/labs/ against its grader (tools/grade N),
# both ways.  For each lab N, in scratch copies of the lab's committed
# start:
#   - the start itself must FAIL the grader;
#   - each wrong solution, tests/labs/N/wrong/*.patch, must FAIL it, and
#     score 0 on every check its "# fails: DESCRIPTION" lines name (so it
#     fails for the reason it was written for, not by accident); only
#     those checks are graded (tools/grade's GRADE_ONLY), to keep it cheap;
#   - the reference solution (tests/labs/N/solution.patch, or solution.sh
#     for a solution that must measure the tree) must PASS with full marks.
# A lab whose solution is solution.sh gets its wrong patches applied
# before solution.sh runs (they change what the script writes).
#
# The lab's committed start is HEAD's tree, never the working tree (where
# a student's finished lab passes its grader), with docs/labs/N/
# start.patch applied when HEAD does not have it yet; only the graders
# (tools/grade, tests/labs/) are taken as they are in the working tree.
# build/ is copied along so that the builds are incremental: files that
# differ from HEAD get HEAD's content and a fresh mtime, files HEAD does
# not have are removed, and the start is built once before it is copied
# for each run; the wrong solutions start from the built solution.
# One line per lab; exit 0 only when every lab behaves.  Two runs at a
# time; the scratch copies are removed at the end.
#
#   tests/tools/labs.sh [N...]     only these labs
#   LABS_KEEP=1 tests/tools/labs.sh   keep the graders' outputs (N.KIND.out)
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
unset MAKEFLAGS MFLAGS MAKELEVEL
T=$(mktemp -d "${TMPDIR:-/tmp}/labs-test.XXXXXX") || exit 1
if [ -n "${LABS_KEEP:-}" ]; then
	trap 'rm -rf "$T"/head "$T"/start-* "$T"/sol-* "$T"/run-*; echo "(the graders'"'"' outputs: $T)"' EXIT
else
	trap 'rm -rf "$T"' EXIT
fi

labs=("$@")
if [ ${#labs[@]} = 0 ]; then
	for d in tests/labs/*/; do
		n=$(basename "$d")
		[[ "$n" =~ ^[0-9]+$ ]] && [ -f "$d/checks.sh" ] && labs+=("$n")
	done
	mapfile -t labs < <(printf '%s\n' "${labs[@]}" | sort -n)
fi
[ ${#labs[@]} -gt 0 ] || { echo "no labs under tests/labs/"; exit 1; }
git rev-parse -q --verify HEAD >/dev/null || { echo "labs.sh needs a git checkout with a HEAD commit"; exit 1; }

# --- HEAD's tree, with this tree's build/ ---------------------------------
# The working tree without git and without what no lab needs (the
# differential suite's binaries, test results, host unit tests, earlier
# grader runs).  (tar's status 1 is "a file changed as we read it": a test
# beside this one writing under build/; only 2 is an error.)
B=$T/head
mkdir -p "$B"
tar -C "$root" -cf - --warning=no-file-changed \
	--exclude=./.git --exclude=./build/diff --exclude='./build/test-results*' \
	--exclude=./build/unit --exclude=./build/labs --exclude=./build/bench/initramfs.cpio \
	. | tar -C "$B" -xf -
[ "${PIPESTATUS[0]}" -le 1 ] || { echo "cannot copy the tree"; exit 1; }

# Back to HEAD: untracked files go, and so do files added since HEAD;
# modified, deleted or retyped ones get HEAD's content (and mode) with a
# fresh mtime, so make rebuilds what was built from them.  The graders
# themselves (tools/grade, tests/labs/) stay as they are here: they are
# what this test is about, and no lab has students change them.
grader() { case "$1" in tools/grade|tests/labs/*) return 0 ;; esac; return 1; }
while IFS= read -r -d '' f; do
	grader "$f" && continue
	rm -f "$B/$f"
done < <(git ls-files -z --others --exclude-standard)
while IFS= read -r -d '' st && IFS= read -r -d '' f; do
	grader "$f" && continue
	case "$st" in
	A)	rm -f "$B/$f" ;;
	*)	rm -f "$B/$f"
		mkdir -p "$(dirname "$B/$f")"
		git show "HEAD:$f" >"$B/$f" || { echo "cannot read $f from HEAD"; exit 1; }
		[ "$(git ls-tree HEAD -- "$f" | cut -d' ' -f1)" = 100755 ] && chmod +x "$B/$f" ;;
	esac
done < <(git diff -z --name-status --no-renames HEAD)
# A source that is gone (removed here, or deleted in the working tree
# since its last build) leaves no newer file behind for make to notice:
# the handler list (nm over the kernel's objects) and the kernel are
# always made again.
rm -f "$B/build/gen/implemented.txt" "$B/build/kernel.elf"

# build DIR LOG: make in DIR, as the grader does.
build() {
	(cd "$1" && make -s) >"$2" 2>&1
}

# --- each lab's start, built once ------------------------------------------
# $T/start-N: HEAD's tree with docs/labs/N/start.patch (unless HEAD has it:
# a student commits it, as the handout of lab 4 says), or HEAD's own tree.
build "$B" "$T/head.make" || { echo "FAIL HEAD's tree does not build:"; grep -m 5 -E 'error|Error' "$T/head.make" | sed 's/^/    /'; exit 1; }
declare -A startdir
for n in "${labs[@]}"; do
	p=docs/labs/$n/start.patch
	startdir[$n]=$B
	[ -f "$p" ] || continue
	if (cd "$B" && patch -s -R --dry-run -f -p1 -i "$root/$p") >/dev/null 2>&1; then
		continue	# HEAD has it already
	fi
	mkdir -p "$T/start-$n" && cp -a "$B/." "$T/start-$n/"
	if ! (cd "$T/start-$n" && patch -s -N -p1 -i "$root/$p") >"$T/$n.start.patch.log" 2>&1; then
		echo "lab $n: $p does not apply to HEAD: $(head -n 2 "$T/$n.start.patch.log")" >"$T/$n.broken"
		continue
	fi
	startdir[$n]=$T/start-$n
	build "$T/start-$n" "$T/$n.start.make" ||
		echo "lab $n: the start (HEAD + $p) does not build: $(grep -m1 -E 'error|Error' "$T/$n.start.make")" >"$T/$n.broken"
done

# --- the runs --------------------------------------------------------------
# A run: "N KIND [PATCH]", KIND start, solution or wrong; it writes
# $T/N.KIND[.NAME].{out,st}.  The start is graded in a copy of the lab's
# start, the solution in $T/sol-N (kept, built).  A wrong solution is
# graded in a copy of $T/sol-N with the solution taken out and the wrong
# patch put in, where every file that ends up as it is in $T/sol-N gets
# its mtime back: make then rebuilds only what the wrong patch changed.
# (For a lab whose solution is solution.sh, a copy of the start.)  Starts
# and solutions first, then the wrong ones, two at a time each.

# files PATCH: the paths a patch touches.
files() {
	sed -n 's|^+++ b/||p; s|^--- a/||p' "$1" | sed 's/\t.*//' | sort -u
}

one() {
	local n=$1 kind=$2 patch=$3 src=$4 name w out f
	name=$kind
	[ "$kind" = wrong ] && name=wrong.$(basename "$patch" .patch)
	w=$T/run-$n-$name out=$T/$n.$name
	[ "$kind" = solution ] && w=$T/sol-$n
	if [ "$kind" = wrong ] && [ ! -f "$root/tests/labs/$n/solution.sh" ]; then
		src=$T/sol-$n
		[ -d "$src" ] || { echo "no solution tree to start from" >"$out.out"; echo 97 >"$out.st"; return; }
	fi
	mkdir -p "$w" && cp -a "$src/." "$w/" && cd "$w" || { echo "cannot copy $src" >"$out.out"; echo 99 >"$out.st"; return; }
	: >"$out.out"
	if [ "$kind" = wrong ] && [ "$src" = "$T/sol-$n" ]; then
		patch -s -R -p1 -i "tests/labs/$n/solution.patch" >>"$out.out" 2>&1 ||
			{ echo "cannot take the solution out again"; echo 98 >"$out.st"; return; }
	fi
	if [ "$kind" = wrong ] && ! patch -s -N -p1 -i "$root/$patch" >>"$out.out" 2>&1; then
		echo "$patch does not apply to the start" >>"$out.out"; echo 98 >"$out.st"; return
	fi
	if [ "$kind" = wrong ] && [ "$src" = "$T/sol-$n" ]; then
		while read -r f; do
			if [ -f "$f" ] && [ -f "$src/$f" ] && cmp -s "$f" "$src/$f"; then
				touch -r "$src/$f" "$f"
			elif [ ! -e "$f" ] && [ -e "$src/$f" ]; then
				rm -f build/gen/implemented.txt build/kernel.elf	# a source went
			fi
		done < <(files "$root/tests/labs/$n/solution.patch"; files "$root/$patch")
	fi
	if [ "$kind" != start ]; then
		if [ -f "tests/labs/$n/solution.sh" ]; then
			bash "tests/labs/$n/solution.sh" >>"$out.out" 2>&1 ||
				{ echo "tests/labs/$n/solution.sh failed"; echo 98 >"$out.st"; return; }
		elif [ "$kind" = solution ] && ! patch -s -N -p1 -i "tests/labs/$n/solution.patch" >>"$out.out" 2>&1; then
			echo "tests/labs/$n/solution.patch does not apply to the start" >>"$out.out"; echo 98 >"$out.st"; return
		fi
	fi
	# A wrong solution is graded on the checks it must fail only
	# (GRADE_ONLY: tools/grade then boots only what those read).
	if [ "$kind" = wrong ]; then
		GRADE_ONLY=$(sed -n 's/^# fails: //p' "$root/$patch") tools/grade "$n" >"$out.out" 2>&1
	else
		tools/grade "$n" >"$out.out" 2>&1
	fi
	echo $? >"$out.st"
	cd /
	[ "$kind" = solution ] || rm -rf "$w"
}
export -f one files
export T root
for n in "${labs[@]}"; do
	[ -f "$T/$n.broken" ] && continue
	printf '%s start - %s\n%s solution - %s\n' "$n" "${startdir[$n]}" "$n" "${startdir[$n]}"
done | xargs -P 2 -L 1 bash -c 'one "$@"' one
for n in "${labs[@]}"; do
	[ -f "$T/$n.broken" ] && continue
	for w in tests/labs/$n/wrong/*.patch; do
		[ -f "$w" ] && printf '%s wrong %s %s\n' "$n" "$w" "${startdir[$n]}"
	done
done | xargs -P 2 -L 1 bash -c 'one "$@"' one

# --- the verdicts ----------------------------------------------------------
# score FILE: "GOT TOTAL" from the grader's last line, or nothing.
score() {
	local last
	last=$(tail -n 1 "$1" 2>/dev/null)
	[[ "$last" =~ ^lab\ [0-9]+:\ ([0-9]+)/([0-9]+)$ ]] && echo "${BASH_REMATCH[1]} ${BASH_REMATCH[2]}"
}
indent() { sed 's/^/    /' "$1" 2>/dev/null; }

failed=0
for n in "${labs[@]}"; do
	bad=()
	if [ -f "$T/$n.broken" ]; then
		echo "FAIL $(cat "$T/$n.broken")"; failed=1; continue
	fi
	read -r sgot stotal < <(score "$T/$n.start.out")
	if [ "$(cat "$T/$n.start.st" 2>/dev/null)" != 1 ] || [ -z "${stotal:-}" ] || [ "$sgot" = "$stotal" ]; then
		bad+=("the start does not fail the grader (status $(cat "$T/$n.start.st" 2>/dev/null))" "$(indent "$T/$n.start.out")")
	elif grep -qE '^\[ 0/[0-9]+\] the tree builds \(make\)$' "$T/$n.start.out"; then
		bad+=("the start does not build" "$(indent "$T/$n.start.out")")
	fi
	read -r got total < <(score "$T/$n.solution.out")
	if [ "$(cat "$T/$n.solution.st" 2>/dev/null)" != 0 ] || [ -z "${total:-}" ] ||
	   [ "$got" != "$total" ] || [ "$total" != "${stotal:-}" ]; then
		bad+=("the reference solution does not pass with full marks (status $(cat "$T/$n.solution.st" 2>/dev/null))" "$(indent "$T/$n.solution.out")")
	fi
	nwrong=0
	for w in tests/labs/$n/wrong/*.patch; do
		[ -f "$w" ] || continue
		nwrong=$((nwrong + 1))
		o=$T/$n.wrong.$(basename "$w" .patch)
		read -r wgot wtotal < <(score "$o.out")
		if [ "$(cat "$o.st" 2>/dev/null)" != 1 ] || [ -z "${wtotal:-}" ] || [ "$wgot" = "$wtotal" ]; then
			bad+=("$w: the grader does not fail it (status $(cat "$o.st" 2>/dev/null))" "$(indent "$o.out")")
			continue
		fi
		# each check it was written to fail scores 0
		mapfile -t want < <(sed -n 's/^# fails: //p' "$w")
		[ ${#want[@]} -gt 0 ] || bad+=("$w: no '# fails: CHECK' line says which check it must fail")
		for c in "${want[@]}"; do
			grep -qF -- "] $c" "$o.out" || { bad+=("$w: the grader has no check '$c'" "$(indent "$o.out")"); continue; }
			grep -E '^\[ 0/[0-9]+\] ' "$o.out" | grep -qF -- "] $c" ||
				bad+=("$w: the grader fails it, but not on '$c'" "$(indent "$o.out")")
		done
		grep -qE '^\[ 0/[0-9]+\] the tree builds \(make\)$' "$o.out" &&
			! printf '%s\n' "${want[@]}" | grep -qx 'the tree builds (make)' &&
			bad+=("$w: does not build" "$(indent "$o.out")")
	done
	if [ ${#bad[@]} = 0 ]; then
		echo "PASS lab $n: start ${sgot}/${stotal}, reference solution ${got}/${total}, $nwrong wrong solutions fail"
	else
		failed=1
		echo "FAIL lab $n:"
		printf '%s\n' "${bad[@]}" | sed 's/^/  /'
	fi
	unset sgot stotal got total
done
exit $failed
