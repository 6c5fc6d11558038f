/* seccomp_arch: why a filter must check seccomp_data.arch first.  int
 * $0x80 from a 64-bit program is the i386 system call table: its numbers
 * mean other calls (39 is getpid on x86-64, mkdir on i386; getpid is 20
 * there).  A filter that only looks at nr blocks i386 mkdir as if it were
 * getpid and lets i386 getpid through.  The filter sees the i386 call's
 * arguments as whole registers (the upper halves too, which the i386 call
 * itself ignores).  Adding the right filter (arch != x86-64: kill) stops
 * that: the next int $0x80 kills the process with SIGSYS: status 159.
 * (Needs int $0x80 on the host: IA32 emulation, on in Debian's kernels.) */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

/* From Linux's uapi headers (linux/filter.h, linux/seccomp.h,
 * linux/audit.h), spelled out: musl-gcc does not see the kernel's. */
struct sock_filter { unsigned short code; unsigned char jt, jf; unsigned int k; };
struct sock_fprog { unsigned short len; struct sock_filter *filter; };
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
#define SECCOMP_SET_MODE_FILTER	1
#define SECCOMP_RET_KILL_PROCESS 0x80000000u
#define SECCOMP_RET_ERRNO	0x00050000u
#define SECCOMP_RET_ALLOW	0x7fff0000u
#define AUDIT_ARCH_X86_64	0xc000003eu
#define AUDIT_ARCH_I386		0x40000003u

#define I386_GETPID	20
#define I386_MKDIR	39

/* The pitfall: "getpid fails with EPERM", by number alone. */
static struct sock_filter naive[] = {
	BPF_STMT(BPF_LD_W_ABS, offsetof(struct seccomp_data, nr)),
	BPF_JUMP(BPF_JEQ_K, SYS_getpid, 0, 1),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ERRNO | EPERM),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ALLOW),
};

/* i386 getpid with a non-zero upper half in ebx's register: ERANGE. */
static struct sock_filter upper[] = {
	BPF_STMT(BPF_LD_W_ABS, offsetof(struct seccomp_data, arch)),
	BPF_JUMP(BPF_JEQ_K, AUDIT_ARCH_I386, 0, 5),
	BPF_STMT(BPF_LD_W_ABS, offsetof(struct seccomp_data, nr)),
	BPF_JUMP(BPF_JEQ_K, I386_GETPID, 0, 3),
	BPF_STMT(BPF_LD_W_ABS, offsetof(struct seccomp_data, args[0]) + 4),
	BPF_JUMP(BPF_JEQ_K, 0, 1, 0),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ERRNO | ERANGE),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ALLOW),
};

/* The right way: anything but x86-64 is killed before nr means anything. */
static struct sock_filter right[] = {
	BPF_STMT(BPF_LD_W_ABS, offsetof(struct seccomp_data, arch)),
	BPF_JUMP(BPF_JEQ_K, AUDIT_ARCH_X86_64, 1, 0),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_KILL_PROCESS),
	BPF_STMT(BPF_LD_W_ABS, offsetof(struct seccomp_data, nr)),
	BPF_JUMP(BPF_JEQ_K, SYS_getpid, 0, 1),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ERRNO | EPERM),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ALLOW),
};

static long int80(long nr, long b)
{
	long r;

	__asm__ volatile("int $0x80" : "=a"(r) : "a"(nr), "b"(b) : "memory");
	return r;
}

static long install(struct sock_filter *f, unsigned short n)
{
	struct sock_fprog prog = { n, f };

	return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
}

int main(void)
{
	long pid = syscall(SYS_getpid);

	printf("int $0x80 getpid (20) before any filter: %s\n",
	       int80(I386_GETPID, 0) == pid ? "the pid" : "other");
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	printf("naive filter: %ld\n", install(naive, 4));
	printf("x86-64 getpid (39) fails with EPERM: %s\n",
	       syscall(SYS_getpid) == -1 && errno == EPERM ? "yes" : "no");
	printf("i386 getpid (20) gets through: %s\n",
	       int80(I386_GETPID, 0) == pid ? "yes" : "no");
	/* ebx = NULL: were the call made, mkdir would fail with EFAULT */
	printf("i386 mkdir (39) fails with EPERM, taken for getpid: %s\n",
	       int80(I386_MKDIR, 0) == -EPERM ? "yes" : "no");

	printf("upper-half filter: %ld\n", install(upper, 8));
	printf("i386 getpid, ebx 5: %s\n",
	       int80(I386_GETPID, 5) == pid ? "the pid" : "other");
	printf("i386 getpid, rbx 0x100000005: %s\n",
	       int80(I386_GETPID, 0x100000005L) == -ERANGE ? "ERANGE" : "other");

	printf("arch-checking filter: %ld\n", install(right, 7));
	printf("x86-64 getpid still EPERM: %s\n",
	       syscall(SYS_getpid) == -1 && errno == EPERM ? "yes" : "no");
	printf("x86-64 getppid allowed: %s\n", getppid() >= 0 ? "yes" : "no");
	printf("i386 getpid now: SIGSYS\n");
	fflush(stdout);
	int80(I386_GETPID, 0);
	printf("survived\n");
	return 0;
}
