/*
 * hostile_stack_kernel_push: ring 3 points %rsp at the kernel's image
 * (0xffffffff80200000) and pushes.  The push is a ring-3 write to a
 * supervisor address: #PF (user, write) at 0xffffffff801ffff8.  The CPU
 * delivers it on the kernel stack (TSS.RSP0), not on the bad user rsp,
 * and with no handler the program dies of SIGSEGV, status 128 + 11.
 * Linux: the same.  The kernel keeps running.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #PF page fault at rip 0x[0-9a-f]+, address 0xffffffff801ffff8 \(.*write, user\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	printf("push with rsp = 0xffffffff80200000\n");
	asm volatile("movq %%rsp, %%rbx\n\t"
		     "movabsq $0xffffffff80200000, %%rsp\n\t"
		     "pushq $0\n\t"
		     "movq %%rbx, %%rsp"
		     : : : "rbx", "memory");
	printf("FAIL - the push to a kernel address returned\n");
	return 1;
}
