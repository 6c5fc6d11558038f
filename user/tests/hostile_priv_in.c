/*
 * hostile_priv_in: in from the serial port (inb %dx, %al with dx = 0x3f8,
 * COM1's receive register) would let ring 3 read the console behind the
 * kernel's back.  With CPL 3 > IOPL 0 the CPU looks in the TSS I/O bitmap,
 * which is absent (iomap_base past the TSS limit): #GP(0).  (Linux gives
 * no port access without ioperm/iopl either.)
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
	unsigned char c;

	printf("executing in in ring 3\n");
	asm volatile("inb %%dx, %%al" : "=a"(c) : "d"((unsigned short)0x3f8));
	(void)c;
	printf("FAIL - in returned in ring 3\n");
	return 1;
}
