/*
 * hostile_priv_out: out to port 0xf4 (QEMU's isa-debug-exit, the runner's
 * way to stop the machine) would let ring 3 power off the machine with a
 * status of its choosing.  CPL 3 > IOPL 0 and no I/O bitmap: #GP(0),
 * nothing reaches the port, and the status is 139.
 *
 * The #GP(0) is raised in ring 3, so it is the program's fault: SIGSEGV,
 * status 128 + 11, a one-line report naming #GP, and the kernel keeps
 * running.  Linux: the same #GP and SIGSEGV (si_code SI_KERNEL; checked on
 * Linux 6.18).
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #GP general protection at rip 0x[0-9a-f]+ \(error code 0x0\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	printf("executing out in ring 3\n");
	asm volatile("outb %%al, %%dx"
		     : : "a"((unsigned char)0), "d"((unsigned short)0xf4));
	printf("FAIL - out returned in ring 3\n");
	return 1;
}
