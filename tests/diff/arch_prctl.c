/* arch_prctl: ARCH_GET_FS returns the thread pointer the libc set up
 * (what %fs:0 holds, and __builtin_thread_pointer); ARCH_SET_FS to another
 * block makes %fs-relative loads read from it, and setting it back
 * restores TLS (errno and __thread variables work again); an unknown code
 * is EINVAL; a bad pointer for ARCH_GET_FS is EFAULT.  Only equal/not
 * equal is printed. */
#define _GNU_SOURCE
#include <stdio.h>
#include <errno.h>
#include <stdint.h>
#include <unistd.h>
#include <sys/syscall.h>

#define ARCH_SET_FS 0x1002
#define ARCH_GET_FS 0x1003

static __thread int tvar = 1234;

static long raw2(long nr, long a, long b)	/* no libc: no errno while FS moves */
{
	long ret;
	__asm__ volatile("syscall" : "=a"(ret) : "a"(nr), "D"(a), "S"(b)
			 : "rcx", "r11", "memory");
	return ret;
}

int main(void)
{
	unsigned long fs = 0;
	long r = syscall(SYS_arch_prctl, ARCH_GET_FS, &fs);
	printf("ARCH_GET_FS: %ld\n", r);
	printf("equals __builtin_thread_pointer(): %s\n",
	       fs == (unsigned long)__builtin_thread_pointer() ? "equal" : "not equal");
	unsigned long self;
	__asm__("mov %%fs:0, %0" : "=r"(self));
	printf("equals %%fs:0 (the TCB's self pointer): %s\n",
	       fs == self ? "equal" : "not equal");
	printf("__thread variable inside the TLS block below it: %s\n",
	       (uintptr_t)&tvar < fs && (uintptr_t)&tvar >= fs - 4096 ? "yes" : "no");

	static unsigned long block[8] = { 0, 0x1111, 0x2222, 0x3333 };
	block[0] = (unsigned long)block;
	long s1 = raw2(SYS_arch_prctl, ARCH_SET_FS, (long)block);
	unsigned long v1, v2;
	__asm__ volatile("mov %%fs:8, %0" : "=r"(v1));
	__asm__ volatile("mov %%fs:24, %0" : "=r"(v2));
	unsigned long got = 0;
	long g = raw2(SYS_arch_prctl, ARCH_GET_FS, (long)&got);
	long s2 = raw2(SYS_arch_prctl, ARCH_SET_FS, (long)fs);
	printf("ARCH_SET_FS to a block: %ld, reads through %%fs: %s, GET_FS: %ld %s\n",
	       s1, v1 == 0x1111 && v2 == 0x3333 ? "right" : "wrong", g,
	       got == (unsigned long)block ? "equal" : "not equal");
	printf("set back: %ld, __thread variable: %d\n", s2, tvar);
	tvar++;
	errno = 0;
	r = syscall(SYS_arch_prctl, 0x9999, &fs);
	printf("unknown code: %ld, EINVAL: %s, tvar %d\n", r,
	       errno == EINVAL ? "yes" : "no", tvar);
	errno = 0;
	r = syscall(SYS_arch_prctl, ARCH_GET_FS, (void *)8);
	printf("ARCH_GET_FS to a bad pointer: %ld, EFAULT: %s\n", r,
	       errno == EFAULT ? "yes" : "no");
	return 0;
}
