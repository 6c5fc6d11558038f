/*
 * hostile_priv_lgdt: lgdt would let ring 3 install its own GDT, with a
 * ring-3 alias of the kernel code segment.  It is CPL 0 only: #GP(0)
 * before the operand is used (here a 'GDT' of 8 bytes at address 0).  The
 * GDTR is unchanged.
 *
 * The #GP(0) is raised in ring 3, so it is the program's fault: SIGSEGV,
 * status 128 + 11, a one-line report naming #GP, and the kernel keeps
 * running.  Linux: the same #GP and SIGSEGV (si_code SI_KERNEL; checked on
 * Linux 6.18).
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #GP general protection at rip 0x[0-9a-f]+ \(error code 0x0\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	struct {
		unsigned short limit;
		unsigned long base;
	} __attribute__((packed)) d = { 7, 0 };

	printf("executing lgdt in ring 3\n");
	asm volatile("lgdt %0" : : "m"(d) : "memory");
	printf("FAIL - lgdt returned in ring 3\n");
	return 1;
}
