#!/usr/bin/env bash
# run.sh: every test of `make test`, after make has built the kernel, the
# ISO and the host unit tests.  One line per test, PASS or FAIL (with the
# reason under it), and as the last line "N passed, N failed"; the exit
# status is non-zero if anything failed.
#
#   tests/run.sh [PATTERN]   only the tests whose name contains PATTERN
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# Per run, so that two runs at once (two terminals, two students) do not
# clobber each other's results; the last run's stay for a closer look.
mkdir -p "$root/build"
results=$(mktemp -d "$root/build/test-results.XXXXXX")
trap 'rm -rf "$root/build/test-results.last"; mv "$results" "$root/build/test-results.last" 2>/dev/null' EXIT
filter=${1:-}
pass=0 failed=0

# Host unit tests: each binary prints one PASS/FAIL line per case.
for bin in build/unit/test_*; do
	[ -x "$bin" ] || continue
	name=unit/$(basename "$bin")
	case "$name" in *"$filter"*) ;; *) continue ;; esac
	"$bin" >"$results/$(basename "$bin").out" 2>&1
	rc=$?
	while read -r verdict rest; do
		case "$verdict" in
		PASS) pass=$((pass + 1)); echo "PASS unit/$rest" ;;
		FAIL) failed=$((failed + 1)); echo "FAIL unit/$rest" ;;
		esac
	done <"$results/$(basename "$bin").out"
	if ! grep -q '^DONE ' "$results/$(basename "$bin").out" ||
	   { [ $rc != 0 ] && ! grep -q '^FAIL' "$results/$(basename "$bin").out"; }; then
		failed=$((failed + 1))
		echo "FAIL $name: exited $rc before running every case (a crash or a sanitizer report):"
		tail -n 20 "$results/$(basename "$bin").out" | sed 's/^/    /'
	fi
done

# QEMU tests: two at a time (the machines have two cores), each a script
# that exits 0 when it passed.
# Each entry is "name command...": the host-side script tests of
# tests/tools, the scripts of tests/qemu, and one user.sh run per program
# of user/tests.
tests=()
for t in tests/tools/*.sh; do
	[ -e "$t" ] || continue
	n=$(basename "$t" .sh)
	case "tools/$n" in *"$filter"*) tests+=("tools/$n $t") ;; esac
done
for t in tests/qemu/*.sh; do
	n=$(basename "$t" .sh)
	case "$n" in lib|user) continue ;; esac
	case "qemu/$n" in *"$filter"*) tests+=("qemu/$n tests/qemu/$n.sh") ;; esac
done
for t in user/tests/*.c; do
	[ -e "$t" ] || continue
	n=$(basename "$t" .c)
	case "user/$n" in *"$filter"*) tests+=("user/$n tests/qemu/user.sh $n") ;; esac
done
for t in tests/diff/*.c; do
	[ -e "$t" ] || continue
	n=$(basename "$t" .c)
	for libc in musl glibc; do
		case "diff/$libc/$n" in
		*"$filter"*) tests+=("diff/$libc/$n tests/diff/diff.sh $n $libc") ;;
		esac
	done
done
printf '%s\n' "${tests[@]}" | xargs -r -P 2 -I{} sh -c '
	set -- $1; name=$1; shift; f=$0/$(echo "$name" | tr / _)
	start=$(date +%s%N); "$@" >"$f.out" 2>&1; echo $? >"$f.rc"
	echo $(( ($(date +%s%N) - start) / 1000000 )) >"$f.ms"' "$results" {}
for t in "${tests[@]}"; do
	n=${t%% *}
	f=$results/$(echo "$n" | tr / _)
	ms=$(cat "$f.ms" 2>/dev/null || echo ?)
	if [ "$(cat "$f.rc" 2>/dev/null)" = 0 ]; then
		pass=$((pass + 1))
		echo "PASS $n (${ms} ms)"
	else
		failed=$((failed + 1))
		echo "FAIL $n (${ms} ms):"
		sed 's/^/    /' "$f.out"
	fi
done

echo "$pass passed, $failed failed"
[ $failed = 0 ]
