/* show_regs(): the register dump of a panic report. */
#include "panic.h"
#include "ptrace.h"
#include "printk.h"
#include "cpu.h"
#include "kstack.h"

void show_regs(const struct pt_regs *r)
{
	printk_always("RIP: %04lx:%016lx  RFLAGS: %016lx\n", r->cs, r->ip,
		      r->flags);
	printk_always("CS: %04lx (CPL %lu)  SS: %04lx  RSP: %016lx\n",
		      r->cs, r->cs & 3, r->ss, r->sp);
	printk_always("RAX: %016lx RBX: %016lx RCX: %016lx\n",
		      r->ax, r->bx, r->cx);
	printk_always("RDX: %016lx RSI: %016lx RDI: %016lx\n",
		      r->dx, r->si, r->di);
	printk_always("RBP: %016lx R08: %016lx R09: %016lx\n",
		      r->bp, r->r8, r->r9);
	printk_always("R10: %016lx R11: %016lx R12: %016lx\n",
		      r->r10, r->r11, r->r12);
	printk_always("R13: %016lx R14: %016lx R15: %016lx\n",
		      r->r13, r->r14, r->r15);
	printk_always("CR0: %016lx CR2: %016lx CR3: %016lx\n",
		      read_cr0(), read_cr2(), read_cr3());
	printk_always("CR4: %016lx EFER: %016lx\n", read_cr4(),
		      rdmsr(MSR_EFER));

	/* Where each stack pointer is: a #DF whose interrupted RSP sits at
	 * the very bottom of a kernel stack is a stack overflow. */
	uint64_t rsp;
	long room = kstack_room(r->sp);

	asm volatile("movq %%rsp, %0" : "=r"(rsp));
	printk_always("interrupted stack: %s%s\n", kstack_name(r->sp),
		      room >= 0 && room < 256 ?
		      " (at its bottom: stack overflow into the guard page)" : "");
	printk_always("handler stack: %s (rsp %016lx)\n", kstack_name(rsp), rsp);
}
