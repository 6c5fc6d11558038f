/*
 * The per-CPU area, reached through %gs in the kernel.  The `syscall`
 * instruction switches neither stack nor anything else: entry_SYSCALL_64
 * does swapgs (GS_BASE <-> KERNEL_GS_BASE) to find this area, parks the
 * user RSP in it and loads the kernel stack from it.  Offsets are used by
 * assembly, hence the PERCPU_* constants and the asserts.
 */
#ifndef PERCPU_H
#define PERCPU_H

#define PERCPU_KERNEL_RSP	0	/* top of the current task's kstack */
#define PERCPU_USER_RSP		8	/* scratch: user RSP during entry */
#define PERCPU_CURRENT		16	/* struct task *current */

#ifndef __ASSEMBLER__
#include <stddef.h>
#include <stdint.h>

struct task;

struct percpu {
	uint64_t kernel_rsp;
	uint64_t user_rsp;
	struct task *task;		/* the current task */
};

_Static_assert(offsetof(struct percpu, kernel_rsp) == PERCPU_KERNEL_RSP, "");
_Static_assert(offsetof(struct percpu, user_rsp) == PERCPU_USER_RSP, "");
_Static_assert(offsetof(struct percpu, task) == PERCPU_CURRENT, "");

extern struct percpu percpu;

static inline struct task *get_current(void)
{
	return percpu.task;
}
#define current get_current()

#endif
#endif
