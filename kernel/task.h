/*
 * A process.  trapdoor runs one at a time for now: the first program,
 * pid 1, as Linux's init.
 */
#ifndef TASK_H
#define TASK_H

#include <stdint.h>
#include "percpu.h"
#include "mm.h"
#include "fd.h"
#include "uaccess.h"
#include "signal.h"
#include "ptrace.h"
#include "seccomp.h"

struct pt_regs;
struct bi_module;

struct task {
	int pid, ppid;
	char comm[16];			/* argv[0]'s base name, as Linux */
	struct mm mm;			/* page tables, VMAs, brk */
	struct fdtable files;
	int __user *clear_child_tid;	/* set_tid_address */
	uint64_t robust_list, robust_len;	/* set_robust_list */
	uint64_t start_ns;		/* monotonic time at exec */
	uint64_t sleep_ns;		/* time spent asleep, not on the CPU */
	struct sigstate sig;
	struct seccomp seccomp;		/* kernel/seccomp/seccomp.c */
	bool no_new_privs;		/* prctl(PR_SET_NO_NEW_PRIVS) */
	uint64_t kstack_top;
	uint64_t frames_before;		/* free frames before exec: leak check */
};

/* The user registers saved at the top of t's kernel stack: every entry
 * from ring 3 (syscall, int, exception, IRQ) builds its frame there. */
static inline struct pt_regs *task_pt_regs(const struct task *t)
{
	return (struct pt_regs *)t->kstack_top - 1;
}

static inline uint64_t current_user_sp(void)
{
	return task_pt_regs(current)->sp;
}

/* Loads module m (argv from its string) as pid 1 and enters ring 3. */
__attribute__((noreturn)) void start_init(const struct bi_module *m);
/* The end of the current process: exit_group(status & 0xff). */
__attribute__((noreturn)) void do_exit(int status);
/* Killed by signal sig (a fault's default action); report says why. */
__attribute__((noreturn)) void do_exit_signal(int sig, const char *report);

#endif
