/* seccomp_strict_rdtsc: on x86, strict mode also takes the time stamp
 * counter away (Linux sets CR4.TSD for the task): rdtsc works before
 * seccomp(SECCOMP_SET_MODE_STRICT) and raises SIGSEGV after it: status
 * 139. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/syscall.h>

#define SECCOMP_SET_MODE_STRICT	0	/* linux/seccomp.h */

static unsigned long long rdtsc(void)
{
	unsigned int lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return (unsigned long long)hi << 32 | lo;
}

static void say(const char *s)
{
	if (write(1, s, strlen(s)) < 0)
		syscall(SYS_exit, 2);
}

int main(void)
{
	unsigned long long t0 = rdtsc(), t1 = rdtsc();

	printf("rdtsc before strict mode: %s\n", t1 >= t0 ? "works" : "odd");
	fflush(stdout);
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 0, NULL) != 0)
		return 1;
	say("rdtsc in strict mode: SIGSEGV\n");
	t0 = rdtsc();
	say("rdtsc survived\n");
	syscall(SYS_exit, 1);
	return 1;
}
