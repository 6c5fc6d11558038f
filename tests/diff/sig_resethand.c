/* sig_resethand: with SA_RESETHAND the handler runs once and the action
 * reverts to SIG_DFL on delivery (sigaction then reports SIG_DFL, and the
 * handler runs with its signal unblocked, as SA_RESETHAND implies
 * SA_NODEFER); the next SIGUSR1 takes the default action and kills the
 * process: status 138 (128 + SIGUSR1). */
#include <stdio.h>
#include <string.h>
#include <signal.h>

static volatile int calls, self_blocked = -1, dfl_inside = -1;

static void handler(int sig)
{
	sigset_t cur;
	struct sigaction now;
	calls++;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	self_blocked = sigismember(&cur, sig);
	sigaction(sig, NULL, &now);
	dfl_inside = now.sa_handler == SIG_DFL;
}

int main(void)
{
	struct sigaction sa, old;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	sigaction(SIGUSR1, NULL, &old);
	printf("calls=%d self blocked in handler=%d SIG_DFL in handler=%d\n",
	       calls, self_blocked, dfl_inside);
	printf("after delivery: %s\n", old.sa_handler == SIG_DFL ? "SIG_DFL" :
	       old.sa_handler == handler ? "handler" : "other");
	printf("raising SIGUSR1 again: the default action ends the process\n");
	fflush(stdout);
	raise(SIGUSR1);
	printf("survived, calls=%d\n", calls);
	return 0;
}
