/* sig_altstack: sigaltstack installs an alternate stack; a handler
 * installed with SA_ONSTACK runs on it (the address of one of its locals
 * lies inside), sees SS_ONSTACK from sigaltstack, and a handler without
 * SA_ONSTACK does not; a fault taken with the stack pointer at 0 (no
 * usable stack at all) is still caught, on the alternate stack. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>

#define ALTSZ (64 * 1024)
static char *alt;
static volatile int on_alt, flag_onstack;
static sigjmp_buf env;

static void handler(int sig)
{
	(void)sig;
	volatile char local;
	uintptr_t a = (uintptr_t)&local;
	on_alt = a >= (uintptr_t)alt && a < (uintptr_t)alt + ALTSZ;
	stack_t cur;
	sigaltstack(NULL, &cur);
	flag_onstack = (cur.ss_flags & SS_ONSTACK) != 0;
}

static void segv(int sig)
{
	(void)sig;
	volatile char local;
	uintptr_t a = (uintptr_t)&local;
	on_alt = a >= (uintptr_t)alt && a < (uintptr_t)alt + ALTSZ;
	siglongjmp(env, 1);
}

int main(void)
{
	alt = malloc(ALTSZ);
	stack_t ss = { .ss_sp = alt, .ss_size = ALTSZ, .ss_flags = 0 }, old;
	printf("sigaltstack: %d\n", sigaltstack(&ss, &old));
	printf("previous: disabled=%s\n", (old.ss_flags & SS_DISABLE) ? "yes" : "no");
	stack_t q;
	sigaltstack(NULL, &q);
	printf("query: same base=%s size=%s onstack=%s\n",
	       q.ss_sp == alt ? "yes" : "no", q.ss_size == ALTSZ ? "yes" : "no",
	       (q.ss_flags & SS_ONSTACK) ? "yes" : "no");

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sa.sa_flags = SA_ONSTACK;
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	printf("SA_ONSTACK handler: on alt stack=%s, SS_ONSTACK=%s\n",
	       on_alt ? "yes" : "no", flag_onstack ? "yes" : "no");

	sa.sa_flags = 0;
	sigaction(SIGUSR2, &sa, NULL);
	raise(SIGUSR2);
	printf("plain handler: on alt stack=%s, SS_ONSTACK=%s\n",
	       on_alt ? "yes" : "no", flag_onstack ? "yes" : "no");

	sa.sa_handler = segv;
	sa.sa_flags = SA_ONSTACK;
	sigaction(SIGSEGV, &sa, NULL);
	on_alt = 0;
	if (sigsetjmp(env, 1) == 0)	/* rsp = 0, then a load from 0: the */
		__asm__ volatile("xor %%esp, %%esp\n\t"	/* handler cannot */
				 "movl (%%rsp), %%eax"	/* use the normal stack */
				 ::: "eax", "memory");
	printf("fault with rsp = 0 caught on the alt stack: %s\n", on_alt ? "yes" : "no");

	ss.ss_flags = SS_DISABLE;
	printf("disable: %d\n", sigaltstack(&ss, NULL));
	sigaltstack(NULL, &q);
	printf("now disabled: %s\n", (q.ss_flags & SS_DISABLE) ? "yes" : "no");
	return 0;
}
