/*
 * hostile_kernel_cs: ring 3 tries to become ring 0 by loading the kernel
 * code selector 0x10 into %cs with a far return (lretq: pops RIP, then
 * CS = 0x10, to a label right after it).  A return may only go to an
 * equal or less privileged level: the popped selector's RPL 0 < CPL 3
 * raises #GP with the selector as the error code (0x10); CS stays 0x33.
 * Linux: the same #GP, SIGSEGV, status 128 + 11 (checked on Linux 6.18
 * with 0x08, its 32-bit kernel code: "general protection fault ...
 * error:8"; 0x10 is DPL 0 as well).  The kernel keeps running.
 *
 * Under QEMU 7.2's TCG with SMAP on (-cpu max, and the kernel sets
 * CR4.SMAP), the emulated lretq pops its frame from the user stack with a
 * supervisor, SMAP-checked access: the program dies of a #PF (protection
 * violation on read, kernel) at the lretq instead of the #GP.  That is the
 * emulator's bug (with --cpu qemu64, no SMAP, it is the #GP(0x10)), and the
 * log check takes either; the status, 128 + 11, is the same.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: (#GP general protection at rip 0x[0-9a-f]+ \(error code 0x10\)|#PF page fault at rip 0x[0-9a-f]+, address 0x7f[0-9a-f]+ \(protection violation on read, kernel\))$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	unsigned short cs;

	asm volatile("movw %%cs, %0" : "=r"(cs));
	printf("CS = 0x%x; lretq to 0x10:label\n", cs);
	asm volatile("pushq $0x10\n\t"
		     "leaq 1f(%%rip), %%rax\n\t"
		     "pushq %%rax\n\t"
		     "lretq\n"
		     "1:\n\t"
		     "movw %%cs, %0"
		     : "=r"(cs) : : "rax", "memory");
	printf("FAIL - lretq to 0x10 returned, CS = 0x%x\n", cs);
	return 1;
}
