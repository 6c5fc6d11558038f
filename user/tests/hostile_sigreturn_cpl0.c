/*
 * hostile_sigreturn_cpl0: a SIGUSR1 handler edits its ucontext to ask
 * rt_sigreturn for CS = 0x10 (kernel code, ring 0) and SS = 0x18 (kernel
 * data), and returns: an attempt to get into ring 0 through the signal
 * frame, which the kernel itself loads into the CPU with iretq.
 *
 * Linux (restore_sigcontext: "Get CS/SS and force CPL3") takes the
 * frame's selectors with RPL forced to 3: CS 0x13, SS 0x1b.  Its iretq to
 * them faults (a DPL-0 code segment cannot be entered with RPL 3), the
 * fault is turned into one of the program's (fixup_bad_iret), and the
 * program dies of SIGSEGV: #GP with error code 0x10, at the rip it was
 * returning to.  Checked on Linux 6.18 with CS 0x08 and SS 0x10: "general
 * protection fault ip:... error:8", status 128 + 11.  Never ring 0, and never the program going
 * on as if nothing happened: what this test expects.  The kernel keeps
 * running.
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
	printf("handler: frame CS 0x%x SS 0x%x; asking for CS 0x10 SS 0x18\n",
	       uc->uc_mcontext.cs, uc->uc_mcontext.ss);
	uc->uc_mcontext.cs = 0x10;
	uc->uc_mcontext.ss = 0x18;
}

int main(void)
{
	unsigned short cs, ss;

	sig_handle(SIGUSR1, on_usr1, 0);
	printf("raising SIGUSR1\n");
	sc_kill(sc_getpid(), SIGUSR1);
	asm volatile("movw %%cs, %0\n\tmovw %%ss, %1" : "=r"(cs), "=r"(ss));
	printf("FAIL - rt_sigreturn to CS 0x10 SS 0x18 came back: CS 0x%x, "
	       "SS 0x%x\n", cs, ss);
	return 1;
}
