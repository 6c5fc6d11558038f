/* syscall_enosys: raw syscall() with numbers no x86-64 kernel implements
 * (500, 1000, 4095, 100000, 0x7fffffff, -1, -38) returns -1 with ENOSYS;
 * the number's high 32 bits are ignored (Linux >= 5.12 reads only eax);
 * a valid call through syscall() still works afterwards. */
#define _GNU_SOURCE
#include <stdio.h>
#include <errno.h>
#include <unistd.h>
#include <sys/syscall.h>

static long raw(long nr)	/* no libc wrapper at all */
{
	long ret;
	__asm__ volatile("syscall" : "=a"(ret) : "a"(nr) : "rcx", "r11", "memory");
	return ret;
}

int main(void)
{
	static const long nrs[] = { 500, 1000, 4095, 100000, 0x7fffffff, -1, -38,
		0x80000000L };
	for (unsigned i = 0; i < sizeof nrs / sizeof nrs[0]; i++) {
		errno = 0;
		long r = syscall(nrs[i]);
		int e = errno;
		printf("syscall(%ld) = %ld errno %s; raw = %ld\n", nrs[i], r,
		       e == ENOSYS ? "ENOSYS" : "other", raw(nrs[i]));
	}
	long pid = getpid();
	printf("syscall(SYS_getpid) == getpid(): %s\n",
	       syscall(SYS_getpid) == pid ? "yes" : "no");
	printf("(1<<32) + SYS_getpid == getpid(): %s\n",
	       raw((1L << 32) + SYS_getpid) == pid ? "yes" : "no");
	printf("raw SYS_getppid >= 0: %s\n", raw(SYS_getppid) >= 0 ? "yes" : "no");
	printf("sched_yield: %ld\n", raw(SYS_sched_yield));
	return 0;
}
