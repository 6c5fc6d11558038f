/*
 * hostile_priv_cr3: mov to %cr3 would switch to another page table (here
 * physical page 0, which would take over every address).  Moves to control
 * registers are CPL 0 only: #GP(0); CR3 keeps the program's own PML4.
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
	printf("executing cr3 in ring 3\n");
	asm volatile("mov %0, %%cr3" : : "r"(0ul) : "memory");
	printf("FAIL - cr3 returned in ring 3\n");
	return 1;
}
