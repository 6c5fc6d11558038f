#!/usr/bin/env bash
# Programs the ELF loader must refuse: broken copies of the demo, a
# dynamically linked program, a text file.  Each ends in status 126 with
# one stderr line giving the kernel's reason, never in a panic, and the
# program never runs.  Also init= naming no module.
. "$(dirname "$0")/lib.sh"
demo=$root/build/user/demo
[ -x "$demo" ] || fail "$demo not built"

# patch FILE OFFSET BYTES: overwrite at OFFSET with BYTES (printf escapes).
patch() {
	printf "$3" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none ||
		fail "cannot patch $1"
}

# broken NAME: a fresh copy of the demo as $T/NAME, to break.
broken() {
	cp "$demo" "$T/$1" || fail "cannot copy $demo"
}

# refused NAME REASON: $T/NAME is refused with REASON (a regex), in the
# runner's one line and in the kernel log, and nothing ran.
refused() {
	local name=$1 reason=$2
	td "$T/$name"
	expect_status 126
	expect_one_stderr_line "^trapdoor-run: kernel refused: cannot run $name: $reason"
	expect_in "$log" "trapdoor: error: cannot run $name: $reason"
	expect_not_in "$log" 'PANIC'
	expect_not_in "$log" 'pid 1 .*entry'
	[ -s "$out" ] && fail "$name printed: $(head -n 3 "$out")"
	return 0
}

# Cut short inside its program headers.
head -c 200 "$demo" >"$T/truncated"
refused truncated "truncated: the program headers run past the file's 200 bytes"

# Byte 4 (EI_CLASS) = 1: ELFCLASS32.
broken class32
patch "$T/class32" 4 '\x01'
refused class32 'not a 64-bit ELF file \(ELF class 1\)'

# e_machine (offset 18) = 3: EM_386.
broken i386
patch "$T/i386" 18 '\x03\x00'
refused i386 'built for ELF machine 3, not x86-64'

# "\177ELF" broken in its second byte.
broken badmagic
patch "$T/badmagic" 1 'X'
refused badmagic 'not an ELF executable'

# e_entry (offset 24) = 0x1000, below every segment.
broken badentry
patch "$T/badentry" 24 '\x00\x10\x00\x00\x00\x00\x00\x00'
refused badentry 'entry point 0x1000 is outside every segment'

# Linked by the host's gcc without -static: it has a PT_INTERP.
printf 'int main(void){return 0;}\n' >"$T/d.c"
gcc -o "$T/dyn" "$T/d.c" || fail "host gcc cannot link a dynamic program"
interp=$(readelf -l "$T/dyn" 2>/dev/null |
	sed -n 's/.*\[Requesting program interpreter: \(.*\)\]$/\1/p')
[ -n "$interp" ] || fail "$T/dyn has no PT_INTERP"
refused dyn "dynamically linked \(it asks for the interpreter $interp\)"

# Not an ELF file at all: a shell script.
printf '#!/bin/sh\n# a script, which Linux would hand to /bin/sh\necho hello\n' >"$T/script"
refused script 'not an ELF executable'

# init= naming no module.
td --cmdline init=nosuch "$demo"
expect_status 126
expect_one_stderr_line '^trapdoor-run: kernel refused: init=nosuch: no module of that name$'
expect_not_in "$log" 'PANIC'
exit 0
