/*
 * hostile_kernel_selector_ss: ring 3 loads the kernel data selector 0x18
 * into %ss.  A DPL-0 data segment cannot be loaded at CPL 3: #GP with
 * the selector as the error code (0x18), SIGSEGV, status 128 + 11.
 * For %ss the rule is stricter still (RPL and DPL must both
 * equal CPL), and the error code is the selector too.
 * Linux: the same #GP and SIGSEGV.  The kernel keeps running.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #GP general protection at rip 0x[0-9a-f]+ \(error code 0x18\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	printf("loading the kernel data selector 0x18 into %%ss\n");
	asm volatile("movw %0, %%ss" : : "r"((unsigned short)0x18) : "memory");
	printf("FAIL - %%ss = 0x18 loaded in ring 3\n");
	return 1;
}
