/*
 * hostile_priv_rdmsr: rdmsr of LSTAR (0xc0000082) would show ring 3 where
 * the kernel's syscall entry is.  rdmsr is CPL 0 only: #GP(0).  (Linux has
 * no user rdmsr either: /dev/cpu/N/msr goes through the kernel.)
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
	unsigned int lo, hi;

	printf("executing rdmsr in ring 3\n");
	asm volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(0xc0000082u));
	(void)lo;
	(void)hi;
	printf("FAIL - rdmsr returned in ring 3\n");
	return 1;
}
