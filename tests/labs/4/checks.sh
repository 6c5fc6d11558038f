# Lab 4 (docs/labs/4-debugging.md): the planted bug, sourced by
# tools/grade.
build
uprog rw_hidden "$LABDIR/rw_hidden.c" ||
	{ result 10 "the hidden test program builds" fail "$(head -n 5 "$G/rw_hidden.build.log")"; finish; }

boot small "$G/rw_hidden" small &
boot big "$G/rw_hidden" big &
wait
boot iov "$G/rw_hidden" iov &
boot huge "$G/rw_hidden" huge &
wait
boot fault "$G/rw_hidden" fault &
regression() {
	local t=tests/qemu/write_chunks.sh
	[ -f "$t" ] || { echo "there is no $t"; return 1; }
	bash "$t" >"$G/regression.out" 2>&1 || { echo "$t failed:"; head -n 5 "$G/regression.out"; return 1; }
}
reg="your regression test tests/qemu/write_chunks.sh passes"
wanted "$reg" && { regression >"$G/regression.why" 2>&1; echo $? >"$G/regression.st"; }
wait

# data RUN LEN: the first LEN bytes of RUN's output are the pattern, and
# the program's checks passed.
data() {
	local run=$1 len=$2 at
	awk -v n="$len" 'BEGIN {
		abc = "0123456789abcdefghijklmnopqrstuvwxyz"
		for (j = 0; j < n; j++)
			printf "%s", (j % 64 == 63) ? "\n" : substr(abc, (j + int(j / 64)) % 36 + 1, 1)
	}' >"$G/$run.want"
	if ! head -c "$len" "$G/$run.out" | cmp -s - "$G/$run.want"; then
		at=$(head -c "$len" "$G/$run.out" | cmp - "$G/$run.want" 2>&1 | head -n 1 |
		     sed -n 's/.*differ: /first difference at /p; s/.*EOF on -.*/fewer bytes than written/p')
		echo "the bytes on the console are not the bytes written: ${at:-they differ}"
		echo "(expected: $G/$run.want; got: $G/$run.out)"
		return 1
	fi
	tail -c +$((len + 1)) "$G/$run.out" | head -n 2 | grep -qx -- '--- checks' ||
		{ echo "more bytes than were written reached the console (or none of the checks ran)"; why_run "$run"; return 1; }
	tagged "$run" "$run"
}

answer=docs/labs/answers/4.md
names_bug() {
	[ -f "$answer" ] || { echo "there is no $answer"; return 1; }
	grep -q 'kernel/fs/read_write\.c' "$answer" && grep -q 'console_write_iov' "$answer" ||
		{ echo "$answer does not name the file and the function (kernel/fs/read_write.c, console_write_iov)"; return 1; }
}
names_tools() {
	[ -f "$answer" ] || { echo "there is no $answer"; return 1; }
	grep -qE 'trapdoor-run .*--strace|--strace' "$answer" && grep -q 'break-syscall' "$answer" ||
		{ echo "$answer does not show the --strace run and the gdb session (break-syscall)"; return 1; }
}

check 1 "small writes and writevs arrive intact" data small 200
check 2 "a 5000-byte write arrives byte for byte" data big 5000
check 2 "a writev whose iovecs span tty chunks arrives byte for byte" data iov 6507
check 1 "a 300000-byte write arrives byte for byte" data huge 300000
check 1 "a write that faults in its second chunk writes the first and returns 2048" data fault 2048
if ! wanted "$reg"; then
	:
elif [ "$(cat "$G/regression.st")" = 0 ]; then
	result 1 "$reg" ok
else
	result 1 "$reg" fail "$(cat "$G/regression.why")"
fi
check 1 "$answer names the bug's file and function" names_bug
check 1 "$answer shows the strace run and the gdb session" names_tools
