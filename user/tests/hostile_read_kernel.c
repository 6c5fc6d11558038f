/*
 * hostile_read_kernel: ring 3 reads the kernel's own text, at
 * 0xffffffff80101000 (where the kernel maps its image from .text on:
 * present, U=0).  The page walk refuses a user access to a supervisor
 * page: #PF with P=1 (protection violation on read, user).  Linux does
 * the same for its kernel half: SIGSEGV (SEGV_ACCERR... or MAPERR, the
 * status is what counts), status 128 + 11.  The kernel keeps running.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #PF page fault at rip 0x[0-9a-f]+, address 0xffffffff80101000 \(protection violation on read, user\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	const volatile unsigned long *p = (const unsigned long *)0xffffffff80101000ul;

	asm volatile("" : "+r"(p));
	printf("reading kernel text at %p\n", (const void *)p);
	unsigned long v = *p;

	printf("FAIL - the read returned 0x%lx\n", v);
	return 1;
}
