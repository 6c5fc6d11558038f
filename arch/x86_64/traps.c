/*
 * do_trap(): where every exception and IRQ lands from isr_stubs.S.
 * IRQs go to their driver; an exception in ring 0 is a kernel bug and
 * panics with the full frame.
 */
#include "ptrace.h"
#include "idt.h"
#include "pic.h"
#include "timer.h"
#include "panic.h"
#include "cpu.h"
#include "vsprintf.h"

#define X86_TRAP_PF	14

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

void do_trap(struct pt_regs *regs, unsigned long vector)
{
	/* Read CR2 first: nothing may fault before we have it. */
	uint64_t cr2 = vector == X86_TRAP_PF ? read_cr2() : 0;

	if (vector >= IRQ_BASE) {
		irq_dispatch((int)(vector - IRQ_BASE));
		return;
	}
	const char *name = exception_names[vector];
	int cpl = (int)(regs->cs & 3);

	if (vector == X86_TRAP_PF) {
		char why[80];

		pf_reason(regs->orig_ax, why, sizeof(why));
		panic_regs(regs, "%s at address CR2=0x%016lx in CPL %d: %s "
			   "(error code 0x%lx)", name, cr2, cpl, why,
			   regs->orig_ax);
	}
	panic_regs(regs, "%s in CPL %d at RIP 0x%016lx (error code 0x%lx)",
		   name, cpl, regs->ip, regs->orig_ax);
}
