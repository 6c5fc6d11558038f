/*
 * hostile_priv_wrmsr: wrmsr would let ring 3 rewrite any MSR: LSTAR (the
 * syscall entry point), EFER, GS_BASE...  Here it tries to point LSTAR
 * (0xc0000082) at address 1.  wrmsr is CPL 0 only: #GP(0), and LSTAR is
 * unchanged (the MSR number is not even looked at).
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
	printf("executing wrmsr in ring 3\n");
	asm volatile("wrmsr"
		     : : "c"(0xc0000082u), "a"(1u), "d"(0u) : "memory");
	printf("FAIL - wrmsr returned in ring 3\n");
	return 1;
}
