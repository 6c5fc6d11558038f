/*
 * hostile_iretq: ring 3 forges an interrupt return frame on its own stack
 * (SS = 0x18 kernel data, RSP, RFLAGS, CS = 0x10 kernel code, RIP =
 * 0xffffffff80101000, kernel text) and executes iretq, to "return" into
 * ring 0.  iretq is not privileged, but it may only return to an equal or
 * less privileged level: the frame's CS has RPL 0 < CPL 3, #GP with the
 * selector as the error code (0x10), raised in ring 3 before anything is
 * loaded.  Linux: the same #GP, SIGSEGV, status 128 + 11 (checked on
 * Linux 6.18 with CS 0x08, its 32-bit kernel code: "general protection
 * fault ... error:8"; its 64-bit kernel code 0x10 is DPL 0 as well).  The
 * kernel keeps running.
 *
 * Under QEMU 7.2's TCG with SMAP on (-cpu max, and the kernel sets
 * CR4.SMAP), the emulated iretq pops its frame from the user stack with a
 * supervisor, SMAP-checked access: the program dies of a #PF (protection
 * violation on read, kernel) at the iretq instead of the #GP.  That is the
 * emulator's bug (with --cpu qemu64, no SMAP, it is the #GP(0x10)), and the
 * log check takes either; the status, 128 + 11, is the same.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: (#GP general protection at rip 0x[0-9a-f]+ \(error code 0x10\)|#PF page fault at rip 0x[0-9a-f]+, address 0x7f[0-9a-f]+ \(protection violation on read, kernel\))$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	printf("iretq to 0x10:0xffffffff80101000 with SS 0x18\n");
	asm volatile("movq %%rsp, %%rax\n\t"
		     "pushq $0x18\n\t"			/* SS */
		     "pushq %%rax\n\t"			/* RSP */
		     "pushfq\n\t"			/* RFLAGS */
		     "pushq $0x10\n\t"			/* CS */
		     "movabsq $0xffffffff80101000, %%rax\n\t"
		     "pushq %%rax\n\t"			/* RIP */
		     "iretq"
		     : : : "rax", "memory");
	printf("FAIL - iretq to ring 0 returned\n");
	return 1;
}
