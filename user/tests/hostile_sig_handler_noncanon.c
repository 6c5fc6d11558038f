/*
 * A signal handler at a non-canonical address: the kernel must not try to
 * return to it (iretq would fault in ring 0 on real CPUs); the program
 * dies of SIGSEGV instead, as on Linux (where the failed iret becomes the
 * program's SIGSEGV).
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV */
/* expect-log: kernel healthy */
#include "ulib.h"

struct k_sigaction {
	unsigned long handler, flags, restorer, mask;
};

int main(void)
{
	struct k_sigaction sa = { 0x8000000000000000ul, 0x04000000, 0x401000, 0 };

	CHECK_EQ(sc_rt_sigaction(10, &sa, 0, 8), 0,
		 "rt_sigaction takes any handler value, as Linux does");
	printf("raising SIGUSR1 with the handler at 0x8000000000000000\n");
	sc_kill(sc_getpid(), 10);
	printf("FAIL - the signal came back\n");
	return 1;
}
