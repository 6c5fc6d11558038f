/*
 * The x86-64 signal frame, laid out as Linux's (arch/x86/kernel/signal_64.c
 * documents it): a program or debugger that reads ucontext_t or siginfo_t
 * from a handler finds everything where Linux puts it.
 *
 *   higher addresses
 *   | user stack (or the top of the alternate stack)                |
 *   | 128-byte red zone, skipped                                     |
 *   | FPU state (xsave/fxsave image), 64-byte aligned  <- fpstate    |
 *   | struct siginfo info                              <- rsi        |
 *   | struct ucontext uc (sigcontext, old mask)        <- rdx        |
 *   | pretcode: sa_restorer, the handler's return address <- rsp     |
 *   lower addresses         (rsp % 16 == 8, as after a call)
 *
 * rt_sigreturn (the restorer calls it) reads the frame back at rsp - 8.
 */
#include "signal.h"
#include "syscalls.h"
#include "errno.h"
#include "fpu.h"
#include "fpu_signal.h"
#include "layout.h"
#include "ptrace.h"
#include "segment.h"
#include "string.h"
#include "task.h"
#include "uaccess.h"
#include "vsprintf.h"

struct sigcontext_64 {
	uint64_t r8, r9, r10, r11, r12, r13, r14, r15;
	uint64_t di, si, bp, bx, dx, ax, cx, sp, ip, flags;
	uint16_t cs, gs, fs, ss;
	uint64_t err, trapno, oldmask, cr2;
	uint64_t fpstate;
	uint64_t reserved1[8];
};

struct user_stack {
	uint64_t ss_sp;
	int ss_flags;
	uint64_t ss_size;
};

struct ucontext {
	uint64_t uc_flags;
	uint64_t uc_link;
	struct user_stack uc_stack;
	struct sigcontext_64 uc_mcontext;
	uint64_t uc_sigmask;
};

struct rt_sigframe {
	uint64_t pretcode;
	struct ucontext uc;
	struct siginfo info;
};

_Static_assert(sizeof(struct sigcontext_64) == 256, "sigcontext");
_Static_assert(sizeof(struct ucontext) == 304, "kernel ucontext");
_Static_assert(offsetof(struct rt_sigframe, info) == 312, "rt_sigframe");

#define UC_FP_XSTATE		0x1
#define UC_SIGCONTEXT_SS	0x2
#define UC_STRICT_RESTORE_SS	0x4

/* The RFLAGS bits a frame may change: AC OF DF TF SF ZF AF PF CF RF. */
#define FIX_EFLAGS	0x50dd5ul
#define X86_EFLAGS_TF	0x100ul
#define X86_EFLAGS_DF	0x400ul
#define X86_EFLAGS_RF	0x10000ul

bool on_sig_stack(uint64_t sp)
{
	const struct sigstate *s = &current->sig;

	return !(s->ss_flags & SS_DISABLE) && s->ss_size &&
	       sp > s->ss_sp && sp - s->ss_sp <= s->ss_size;
}

bool setup_rt_frame(struct pt_regs *regs, int sig, const struct k_sigaction *ka,
		    const struct siginfo *info, uint64_t oldmask)
{
	struct sigstate *s = &current->sig;
	bool was_on = on_sig_stack(regs->sp);
	uint64_t sp = regs->sp - 128;		/* the red zone */
	uint32_t fpsize = fpu_sigframe_size();

	if (!(ka->flags & SA_RESTORER))
		return false;		/* x86-64 has no default trampoline */
	/* A handler outside user space (non-canonical: iretq would #GP in
	 * ring 0 on real CPUs) cannot be run: the program gets SIGSEGV. */
	if (ka->handler >= USER_TOP)
		return false;
	if ((ka->flags & SA_ONSTACK) && !(s->ss_flags & SS_DISABLE) &&
	    s->ss_size && !was_on)
		sp = s->ss_sp + s->ss_size;
	sp = (sp - fpsize) & ~63ul;
	uint64_t fpstate = sp;

	sp -= sizeof(struct rt_sigframe);
	sp = (sp & ~15ul) - 8;

	struct rt_sigframe f;

	memset(&f, 0, sizeof(f));
	f.pretcode = ka->restorer;
	f.uc.uc_flags = UC_SIGCONTEXT_SS | UC_STRICT_RESTORE_SS |
			(fpu_xfeatures() ? UC_FP_XSTATE : 0);
	/* Field by field: assigning a whole struct may copy its padding
	 * from a temporary on the kernel stack over the memset's zeros. */
	f.uc.uc_stack.ss_sp = s->ss_sp;
	f.uc.uc_stack.ss_flags = (int)(was_on ? SS_ONSTACK : s->ss_flags & SS_DISABLE);
	f.uc.uc_stack.ss_size = s->ss_size;
	struct sigcontext_64 *sc = &f.uc.uc_mcontext;

	sc->r8 = regs->r8; sc->r9 = regs->r9; sc->r10 = regs->r10;
	sc->r11 = regs->r11; sc->r12 = regs->r12; sc->r13 = regs->r13;
	sc->r14 = regs->r14; sc->r15 = regs->r15; sc->di = regs->di;
	sc->si = regs->si; sc->bp = regs->bp; sc->bx = regs->bx;
	sc->dx = regs->dx; sc->ax = regs->ax; sc->cx = regs->cx;
	sc->sp = regs->sp; sc->ip = regs->ip; sc->flags = regs->flags;
	sc->cs = (uint16_t)regs->cs;
	sc->ss = (uint16_t)regs->ss;
	sc->oldmask = oldmask;
	sc->cr2 = info->fault.addr;
	sc->fpstate = fpstate;
	f.uc.uc_sigmask = oldmask;
	f.info = *info;

	if (copy_fpstate_to_sigframe((void __user *)fpstate) ||
	    copy_to_user((void __user *)sp, &f, sizeof(f)))
		return false;
	if (s->ss_flags & SS_AUTODISARM)
		s->ss_flags = SS_DISABLE;

	/* The handler: handler(sig, &info, &uc), returning to the restorer,
	 * with a clean FPU and DF clear, as the C ABI wants. */
	fpu_reset();
	regs->di = (uint64_t)sig;
	regs->si = sp + offsetof(struct rt_sigframe, info);
	regs->dx = sp + offsetof(struct rt_sigframe, uc);
	regs->ax = 0;
	regs->sp = sp;
	regs->ip = ka->handler;
	regs->cs = USER_CS;
	regs->ss = USER_DS;
	regs->flags &= ~(X86_EFLAGS_DF | X86_EFLAGS_RF | X86_EFLAGS_TF);
	return true;
}

long sys_rt_sigreturn(void)
{
	struct pt_regs *regs = task_pt_regs(current);
	struct sigstate *s = &current->sig;
	uint64_t frame = regs->sp - 8;		/* the handler's ret popped pretcode */
	struct ucontext uc;

	if (copy_from_user(&uc, (void __user *)(frame +
			   offsetof(struct rt_sigframe, uc)), sizeof(uc)))
		goto bad;
	const struct sigcontext_64 *sc = &uc.uc_mcontext;

	if (sc->fpstate && !fpstate_from_sigframe((const void __user *)sc->fpstate))
		goto bad;
	/* What would make iretq fault in ring 0 is refused here with the
	 * SIGSEGV Linux ends up giving: a RIP outside user space, or
	 * selectors other than the user's (Linux keeps the frame's, with RPL
	 * 3, and the return then faults; 0x08|3 cannot be returned to).  A
	 * signal taken in 32-bit code returns there, as on Linux: its frame
	 * has USER32_CS, and a RIP past 4 GiB would fail iretq's limit check. */
	uint16_t cs = sc->cs | 3;

	if (sc->ip >= USER_TOP || (sc->ss | 3) != USER_DS ||
	    (cs != USER_CS && cs != USER32_CS) ||
	    (cs == USER32_CS && sc->ip > 0xffffffffu))
		goto bad;

	regs->r8 = sc->r8; regs->r9 = sc->r9; regs->r10 = sc->r10;
	regs->r11 = sc->r11; regs->r12 = sc->r12; regs->r13 = sc->r13;
	regs->r14 = sc->r14; regs->r15 = sc->r15; regs->di = sc->di;
	regs->si = sc->si; regs->bp = sc->bp; regs->bx = sc->bx;
	regs->dx = sc->dx; regs->ax = sc->ax; regs->cx = sc->cx;
	regs->sp = sc->sp; regs->ip = sc->ip;
	regs->flags = (regs->flags & ~FIX_EFLAGS) | (sc->flags & FIX_EFLAGS);
	regs->cs = cs;
	regs->ss = USER_DS;
	regs->orig_ax = (uint64_t)-1;		/* no syscall to restart */
	if (sc->fpstate)
		fpu_restore_sigframe();
	else
		fpu_reset();
	s->blocked = uc.uc_sigmask & ~(sigmask(SIGKILL) | sigmask(SIGSTOP));

	/* The alternate stack comes back as it was (if it can). */
	if (!on_sig_stack(regs->sp)) {
		unsigned int mode = (unsigned int)uc.uc_stack.ss_flags & ~SS_AUTODISARM;

		if (mode == SS_DISABLE) {
			s->ss_flags = SS_DISABLE;
		} else if (mode <= SS_ONSTACK && uc.uc_stack.ss_size >= MINSIGSTKSZ) {
			s->ss_sp = uc.uc_stack.ss_sp;
			s->ss_size = uc.uc_stack.ss_size;
			s->ss_flags = (unsigned int)uc.uc_stack.ss_flags & SS_AUTODISARM;
		}
	}
	return (long)regs->ax;

bad:
	td_snprintf(s->report, sizeof(s->report),
		    "rt_sigreturn with a bad frame at 0x%lx", frame);
	force_sig_fault(SIGSEGV, SI_KERNEL, 0, s->report);
	return (long)regs->ax;
}
