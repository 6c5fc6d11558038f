/*
 * hostile_priv_cr0_read: mov from %cr0 would read the CPU's control flags
 * (PG, WP, ...).  Reading a control register is as privileged as writing
 * one: #GP(0).  (smsw, which reads CR0's low bits, is UMIP's business:
 * hostile_umip_smsw.)
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
	unsigned long v;

	printf("executing cr0_read in ring 3\n");
	asm volatile("mov %%cr0, %0" : "=r"(v));
	(void)v;
	printf("FAIL - cr0_read returned in ring 3\n");
	return 1;
}
