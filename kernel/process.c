/*
 * The life of pid 1: start_init() loads it and enters ring 3; do_exit()
 * and do_exit_signal() end it, free its memory, check that every frame
 * came back, and power off with its status.
 */
#include "task.h"
#include "exec.h"
#include "exit.h"
#include "gdt.h"
#include "kstack.h"
#include "memory.h"
#include "multiboot.h"
#include "panic.h"
#include "printk.h"
#include "rootfs.h"
#include "ptrace.h"
#include "segment.h"
#include "signal.h"
#include "string.h"
#include "cpu.h"
#include "vm.h"
#include "fpu.h"
#include "protect.h"
#include "time.h"
#include "strace.h"
#include "vsprintf.h"

struct percpu percpu;
static struct task init_task;

/* Jumps to restore_regs_and_iret with regs as the frame: to ring 3. */
static __attribute__((noreturn)) void enter_user(struct pt_regs *regs)
{
	asm volatile("movq %0, %%rsp\n\t"
		     "jmp restore_regs_and_iret" : : "r"(regs) : "memory");
	__builtin_unreachable();
}

static void set_comm(struct task *t, const char *argv0)
{
	const char *base = argv0;

	for (const char *p = argv0; *p && *p != ' '; p++)
		if (*p == '/')
			base = p + 1;
	size_t n = 0;

	while (base[n] && base[n] != ' ' && n < sizeof(t->comm) - 1) {
		t->comm[n] = base[n];
		n++;
	}
	t->comm[n] = '\0';
}

void start_init(const struct bi_module *m)
{
	struct task *t = &init_task;
	struct exec_result r;
	char err[160];

	t->pid = 1;
	t->ppid = 0;
	fdtable_init(&t->files);
	signal_init(&t->sig);
	t->start_ns = ktime_ns();
	set_comm(t, m->string);
	t->kstack_top = kstack_alloc("kernel stack (pid 1)");
	if (!t->kstack_top)
		kernel_error_exit("out of memory for pid 1's kernel stack");
	t->frames_before = frames_free();
	/* current first: exec's copies to the new stack fault pages in
	 * through current->mm. */
	percpu.task = t;
	if (exec_module(m, &t->mm, &r, err, sizeof(err)))
		kernel_error_exit("cannot run %s: %s", t->comm, err);
	fpu_reset();

	/* Entries from ring 3 land on this task's kernel stack: interrupts
	 * through TSS.RSP0, `syscall` through the per-CPU area. */
	percpu.kernel_rsp = t->kstack_top;
	tss_set_rsp0(t->kstack_top);
	wrmsr(MSR_GS_BASE, (uint64_t)&percpu);
	wrmsr(MSR_KERNEL_GS_BASE, 0);	/* the user's GS base after swapgs */

	printk("trapdoor: pid 1 (%s): entry 0x%lx, stack 0x%lx\n", t->comm,
	       r.entry, r.sp);

	/* The first frame, as if pid 1 had trapped just before its entry
	 * point: every register 0 (as Linux leaves them), IF set. */
	struct pt_regs *regs = (struct pt_regs *)(t->kstack_top) - 1;

	memset(regs, 0, sizeof(*regs));
	regs->ip = r.entry;
	regs->cs = USER_CS;
	regs->flags = RFLAGS_IF;
	regs->sp = r.sp;
	regs->ss = USER_DS;
	enter_user(regs);
}

/* Frees pid 1's memory and says whether every frame came back. */
static void release(struct task *t)
{
	vm_switch_kernel();
	vm_destroy(t->mm.pml4);
	t->mm.pml4 = 0;
	uint64_t now = frames_free();

	/* The self-check: a leak or a broken invariant is a kernel bug. */
	if (now != t->frames_before)
		panic("self-check: pid 1 leaked %ld frames", (long)t->frames_before -
		      (long)now);
	selfcheck_kernel();
	rootfs_selfcheck();
	printk("trapdoor: kernel healthy: every frame of pid 1 returned "
	       "(%lu free)\n", now);
}

void do_exit(int status)
{
	struct task *t = percpu.task;

	cli();
	if (strace_enabled)
		strace_exited(status & 0xff);
	printk("trapdoor: pid 1 (%s) exited with status %d\n", t->comm,
	       status & 0xff);
	release(t);
	kernel_exit(status & 0xff);
}

void do_exit_signal(int sig, const char *report)
{
	struct task *t = percpu.task;
	char num[8];

	cli();
	if (strace_enabled)
		strace_killed(sig);
	printk_always("trapdoor: pid 1 (%s) killed by %s: %s\n", t->comm,
		      signal_name(sig), report);
	release(t);
	td_snprintf(num, sizeof(num), "%d", sig);
	control_record("signal", num);
	leave_qemu(TD_EXIT_NORMAL);
}
