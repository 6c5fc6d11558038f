# bench.sh: sourced by tests/labs/3/checks.sh and solution.sh, from the
# root of the tree.  bench_figures FILE: builds build/bench/bench from
# user/bench.c (as tools/bench-syscalls does) and runs it on trapdoor
# under QEMU -icount with the machine tools/bench-syscalls uses; FILE gets
# its "name value" lines.  Deterministic: the same kernel gives the same
# figures on every run and every machine.
bench_figures() {
	local out=$1 cpu=max mem=256M icount=shift=0,sleep=off line
	[ -f user/bench.c ] || { echo "user/bench.c is missing (the bench of tools/bench-syscalls)"; return 1; }
	# The machine of tools/bench-syscalls, when it says (CPU=... MEM=...).
	if [ -f tools/bench-syscalls ]; then
		line=$(grep -m1 -E '^CPU=[A-Za-z0-9_.-]+ MEM=[0-9A-Za-z]+$' tools/bench-syscalls)
		[ -n "$line" ] && { cpu=${line#CPU=}; cpu=${cpu%% *}; mem=${line##*MEM=}; }
		line=$(grep -m1 -oE 'icount shift=[A-Za-z0-9=,]+' tools/bench-syscalls)
		[ -n "$line" ] && icount=${line#icount }
	fi
	# The Makefile's rule when it has one, else the same command.
	if ! make -s build/bench/bench >"$out.build" 2>&1; then
		command -v musl-gcc >/dev/null || { echo "musl-gcc not found: run 'make deps'"; return 1; }
		mkdir -p build/bench
		musl-gcc -static -O2 -Wall -Wextra -o build/bench/bench user/bench.c >"$out.build" 2>&1 ||
			{ echo "could not build the bench:"; head -n 5 "$out.build"; return 1; }
	fi
	tools/trapdoor-run --timeout 120 --cpu "$cpu" --memory "$mem" --qemu-arg -accel \
		--qemu-arg tcg --qemu-arg -icount --qemu-arg "$icount" build/bench/bench \
		>"$out" 2>"$out.err" </dev/null ||
		{ echo "the bench failed on trapdoor: $(head -n 2 "$out.err")"; return 1; }
	grep -qE '^getpid_syscall [0-9]+$' "$out" ||
		{ echo "the bench printed no getpid_syscall figure"; return 1; }
}

# figure FILE NAME: the value on NAME's line of FILE ("NAME VALUE",
# leading blanks allowed: a Markdown code block), or nothing.
figure() {
	tr -d '\r' <"$1" | awk -v n="$2" '$1 == n && NF == 2 { print $2; exit }'
}
