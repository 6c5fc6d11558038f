/* fault_sigfpe: an integer division by zero (#DE) is caught as SIGFPE with
 * si_code FPE_INTDIV by a handler that then restores the default action
 * and divides again: the second time the process dies, status 136. */
#include <stdio.h>
#include <signal.h>
#include <setjmp.h>
#include <string.h>

static sigjmp_buf env;
static volatile int code;

static void handler(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	code = si->si_code;
	siglongjmp(env, sig);
}

static int divide(int a, int b)	/* idiv itself: the compiler cannot fold it */
{
	int d = a < 0 ? -1 : 0;
	__asm__ volatile("idivl %2" : "+a"(a), "+d"(d) : "r"(b));
	return a;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGFPE, &sa, NULL);
	int s = sigsetjmp(env, 1);
	if (s == 0) {
		printf("dividing by zero: %d\n", divide(1, 0));
	} else {
		printf("caught signal %d, FPE_INTDIV: %s\n", s,
		       code == FPE_INTDIV ? "yes" : "no");
	}
	printf("INT_MIN / -1 also traps; now with the default action\n");
	fflush(stdout);
	signal(SIGFPE, SIG_DFL);
	printf("%d\n", divide(-2147483647 - 1, -1));
	return 0;
}
