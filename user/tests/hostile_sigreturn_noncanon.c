/*
 * hostile_sigreturn_noncanon: a SIGUSR1 handler edits its ucontext so that
 * rt_sigreturn "returns" to 0x8000000000000000, a non-canonical address,
 * and returns.  No iretq or sysretq can load that into RIP: it must end
 * as the program's fault, never as a #GP in ring 0 with user registers
 * (the classic SYSRET hole) or a kernel panic.  Linux: the iretq's #GP is
 * turned into the program's own, SIGSEGV; checked on Linux 6.18:
 * "general protection fault ip:8000000000000000 error:0", status
 * 128 + 11.  A kernel may refuse the frame in rt_sigreturn instead: the
 * same status, a different report, so the log is checked loosely.  The
 * kernel keeps running.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV */
/* expect-log: kernel healthy */
#include "ulib.h"
#include "usignal.h"

static void on_usr1(int sig, void *info, void *ucv)
{
	struct ucontext_64 *uc = ucv;

	(void)sig;
	(void)info;
	printf("handler: saved rip 0x%lx; replacing it with 0x8000000000000000\n",
	       uc->uc_mcontext.ip);
	uc->uc_mcontext.ip = 0x8000000000000000ul;
}

int main(void)
{
	sig_handle(SIGUSR1, on_usr1, 0);
	printf("raising SIGUSR1\n");
	sc_kill(sc_getpid(), SIGUSR1);
	printf("FAIL - rt_sigreturn to a non-canonical rip came back to main\n");
	return 1;
}
