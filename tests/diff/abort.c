/* abort: abort() ends the process by SIGABRT (status 134 from the shell),
 * even with a SIGABRT handler that returns, and with SIGABRT blocked. */
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>

static volatile sig_atomic_t calls;
static void handler(int sig)
{
	(void)sig;
	calls++;
}

int main(void)
{
	signal(SIGABRT, handler);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGABRT);
	sigprocmask(SIG_BLOCK, &set, NULL);
	printf("calling abort()\n");
	fflush(stdout);	/* abort does not flush stdio */
	abort();
}
