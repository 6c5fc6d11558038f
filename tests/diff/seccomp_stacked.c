/* seccomp_stacked: every installed filter runs on every call, newest
 * first, and the strictest action wins (KILL_PROCESS > KILL_THREAD > TRAP
 * > ERRNO > USER_NOTIF > TRACE > LOG > ALLOW); between two ERRNOs the
 * newest filter's data wins.  A newer filter cannot loosen an older one.
 * Once in filter mode, strict mode is refused (EINVAL). */
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
#define BPF_JEQ_K	0x15	/* BPF_JMP | BPF_JEQ | BPF_K */
#define BPF_RET_K	0x06	/* BPF_RET | BPF_K */
#define BPF_STMT(code, k)		{ (code), 0, 0, (k) }
#define BPF_JUMP(code, k, jt, jf)	{ (code), (jt), (jf), (k) }
#define SECCOMP_SET_MODE_STRICT	0
#define SECCOMP_SET_MODE_FILTER	1
#define SECCOMP_RET_ERRNO	0x00050000u
#define SECCOMP_RET_TRACE	0x7ff00000u
#define SECCOMP_RET_LOG		0x7ffc0000u
#define SECCOMP_RET_ALLOW	0x7fff0000u

/* if (nr == NR) return RET; */
#define CASE(nr, ret)	BPF_JUMP(BPF_JEQ_K, (nr), 0, 1), BPF_STMT(BPF_RET_K, (ret))

static struct sock_filter older[] = {
	BPF_STMT(BPF_LD_W_ABS, 0),
	CASE(SYS_getppid, SECCOMP_RET_ERRNO | 11),
	CASE(SYS_getuid, SECCOMP_RET_ERRNO | 12),
	CASE(SYS_getegid, SECCOMP_RET_TRACE),
	CASE(SYS_gettid, SECCOMP_RET_ERRNO | 15),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ALLOW),
};

static struct sock_filter newer[] = {
	BPF_STMT(BPF_LD_W_ABS, 0),
	CASE(SYS_getppid, SECCOMP_RET_ERRNO | 21),
	CASE(SYS_getuid, SECCOMP_RET_LOG),
	CASE(SYS_getegid, SECCOMP_RET_ERRNO | 23),
	CASE(SYS_getgid, SECCOMP_RET_ERRNO | 27),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ALLOW),
};

static struct sock_filter allow_all[] = { BPF_STMT(BPF_RET_K, SECCOMP_RET_ALLOW) };

static long install(struct sock_filter *f, unsigned short n)
{
	struct sock_fprog prog = { n, f };

	return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
}

static void call(const char *what, long nr)
{
	errno = 0;
	long r = syscall(nr);
	printf("%-8s -> %ld, errno %d\n", what, r, r == -1 ? errno : 0);
}

int main(void)
{
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	printf("older filter: %ld\n", install(older, sizeof(older) / sizeof(older[0])));
	printf("newer filter: %ld\n", install(newer, sizeof(newer) / sizeof(newer[0])));
	printf("allow-all filter: %ld\n", install(allow_all, 1));
	printf("PR_GET_SECCOMP: %d\n", prctl(PR_GET_SECCOMP, 0, 0, 0, 0));
	call("getppid", SYS_getppid);	/* ERRNO 11 vs 21: the newer's data */
	call("getuid", SYS_getuid);	/* ERRNO 12 beats LOG */
	call("getegid", SYS_getegid);	/* ERRNO 23 beats TRACE */
	call("gettid", SYS_gettid);	/* ERRNO 15 beats ALLOW */
	call("getgid", SYS_getgid);	/* ERRNO 27 from the newer alone */
	errno = 0;
	long r = syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 0, NULL);
	printf("strict mode now: %ld, %s\n", r, errno == EINVAL ? "EINVAL" : "other");
	r = prctl(PR_SET_SECCOMP, 1, 0, 0, 0);
	printf("prctl strict mode now: %ld, %s\n", r, errno == EINVAL ? "EINVAL" : "other");
	return 0;
}
