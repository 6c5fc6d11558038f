/*
 * Signals: the system calls that set them up (rt_sigaction,
 * rt_sigprocmask, rt_sigpending, sigaltstack, kill, tkill, tgkill) and
 * what happens to a pending signal on the way back to ring 3.  See
 * signal.h.
 */
#include "signal.h"
#include "syscalls.h"
#include "errno.h"
#include "ptrace.h"
#include "string.h"
#include "task.h"
#include "vsprintf.h"
#include "strace.h"

#define UNBLOCKABLE	(sigmask(SIGKILL) | sigmask(SIGSTOP))
#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2

/* What SIG_DFL does: most signals terminate. */
static bool default_ignores(int sig)
{
	return sig == SIGCHLD || sig == SIGURG || sig == SIGWINCH ||
	       sig == SIGCONT;
}

static bool default_stops(int sig)
{
	return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN ||
	       sig == SIGTTOU;
}

void signal_init(struct sigstate *s)
{
	memset(s, 0, sizeof(*s));
	s->ss_flags = SS_DISABLE;
}

static struct sigstate *sigs(void)
{
	return &current->sig;
}

static bool ignored(const struct sigstate *s, int sig)
{
	uint64_t h = s->action[sig].handler;

	return h == SIG_IGN || (h == SIG_DFL && default_ignores(sig));
}

void send_signal(int sig, const struct siginfo *info)
{
	struct sigstate *s = sigs();

	if (ignored(s, sig) && !(s->blocked & sigmask(sig)))
		return;			/* dropped at once, as Linux does */
	if (s->pending & sigmask(sig)) {
		/* standard signals do not queue; real-time ones do, up to
		 * RLIMIT_SIGPENDING */
		if (sig >= SIGRTMIN && s->queued[sig] < 1024)
			s->queued[sig]++;
		return;
	}
	s->pending |= sigmask(sig);
	s->info[sig] = *info;
}

void force_sig_fault(int sig, int code, uint64_t addr, const char *report)
{
	struct sigstate *s = sigs();
	struct siginfo info;

	/* Zeroed whole: the frame copies all 128 bytes to the handler, and an
	 * initializer need not clear the union's unnamed bytes. */
	memset(&info, 0, sizeof(info));
	info.si_signo = sig;
	info.si_code = code;
	info.fault.addr = addr;
	if ((s->blocked & sigmask(sig)) || s->action[sig].handler == SIG_IGN) {
		s->blocked &= ~sigmask(sig);
		s->action[sig].handler = SIG_DFL;
	}
	td_snprintf(s->report, sizeof(s->report), "%s", report);
	s->pending &= ~sigmask(sig);	/* this fault's info wins */
	s->queued[sig] = 0;
	send_signal(sig, &info);
}

/* The lowest-numbered deliverable signal, or 0. */
static int next_signal(const struct sigstate *s)
{
	uint64_t ready = s->pending & ~s->blocked;

	return ready ? __builtin_ctzll(ready) + 1 : 0;
}

/*
 * Every deliverable signal gets its frame now, lowest number first, each
 * on top of the one before (as Linux's exit-to-user loop does): so the
 * handler of the highest runs first, and each returns into the next.
 */
void signal_deliver(struct pt_regs *regs)
{
	struct sigstate *s = sigs();
	int sig;

	while ((sig = next_signal(s))) {
		struct k_sigaction *ka = &s->action[sig];
		struct siginfo info = s->info[sig];

		if (s->queued[sig])
			s->queued[sig]--;	/* another one stays pending */
		else
			s->pending &= ~sigmask(sig);
		if (strace_enabled && ka->handler != SIG_IGN)
			strace_signal(sig, info.si_code, info.fault.addr);
		if (ka->handler == SIG_IGN)
			continue;
		if (ka->handler == SIG_DFL) {
			if (default_ignores(sig) || default_stops(sig))
				continue;	/* nobody could continue a stop */
			if (!s->report[0])
				td_snprintf(s->report, sizeof(s->report),
					    "sent by itself (si_code %d)",
					    info.si_code);
			do_exit_signal(sig, s->report);
		}
		uint64_t oldmask = s->blocked;

		if (!setup_rt_frame(regs, sig, ka, &info, oldmask)) {
			/* No frame, no handler: die of SIGSEGV. */
			td_snprintf(s->report, sizeof(s->report),
				    "could not write the frame for a %s handler",
				    signal_name(sig));
			do_exit_signal(SIGSEGV, s->report);
		}
		s->report[0] = '\0';
		s->blocked |= ka->mask | (ka->flags & SA_NODEFER ? 0 : sigmask(sig));
		s->blocked &= ~UNBLOCKABLE;
		if (ka->flags & SA_RESETHAND)
			ka->handler = SIG_DFL;
	}
}

long sys_rt_sigaction(int sig, const struct sigaction __user *act,
		      struct sigaction __user *oact, size_t sigsetsize)
{
	struct sigstate *s = sigs();
	struct k_sigaction new;

	if (sigsetsize != sizeof(uint64_t))
		return -EINVAL;
	if (sig < 1 || sig > _NSIG)
		return -EINVAL;
	if (act && (sig == SIGKILL || sig == SIGSTOP))
		return -EINVAL;
	if (act && copy_from_user(&new, act, sizeof(new)))
		return -EFAULT;
	if (oact && copy_to_user(oact, &s->action[sig], sizeof(new)))
		return -EFAULT;
	if (act) {
		new.mask &= ~UNBLOCKABLE;
		s->action[sig] = new;
		if (ignored(s, sig)) {
			s->pending &= ~sigmask(sig);	/* discarded, as Linux */
			s->queued[sig] = 0;
		}
	}
	return 0;
}

long sys_rt_sigprocmask(int how, sigset_t __user *nset, sigset_t __user *oset,
			size_t sigsetsize)
{
	struct sigstate *s = sigs();
	uint64_t set;

	if (sigsetsize != sizeof(uint64_t))
		return -EINVAL;
	if (nset && copy_from_user(&set, nset, sizeof(set)))
		return -EFAULT;
	if (nset && how != SIG_BLOCK && how != SIG_UNBLOCK && how != SIG_SETMASK)
		return -EINVAL;
	if (oset && copy_to_user(oset, &s->blocked, sizeof(uint64_t)))
		return -EFAULT;
	if (nset) {
		if (how == SIG_BLOCK)
			s->blocked |= set;
		else if (how == SIG_UNBLOCK)
			s->blocked &= ~set;
		else
			s->blocked = set;
		s->blocked &= ~UNBLOCKABLE;
	}
	return 0;
}

long sys_rt_sigpending(sigset_t __user *uset, size_t sigsetsize)
{
	uint64_t p = sigs()->pending & sigs()->blocked;

	if (sigsetsize > sizeof(uint64_t))
		return -EINVAL;
	return copy_to_user(uset, &p, sigsetsize) ? -EFAULT : 0;
}

struct sigaltstack {
	uint64_t ss_sp;
	int ss_flags;
	uint64_t ss_size;
};

long sys_sigaltstack(const struct sigaltstack __user *uss,
		     struct sigaltstack __user *uoss)
{
	struct sigstate *s = sigs();
	struct sigaltstack ss;
	bool on = on_sig_stack(current_user_sp());

	if (uss && copy_from_user(&ss, uss, sizeof(ss)))
		return -EFAULT;
	if (uoss) {
		struct sigaltstack old;

		/* memset, not an initializer: the 4 bytes of padding after
		 * ss_flags would otherwise carry old kernel stack bytes. */
		memset(&old, 0, sizeof(old));
		old.ss_sp = s->ss_sp;
		old.ss_flags = (int)(on ? SS_ONSTACK : s->ss_flags);
		old.ss_size = s->ss_size;
		if (copy_to_user(uoss, &old, sizeof(old)))
			return -EFAULT;
	}
	if (!uss)
		return 0;
	if (on)
		return -EPERM;
	unsigned int mode = (unsigned int)ss.ss_flags & ~SS_AUTODISARM;

	if (mode != 0 && mode != SS_DISABLE && mode != SS_ONSTACK)
		return -EINVAL;
	if (mode == SS_DISABLE) {
		s->ss_sp = s->ss_size = 0;
		s->ss_flags = SS_DISABLE;
		return 0;
	}
	if (ss.ss_size < MINSIGSTKSZ)
		return -ENOMEM;
	s->ss_sp = ss.ss_sp;
	s->ss_size = ss.ss_size;
	s->ss_flags = (unsigned int)ss.ss_flags & SS_AUTODISARM;
	return 0;
}

/* kill and its thread-directed kin, for the process itself. */
static long kill_self(int sig, int code)
{
	struct siginfo info;

	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	if (sig == 0)
		return 0;		/* only the permission check */
	memset(&info, 0, sizeof(info));		/* all of it reaches the frame */
	info.si_signo = sig;
	info.si_code = code;
	info.kill.pid = current->pid;
	info.kill.uid = 0;
	send_signal(sig, &info);
	return 0;
}

long sys_kill(pid_t pid, int sig)
{
	if (sig < 0 || sig > _NSIG)
		return -EINVAL;
	/* -1 means every process but init and the caller: none here. */
	if (pid == -1)
		return -ESRCH;
	if (pid != 0 && pid != current->pid && pid != -current->pid)
		return -ESRCH;
	return kill_self(sig, SI_USER);
}

long sys_tkill(pid_t pid, int sig)
{
	if (pid <= 0)
		return -EINVAL;
	if (pid != current->pid)
		return -ESRCH;
	return kill_self(sig, SI_TKILL);
}

long sys_tgkill(pid_t tgid, pid_t pid, int sig)
{
	if (pid <= 0 || tgid <= 0)
		return -EINVAL;
	if (pid != current->pid || tgid != current->pid)
		return -ESRCH;
	return kill_self(sig, SI_TKILL);
}

const char *signal_name(int sig)
{
	static const char *const names[_NSIG + 1] = {
		[SIGHUP] = "SIGHUP", [SIGINT] = "SIGINT", [SIGQUIT] = "SIGQUIT",
		[SIGILL] = "SIGILL", [SIGTRAP] = "SIGTRAP", [SIGABRT] = "SIGABRT",
		[SIGBUS] = "SIGBUS", [SIGFPE] = "SIGFPE", [SIGKILL] = "SIGKILL",
		[SIGUSR1] = "SIGUSR1", [SIGSEGV] = "SIGSEGV",
		[SIGUSR2] = "SIGUSR2", [SIGPIPE] = "SIGPIPE",
		[SIGALRM] = "SIGALRM", [SIGTERM] = "SIGTERM",
		[SIGSTKFLT] = "SIGSTKFLT", [SIGCHLD] = "SIGCHLD",
		[SIGCONT] = "SIGCONT", [SIGSTOP] = "SIGSTOP",
		[SIGTSTP] = "SIGTSTP", [SIGTTIN] = "SIGTTIN",
		[SIGTTOU] = "SIGTTOU", [SIGURG] = "SIGURG",
		[SIGXCPU] = "SIGXCPU", [SIGXFSZ] = "SIGXFSZ",
		[SIGVTALRM] = "SIGVTALRM", [SIGPROF] = "SIGPROF",
		[SIGWINCH] = "SIGWINCH", [SIGIO] = "SIGIO", [SIGPWR] = "SIGPWR",
		[SIGSYS] = "SIGSYS",
	};

	if (sig > 0 && sig <= _NSIG && names[sig])
		return names[sig];
	return sig >= 34 && sig <= _NSIG ? "a real-time signal" : "a signal";
}
