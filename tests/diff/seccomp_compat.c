/* seccomp_compat: seccomp through int $0x80, as a 64-bit program may call
 * it.  The i386 seccomp (354) and prctl (172) read the i386 layout of
 * struct sock_fprog (a 16-bit length, then a 32-bit pointer: 8 bytes, not
 * 16), as Linux's compat code does; GET_ACTION_AVAIL answers the same
 * through either door.  The filter installed through int $0x80 then
 * applies to both doors, each with its own arch and numbers.  (Needs int
 * $0x80 on the host: IA32 emulation, on in Debian's kernels.) */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

/* From Linux's uapi headers (linux/filter.h, linux/seccomp.h,
 * linux/audit.h), spelled out: musl-gcc does not see the kernel's. */
struct sock_filter { unsigned short code; unsigned char jt, jf; unsigned int k; };
struct seccomp_data {
	int nr;
	unsigned int arch;
	unsigned long long instruction_pointer, args[6];
};
#define BPF_LD_W_ABS	0x20	/* BPF_LD | BPF_W | BPF_ABS */
#define BPF_JEQ_K	0x15	/* BPF_JMP | BPF_JEQ | BPF_K */
#define BPF_RET_K	0x06	/* BPF_RET | BPF_K */
#define BPF_STMT(code, k)		{ (code), 0, 0, (k) }
#define BPF_JUMP(code, k, jt, jf)	{ (code), (jt), (jf), (k) }
#define SECCOMP_MODE_FILTER	2
#define SECCOMP_SET_MODE_FILTER	1
#define SECCOMP_GET_ACTION_AVAIL 2
#define SECCOMP_RET_ERRNO	0x00050000u
#define SECCOMP_RET_ALLOW	0x7fff0000u
#define AUDIT_ARCH_X86_64	0xc000003eu
#define AUDIT_ARCH_I386		0x40000003u

#define I386_GETPID	20
#define I386_PRCTL	172
#define I386_SECCOMP	354

/* The i386 struct sock_fprog (Linux's compat_sock_fprog). */
struct sock_fprog32 {
	uint16_t len;
	uint32_t filter;
};

/* i386 getpid: EROFS; x86-64 getppid: EACCES; the rest allowed. */
static struct sock_filter filter[] = {
	BPF_STMT(BPF_LD_W_ABS, offsetof(struct seccomp_data, arch)),
	BPF_JUMP(BPF_JEQ_K, AUDIT_ARCH_I386, 0, 3),
	BPF_STMT(BPF_LD_W_ABS, offsetof(struct seccomp_data, nr)),
	BPF_JUMP(BPF_JEQ_K, I386_GETPID, 0, 4),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ERRNO | EROFS),
	BPF_STMT(BPF_LD_W_ABS, offsetof(struct seccomp_data, nr)),
	BPF_JUMP(BPF_JEQ_K, SYS_getppid, 0, 1),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ERRNO | EACCES),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ALLOW),
};

/* Static, so that their addresses fit the i386 call's 32-bit registers. */
static struct sock_fprog32 prog32, bad32;
static unsigned int action = SECCOMP_RET_ALLOW;

static long int80(long nr, long b, long c, long d)
{
	long r;

	__asm__ volatile("int $0x80" : "=a"(r) : "a"(nr), "b"(b), "c"(c), "d"(d)
			 : "memory");
	return r;
}

static const char *res(long r)
{
	switch (r) {
	case 0: return "0";
	case -EINVAL: return "EINVAL";
	case -EFAULT: return "EFAULT";
	case -EACCES: return "EACCES";
	case -EROFS: return "EROFS";
	default: return r > 0 ? "a positive number" : "another error";
	}
}

int main(void)
{
	long pid = syscall(SYS_getpid);

	prog32.len = sizeof(filter) / sizeof(filter[0]);
	prog32.filter = (uint32_t)(uintptr_t)filter;
	bad32.len = prog32.len;
	bad32.filter = 8;

	printf("i386 GET_ACTION_AVAIL(ALLOW): %s\n",
	       res(int80(I386_SECCOMP, SECCOMP_GET_ACTION_AVAIL, 0, (long)&action)));
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	printf("i386 seccomp, program at 0x8: %s\n",
	       res(int80(I386_SECCOMP, SECCOMP_SET_MODE_FILTER, 0, (long)&bad32)));
	printf("i386 prctl PR_SET_SECCOMP, program at 0x8: %s\n",
	       res(int80(I386_PRCTL, PR_SET_SECCOMP, SECCOMP_MODE_FILTER, (long)&bad32)));
	printf("i386 seccomp(SET_MODE_FILTER): %s\n",
	       res(int80(I386_SECCOMP, SECCOMP_SET_MODE_FILTER, 0, (long)&prog32)));
	printf("i386 prctl PR_SET_SECCOMP: %s\n",
	       res(int80(I386_PRCTL, PR_SET_SECCOMP, SECCOMP_MODE_FILTER, (long)&prog32)));
	printf("i386 prctl PR_GET_SECCOMP: %s\n",
	       int80(I386_PRCTL, PR_GET_SECCOMP, 0, 0) == SECCOMP_MODE_FILTER ?
	       "2" : "other");
	printf("x86-64 getppid: %s\n", res(syscall(SYS_getppid) == -1 ? -errno : 1));
	printf("x86-64 getpid: %s\n", syscall(SYS_getpid) == pid ? "the pid" : "other");
	printf("i386 getpid: %s\n", res(int80(I386_GETPID, 0, 0, 0)));
	return 0;
}
