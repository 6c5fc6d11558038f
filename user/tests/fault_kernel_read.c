/*
 * fault_kernel_read: ring 3 reading kernel memory that IS mapped, but
 * with U=0, is a #PF with the present bit set: a protection violation on
 * read from user mode.  The process dies of SIGSEGV (status 128 + 11),
 * the report names the address, and the kernel stays healthy.
 *
 * The address is the direct map's view of physical 1 MiB, where the
 * kernel image is loaded (PAGE_OFFSET 0xffff800000000000 + 0x100000; the
 * direct map covers the first 4 GiB of physical memory).  Not KERNEL_ADDR
 * (0xffffffff80100000): the kernel maps its image from .text on, at
 * 0xffffffff80101000, so that page is not present at all and the fault
 * would be "not-present page on read".
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #PF page fault at rip 0x[0-9a-f]+, address 0xffff800000100000 \(protection violation on read, user\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

#define DIRECT_MAP_KERNEL	((const void *)0xffff800000100000ul)

int main(void)
{
	const volatile unsigned char *p = DIRECT_MAP_KERNEL;

	asm volatile("" : "+r"(p));
	printf("reading kernel memory at %p\n", (const void *)p);
	unsigned char c = *p;

	printf("FAIL - the read returned 0x%x\n", c);
	return 1;
}
