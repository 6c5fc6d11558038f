/*
 * fault_null: a write through a NULL pointer from ring 3 is the program's
 * fault, not the kernel's: page 0 is never mapped, the #PF (not present,
 * write, user) ends the process with SIGSEGV (status 128 + 11) and a
 * one-line report, and the kernel gets every frame back.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #PF page fault at rip 0x[0-9a-f]+, address 0x0 \(not-present page on write, user\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	volatile int *p = NULL;

	/* Hide the NULL from the optimiser, which would turn a known NULL
	 * store into ud2 (a #UD, not the #PF this is about). */
	asm volatile("" : "+r"(p));
	printf("writing through NULL\n");
	*p = 42;
	printf("FAIL - the write through NULL returned\n");
	return 1;
}
