/*
 * strace_demo: a fixed sequence of system calls whose trace
 * (tools/trapdoor-run --strace) tests/qemu/strace_expected.sh compares
 * with the text it should be: strings short and cut at 32 bytes, an
 * unknown number, errors, NULL, flags by name, the structures calls fill
 * in (and an address where the call failed), and an int $0x80 call.
 * Only calls whose output is the same on every run.
 */
#include "ulib.h"

#define SIG_IGN		1
#define SA_RESTART	0x10000000
#define SIGBIT(n)	(1ul << ((n) - 1))

int main(void)
{
	static const char longer[] = "0123456789abcdefghijklmnopqrstuvwxyz\n";
	static char uts[6][65], cwd[64];
	static struct { unsigned long handler, flags, restorer, mask; }
		ign = { SIG_IGN, SA_RESTART, 0, SIGBIT(12) }, old;
	static unsigned long set = SIGBIT(10) | SIGBIT(15), oset;
	static struct { void *sp; int flags; size_t size; } ss;
	static long res[2];
	static int tz[2];
	static unsigned int termios[9];
	static unsigned short ws[4];
	static unsigned long fs;
	void *p;

	sc_write(1, "short\n", 6);
	sc_write(1, longer, sizeof(longer) - 1);
	__sc2(423, 1, 2);
	sc_uname(NULL);
	p = (void *)sc_mmap(NULL, 4096, 3, 0x22, -1, 0); /* RW, PRIVATE|ANONYMOUS */
	sc_mprotect(p, 4096, 0);
	sc_clock_gettime(1, NULL);
	sc_arch_prctl(0x1003, 0);		/* ARCH_GET_FS into NULL */
	sc_uname(uts);
	sc_rt_sigaction(10, &ign, &old, 8);	/* SIGUSR1 */
	sc_rt_sigprocmask(0, &set, &oset, 8);	/* SIG_BLOCK */
	sc_rt_sigprocmask(2, &oset, NULL, 8);	/* SIG_SETMASK */
	sc_rt_sigpending(&oset, 8);
	sc_sigaltstack(NULL, &ss);
	sc_sigaltstack(NULL, (void *)8);
	sc_clock_getres(1, res);		/* CLOCK_MONOTONIC */
	sc_gettimeofday(NULL, tz);
	sc_getcwd(cwd, sizeof(cwd));
	sc_ioctl(0, 0x5401, termios);		/* TCGETS */
	sc_ioctl(1, 0x5413, ws);		/* TIOCGWINSZ */
	sc_fcntl(1, 3, 0);			/* F_GETFL */
	sc_arch_prctl(0x1003, &fs);		/* ARCH_GET_FS */
	i80_getpid();
	i80_write(1, "int80\n", 6);
	return 7;
}
