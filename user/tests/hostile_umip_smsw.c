/*
 * hostile_umip_smsw: smsw reads CR0's low bits (PE, MP, EM, TS, ...)
 * into a register.  Without UMIP it is allowed in ring 3; with CR4.UMIP
 * set (-cpu max has UMIP) it raises #GP(0), and a kernel that does not
 * emulate it ends the program with SIGSEGV, status 128 + 11: what this
 * test expects.
 *
 * Linux: with UMIP on, 4.15 to 5.9 sent SIGSEGV to a 64-bit process;
 * since 5.10 it emulates smsw for 64-bit processes too, returning CR0 as
 * it was at boot (CR0_STATE), and the program goes on.  Checked on Linux
 * 6.18 (UMIP CPU): smsw returns 0x80050033, this program prints its FAIL
 * line and exits 1.  The stricter SIGSEGV is what this test asks of
 * trapdoor.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #GP general protection at rip 0x[0-9a-f]+ \(error code 0x0\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	unsigned long msw = 0;

	printf("executing smsw in ring 3\n");
	asm volatile("smsw %0" : "=r"(msw));
	printf("FAIL - smsw returned in ring 3: 0x%lx\n", msw);
	return 1;
}
