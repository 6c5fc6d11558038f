/* sig_segv_longjmp: a SIGSEGV handler (SA_SIGINFO) that siglongjmps out
 * of NULL dereferences, reads and writes, 100 times in a row: si_code is
 * SEGV_MAPERR and si_addr is the faulting address; the signal mask is
 * restored by siglongjmp each time (else the second fault would kill). */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include <stdint.h>

static sigjmp_buf env;
static volatile uintptr_t addr;
static volatile int code;

static void handler(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	addr = (uintptr_t)si->si_addr;
	code = si->si_code;
	siglongjmp(env, sig);
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);
	static volatile int caught, maperr, addr_ok;	/* survive siglongjmp */
	for (volatile int i = 0; i < 100; i++) {
		volatile int *p = (volatile int *)(uintptr_t)(i * 8);
		addr = 1;
		if (sigsetjmp(env, 1) == 0) {
			if (i & 1)
				*p = i;
			else
				(void)*p;
			printf("no fault at %d\n", i);
		} else {
			caught++;
			maperr += code == SEGV_MAPERR;
			addr_ok += addr == (uintptr_t)p;
		}
	}
	printf("caught %d of 100, SEGV_MAPERR %d, si_addr right %d\n", caught,
	       maperr, addr_ok);
	sigset_t cur;
	sigprocmask(SIG_BLOCK, NULL, &cur);
	printf("SIGSEGV blocked afterwards: %d\n", sigismember(&cur, SIGSEGV));
	/* a kernel address faults too (SEGV_MAPERR or not: only caught) */
	if (sigsetjmp(env, 1) == 0)
		(void)*(volatile int *)0xffffffff80000000ul;
	else
		printf("kernel-half read: caught\n");
	/* a non-canonical address raises #GP: SIGSEGV with si_addr 0 */
	if (sigsetjmp(env, 1) == 0)
		(void)*(volatile int *)0x8000000000000000ul;
	else
		printf("non-canonical read: caught, si_addr 0: %s\n",
		       addr == 0 ? "yes" : "no");
	return 0;
}
