/*
 * hostile_priv_clts: clts would clear CR0.TS.  CPL 0 only: #GP(0); CR0 is
 * unchanged.
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
	printf("executing clts in ring 3\n");
	asm volatile("clts" ::: "memory");
	printf("FAIL - clts returned in ring 3\n");
	return 1;
}
