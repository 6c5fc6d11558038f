/*
 * fault_ud2: ud2, the instruction that is defined to be invalid, raises
 * #UD in ring 3: the process dies of SIGILL (status 128 + 4) with a
 * one-line report naming #UD and its rip, and the kernel stays healthy.
 */
/* expect: exit 132 */
/* expect-log: killed by SIGILL: #UD invalid opcode at rip 0x[0-9a-f]+ \(error code 0x0\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	printf("executing ud2\n");
	asm volatile("ud2");
	printf("FAIL - ud2 returned\n");
	return 1;
}
