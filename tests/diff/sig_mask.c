/* sig_mask: a handler runs with its own signal blocked (no SA_NODEFER)
 * and with its sa_mask added; signals raised inside the handler that are
 * blocked stay pending and are delivered right after it returns (its own
 * signal and the sa_mask one); with SA_NODEFER the handler re-enters at
 * once; the mask outside handlers is as before. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <signal.h>

static char log_[512];
static int nlog;
static volatile int runs, depth, usr2_runs;

static void note(const char *s)
{
	while (*s && nlog < 500)
		log_[nlog++] = *s++;
}

static void h2(int sig)
{
	(void)sig;
	usr2_runs++;
	note("[usr2]");
}

static void h1(int sig)
{
	(void)sig;
	sigset_t cur;
	runs++;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	note(runs == 1 ? "[usr1#1" : "[usr1#2");
	note(sigismember(&cur, SIGUSR1) ? " self-blocked" : " self-open");
	note(sigismember(&cur, SIGUSR2) ? " usr2-blocked" : " usr2-open");
	if (runs == 1) {
		raise(SIGUSR2);	/* blocked by sa_mask: stays pending */
		raise(SIGUSR1);	/* its own signal: pending too */
		note(usr2_runs ? " usr2-ran" : " usr2-held");
		note(runs == 1 ? " usr1-held" : " usr1-ran");
	}
	note("]");
}

static void hdefer(int sig)
{
	(void)sig;
	depth++;
	note(depth == 1 ? "[outer" : "[inner]");
	if (depth == 1) {
		raise(SIGHUP);	/* SA_NODEFER: runs nested right now */
		note(" outer-end]");
	}
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = h2;
	sigaction(SIGUSR2, &sa, NULL);
	sa.sa_handler = h1;
	sigemptyset(&sa.sa_mask);
	sigaddset(&sa.sa_mask, SIGUSR2);
	sigaction(SIGUSR1, &sa, NULL);

	raise(SIGUSR1);
	log_[nlog] = 0;
	printf("sequence: %s\n", log_);
	nlog = 0;

	sigset_t cur;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	printf("after: USR1 blocked=%d USR2 blocked=%d\n",
	       sigismember(&cur, SIGUSR1), sigismember(&cur, SIGUSR2));

	sa.sa_handler = hdefer;
	sa.sa_flags = SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGHUP, &sa, NULL);
	raise(SIGHUP);
	log_[nlog] = 0;
	printf("nodefer: %s depth=%d\n", log_, depth);
	return 0;
}
