/*
 * hostile_int_vector_pf: `int $0x0e` from ring 3.  Vector 0x0e is #PF:
 * reaching its handler from ring 3 would make the kernel handle a page
 * fault with no error code pushed (its frame one slot off) and a stale
 * CR2.
 *
 * Its IDT gate has DPL 0, and a software interrupt needs CPL <= the gate's
 * DPL, so the CPU raises #GP instead, with an error code naming the IDT
 * entry: vector * 8 + 2 (the IDT bit) = 0x72.  The handler never runs.
 * (QEMU 7.2's TCG pushes vector * 16 + 2 = 0xe2 instead: the log check
 * takes either.)
 *
 * Linux: its gates are DPL 0 too (only 3, 4 and 0x80 are DPL 3): the same
 * #GP, SIGSEGV, status 128 + 11 (checked on Linux 6.18: "general
 * protection fault ... error:72").  The kernel keeps running.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #GP general protection at rip 0x[0-9a-f]+ \(error code (0x72|0xe2)\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	printf("executing int $0x0e\n");
	asm volatile("int $0x0e" ::: "memory");
	printf("FAIL - int $0x0e returned\n");
	return 1;
}
