/*
 * fault_int3: int3 in ring 3 reaches the #BP handler (its IDT gate has DPL
 * 3, so this is #BP, not a #GP for a privileged gate): with no debugger,
 * the process dies of SIGTRAP (status 128 + 5), as on Linux.
 */
/* expect: exit 133 */
/* expect-log: killed by SIGTRAP: #BP breakpoint at rip 0x[0-9a-f]+ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	printf("executing int3\n");
	asm volatile("int3");
	printf("FAIL - int3 returned\n");
	return 1;
}
