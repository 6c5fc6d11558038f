/*
 * fault_privileged: hlt is a privileged instruction; in ring 3 it raises
 * #GP(0) instead of halting the machine: the process dies of SIGSEGV
 * (status 128 + 11), the kernel stays healthy.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #GP general protection at rip 0x[0-9a-f]+ \(error code 0x0\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	printf("executing hlt in ring 3\n");
	asm volatile("hlt");
	printf("FAIL - hlt returned\n");
	return 1;
}
