/* seccomp_strict: seccomp(SECCOMP_SET_MODE_STRICT) leaves the process
 * read, write, exit and rt_sigreturn.  Raw write and read still work; the
 * first other call, getpid, kills it with SIGKILL: status 137.  (Not even
 * exit_group is allowed: a strict-mode program ends with SYS_exit.) */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

#define SECCOMP_SET_MODE_STRICT	0	/* linux/seccomp.h */

static void say(const char *s)		/* write(2) only: no stdio */
{
	if (write(1, s, strlen(s)) < 0)
		syscall(SYS_exit, 2);
}

int main(void)
{
	char c;

	printf("seccomp(STRICT, 1, NULL) refused: %s\n",
	       syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 1, NULL) == -1 ?
	       "yes" : "no");
	printf("entering strict mode\n");
	fflush(stdout);
	long r = syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 0, NULL);

	say(r == 0 ? "seccomp(STRICT) = 0\n" : "seccomp(STRICT) failed\n");
	say(read(0, &c, 1) == 0 ? "read: end of file\n" : "read: other\n");
	say("getpid now: SIGKILL\n");
	syscall(SYS_getpid);
	say("survived getpid\n");
	syscall(SYS_exit, 1);
	return 1;
}
