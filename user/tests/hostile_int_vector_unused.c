/*
 * hostile_int_vector_unused: `int $0x81` from ring 3.  Vector 0x81 has no
 * handler at all: its gate is all zeroes.  A gate's type and DPL are
 * checked before its present bit, so this is #GP too, not #NP (which would
 * be SIGBUS).
 *
 * Its IDT gate has DPL 0, and a software interrupt needs CPL <= the gate's
 * DPL, so the CPU raises #GP instead, with an error code naming the IDT
 * entry: vector * 8 + 2 (the IDT bit) = 0x40a.  The handler never runs.
 * (QEMU 7.2's TCG pushes vector * 16 + 2 = 0x812 instead: the log check
 * takes either.)
 *
 * Linux: its gates are DPL 0 too (only 3, 4 and 0x80 are DPL 3): the same
 * #GP, SIGSEGV, status 128 + 11 (checked on Linux 6.18: "general
 * protection fault ... error:40a").  The kernel keeps running.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #GP general protection at rip 0x[0-9a-f]+ \(error code (0x40a|0x812)\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	printf("executing int $0x81\n");
	asm volatile("int $0x81" ::: "memory");
	printf("FAIL - int $0x81 returned\n");
	return 1;
}
