/*
 * selectors: the segment selectors a 64-bit program sees are Linux's:
 * CS 0x33 (__USER_CS), SS 0x2b (__USER_DS), and DS, ES, FS, GS null.
 * Real programs hard-code them (a far jump to 0x23 for 32-bit code and
 * back to 0x33, as Linux's selftests do).  Printed at start, after a
 * system call (sysretq loads CS and SS from STAR), inside a signal
 * handler and after its return (iretq loads them from the frame).
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void show(const char *when)
{
	unsigned short cs, ss, ds, es, fs, gs;

	asm volatile("movw %%cs, %0\n\tmovw %%ss, %1\n\tmovw %%ds, %2\n\t"
		     "movw %%es, %3\n\tmovw %%fs, %4\n\tmovw %%gs, %5"
		     : "=r"(cs), "=r"(ss), "=r"(ds), "=r"(es), "=r"(fs), "=r"(gs));
	printf("%-24s cs 0x%02x ss 0x%02x ds 0x%02x es 0x%02x fs 0x%02x gs 0x%02x\n",
	       when, cs, ss, ds, es, fs, gs);
}

static void handler(int sig)
{
	(void)sig;
	show("in a signal handler");
}

int main(void)
{
	struct sigaction sa;

	show("at start");
	getppid();
	show("after a system call");
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sigaction(SIGUSR1, &sa, 0);
	raise(SIGUSR1);
	show("after the handler");
	return 0;
}
