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
results=$root/build/test-results
rm -rf "$results"
mkdir -p "$results"
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
tests=()
for t in tests/qemu/*.sh; do
	n=$(basename "$t" .sh)
	[ "$n" = lib ] && continue
	case "qemu/$n" in *"$filter"*) tests+=("$n") ;; esac
done
printf '%s\n' "${tests[@]}" | xargs -r -P 2 -I{} sh -c \
	'start=$(date +%s%N); tests/qemu/{}.sh >"$0/{}.out" 2>&1; echo $? >"$0/{}.rc"; echo $(( ($(date +%s%N) - start) / 1000000 )) >"$0/{}.ms"' "$results"
for n in "${tests[@]}"; do
	ms=$(cat "$results/$n.ms" 2>/dev/null || echo ?)
	if [ "$(cat "$results/$n.rc" 2>/dev/null)" = 0 ]; then
		pass=$((pass + 1))
		echo "PASS qemu/$n (${ms} ms)"
	else
		failed=$((failed + 1))
		echo "FAIL qemu/$n (${ms} ms):"
		sed 's/^/    /' "$results/$n.out"
	fi
done

echo "$pass passed, $failed failed"
[ $failed = 0 ]
