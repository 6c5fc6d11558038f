/*
 * hostile_sigreturn_cpl0: a SIGUSR1 handler edits its ucontext to ask
 * rt_sigreturn for CS = 0x08 (kernel code, ring 0) and SS = 0x10 (kernel
 * data), and returns: an attempt to get into ring 0 through the signal
 * frame, which the kernel itself loads into the CPU with iretq.
 *
 * Linux (restore_sigcontext: "Get CS/SS and force CPL3") takes the
 * frame's selectors with RPL forced to 3: CS 0x0b, SS 0x13.  Its iretq to
 * them faults (a DPL-0 code segment cannot be entered with RPL 3), the
 * fault is turned into one of the program's (fixup_bad_iret), and the
 * program dies of SIGSEGV: #GP with error code 0x8, at the rip it was
 * returning to.  Checked on Linux 6.18: "general protection fault ip:...
 * error:8", status 128 + 11.  Never ring 0, and never the program going
 * on as if nothing happened: what this test expects.  The kernel keeps
 * running.
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
	printf("handler: frame CS 0x%x SS 0x%x; asking for CS 0x08 SS 0x10\n",
	       uc->uc_mcontext.cs, uc->uc_mcontext.ss);
	uc->uc_mcontext.cs = 0x08;
	uc->uc_mcontext.ss = 0x10;
}

int main(void)
{
	unsigned short cs, ss;

	set_handler(SIGUSR1, on_usr1);
	printf("raising SIGUSR1\n");
	sc_kill(sc_getpid(), SIGUSR1);
	asm volatile("movw %%cs, %0\n\tmovw %%ss, %1" : "=r"(cs), "=r"(ss));
	printf("FAIL - rt_sigreturn to CS 0x08 SS 0x10 came back: CS 0x%x, "
	       "SS 0x%x\n", cs, ss);
	return 1;
}
