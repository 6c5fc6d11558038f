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
	printf("handler: saved RFLAGS 0x%lx; asking for IOPL 3, IF 0\n",
	       uc->uc_mcontext.flags);
	uc->uc_mcontext.flags = (uc->uc_mcontext.flags | 0x3000ul) & ~0x200ul;
}

int main(void)
{
	unsigned long flags;

	set_handler(SIGUSR1, on_usr1);
	printf("raising SIGUSR1\n");
	CHECK_EQ(sc_kill(sc_getpid(), SIGUSR1), 0, "kill(getpid(), SIGUSR1)");
	asm volatile("pushfq\n\tpopq %0" : "=r"(flags));
	CHECK_EQ((flags >> 12) & 3, 0, "IOPL is still 0 after rt_sigreturn");
	CHECK_EQ(flags & 0x200, 0x200, "IF is still set after rt_sigreturn");
	check_done();
}
