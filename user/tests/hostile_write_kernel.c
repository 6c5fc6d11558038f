/*
 * hostile_write_kernel: ring 3 writes into the kernel's text, at
 * 0xffffffff80101000 (present, U=0, and read-only for the kernel too).
 * The U/S check comes first: #PF with P=1 (protection violation on
 * write, user), nothing is written.  Linux: SIGSEGV, status 128 + 11.
 * The kernel keeps running (it could not, had the write landed).
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #PF page fault at rip 0x[0-9a-f]+, address 0xffffffff80101000 \(protection violation on write, user\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	volatile unsigned long *p = (unsigned long *)0xffffffff80101000ul;

	asm volatile("" : "+r"(p));
	printf("writing 0xcc into kernel text at %p\n", (void *)p);
	*p = 0xccccccccccccccccul;
	printf("FAIL - the write into kernel text returned\n");
	return 1;
}
