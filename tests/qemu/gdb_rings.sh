#!/usr/bin/env bash
# gdb_rings: both doors, stepped across in gdb with the `make debug`
# gdbinit (tools/debug.sh) and the commands of tools/trapdoor.gdb, on
# build/user/tests/doors_gdb (user/tests/doors_gdb.c: a labelled `syscall`
# and `int $0x80`, each a getpid).  Every address comes from the built
# binaries (nm, objdump), none is written here.
#
#   at _start (32-bit):  ring says CPL 0 and protected mode; pt-regs that
#                        there is no frame yet
#   syscall:  stopped on it, CPL 3; stepi lands on entry_SYSCALL_64 in CPL
#             0 with RCX = the next instruction, R11 = the RFLAGS just
#             before, RSP still the user's; break-syscall getpid stops in
#             do_syscall_64 with nr 39; pt-regs shows the frame; sysret-check
#             says SYSRET; at the sysretq (found in gdb by $find_insn, and
#             checked against objdump) RCX, R11 and RSP are the user's, pt-regs
#             shows the syscall's frame being restored, and
#             stepi returns to CPL 3 at RIP = RCX with rax = 1
#   int $0x80: stopped on it, CPL 3; stepi lands on entry_INT80_compat in
#             CPL 0 with the CPU's frame (RIP after the int, USER_CS, the
#             RFLAGS and RSP of just before, USER_DS) at rsp+0..32;
#             break-syscall getpid i386 stops in do_int80_syscall_32 with
#             orig_ax 20; sysret-check says IRETQ; at the iretq of
#             restore_regs_and_iret (conditioned on returning to this int)
#             the same frame, and stepi returns to CPL 3 after the int
#   a #PF right after a syscall (doors_gdb_fault): at isr_14 and at
#             isr_common pt-regs names vector 14 from ring 3, not the
#             syscall whose instruction precedes ip
#   a timer IRQ nested in nanosleep (doors_gdb_sleep): at isr_32 for a
#             frame from ring 0, in do_trap and at restore_regs_and_iret's
#             iretq, pt-regs shows the IRQ's frame (rsp - 128 at the iretq,
#             cs KERNEL_CS, ip where the kernel was interrupted), calls it nested
#             in syscall 35, and sysret-check says IRETQ to ring 0
#   no target: the commands say so in one line; $find_insn reads the
#             code from kernel.elf
# QEMU runs with -icount (as make debug does): the same stops every time.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/gdb_stub.inc"
prog=$root/build/user/tests/doors_gdb
kernel=$root/build/kernel.elf
[ -x "$prog" ] || fail "$prog not built"

# Addresses, as bare lowercase hex (gdb's printf %lx).
sym() {
	local a
	a=$(nm "$1" | awk -v s="$2" '$3 == s { print $1; exit }')
	[ -n "$a" ] || fail "no symbol $2 in $1"
	printf '%x' "0x$a"
}
# The first instruction matching REGEX at or after SYMBOL, from objdump.
insn() {
	local a
	a=$(objdump -d --no-show-raw-insn "$kernel" |
	    awk -v s="<$1>:" -v re="$2" '$2 == s { f = 1; next }
		f && $2 ~ re { sub(":", "", $1); print $1; exit }')
	[ -n "$a" ] || fail "no /$2/ after $1 in kernel.elf"
	printf '%x' "0x$a"
}
# The selectors as the kernel is built with them: segment.h through cpp.
sel() {
	local e
	e=$(printf '%s\n' "$1" | cpp -P -imacros "$root/arch/x86_64/segment.h" - | tr -d ' \n')
	printf '%x' $((e))
}
kcs=$(sel KERNEL_CS) ucs=$(sel USER_CS) uds=$(sel USER_DS)
[ "$ucs" != 0 ] && [ "$uds" != 0 ] && [ "$kcs" != 0 ] || fail "no selectors from segment.h"
sc=$(sym "$prog" doors_gdb_syscall) sc_ret=$(sym "$prog" doors_gdb_syscall_ret)
i80=$(sym "$prog" doors_gdb_int80) i80_ret=$(sym "$prog" doors_gdb_int80_ret)
pf=$(sym "$prog" doors_gdb_fault) pf_ret=$(sym "$prog" doors_gdb_fault_ret)
sleep_sc=$(sym "$prog" doors_gdb_sleep)
e_sys=$(sym "$kernel" entry_SYSCALL_64) e_i80=$(sym "$kernel" entry_INT80_compat)
sysret=$(insn entry_SYSCALL_64 '^sysret') iret=$(insn restore_regs_and_iret '^iret')
[ "$(printf '%x' $((0x$sc + 2)))" = "$sc_ret" ] || fail "doors_gdb_syscall is not a 2-byte syscall"
[ "$(printf '%x' $((0x$i80 + 2)))" = "$i80_ret" ] || fail "doors_gdb_int80 is not a 2-byte int"

start_stub "$prog"

# Each "==NAME" line starts a section of the output; printf lines carry
# the values the script checks.
cat >"$T/cmds" <<GDB
help ring
help pt-regs
help break-syscall
help sysret-check
hbreak *_start
continue
echo ==ring-start\n
ring
echo ==pt-regs-start\n
pt-regs
echo ==end\n
delete

hbreak *0x$sc
continue
printf "S1 pc=%lx cs=%lx flags=%lx rsp=%lx\n", \$pc, \$cs, \$eflags, \$rsp
echo ==ring-user-syscall\n
ring
echo ==end\n
stepi
printf "S2 pc=%lx cs=%lx rcx=%lx r11=%lx rsp=%lx\n", \$pc, \$cs, \$rcx, \$r11, \$rsp
echo ==ring-entry-syscall\n
ring
echo ==end\n
delete
python
try:
    gdb.execute("break-syscall no_such_call")
except gdb.error as e:
    print("ERR %s" % e)
end
break-syscall getpid
continue
printf "S3 pc=%lx nr=%d\n", \$pc, (int)\$rsi
echo ==pt-regs-syscall\n
pt-regs
echo ==sysret-check-syscall\n
sysret-check
echo ==end\n
delete
printf "S4 find_insn=%lx\n", \$find_insn("entry_SYSCALL_64", "^sysret")
hbreak *\$find_insn("entry_SYSCALL_64", "^sysret")
continue
printf "S4 pc=%lx cs=%lx rcx=%lx r11=%lx rsp=%lx\n", \$pc, \$cs, \$rcx, \$r11, \$rsp
echo ==pt-regs-sysretq\n
pt-regs
echo ==sysret-check-sysretq\n
sysret-check
echo ==end\n
stepi
printf "S5 pc=%lx cs=%lx rax=%lx rsp=%lx\n", \$pc, \$cs, \$rax, \$rsp
echo ==ring-after-sysret\n
ring
echo ==end\n
delete

hbreak *0x$i80
continue
printf "I1 pc=%lx cs=%lx flags=%lx rsp=%lx\n", \$pc, \$cs, \$eflags, \$rsp
echo ==ring-user-int80\n
ring
echo ==end\n
stepi
printf "I2 pc=%lx cs=%lx\n", \$pc, \$cs
printf "I2 frame=%lx,%lx,%lx,%lx,%lx\n", *(unsigned long *)\$rsp, *(unsigned long *)(\$rsp + 8), *(unsigned long *)(\$rsp + 16), *(unsigned long *)(\$rsp + 24), *(unsigned long *)(\$rsp + 32)
echo ==ring-entry-int80\n
ring
echo ==end\n
delete
break-syscall getpid i386
continue
printf "I3 pc=%lx orig_ax=%d\n", \$pc, ((unsigned long *)\$rdi)[15]
echo ==pt-regs-int80\n
pt-regs
echo ==sysret-check-int80\n
sysret-check
echo ==end\n
delete
hbreak *\$find_insn("restore_regs_and_iret", "^iret") if *(unsigned long *)\$rsp == 0x$i80_ret
continue
printf "I4 pc=%lx cs=%lx\n", \$pc, \$cs
printf "I4 frame=%lx,%lx,%lx,%lx,%lx\n", *(unsigned long *)\$rsp, *(unsigned long *)(\$rsp + 8), *(unsigned long *)(\$rsp + 16), *(unsigned long *)(\$rsp + 24), *(unsigned long *)(\$rsp + 32)
stepi
printf "I5 pc=%lx cs=%lx rax=%lx rsp=%lx flags=%lx\n", \$pc, \$cs, \$rax, \$rsp, \$eflags
echo ==ring-after-iret\n
ring
echo ==end\n
delete

hbreak *0x$pf
continue
delete
hbreak *isr_14
continue
printf "F1 pc=%lx ip=%lx cs=%lx\n", \$pc, *(unsigned long *)(\$rsp + 8), *(unsigned long *)(\$rsp + 16)
echo ==pt-regs-isr14\n
pt-regs
echo ==end\n
delete
hbreak *isr_common
continue
echo ==pt-regs-isr-common\n
pt-regs
echo ==end\n
delete

hbreak *0x$sleep_sc
continue
delete
hbreak *isr_32 if (*(unsigned long *)(\$rsp + 8) & 3) == 0
continue
printf "N1 ip=%lx cs=%lx\n", *(unsigned long *)\$rsp, *(unsigned long *)(\$rsp + 8)
echo ==pt-regs-nested-isr32\n
pt-regs
echo ==end\n
delete
hbreak do_trap
continue
printf "N2 regs=%lx\n", regs
echo ==pt-regs-nested-do-trap\n
pt-regs
echo ==end\n
delete
hbreak *\$find_insn("restore_regs_and_iret", "^iret")
continue
printf "N3 pc=%lx frame=%lx\n", \$pc, \$rsp - 128
echo ==pt-regs-nested-iret\n
pt-regs
echo ==sysret-check-nested-iret\n
sysret-check
echo ==end\n
kill
GDB
timeout 60 gdb -q -batch -x "$T/gdbinit" -x "$T/cmds" >"$T/gdb.out" 2>&1
stop_stub

g=$T/gdb.out
bad() { echo "--- gdb output:"; cat "$g"; fail "$*"; }
# The value of KEY= on the line starting with TAG.
val() { sed -n "s/^$1 .*\\b$2=\\([^ ]*\\).*\$/\\1/p" "$g" | head -n 1; }
want() {	# TAG KEY VALUE WHAT
	local v
	v=$(val "$1" "$2")
	[ "$v" = "$3" ] || bad "$4: $1 $2 is '${v:-missing}', expected $3"
}
section() { awk -v s="==$1" '$0 == s { f = 1; next } /^==/ { f = 0 } f' "$g"; }
has() {		# SECTION REGEX WHAT
	section "$1" | grep -Eq -- "$2" || bad "$3: section $1 lacks /$2/"
}
# A pt-regs field's value, as bare hex.
field() { section "$1" | awk -v n="$2" '$2 == n { sub("^0x0*", "", $3); print ($3 == "" ? "0" : $3); exit }'; }
want_field() {	# SECTION FIELD VALUE
	local v
	v=$(field "$1" "$2")
	[ "$v" = "$3" ] || bad "pt-regs in $1: $2 is '${v:-missing}', expected $3"
}

for c in ring pt-regs break-syscall sysret-check; do
	grep -q "^Usage: $c" "$g" || bad "no help for $c"
done

# The 32-bit entry: the commands work, and say where the CPU is.
has ring-start '^CPL 0: ring 0' "ring at _start"
has ring-start '32-bit protected mode' "ring at _start"
has pt-regs-start 'no task and no pt_regs' "pt-regs at _start"

# syscall.
want S1 pc "$sc" "stop at the syscall instruction"
want S1 cs $ucs "CS before syscall"
flags=$(val S1 flags) rsp=$(val S1 rsp)
has ring-user-syscall '^CPL 3: ring 3, user mode' "ring before syscall"
has ring-user-syscall "^CS = 0x$ucs: USER_CS" "ring before syscall"
want S2 pc "$e_sys" "stepi over syscall lands on entry_SYSCALL_64"
want S2 cs $kcs "CS after syscall"
want S2 rcx "$sc_ret" "RCX after syscall: the next instruction"
want S2 r11 "$flags" "R11 after syscall: the RFLAGS before it"
want S2 rsp "$rsp" "RSP after syscall: still the user's"
has ring-entry-syscall '^CPL 0: ring 0, the kernel' "ring in entry_SYSCALL_64"
has ring-entry-syscall "^CS = 0x$kcs: KERNEL_CS" "ring in entry_SYSCALL_64"
has ring-entry-syscall "the user's; KERNEL_GS_BASE = &percpu" "ring before swapgs"
grep -q '^ERR break-syscall: no system call no_such_call' "$g" || bad "break-syscall accepted an unknown name"
grep -q '^break-syscall: stops in do_syscall_64 when nr == 39 (getpid' "$g" || bad "break-syscall getpid"
want S3 pc "$(sym "$kernel" do_syscall_64)" "break-syscall getpid stops in do_syscall_64"
want S3 nr 39 "break-syscall getpid: nr"
has pt-regs-syscall 'the regs argument of do_syscall_64' "pt-regs in do_syscall_64"
has pt-regs-syscall 'orig_ax +0x0+27 +syscall number 39 = getpid' "pt-regs orig_ax"
want_field pt-regs-syscall orig_ax 27
want_field pt-regs-syscall ip "$sc_ret"
want_field pt-regs-syscall cx "$sc_ret"
want_field pt-regs-syscall cs $ucs
want_field pt-regs-syscall flags "$flags"
want_field pt-regs-syscall r11 "$flags"
want_field pt-regs-syscall sp "$rsp"
want_field pt-regs-syscall ss $uds
want_field pt-regs-syscall ax ffffffffffffffda
has pt-regs-syscall "cs +0x0+$ucs +CPL 3, USER_CS" "pt-regs decodes cs"
has pt-regs-syscall 'flags +0x[0-9a-f]+ +\[.*IF.*\] +IF=1 DF=0 TF=0' "pt-regs decodes flags"
[ "$(section sysret-check-syscall | grep -c '^  OK ')" = 6 ] || bad "sysret-check: not 6 OK for getpid"
has sysret-check-syscall '^=> SYSRET' "sysret-check for getpid"
want S4 find_insn "$sysret" "\$find_insn finds objdump's sysretq"
want S4 pc "$sysret" "stop at sysretq"
want S4 cs $kcs "CS at sysretq"
want S4 rcx "$sc_ret" "RCX at sysretq"
want S4 r11 "$flags" "R11 at sysretq"
want S4 rsp "$rsp" "RSP at sysretq: the user's again"
# At the sysretq rsp is the user's: the frame is still the syscall's.
has pt-regs-sysretq "^struct pt_regs at 0x$(section pt-regs-syscall | sed -n 's/^struct pt_regs at 0x\([0-9a-f]*\):.*/\1/p'): the frame entry_SYSCALL_64 is restoring" "pt-regs at sysretq: the syscall's frame"
has pt-regs-sysretq "rsp is the user's again" "pt-regs at sysretq"
has pt-regs-sysretq '^  entered from ring 3 through `syscall`' "pt-regs at sysretq: the door"
has sysret-check-sysretq '^=> SYSRET' "sysret-check at sysretq"
want S5 pc "$sc_ret" "stepi over sysretq returns to RCX"
want S5 cs $ucs "CS after sysretq"
want S5 rax 1 "getpid's result"
want S5 rsp "$rsp" "RSP after sysretq"
has ring-after-sysret '^CPL 3: ring 3' "ring after sysretq"

# int $0x80.
want I1 pc "$i80" "stop at the int \$0x80 instruction"
want I1 cs $ucs "CS before int \$0x80"
flags=$(val I1 flags) rsp=$(val I1 rsp)
has ring-user-int80 '^CPL 3: ring 3' "ring before int \$0x80"
want I2 pc "$e_i80" "stepi over int \$0x80 lands on entry_INT80_compat"
want I2 cs $kcs "CS after int \$0x80"
frame="$i80_ret,$ucs,$flags,$rsp,$uds"
want I2 frame "$frame" "the CPU's frame (RIP, CS, RFLAGS, RSP, SS) at entry_INT80_compat"
has ring-entry-int80 '^CPL 0: ring 0, the kernel' "ring in entry_INT80_compat"
has ring-entry-int80 '^SS = 0x0: the null selector' "ring: SS after a ring change through a gate"
grep -q '^break-syscall: stops in do_int80_syscall_32 when nr == 20 (getpid' "$g" || bad "break-syscall getpid i386"
want I3 pc "$(sym "$kernel" do_int80_syscall_32)" "break-syscall getpid i386 stops in do_int80_syscall_32"
want I3 orig_ax 20 "break-syscall getpid i386: orig_ax"
has pt-regs-int80 'the regs argument of do_int80_syscall_32' "pt-regs in do_int80_syscall_32"
has pt-regs-int80 'syscall number 20 = getpid \(i386 table\)' "pt-regs orig_ax (i386)"
want_field pt-regs-int80 ip "$i80_ret"
want_field pt-regs-int80 flags "$flags"
want_field pt-regs-int80 sp "$rsp"
has sysret-check-int80 '^  FAILS +rcx == rip' "sysret-check for int \$0x80"
has sysret-check-int80 '^=> IRETQ: a frame of `int \$0x80` .*entry_INT80_compat always leaves through restore_regs_and_iret, to ring 3' "sysret-check for int \$0x80"
section sysret-check-int80 | grep -q 'entry_SYSCALL_64' && bad "sysret-check names entry_SYSCALL_64 for an int \$0x80 frame"
want I4 pc "$iret" "stop at restore_regs_and_iret's iretq"
want I4 cs $kcs "CS at iretq"
want I4 frame "$frame" "the frame iretq pops"
want I5 pc "$i80_ret" "stepi over iretq returns after the int"
want I5 cs $ucs "CS after iretq"
want I5 rax 1 "getpid's result through int \$0x80"
want I5 rsp "$rsp" "RSP after iretq"
want I5 flags "$flags" "RFLAGS after iretq"
has ring-after-iret '^CPL 3: ring 3' "ring after iretq"

# A #PF right after a syscall: an exception, not that syscall.
want F1 pc "$(sym "$kernel" isr_14)" "stop at isr_14"
want F1 ip "$pf_ret" "#PF at the instruction after the syscall"
want F1 cs $ucs "#PF from ring 3"
for s in pt-regs-isr14 pt-regs-isr-common; do
	has $s '^  entered from ring 3 through vector 14, #PF page fault' "$s: the door"
	section $s | grep -q 'through `syscall`' && bad "$s: took the #PF for the syscall before it"
	want_field $s ip "$pf_ret"
done
has pt-regs-isr14 'the frame isr_14 is building, at rsp - 120' "pt-regs at isr_14: the frame from rsp"

# A timer IRQ nested in nanosleep: the IRQ's frame, not the syscall's.
want N1 cs $kcs "the IRQ came in while the kernel ran"
# The syscall's frame: where do_syscall_64's regs was for getpid.
nip=$(val N1 ip)
top=$(section pt-regs-syscall | sed -n 's/^struct pt_regs at 0x\([0-9a-f]*\):.*/\1/p')
want N2 regs "$(val N3 frame)" "do_trap's regs is the frame restore_regs_and_iret restores"
for s in pt-regs-nested-isr32 pt-regs-nested-do-trap pt-regs-nested-iret; do
	has $s '^  entered from ring 0 through' "$s: from ring 0"
	has $s '^  nested: it interrupted the kernel \(ring 0\) at <sleep_until' "$s: nested"
	has $s "inside \`syscall\` 35 \(nanosleep\) from ring 3, whose frame is at 0x$top" "$s: the outer syscall"
	want_field $s cs $kcs
	want_field $s ip "$nip"
	has $s "^struct pt_regs at 0x$(val N3 frame):" "$s: the IRQ's frame"
done
has pt-regs-nested-isr32 'vector 32, IRQ 0, the PIT timer' "pt-regs at isr_32: the vector"
has pt-regs-nested-iret 'the frame restore_regs_(and_iret|noswapgs) is restoring, at rsp - 128' "pt-regs at iretq: the frame from rsp"
has sysret-check-nested-iret "^sysret-check: struct pt_regs at 0x$(val N3 frame):" "sysret-check at iretq: the IRQ's frame"
has sysret-check-nested-iret "^=> IRETQ: a frame of an interrupt or exception .*, to ring 0 \\(CS 0x$kcs\\)" "sysret-check at iretq: IRETQ to ring 0"
section sysret-check-nested-iret | grep -q 'SYSRET:' && bad "sysret-check at a nested IRQ's iretq says SYSRET"

# No target: one line each, no Python traceback; $find_insn reads the file.
cat >"$T/nocmds" <<GDB
file $kernel
source $root/tools/trapdoor.gdb
printf "X find_insn=%lx\n", \$find_insn("entry_SYSCALL_64", "^sysret")
python
for c in ("ring", "pt-regs", "sysret-check"):
    try:
        gdb.execute(c)
    except gdb.error as e:
        print(e)
end
GDB
timeout 30 gdb -q -batch -x "$T/nocmds" >"$T/nogdb.out" 2>&1
g=$T/nogdb.out
want X find_insn "$sysret" "\$find_insn without a target"
for c in ring pt-regs sysret-check; do
	grep -q "^$c: no target: QEMU is not connected" "$g" || bad "$c without a target"
done
grep -q 'Python' "$g" && bad "a Python error without a target"
exit 0
