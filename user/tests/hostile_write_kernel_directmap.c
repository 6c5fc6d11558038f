/*
 * hostile_write_kernel_directmap: ring 3 writes through the kernel's
 * direct map of physical memory, at 0xffff800000100000 (PAGE_OFFSET +
 * 1 MiB: the physical page that holds the kernel image; writable for the
 * kernel, U=0).  #PF with P=1 (protection violation on write, user), and
 * nothing is written.  Linux: its direct map (0xffff888000000000 there)
 * is supervisor-only too: SIGSEGV, status 128 + 11.  (Reading it is
 * fault_kernel_read.)
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #PF page fault at rip 0x[0-9a-f]+, address 0xffff800000100000 \(protection violation on write, user\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	volatile unsigned long *p = (unsigned long *)0xffff800000100000ul;

	asm volatile("" : "+r"(p));
	printf("writing into the direct map at %p\n", (void *)p);
	*p = 0;
	printf("FAIL - the write into the direct map returned\n");
	return 1;
}
