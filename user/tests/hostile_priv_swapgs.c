/*
 * hostile_priv_swapgs: swapgs would swap GS_BASE with KERNEL_GS_BASE, the
 * trick the kernel's entry uses to find its per-CPU area.  It is CPL 0
 * only (in 64-bit mode): #GP(0), and GS_BASE stays the program's.
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
	printf("executing swapgs in ring 3\n");
	asm volatile("swapgs" ::: "memory");
	printf("FAIL - swapgs returned in ring 3\n");
	return 1;
}
