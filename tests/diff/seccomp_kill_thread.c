/* seccomp_kill_thread: a filter that divides by X = 0 at run time ends
 * with return value 0, which is SECCOMP_RET_KILL_THREAD; in a process of
 * one thread Linux kills the whole process with SIGSYS: status 159.  The
 * loader refuses a division by the constant 0, not by X. */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

/* From Linux's uapi headers (linux/filter.h, linux/seccomp.h),
 * spelled out: musl-gcc does not see the kernel's. */
struct sock_filter { unsigned short code; unsigned char jt, jf; unsigned int k; };
struct sock_fprog { unsigned short len; struct sock_filter *filter; };
#define BPF_LD_W_ABS	0x20	/* BPF_LD | BPF_W | BPF_ABS */
#define BPF_LDX_IMM	0x01	/* BPF_LDX | BPF_IMM */
#define BPF_DIV_K	0x34	/* BPF_ALU | BPF_DIV | BPF_K */
#define BPF_DIV_X	0x3c	/* BPF_ALU | BPF_DIV | BPF_X */
#define BPF_JEQ_K	0x15	/* BPF_JMP | BPF_JEQ | BPF_K */
#define BPF_RET_K	0x06	/* BPF_RET | BPF_K */
#define BPF_STMT(code, k)		{ (code), 0, 0, (k) }
#define BPF_JUMP(code, k, jt, jf)	{ (code), (jt), (jf), (k) }
#define SECCOMP_SET_MODE_FILTER	1
#define SECCOMP_RET_ALLOW	0x7fff0000u

/* if (nr == getppid) { A /= X (X = 0) } return ALLOW */
static struct sock_filter by_x[] = {
	BPF_STMT(BPF_LD_W_ABS, 0),
	BPF_JUMP(BPF_JEQ_K, SYS_getppid, 0, 2),
	BPF_STMT(BPF_LDX_IMM, 0),
	BPF_STMT(BPF_DIV_X, 0),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ALLOW),
};

static struct sock_filter by_k[] = {
	BPF_STMT(BPF_DIV_K, 0),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ALLOW),
};

int main(void)
{
	struct sock_fprog k = { 2, by_k }, x = { 5, by_x };
	long r;

	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	r = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &k);
	printf("A / 0 (constant) refused with EINVAL: %s\n",
	       r == -1 && errno == EINVAL ? "yes" : "no");
	r = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &x);
	printf("A / X loaded: %s\n", r == 0 ? "yes" : "no");
	printf("getpid still works: %s\n", getpid() > 0 ? "yes" : "no");
	printf("getppid now (A / X with X = 0): SIGSYS\n");
	fflush(stdout);
	syscall(SYS_getppid);
	printf("survived getppid\n");
	return 0;
}
