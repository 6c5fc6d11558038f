/*
 * Signals as strace prints them: names (SIGUSR1, SIGRTMIN, SIGRT_3),
 * signal sets ([USR1 TERM], or ~[...] with the signals not in the set
 * when most are), struct sigaction and stack_t.  Linux's x86-64 layouts;
 * sets are the 8 bytes of a 64-signal kernel sigset_t.
 */
#include "strace_fmt.h"
#include "signal.h"
#include "uaccess.h"

#define SIGRTMIN_KERNEL	32	/* the kernel's first real-time signal */
#define SIG_DFL		0
#define SIG_IGN		1
#define SA_RESTORER	0x04000000
#define SS_ONSTACK	1
#define SS_DISABLE	2
#define SS_AUTODISARM	(1u << 31)

/* strace names the real-time signals from the kernel's first, not the
 * C library's SIGRTMIN (glibc and musl keep 32-34 for themselves).  In
 * sets the names lose their "SIG" (prefix false). */
static void put_name(struct line *l, int sig, bool prefix)
{
	const char *sg = prefix ? "SIG" : "";

	if (sig == SIGRTMIN_KERNEL)
		put(l, "%sRTMIN", sg);
	else if (sig > SIGRTMIN_KERNEL && sig <= 64)
		put(l, "%sRT_%d", sg, sig - SIGRTMIN_KERNEL);
	else if (sig > 0 && sig < SIGRTMIN_KERNEL)
		put(l, "%s", signal_name(sig) + (prefix ? 0 : 3));
	else
		put(l, "%d", sig);
}

void put_signame(struct line *l, int sig)
{
	put_name(l, sig, true);
}

static void put_members(struct line *l, uint64_t mask)
{
	int any = 0;

	for (int sig = 1; sig <= 64; sig++)
		if (mask & (1ull << (sig - 1))) {
			put(l, "%s", any++ ? " " : "");
			put_name(l, sig, false);
		}
}

/* strace lists the complement, after "~", once two thirds of the
 * signals or more are in the set (measured against strace 6.1). */
void put_sigset_val(struct line *l, uint64_t mask)
{
	int count = 0;

	for (uint64_t m = mask; m; m &= m - 1)	/* no libgcc for popcount */
		count++;

	if (count >= 64 * 2 / 3) {
		put(l, "~[");
		put_members(l, ~mask);
	} else {
		put(l, "[");
		put_members(l, mask);
	}
	put(l, "]");
}

void put_sigset(struct line *l, uint64_t p)
{
	uint64_t mask;

	if (!p || copy_from_user(&mask, (const void *)p, sizeof(mask))) {
		put_ptr(l, p);
		return;
	}
	put_sigset_val(l, mask);
}

void put_sigaction(struct line *l, uint64_t p)
{
	struct { uint64_t handler, flags, restorer, mask; } sa;

	if (!p || copy_from_user(&sa, (const void *)p, sizeof(sa))) {
		put_ptr(l, p);
		return;
	}
	put(l, "{sa_handler=");
	if (sa.handler == SIG_DFL)
		put(l, "SIG_DFL");
	else if (sa.handler == SIG_IGN)
		put(l, "SIG_IGN");
	else
		put_ptr(l, sa.handler);
	put(l, ", sa_mask=");
	put_sigset_val(l, sa.mask);
	put(l, ", sa_flags=");
	put_flags(l, sa_flags, sa.flags, "SA_???");
	if (sa.flags & SA_RESTORER) {	/* otherwise the field is unused */
		put(l, ", sa_restorer=");
		put_ptr(l, sa.restorer);
	}
	put(l, "}");
}

void put_stack(struct line *l, uint64_t p)
{
	static const struct flag_name ss_flags[] = {
		{ SS_ONSTACK, "SS_ONSTACK" }, { SS_DISABLE, "SS_DISABLE" },
		{ SS_AUTODISARM, "SS_AUTODISARM" }, { 0, 0 }
	};
	struct { uint64_t sp; int32_t flags, pad; uint64_t size; } ss;

	if (!p || copy_from_user(&ss, (const void *)p, sizeof(ss))) {
		put_ptr(l, p);
		return;
	}
	put(l, "{ss_sp=");
	put_ptr(l, ss.sp);
	put(l, ", ss_flags=");
	put_flags(l, ss_flags, (uint32_t)ss.flags, "SS_???");
	put(l, ", ss_size=%lu}", ss.size);
}
