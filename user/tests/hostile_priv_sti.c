/*
 * hostile_priv_sti: sti sets IF: with CPL 3 > IOPL 0 it raises #GP(0),
 * even though IF is already set.  (No VIF in 64-bit mode either.)
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
	printf("executing sti in ring 3\n");
	asm volatile("sti" ::: "memory");
	printf("FAIL - sti returned in ring 3\n");
	return 1;
}
