/*
 * The stack grows on demand over its 8 MiB (pages appear as they are
 * touched: 1 MiB of recursion works), and below it is a guard gap nothing
 * maps: touching it is a not-present #PF and SIGSEGV, not silent
 * corruption of something else.  (The stack's top is 0x7fffff000000.)
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #PF page fault at rip 0x[0-9a-f]+, address 0x7ffffe7ff000 \(not-present page on write, user\) */
#include "ulib.h"

/* About 1 MiB of stack: 256 frames of 4 KiB. */
static int deep(int n)
{
	volatile char frame[4096];

	frame[0] = (char)n;
	return n ? deep(n - 1) + frame[0] : 0;
}

int main(void)
{
	volatile char *below = (char *)0x00007fffff000000ul - (8 << 20) - 4096;

	printf("recursion over 1 MiB of stack: %d\n", deep(256));

	printf("writing just below the stack, at %p\n", (void *)below);
	*below = 1;
	printf("FAIL - the write went through\n");
	return 1;
}
