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

#define SIGUSR1		10
#define SA_SIGINFO	0x4
#define SA_RESTORER	0x04000000

struct kernel_sigaction {
	void (*handler)(int, void *, void *);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask;
};

/* struct ucontext as the kernel writes it (Linux's uapi layout). */
struct sigcontext_64 {
	unsigned long r8, r9, r10, r11, r12, r13, r14, r15;
	unsigned long di, si, bp, bx, dx, ax, cx, sp, ip, flags;
	unsigned short cs, gs, fs, ss;
	unsigned long err, trapno, oldmask, cr2, fpstate, reserved1[8];
};

struct ucontext_64 {
	unsigned long uc_flags;
	unsigned long uc_link;
	struct {
		unsigned long ss_sp;
		int ss_flags;
		unsigned long ss_size;
	} uc_stack;
	struct sigcontext_64 uc_mcontext;
	unsigned long uc_sigmask;
};

_Static_assert(__builtin_offsetof(struct ucontext_64, uc_mcontext.ip) == 168,
	       "sigcontext.rip");
_Static_assert(__builtin_offsetof(struct ucontext_64, uc_mcontext.cs) == 184,
	       "sigcontext.cs");
_Static_assert(__builtin_offsetof(struct ucontext_64, uc_mcontext.ss) == 190,
	       "sigcontext.ss");

/* The handler's return address: rt_sigreturn (x86-64 has no default). */
void hostile_restorer(void);
asm(".pushsection .text\n"
    ".globl hostile_restorer\n"
    "hostile_restorer:\n\t"
    "movl $15, %eax\n\t"
    "syscall\n\t"
    "ud2\n"
    ".popsection");

static void set_handler(int sig, void (*fn)(int, void *, void *))
{
	struct kernel_sigaction sa = {
		fn, SA_SIGINFO | SA_RESTORER, hostile_restorer, 0
	};

	if (sc_rt_sigaction(sig, &sa, NULL, 8) != 0) {
		printf("FAIL - rt_sigaction(%d) failed\n", sig);
		exit(1);
	}
}


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
	set_handler(SIGUSR1, on_usr1);
	printf("raising SIGUSR1\n");
	sc_kill(sc_getpid(), SIGUSR1);
	printf("FAIL - rt_sigreturn to a non-canonical rip came back to main\n");
	return 1;
}
