/*
 * hostile_sigreturn_krip: a SIGUSR1 handler edits its ucontext so that
 * rt_sigreturn "returns" to 0xffffffff80101000, the kernel's text, and
 * returns.  Linux lets that rt_sigreturn succeed (the rip is canonical):
 * the return lands in ring 3 at the kernel address, whose fetch is a #PF
 * (protection violation on instruction fetch, user) and SIGSEGV; checked
 * on Linux 6.18: "segfault at ffffffff80101000 ip ffffffff80101000 error
 * 15".  A kernel may refuse the frame instead (rt_sigreturn's own
 * SIGSEGV): the same status, 128 + 11, only the report differs, so the
 * log is checked loosely.  Never a return into the kernel.  The kernel
 * keeps running.
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
	printf("handler: saved rip 0x%lx; replacing it with 0xffffffff80101000\n",
	       uc->uc_mcontext.ip);
	uc->uc_mcontext.ip = 0xffffffff80101000ul;
}

int main(void)
{
	sig_handle(SIGUSR1, on_usr1, 0);
	printf("raising SIGUSR1\n");
	sc_kill(sc_getpid(), SIGUSR1);
	printf("FAIL - rt_sigreturn to a kernel rip came back to main\n");
	return 1;
}
