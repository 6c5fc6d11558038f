/*
 * hostile_int_vector_df: `int $0x08` from ring 3.  Vector 8 is #DF, on its
 * own IST stack: its handler panics the kernel.
 *
 * Its IDT gate has DPL 0, and a software interrupt needs CPL <= the gate's
 * DPL, so the CPU raises #GP instead, with an error code naming the IDT
 * entry: vector * 8 + 2 (the IDT bit) = 0x42.  The handler never runs.
 * (QEMU 7.2's TCG pushes vector * 16 + 2 = 0x82 instead: the log check
 * takes either.)
 *
 * Linux: its gates are DPL 0 too (only 3, 4 and 0x80 are DPL 3): the same
 * #GP, SIGSEGV, status 128 + 11 (checked on Linux 6.18: "general
 * protection fault ... error:42").  The kernel keeps running.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #GP general protection at rip 0x[0-9a-f]+ \(error code (0x42|0x82)\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	printf("executing int $0x08\n");
	asm volatile("int $0x08" ::: "memory");
	printf("FAIL - int $0x08 returned\n");
	return 1;
}
