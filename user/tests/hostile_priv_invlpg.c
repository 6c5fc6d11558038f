/*
 * hostile_priv_invlpg: invlpg would flush a TLB entry (here the one for
 * address 0).  Harmless as that would be, it is CPL 0 only: #GP(0).
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
	printf("executing invlpg in ring 3\n");
	asm volatile("invlpg (%0)" : : "r"(0ul) : "memory");
	printf("FAIL - invlpg returned in ring 3\n");
	return 1;
}
