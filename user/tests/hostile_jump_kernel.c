/*
 * hostile_jump_kernel: ring 3 calls into the kernel's text at
 * 0xffffffff80101000.  A call is not a gate: the CPU stays in ring 3 and
 * fetches the instruction there, and the fetch from a supervisor page is
 * a #PF with P=1 on instruction fetch, at rip = that address.  Linux: the
 * same #PF, SIGSEGV, status 128 + 11.  The kernel keeps running.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #PF page fault at rip 0xffffffff80101000, address 0xffffffff80101000 \(protection violation on instruction fetch, user\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	void (*fn)(void) = (void (*)(void))0xffffffff80101000ul;

	asm volatile("" : "+r"(fn));
	printf("calling kernel text at %p\n", (void *)fn);
	fn();
	printf("FAIL - the call into kernel text returned\n");
	return 1;
}
