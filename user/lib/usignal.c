/* sig_handle() and its restorer: see usignal.h. */
#include "ulib.h"
#include "usignal.h"

/* x86-64 has no default trampoline: the handler returns here, and this
 * asks the kernel to restore what the frame saved. */
asm(".pushsection .text\n"
    ".globl sig_restorer\n"
    "sig_restorer:\n\t"
    "movl $15, %eax\n\t"		/* rt_sigreturn */
    "syscall\n\t"
    "ud2\n"
    ".popsection");

void sig_handle(int sig, void (*fn)(int, void *, void *),
		unsigned long extra_flags)
{
	struct kernel_sigaction sa = {
		fn, SA_SIGINFO | SA_RESTORER | extra_flags, sig_restorer, 0
	};

	if (sc_rt_sigaction(sig, &sa, 0, 8) != 0) {
		printf("FAIL - rt_sigaction(%d) failed\n", sig);
		exit(1);
	}
}
