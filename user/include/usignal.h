/*
 * Signals for the test programs, without a libc: the kernel's struct
 * sigaction, the ucontext a handler gets (Linux's uapi layout, the one
 * arch/x86_64/signal_frame.c writes), and sig_handle() to install a
 * handler with the rt_sigreturn restorer x86-64 requires.
 */
#ifndef USIGNAL_H
#define USIGNAL_H

#define SIGUSR1		10
#define SIGSEGV		11
#define SA_SIGINFO	0x4
#define SA_ONSTACK	0x08000000
#define SA_RESTORER	0x04000000

struct kernel_sigaction {
	void (*handler)(int, void *, void *);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask;
};

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

/* The handler's return address: a stub that calls rt_sigreturn. */
void sig_restorer(void);
/* Installs fn for sig with SA_SIGINFO | SA_RESTORER | extra_flags;
 * exits with a FAIL line if the kernel refuses. */
void sig_handle(int sig, void (*fn)(int, void *, void *),
		unsigned long extra_flags);

#endif
