/*
 * do_trap(): where every exception and IRQ lands from isr_stubs.S.
 * IRQs go to their driver.  An exception in ring 3 is the program's
 * mistake: it dies of the signal Linux would send.  In ring 0, a #PF at a
 * user-access instruction resumes at its fixup (-EFAULT); anything else is
 * a kernel bug and panics with the full frame.
 */
#include "ptrace.h"
#include "idt.h"
#include "pic.h"
#include "timer.h"
#include "panic.h"
#include "cpu.h"
#include "vsprintf.h"
#include "signal.h"
#include "task.h"
#include "uaccess.h"
#include "mm.h"
#include "layout.h"

#define X86_TRAP_GP	13
#define X86_TRAP_PF	14

/* #PF error code bits */
#define PF_PROT		(1ul << 0)	/* the page was present */
#define PF_WRITE	(1ul << 1)
#define PF_USER		(1ul << 2)
#define PF_INSTR	(1ul << 4)

#define X86_EFLAGS_AC	(1ul << 18)	/* SMAP lets the kernel through */

/* The signal of a ring-3 exception, as Linux's handlers send them. */
static const int exception_signals[32] = {
	[0] = SIGFPE, [1] = SIGTRAP, [3] = SIGTRAP, [4] = SIGSEGV,
	[5] = SIGSEGV, [6] = SIGILL, [7] = SIGSEGV, [9] = SIGFPE,
	[10] = SIGSEGV, [11] = SIGBUS, [12] = SIGBUS, [13] = SIGSEGV,
	[14] = SIGSEGV, [16] = SIGFPE, [17] = SIGBUS, [19] = SIGFPE,
	[21] = SIGSEGV,
};

static const char *const exception_names[32] = {
	"#DE divide error", "#DB debug", "NMI non-maskable interrupt",
	"#BP breakpoint", "#OF overflow", "#BR bound range exceeded",
	"#UD invalid opcode", "#NM device not available", "#DF double fault",
	"coprocessor segment overrun", "#TS invalid TSS",
	"#NP segment not present", "#SS stack-segment fault",
	"#GP general protection", "#PF page fault", "reserved vector 15",
	"#MF x87 floating-point error", "#AC alignment check",
	"#MC machine check", "#XM SIMD floating-point exception",
	"#VE virtualization exception", "#CP control protection",
	"reserved vector 22", "reserved vector 23", "reserved vector 24",
	"reserved vector 25", "reserved vector 26", "reserved vector 27",
	"#HV hypervisor injection", "#VC VMM communication",
	"#SX security exception", "reserved vector 31",
};

static void irq_dispatch(int irq)
{
	if (!pic_eoi(irq))
		return;		/* spurious */
	if (irq == 0)
		timer_tick();
}

/* The #PF error code, in words: bit 0 present, 1 write, 2 user, 4 fetch. */
static void pf_reason(unsigned long err, char *buf, unsigned long size)
{
	td_snprintf(buf, size, "%s %s%s, %s",
		    err & 1 ? "protection violation on" : "not-present page on",
		    err & 16 ? "instruction fetch" : err & 2 ? "write" : "read",
		    err & 8 ? " (reserved bit set)" : "",
		    err & 4 ? "user" : "kernel");
}

/*
 * Which protection a kernel-mode protection fault on a user page broke, as
 * Linux's oops says it ("SMEP?"): executing a user page is SMEP's; reading
 * or writing one with RFLAGS.AC clear (outside stac/clac) is SMAP's.
 */
static const char *kernel_pf_protection(const struct pt_regs *regs,
					uint64_t cr2)
{
	unsigned long err = regs->orig_ax;

	if (!(err & PF_PROT) || (err & PF_USER) || cr2 >= USER_TOP)
		return "";
	if ((err & PF_INSTR) && (read_cr4() & CR4_SMEP))
		return " (SMEP: a user page executed)";
	if (!(err & PF_INSTR) && (read_cr4() & CR4_SMAP) &&
	    !(regs->flags & X86_EFLAGS_AC))
		return " (SMAP: user page, AC clear)";
	return "";
}

/* The si_code and si_addr Linux gives each exception's signal. */
static void fault_siginfo(unsigned long vector, const struct pt_regs *regs,
			  uint64_t cr2, int *code, uint64_t *addr)
{
	*addr = 0;
	switch (vector) {
	case X86_TRAP_PF:
		/* ACCERR when a VMA is there but forbids the access (PROT_NONE
		 * pages are not present, yet still ACCERR), MAPERR when none. */
		*code = (regs->orig_ax & PF_PROT) ||
			(current && vma_find(&current->mm.vmas, cr2)) ?
			SEGV_ACCERR : SEGV_MAPERR;
		*addr = cr2;
		break;
	case 0:
		*code = FPE_INTDIV;
		*addr = regs->ip;
		break;
	case 6:
		*code = ILL_ILLOPN;
		*addr = regs->ip;
		break;
	case 17:
		*code = BUS_ADRALN;
		break;
	default:
		*code = SI_KERNEL;
	}
}

/*
 * A ring-3 exception: the signal Linux would send, forced (a blocked or
 * ignored one is reset to its default, which kills with a one-line
 * report); a handler, if the program has one, runs on the way out.
 */
static void user_fault(struct pt_regs *regs, unsigned long vector,
		       uint64_t cr2)
{
	int sig = exception_signals[vector];
	char report[160];
	int code;
	uint64_t addr;

	if (!sig)	/* NMI, #DF, #MC: the machine's, not the program's */
		panic_regs(regs, "%s while in user mode",
			   exception_names[vector]);
	if (vector == X86_TRAP_PF) {
		char why[80];

		pf_reason(regs->orig_ax, why, sizeof(why));
		td_snprintf(report, sizeof(report), "%s at rip 0x%lx, address "
			    "0x%lx (%s)", exception_names[vector], regs->ip,
			    cr2, why);
	} else {
		td_snprintf(report, sizeof(report), "%s at rip 0x%lx (error "
			    "code 0x%lx)", exception_names[vector], regs->ip,
			    regs->orig_ax);
	}
	fault_siginfo(vector, regs, cr2, &code, &addr);
	force_sig_fault(sig, code, addr, report);
	signal_deliver(regs);
}

void do_trap(struct pt_regs *regs, unsigned long vector)
{
	/* Read CR2 first: nothing may fault before we have it. */
	uint64_t cr2 = vector == X86_TRAP_PF ? read_cr2() : 0;

	if (vector >= IRQ_BASE) {
		irq_dispatch((int)(vector - IRQ_BASE));
		return;
	}
	/* A page not there yet in a VMA that allows the access: demand
	 * paging, from ring 3 or from a user-access instruction. */
	if (vector == X86_TRAP_PF && !(regs->orig_ax & PF_PROT) &&
	    current && cr2 < USER_TOP &&
	    (user_mode(regs) || search_exception_table(regs->ip)) &&
	    mm_fault(&current->mm, cr2, regs->orig_ax & PF_WRITE,
		     regs->orig_ax & PF_INSTR))
		return;
	if (user_mode(regs)) {
		user_fault(regs, vector, cr2);
		return;
	}
	if (vector == X86_TRAP_PF || vector == X86_TRAP_GP) {
		unsigned long fixup = search_exception_table(regs->ip);

		if (fixup) {
			regs->ip = fixup;
			return;
		}
	}
	const char *name = exception_names[vector];
	int cpl = (int)(regs->cs & 3);

	if (vector == X86_TRAP_PF) {
		char why[80];

		pf_reason(regs->orig_ax, why, sizeof(why));
		panic_regs(regs, "%s at address CR2=0x%016lx in CPL %d: %s%s "
			   "(error code 0x%lx)", name, cr2, cpl, why,
			   kernel_pf_protection(regs, cr2), regs->orig_ax);
	}
	panic_regs(regs, "%s in CPL %d at RIP 0x%016lx (error code 0x%lx)",
		   name, cpl, regs->ip, regs->orig_ax);
}
