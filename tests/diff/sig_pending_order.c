/* sig_pending_order: signals raised while blocked by sigprocmask stay
 * pending (a second raise of a standard signal is not queued twice,
 * real-time signals are queued; sigpending is not used, rt_sigpending is
 * not on trapdoor's list), and are delivered when
 * unblocked: with handlers that block everything (sa_mask full) one after
 * the other, lowest number first, real-time signals in queue order after
 * the standard ones; with empty sa_mask, Linux sets up all the frames at
 * once, so the handlers run nested and the highest number runs first. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <signal.h>

static int order[64], n;

static void handler(int sig, siginfo_t *si, void *uc)
{
	(void)si;
	(void)uc;
	if (n < 64)	/* real-time signals as 100 + (sig - SIGRTMIN) */
		order[n++] = sig >= SIGRTMIN ? 100 + sig - SIGRTMIN : sig;
}

static void print_order(const char *what)
{
	printf("%s:", what);
	for (int i = 0; i < n; i++)
		printf(" %d", order[i]);
	printf("\n");
	n = 0;
}

static void install(int full_mask)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	if (full_mask)
		sigfillset(&sa.sa_mask);
	else
		sigemptyset(&sa.sa_mask);
	int sigs[] = { SIGHUP, SIGINT, SIGUSR1, SIGUSR2, SIGALRM, SIGTERM,
		SIGRTMIN, SIGRTMIN + 2 };
	for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);
}

static void block_raise_unblock(void)
{
	sigset_t all, old;
	sigfillset(&all);
	sigprocmask(SIG_BLOCK, &all, &old);
	raise(SIGTERM);
	raise(SIGUSR2);
	raise(SIGTERM);	/* already pending: merged */
	raise(SIGHUP);
	raise(SIGUSR1);
	raise(SIGALRM);
	raise(SIGINT);
	raise(SIGRTMIN + 2);
	raise(SIGRTMIN);
	raise(SIGRTMIN + 2);	/* real-time: queued again */
	printf("blocked, none delivered yet: %s\n", n == 0 ? "yes" : "no");
	sigprocmask(SIG_SETMASK, &old, NULL);
}

int main(void)
{
	install(1);
	block_raise_unblock();
	print_order("one by one");
	install(0);
	block_raise_unblock();
	print_order("nested");
	return 0;
}
