/*
 * The doors' setup (MSRs, the int 0x80 gate) and their C dispatchers,
 * do_syscall_64 and do_int80_syscall_32, called from entry_64.S with a
 * complete struct pt_regs whose ax is already -ENOSYS.
 */
#include "syscall.h"
#include "cpu.h"
#include "idt.h"
#include "layout.h"
#include "nospec.h"
#include "printk.h"
#include "segment.h"
#include "task.h"
#include "strace.h"

#define MSR_STAR	0xc0000081
#define MSR_LSTAR	0xc0000082
#define MSR_CSTAR	0xc0000083
#define MSR_SFMASK	0xc0000084

/* RFLAGS bits */
#define X86_EFLAGS_TF	(1ul << 8)
#define X86_EFLAGS_IF	(1ul << 9)
#define X86_EFLAGS_DF	(1ul << 10)
#define X86_EFLAGS_IOPL	(3ul << 12)
#define X86_EFLAGS_NT	(1ul << 14)
#define X86_EFLAGS_RF	(1ul << 16)
#define X86_EFLAGS_AC	(1ul << 18)

void entry_SYSCALL_64(void);
void entry_INT80_compat(void);
void entry_SYSCALL_compat(void);

void syscall_init(void)
{
	/*
	 * STAR[47:32]: `syscall` loads CS from it and SS from it + 8;
	 * STAR[63:48]: `sysretq` loads CS from it + 16 and SS from it + 8,
	 * with RPL 3.  With USER32_CS = 0x23 that is CS 0x33, SS 0x2b: the
	 * values Linux writes, so a program sees Linux's selectors.
	 */
	wrmsr(MSR_STAR, (uint64_t)USER32_CS << 48 | (uint64_t)KERNEL_CS << 32);
	wrmsr(MSR_LSTAR, (uint64_t)entry_SYSCALL_64);
	/* syscall from 32-bit compatibility mode: -ENOSYS, see entry_64.S */
	wrmsr(MSR_CSTAR, (uint64_t)entry_SYSCALL_compat);
	/* Flags the kernel must not start with: IF (no interrupt before the
	 * stack switch), TF (no single-step in the kernel), DF (the C ABI),
	 * AC (no user access by accident under SMAP), NT and IOPL. */
	wrmsr(MSR_SFMASK, X86_EFLAGS_IF | X86_EFLAGS_TF | X86_EFLAGS_DF |
			  X86_EFLAGS_AC | X86_EFLAGS_NT | X86_EFLAGS_IOPL);
	wrmsr(MSR_EFER, rdmsr(MSR_EFER) | EFER_SCE);

	/* int $0x80 from ring 3: a DPL-3 gate. */
	idt_set_gate(0x80, (uint64_t)entry_INT80_compat, 0, 3);
	printk("syscall: LSTAR = entry_SYSCALL_64, STAR = 0x%lx, "
	       "int $0x80 = entry_INT80_compat (DPL 3)\n", rdmsr(MSR_STAR));
}

/*
 * Whether sysretq may return from this frame.  SYSRET takes RIP from RCX
 * and RFLAGS from R11 and loads fixed selectors, so it is only right when
 * the frame says exactly that.  A non-canonical RCX would make sysretq
 * raise #GP in ring 0 with the user's RSP (on Intel): the classic SYSRET
 * hole.  User space ends below 2^47 - 4096, so any RIP at or above
 * USER_TOP goes through iretq, which faults in ring 3 instead.  RF and TF
 * need iretq's exact restoring too.
 */
static bool sysret_safe(const struct pt_regs *regs)
{
	return regs->cx == regs->ip && regs->r11 == regs->flags &&
	       regs->cs == USER_CS && regs->ss == USER_DS &&
	       regs->ip < USER_TOP &&
	       !(regs->flags & (X86_EFLAGS_RF | X86_EFLAGS_TF));
}

/* The last work before ring 3: a pending signal's action, then no more
 * interrupts until sysret/iretq. */
static void exit_to_user_mode(struct pt_regs *regs)
{
	const struct task *t = current;

	if (t->sig.pending & ~t->sig.blocked)
		signal_deliver(regs);
	cli();
}

/*
 * The slow path: a call that someone watches (strace) or filters
 * (seccomp).  One flag, syscall_work, says whether to come here, so that
 * the common path pays a single test for both.
 */
bool syscall_work;

static void syscall_slow(struct pt_regs *regs, int nr, bool i386)
{
	unsigned int size = i386 ? IA32_NR_syscalls : NR_syscalls;
	const sys_call_ptr_t *table = i386 ? ia32_sys_call_table : sys_call_table;

	if (strace_enabled)
		strace_enter(regs, (unsigned int)nr, i386);
	/* seccomp sees every call first, unknown ones included */
	if (current->seccomp.mode && seccomp_check(regs, nr, i386))
		;			/* skipped: ax says what it returns */
	else if ((unsigned int)nr < size)
		regs->ax = (unsigned long)table[array_index_nospec(
				(unsigned int)nr, size)](regs);
	if (strace_enabled)
		strace_exit((long)regs->ax);
}

bool do_syscall_64(struct pt_regs *regs, int nr)
{
	sti();
	/* Unsigned: a negative nr is out of range too.  ax stays -ENOSYS. */
	if (syscall_work)
		syscall_slow(regs, nr, false);
	else if ((unsigned int)nr < NR_syscalls)
		/* nospec.h: the bound holds on a mispredicted path too */
		regs->ax = (unsigned long)sys_call_table[array_index_nospec(
				(unsigned int)nr, NR_syscalls)](regs);
	exit_to_user_mode(regs);
	return sysret_safe(regs);
}

void do_int80_syscall_32(struct pt_regs *regs)
{
	unsigned int nr = (unsigned int)regs->orig_ax;	/* eax */

	sti();
	/* The whole long goes to rax, as Linux does; eax is the i386 view. */
	if (syscall_work)
		syscall_slow(regs, (int)nr, true);
	else if (nr < IA32_NR_syscalls)
		regs->ax = (unsigned long)ia32_sys_call_table[array_index_nospec(
				nr, IA32_NR_syscalls)](regs);
	exit_to_user_mode(regs);
}
