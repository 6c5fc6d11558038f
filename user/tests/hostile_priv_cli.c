/*
 * hostile_priv_cli: cli would turn interrupts off, and with them the
 * timer: the program could never be preempted.  With IOPL 0 (the kernel
 * never gives ring 3 more) and CPL 3 > IOPL, cli raises #GP(0) and IF
 * stays set.  (64-bit mode has no VME/PVI virtual flag to fall back on.)
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
	printf("executing cli in ring 3\n");
	asm volatile("cli" ::: "memory");
	printf("FAIL - cli returned in ring 3\n");
	return 1;
}
