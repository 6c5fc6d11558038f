/*
 * hostile_sigreturn_iopl: a SIGUSR1 handler edits its ucontext to ask
 * rt_sigreturn for RFLAGS with IOPL 3 (port I/O, cli/sti for ring 3) and
 * IF clear (no more timer interrupts), and returns.  Only the arithmetic
 * and status flags (and TF, DF, AC, RF) may come from a frame: the
 * kernel keeps IOPL 0 and IF 1, and `cli` still faults afterwards.
 * Linux: the same (FIX_EFLAGS in restore_sigcontext).
 */
/* expect: exit 0 */
/* expect-log: kernel healthy */
#include "ulib.h"
#include "usignal.h"

static void on_usr1(int sig, void *info, void *ucv)
{
	struct ucontext_64 *uc = ucv;

	(void)sig;
	(void)info;
	printf("handler: saved RFLAGS 0x%lx; asking for IOPL 3, IF 0\n",
	       uc->uc_mcontext.flags);
	uc->uc_mcontext.flags = (uc->uc_mcontext.flags | 0x3000ul) & ~0x200ul;
}

int main(void)
{
	unsigned long flags;

	sig_handle(SIGUSR1, on_usr1, 0);
	printf("raising SIGUSR1\n");
	CHECK_EQ(sc_kill(sc_getpid(), SIGUSR1), 0, "kill(getpid(), SIGUSR1)");
	asm volatile("pushfq\n\tpopq %0" : "=r"(flags));
	CHECK_EQ((flags >> 12) & 3, 0, "IOPL is still 0 after rt_sigreturn");
	CHECK_EQ(flags & 0x200, 0x200, "IF is still set after rt_sigreturn");
	check_done();
}
