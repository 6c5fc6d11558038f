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
	printf("handler: saved rip 0x%lx; replacing it with 0xffffffff80101000\n",
	       uc->uc_mcontext.ip);
	uc->uc_mcontext.ip = 0xffffffff80101000ul;
}

int main(void)
{
	set_handler(SIGUSR1, on_usr1);
	printf("raising SIGUSR1\n");
	sc_kill(sc_getpid(), SIGUSR1);
	printf("FAIL - rt_sigreturn to a kernel rip came back to main\n");
	return 1;
}
