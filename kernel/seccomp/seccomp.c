/*
 * seccomp: the system call, the prctl half of it, and seccomp_check, the
 * test before every system call.  See seccomp.h.  Linux's kernel/seccomp.c
 * is the model: each errno here is the one Linux returns in the same case,
 * checked in the same order.  One difference, by necessity: there is no
 * user notification (SECCOMP_FILTER_FLAG_NEW_LISTENER), see set_mode_filter.
 */
#include "seccomp.h"
#include "cpu.h"
#include "errno.h"
#include "printk.h"
#include "ptrace.h"
#include "signal.h"
#include "string.h"
#include "syscalls.h"
#include "task.h"
#include "vsprintf.h"
#include "syscall.h"

/* seccomp(2) operations */
#define SECCOMP_SET_MODE_STRICT		0
#define SECCOMP_SET_MODE_FILTER		1
#define SECCOMP_GET_ACTION_AVAIL	2
#define SECCOMP_GET_NOTIF_SIZES		3

/* SECCOMP_SET_MODE_FILTER's flags */
#define SECCOMP_FILTER_FLAG_TSYNC		(1u << 0)
#define SECCOMP_FILTER_FLAG_LOG			(1u << 1)
#define SECCOMP_FILTER_FLAG_SPEC_ALLOW		(1u << 2)
#define SECCOMP_FILTER_FLAG_NEW_LISTENER	(1u << 3)
#define SECCOMP_FILTER_FLAG_TSYNC_ESRCH		(1u << 4)
#define SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV	(1u << 5)

/* A filter's return value: an action in the high 16 bits, data below. */
#define SECCOMP_RET_KILL_PROCESS	0x80000000u
#define SECCOMP_RET_KILL_THREAD		0x00000000u
#define SECCOMP_RET_TRAP		0x00030000u
#define SECCOMP_RET_ERRNO		0x00050000u
#define SECCOMP_RET_USER_NOTIF		0x7fc00000u
#define SECCOMP_RET_TRACE		0x7ff00000u
#define SECCOMP_RET_LOG			0x7ffc0000u
#define SECCOMP_RET_ALLOW		0x7fff0000u
#define SECCOMP_RET_ACTION_FULL		0xffff0000u
#define SECCOMP_RET_DATA		0x0000ffffu

#define AUDIT_ARCH_X86_64	0xc000003eu	/* `syscall` */
#define AUDIT_ARCH_I386		0x40000003u	/* int $0x80 */
#define SYS_SECCOMP		1		/* SIGSYS si_code */
#define CR4_TSD			(1ul << 2)	/* rdtsc only in ring 0 */

/* Linux: the filters of a process come to at most 256 KiB of (eBPF)
 * instructions, counting each filter but the newest 4 more. */
#define MAX_INSNS_PER_PATH	((1u << 18) / sizeof(struct sock_filter))

/*
 * The filters of pid 1.  They stay until the process ends (Linux frees a
 * filter with the last task using it), so a bump allocator does.  A filter
 * takes its length + 2 slots (the header is 16 bytes).  Linux's limit
 * keeps the installed ones below MAX_INSNS_PER_PATH slots (a filter's eBPF
 * length is at least its length + 3); one more longest program of room
 * lets a new filter be copied and checked before the limit is applied, as
 * Linux orders its errors.
 */
#define POOL_SLOTS	(MAX_INSNS_PER_PATH + BPF_MAXINSNS + 2)

static unsigned char pool[POOL_SLOTS * sizeof(struct sock_filter)]
	__attribute__((aligned(16)));
static size_t pool_used;

_Static_assert(sizeof(struct seccomp_filter) == 2 * sizeof(struct sock_filter),
	       "a filter's header takes 2 slots of the pool");

/* struct sock_fprog as a 64-bit program lays it out, and as int $0x80
 * does (Linux's compat_sock_fprog: a 32-bit pointer). */
struct sock_fprog {
	unsigned short len;
	struct sock_filter __user *filter;
};

struct compat_sock_fprog {
	unsigned short len;
	uint32_t filter;
};

/*
 * Whether the running call came in through int $0x80 (Linux's
 * in_compat_syscall()): then seccomp(2) and prctl read the i386 layout of
 * struct sock_fprog.  No flag says so, but the number the call was made
 * with does: the two tables give seccomp and prctl different numbers (317
 * and 157 for `syscall`, 354 and 172 for int $0x80), and orig_ax holds it.
 */
static bool in_compat_syscall(void)
{
	unsigned int nr = (unsigned int)task_pt_regs(current)->orig_ax;

	return nr == 354 || nr == 172;
}

/* Every process runs as root (uid 0, see sys_getuid): CAP_SYS_ADMIN. */
static bool capable_sys_admin(void)
{
	return true;
}

/* ---- enforcing: seccomp_check ---- */

static const char *action_name(uint32_t action)
{
	switch (action) {
	case SECCOMP_RET_KILL_PROCESS:	return "KILL_PROCESS";
	case SECCOMP_RET_KILL_THREAD:	return "KILL_THREAD";
	case SECCOMP_RET_TRAP:		return "TRAP";
	case SECCOMP_RET_ERRNO:		return "ERRNO";
	case SECCOMP_RET_USER_NOTIF:	return "USER_NOTIF";
	case SECCOMP_RET_TRACE:		return "TRACE";
	case SECCOMP_RET_LOG:		return "LOG";
	case SECCOMP_RET_ALLOW:		return "ALLOW";
	default:			return "an unknown action";
	}
}

static void describe(char *buf, size_t size, const struct seccomp_data *sd,
		     uint32_t ret)
{
	td_snprintf(buf, size, "seccomp: %s system call %d at 0x%lx: %s (0x%x)",
		    sd->arch == AUDIT_ARCH_I386 ? "i386" : "x86-64", sd->nr,
		    (unsigned long)sd->instruction_pointer,
		    action_name(ret & SECCOMP_RET_ACTION_FULL), ret);
}

/*
 * Linux logs (through audit) every LOG and KILL action, and ERRNO, TRAP,
 * TRACE and USER_NOTIF when the filter that chose them asked for it with
 * SECCOMP_FILTER_FLAG_LOG; never ALLOW.  Kills are reported by
 * do_exit_signal instead.
 */
static void log_action(const struct seccomp_data *sd, uint32_t ret)
{
	char line[128];

	describe(line, sizeof(line), sd, ret);
	printk("%s\n", line);
}

/*
 * Linux's mode1_syscalls: read, write, exit, rt_sigreturn.  Through int
 * $0x80 (mode1_syscalls_32) read, write, exit and the old sigreturn, 119,
 * not rt_sigreturn (173).  exit_group, which C libraries' exit() makes, is
 * not among them.
 */
static void check_strict(int nr, bool i386)
{
	static const int allowed_64[] = { 0, 1, 60, 15 };
	static const int allowed_32[] = { 3, 4, 1, 119 };
	const int *allowed = i386 ? allowed_32 : allowed_64;
	char report[96];

	for (int i = 0; i < 4; i++)
		if (nr == allowed[i])
			return;
	td_snprintf(report, sizeof(report), "seccomp strict mode: %s system "
		    "call %d is not read, write, exit or sigreturn",
		    i386 ? "i386" : "x86-64", nr);
	do_exit_signal(SIGKILL, report);
}

/* What the filters see: whole registers, as Linux's
 * syscall_get_arguments (the i386 handlers only use their low halves). */
static void fill_data(struct seccomp_data *sd, const struct pt_regs *regs,
		      int nr, bool i386)
{
	sd->nr = nr;
	sd->arch = i386 ? AUDIT_ARCH_I386 : AUDIT_ARCH_X86_64;
	sd->instruction_pointer = regs->ip;
	if (i386) {
		uint64_t a[6] = { regs->bx, regs->cx, regs->dx, regs->si,
				  regs->di, regs->bp };

		memcpy(sd->args, a, sizeof(a));
	} else {
		uint64_t a[6] = { regs->di, regs->si, regs->dx, regs->r10,
				  regs->r8, regs->r9 };

		memcpy(sd->args, a, sizeof(a));
	}
}

/* A SIGSYS that says which call it was (Linux's force_sig_seccomp):
 * force_sig_fault unblocks and un-ignores it and queues the common part,
 * then the SIGSYS fields go into the queued siginfo. */
static void send_sigsys(const struct seccomp_data *sd, uint32_t ret)
{
	struct siginfo *info = &current->sig.info[SIGSYS];
	char report[128];

	describe(report, sizeof(report), sd, ret);
	force_sig_fault(SIGSYS, SYS_SECCOMP, sd->instruction_pointer, report);
	info->si_errno = (int)(ret & SECCOMP_RET_DATA);
	info->sys.syscall = sd->nr;
	info->sys.arch = sd->arch;
}

/*
 * Every filter runs, newest first; the lowest action wins, compared as
 * signed 32-bit numbers of the action alone (KILL_PROCESS, 0x80000000, is
 * the lowest), and among equal actions the first one seen, the newest
 * filter's, keeps its data.
 */
static long run_filters(struct pt_regs *regs, int nr, bool i386)
{
	const struct seccomp_filter *match = NULL;
	uint32_t ret = SECCOMP_RET_ALLOW;
	struct seccomp_data sd;
	char report[128];

	fill_data(&sd, regs, nr, i386);
	for (const struct seccomp_filter *f = current->seccomp.filter; f;
	     f = f->prev) {
		uint32_t cur = bpf_run(f->insns, f->len, &sd);

		if ((int32_t)(cur & SECCOMP_RET_ACTION_FULL) <
		    (int32_t)(ret & SECCOMP_RET_ACTION_FULL)) {
			ret = cur;
			match = f;
		}
	}

	uint32_t data = ret & SECCOMP_RET_DATA;
	bool asked = match && match->log;

	switch (ret & SECCOMP_RET_ACTION_FULL) {
	case SECCOMP_RET_ALLOW:
		return 0;
	case SECCOMP_RET_LOG:
		log_action(&sd, ret);
		return 0;
	case SECCOMP_RET_ERRNO:
		regs->ax = (unsigned long)-(long)(data > MAX_ERRNO ? MAX_ERRNO : data);
		break;
	case SECCOMP_RET_TRAP:
		/* The handler sees the registers of the call: rax = nr, as
		 * Linux's syscall_rollback leaves it (eax for int $0x80). */
		regs->ax = i386 ? (uint32_t)regs->orig_ax : regs->orig_ax;
		send_sigsys(&sd, ret);
		break;
	case SECCOMP_RET_TRACE:		/* no tracer is ever attached */
	case SECCOMP_RET_USER_NOTIF:	/* no listener is ever attached */
		regs->ax = (unsigned long)-ENOSYS;
		break;
	default:
		/* KILL_THREAD (the only thread), KILL_PROCESS, and any
		 * action Linux does not know: SIGSYS, which no handler can
		 * catch. */
		describe(report, sizeof(report), &sd, ret);
		do_exit_signal(SIGSYS, report);
	}
	if (asked)
		log_action(&sd, ret);
	return -1;
}

long seccomp_check(struct pt_regs *regs, int nr, bool i386)
{
	switch (current->seccomp.mode) {
	case SECCOMP_MODE_STRICT:
		check_strict(nr, i386);
		return 0;
	case SECCOMP_MODE_FILTER:
		return run_filters(regs, nr, i386);
	default:
		return 0;
	}
}

/* ---- setting up: seccomp(2) and prctl ---- */

/* Linux's seccomp_may_assign_mode: a mode, once set, is for good. */
static bool may_assign_mode(int mode)
{
	return current->seccomp.mode == SECCOMP_MODE_DISABLED ||
	       current->seccomp.mode == mode;
}

/* As Linux on x86: strict mode also takes rdtsc away (CR4.TSD), so that
 * timing cannot leak through it; it then raises #GP, SIGSEGV. */
static long set_mode_strict(void)
{
	if (!may_assign_mode(SECCOMP_MODE_STRICT))
		return -EINVAL;
	write_cr4(read_cr4() | CR4_TSD);
	current->seccomp.mode = SECCOMP_MODE_STRICT;
	syscall_work = true;
	return 0;
}

static long copy_fprog(struct sock_fprog *fprog, const void __user *uargs)
{
	if (in_compat_syscall()) {
		struct compat_sock_fprog f32;

		if (copy_from_user(&f32, uargs, sizeof(f32)))
			return -EFAULT;
		fprog->len = f32.len;
		fprog->filter = (struct sock_filter __user *)(unsigned long)f32.filter;
		return 0;
	}
	return copy_from_user(fprog, uargs, sizeof(*fprog)) ? -EFAULT : 0;
}

/*
 * SECCOMP_FILTER_FLAG_NEW_LISTENER would return a file descriptor for a
 * supervisor to answer USER_NOTIF calls with; trapdoor has no such file,
 * so the flag is refused as an unknown one, before anything is read, as a
 * Linux without user notification does: the usual probe (the flag with a
 * NULL program: EFAULT means "supported") reads "no".  WAIT_KILLABLE_RECV
 * goes only with it.  A filter may still return USER_NOTIF: with no
 * listener, Linux fails the call with ENOSYS, and so does trapdoor.  TSYNC
 * has no other thread to synchronise: it succeeds.
 */
static long set_mode_filter(unsigned int flags, const void __user *uargs)
{
	const unsigned int known = SECCOMP_FILTER_FLAG_TSYNC |
		SECCOMP_FILTER_FLAG_LOG | SECCOMP_FILTER_FLAG_SPEC_ALLOW |
		SECCOMP_FILTER_FLAG_TSYNC_ESRCH;
	struct seccomp *s = &current->seccomp;
	struct seccomp_filter *f = (struct seccomp_filter *)(pool + pool_used);
	struct sock_fprog fprog;
	unsigned long total;
	long err;

	if (flags & ~known)
		return -EINVAL;
	err = copy_fprog(&fprog, uargs);
	if (err)
		return err;
	if (fprog.len == 0 || fprog.len > BPF_MAXINSNS)
		return -EINVAL;
	/* Without no_new_privs, only a privileged process may filter: a
	 * filter could otherwise fool a set-uid program it runs. */
	if (!current->no_new_privs && !capable_sys_admin())
		return -EACCES;
	if (!fprog.filter)
		return -EINVAL;
	if (sizeof(*f) + fprog.len * sizeof(struct sock_filter) >
	    sizeof(pool) - pool_used)
		return -ENOMEM;		/* cannot happen: see POOL_SLOTS */
	if (copy_from_user(f->insns, fprog.filter,
			   fprog.len * sizeof(struct sock_filter)))
		return -EFAULT;
	err = bpf_check(f->insns, fprog.len);
	if (err)
		return err;
	if (!may_assign_mode(SECCOMP_MODE_FILTER))
		return -EINVAL;
	f->ebpf_len = (uint16_t)bpf_ebpf_len(f->insns, fprog.len);
	total = f->ebpf_len;
	for (const struct seccomp_filter *w = s->filter; w; w = w->prev)
		total += w->ebpf_len + 4;
	if (total > MAX_INSNS_PER_PATH)
		return -ENOMEM;

	f->prev = s->filter;
	f->len = fprog.len;
	f->log = flags & SECCOMP_FILTER_FLAG_LOG;
	pool_used += sizeof(*f) + fprog.len * sizeof(struct sock_filter);
	s->filter = f;
	s->mode = SECCOMP_MODE_FILTER;
	syscall_work = true;
	return 0;
}

static long get_action_avail(const void __user *uaction)
{
	uint32_t action;

	if (copy_from_user(&action, uaction, sizeof(action)))
		return -EFAULT;
	switch (action) {
	case SECCOMP_RET_KILL_PROCESS:
	case SECCOMP_RET_KILL_THREAD:
	case SECCOMP_RET_TRAP:
	case SECCOMP_RET_ERRNO:
	case SECCOMP_RET_USER_NOTIF:
	case SECCOMP_RET_TRACE:
	case SECCOMP_RET_LOG:
	case SECCOMP_RET_ALLOW:
		return 0;
	default:
		return -EOPNOTSUPP;
	}
}

/* The sizes of Linux's struct seccomp_notif, seccomp_notif_resp and
 * seccomp_data, for a supervisor to allocate with. */
static long get_notif_sizes(void __user *usizes)
{
	const uint16_t sizes[3] = { 80, 24, sizeof(struct seccomp_data) };

	return copy_to_user(usizes, sizes, sizeof(sizes)) ? -EFAULT : 0;
}

static long do_seccomp(unsigned int op, unsigned int flags, void __user *uargs)
{
	switch (op) {
	case SECCOMP_SET_MODE_STRICT:
		if (flags != 0 || uargs != NULL)
			return -EINVAL;
		return set_mode_strict();
	case SECCOMP_SET_MODE_FILTER:
		return set_mode_filter(flags, uargs);
	case SECCOMP_GET_ACTION_AVAIL:
		return flags ? -EINVAL : get_action_avail(uargs);
	case SECCOMP_GET_NOTIF_SIZES:
		return flags ? -EINVAL : get_notif_sizes(uargs);
	default:
		return -EINVAL;
	}
}

long sys_seccomp(unsigned int op, unsigned int flags, void __user *uargs)
{
	return do_seccomp(op, flags, uargs);
}

long prctl_get_seccomp(void)
{
	return current->seccomp.mode;
}

/* prctl has no flags; strict mode ignores the filter argument. */
long prctl_set_seccomp(unsigned long mode, void __user *filter)
{
	switch (mode) {
	case SECCOMP_MODE_STRICT:
		return do_seccomp(SECCOMP_SET_MODE_STRICT, 0, NULL);
	case SECCOMP_MODE_FILTER:
		return do_seccomp(SECCOMP_SET_MODE_FILTER, 0, filter);
	default:
		return -EINVAL;
	}
}
