/*
 * Below the initial user stack is a guard gap nothing maps: touching it is
 * a not-present #PF and SIGSEGV, not silent corruption of something else.
 * (The stack's top is USER_STACK_TOP, 256 KiB of it are mapped.)
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #PF page fault at rip 0x[0-9a-f]+, address 0x7ffffefbf000 \(not-present page on write, user\) */
#include "ulib.h"

int main(void)
{
	volatile char *below = (char *)0x00007fffff000000ul - 256 * 1024 - 4096;

	printf("writing just below the stack, at %p\n", (void *)below);
	*below = 1;
	printf("FAIL - the write went through\n");
	return 1;
}
