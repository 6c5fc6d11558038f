/*
 * Signals, as Linux x86-64 numbers and delivers them, for the one process:
 * actions (rt_sigaction), the blocked mask, an alternate stack, pending
 * signals with their siginfo.  Delivery happens on the way back to ring 3
 * (signal_deliver, from the syscall doors and from traps); a handler runs
 * on a Linux-layout frame (arch/x86_64/signal_frame.c) and comes back
 * through rt_sigreturn.
 */
#ifndef SIGNAL_H
#define SIGNAL_H

#include <stdbool.h>
#include <stdint.h>

#define SIGHUP		1
#define SIGINT		2
#define SIGQUIT		3
#define SIGILL		4
#define SIGTRAP		5
#define SIGABRT		6
#define SIGBUS		7
#define SIGFPE		8
#define SIGKILL		9
#define SIGUSR1		10
#define SIGSEGV		11
#define SIGUSR2		12
#define SIGPIPE		13
#define SIGALRM		14
#define SIGTERM		15
#define SIGSTKFLT	16
#define SIGCHLD		17
#define SIGCONT		18
#define SIGSTOP		19
#define SIGTSTP		20
#define SIGTTIN		21
#define SIGTTOU		22
#define SIGURG		23
#define SIGXCPU		24
#define SIGXFSZ		25
#define SIGVTALRM	26
#define SIGPROF		27
#define SIGWINCH	28
#define SIGIO		29
#define SIGPWR		30
#define SIGSYS		31
#define _NSIG		64
#define SIGRTMIN	32

#define SIG_DFL		0
#define SIG_IGN		1

#define SA_SIGINFO	0x00000004
#define SA_ONSTACK	0x08000000
#define SA_RESTART	0x10000000
#define SA_NODEFER	0x40000000
#define SA_RESETHAND	0x80000000
#define SA_RESTORER	0x04000000

#define SS_ONSTACK	1
#define SS_DISABLE	2
#define SS_AUTODISARM	(1u << 31)
#define MINSIGSTKSZ	2048

/* si_code values */
#define SI_USER		0
#define SI_KERNEL	0x80
#define SI_TKILL	(-6)
#define SEGV_MAPERR	1
#define SEGV_ACCERR	2
#define BUS_ADRALN	1
#define ILL_ILLOPN	2
#define FPE_INTDIV	1
#define TRAP_BRKPT	1

#define sigmask(sig)	(1ull << ((sig) - 1))

/* Linux's siginfo_t: 128 bytes; the union starts at 16. */
struct siginfo {
	int si_signo, si_errno, si_code, __pad;
	union {
		struct { int pid; unsigned int uid; } kill;
		struct { uint64_t addr; } fault;
		struct { uint64_t call_addr; int syscall; unsigned int arch; } sys;
		char __size[128 - 16];
	};
};

_Static_assert(sizeof(struct siginfo) == 128, "siginfo is 128 bytes");

/* Linux's struct sigaction as the kernel sees it on x86-64. */
struct k_sigaction {
	uint64_t handler, flags, restorer, mask;
};

struct sigstate {
	struct k_sigaction action[_NSIG + 1];
	uint64_t blocked, pending;
	struct siginfo info[_NSIG + 1];
	/* Real-time signals (32 and up) queue: how many more are pending
	 * than the one the pending bit stands for. */
	uint32_t queued[_NSIG + 1];
	uint64_t ss_sp, ss_size;	/* sigaltstack */
	unsigned int ss_flags;
	/* The one-line kernel report if a fault's signal kills. */
	char report[160];
};

struct pt_regs;
struct task;

void signal_init(struct sigstate *s);
const char *signal_name(int sig);
/* Queues sig for the current process (a second one while pending merges,
 * as for Linux's standard signals). */
void send_signal(int sig, const struct siginfo *info);
/* A fault's signal: it cannot be blocked or ignored away (if it is, the
 * default action is restored, as Linux's force_sig does). */
void force_sig_fault(int sig, int code, uint64_t addr, const char *report);
/* On the way back to ring 3: acts on the first deliverable signal. */
void signal_deliver(struct pt_regs *regs);

/* arch/x86_64/signal_frame.c: builds the handler's frame and points regs
 * at the handler; false if the frame cannot be written. */
bool setup_rt_frame(struct pt_regs *regs, int sig, const struct k_sigaction *ka,
		    const struct siginfo *info, uint64_t oldmask);
/* Whether sp is on the alternate stack. */
bool on_sig_stack(uint64_t sp);

#endif
