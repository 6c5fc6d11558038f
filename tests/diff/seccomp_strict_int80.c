/* seccomp_strict_int80: strict mode entered through prctl(PR_SET_SECCOMP)
 * also applies to int $0x80, with the i386 numbers: read (3), write (4),
 * exit (1) and the old sigreturn (119), as Linux's mode1_syscalls_32 has
 * them.  write through int $0x80 works; rt_sigreturn through int $0x80
 * (173) is not on that list and kills with SIGKILL: status 137.  (Needs
 * int $0x80 on the host: IA32 emulation, on in Debian's kernels.) */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#define SECCOMP_MODE_STRICT	1	/* linux/seccomp.h */

static long int80(long nr, long b, long c, long d)
{
	long r;

	__asm__ volatile("int $0x80" : "=a"(r) : "a"(nr), "b"(b), "c"(c), "d"(d)
			 : "memory");
	return r;
}

static void say80(const char *s)	/* i386 write: eax = 4 */
{
	int80(4, 1, (long)s, (long)strlen(s));
}

int main(void)
{
	static char c;		/* a 32-bit address for the i386 read */

	printf("entering strict mode through prctl\n");
	fflush(stdout);
	if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT, 0, 0, 0) != 0)
		return 1;
	say80("int $0x80 write (4) works\n");
	say80(int80(3, 0, (long)&c, 1) == 0 ? "int $0x80 read (3): end of file\n"
					     : "int $0x80 read (3): other\n");
	say80("int $0x80 rt_sigreturn (173) now: SIGKILL\n");
	int80(173, 0, 0, 0);
	say80("survived\n");
	syscall(SYS_exit, 1);
	return 1;
}
