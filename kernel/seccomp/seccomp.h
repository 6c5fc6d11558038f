/*
 * seccomp, as Linux has it for one thread: strict mode (read, write, exit
 * and sigreturn only) and filter mode (classic BPF programs, bpf.c,
 * that see each system call's number, arch, RIP and arguments and say what
 * happens to it).  Set up through seccomp(2) and prctl(PR_SET_SECCOMP);
 * enforced by seccomp_check(), which both syscall doors call before every
 * handler.  docs/seccomp.md shows how to write a filter.
 */
#ifndef SECCOMP_H
#define SECCOMP_H

#include <stdbool.h>
#include <stdint.h>
#include "bpf.h"
#include "uaccess.h"

struct pt_regs;

/* current->seccomp.mode (Linux's uapi values: PR_GET_SECCOMP says them) */
#define SECCOMP_MODE_DISABLED	0
#define SECCOMP_MODE_STRICT	1
#define SECCOMP_MODE_FILTER	2

/* A filter, installed for good: a checked copy of the user's program. */
struct seccomp_filter {
	struct seccomp_filter *prev;	/* the one installed before, or NULL */
	uint16_t len;
	uint16_t ebpf_len;		/* what Linux's limit counts: bpf.h */
	bool log;			/* SECCOMP_FILTER_FLAG_LOG */
	struct sock_filter insns[];
};

/* Per task, as Linux's struct seccomp: the mode (it never goes back to
 * DISABLED) and the newest filter, which leads to the older ones. */
struct seccomp {
	int mode;
	struct seccomp_filter *filter;
};

/*
 * The hook: both syscall doors (syscall_slow, arch/x86_64/syscall.c) call
 * it before the handler of every system call made in strict or filter
 * mode, with regs->ax still -ENOSYS; entering a mode sets syscall_work,
 * so that with seccomp off a call pays nothing for it.  0: run the call.
 * -1: skip it; regs->ax already holds what the call returns (-errno for
 * SECCOMP_RET_ERRNO, -ENOSYS for TRACE and USER_NOTIF, the system call
 * number for TRAP, whose SIGSYS is then pending).  A call the mode forbids
 * does not come back: the process dies of SIGKILL (strict mode) or SIGSYS
 * (a filter's KILL action).
 */
long seccomp_check(struct pt_regs *regs, int nr, bool i386);

/* prctl(PR_GET_SECCOMP) and prctl(PR_SET_SECCOMP, mode, filter). */
long prctl_get_seccomp(void);
long prctl_set_seccomp(unsigned long mode, void __user *filter);

#endif
