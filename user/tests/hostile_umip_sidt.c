/*
 * hostile_umip_sidt: sidt stores the IDTR (the IDT's limit and kernel
 * address) to user memory.  Without UMIP it leaks a kernel address; with
 * CR4.UMIP set (-cpu max has UMIP) it raises #GP(0) in ring 3, and a
 * kernel that does not emulate it ends the program with SIGSEGV, status
 * 128 + 11: what this test expects.
 *
 * Linux: with UMIP on, 4.15 to 5.9 sent SIGSEGV to a 64-bit process
 * (their emulation covered 32-bit processes only); since 5.10
 * (arch/x86/kernel/umip.c: "Emulation is provided for both 32-bit and
 * 64-bit processes") the #GP is fixed up with a dummy result, IDT base
 * 0xffffffffffff0000 and limit 0, and the program goes on, with a rate-limited
 * "umip: ... SIDT instruction cannot be used by applications" in dmesg.
 * Checked on Linux 6.18 (UMIP CPU): the dummy comes back, this program
 * prints its FAIL line and exits 1.  Either way Linux never shows the
 * real IDTR; the stricter SIGSEGV is what this test asks of trapdoor.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #GP general protection at rip 0x[0-9a-f]+ \(error code 0x0\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	struct {
		unsigned short limit;
		unsigned long base;
	} __attribute__((packed)) d = { 0, 0 };

	printf("executing sidt in ring 3\n");
	asm volatile("sidt %0" : "=m"(d) : : "memory");
	printf("FAIL - sidt returned in ring 3: IDT base 0x%lx, limit 0x%x%s\n",
	       d.base, d.limit,
	       d.base == 0xffffffffffff0000ul && d.limit == 0 ?
	       " (Linux's UMIP dummy)" : " (the real IDTR: UMIP is off)");
	return 1;
}
