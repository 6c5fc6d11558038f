/* seccomp_actions: SECCOMP_GET_ACTION_AVAIL knows the eight actions and
 * nothing else (EOPNOTSUPP); SECCOMP_GET_NOTIF_SIZES gives 80, 24, 64; the
 * filter flags TSYNC, LOG, SPEC_ALLOW and TSYNC_ESRCH are accepted (one
 * thread: TSYNC succeeds).  Then the actions without a supervisor: TRACE
 * with no tracer and USER_NOTIF with no listener fail the call with
 * ENOSYS; LOG lets it run. */
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
#define SECCOMP_SET_MODE_FILTER		1
#define SECCOMP_GET_ACTION_AVAIL	2
#define SECCOMP_GET_NOTIF_SIZES		3
#define SECCOMP_FILTER_FLAG_TSYNC		(1u << 0)
#define SECCOMP_FILTER_FLAG_LOG			(1u << 1)
#define SECCOMP_FILTER_FLAG_SPEC_ALLOW		(1u << 2)
#define SECCOMP_FILTER_FLAG_NEW_LISTENER	(1u << 3)
#define SECCOMP_FILTER_FLAG_TSYNC_ESRCH		(1u << 4)
#define SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV	(1u << 5)
#define SECCOMP_RET_KILL_PROCESS 0x80000000u
#define SECCOMP_RET_KILL_THREAD	0x00000000u
#define SECCOMP_RET_TRAP	0x00030000u
#define SECCOMP_RET_ERRNO	0x00050000u
#define SECCOMP_RET_USER_NOTIF	0x7fc00000u
#define SECCOMP_RET_TRACE	0x7ff00000u
#define SECCOMP_RET_LOG		0x7ffc0000u
#define SECCOMP_RET_ALLOW	0x7fff0000u

static const char *ename(int e)
{
	switch (e) {
	case EINVAL: return "EINVAL";
	case EFAULT: return "EFAULT";
	case ENOSYS: return "ENOSYS";
	case EOPNOTSUPP: return "EOPNOTSUPP";
	default: return "other";
	}
}

static long sc(unsigned int op, unsigned int flags, void *args)
{
	errno = 0;
	return syscall(SYS_seccomp, op, flags, args);
}

static void show(const char *what, long r)
{
	printf("%-34s = %ld%s%s\n", what, r, r == -1 ? " " : "",
	       r == -1 ? ename(errno) : "");
}

static void avail(const char *name, unsigned int action)
{
	show(name, sc(SECCOMP_GET_ACTION_AVAIL, 0, &action));
}

static struct sock_filter allow_all[] = { BPF_STMT(BPF_RET_K, SECCOMP_RET_ALLOW) };

static long install(unsigned int flags, struct sock_filter *f, unsigned short n)
{
	struct sock_fprog prog = { n, f };

	return sc(SECCOMP_SET_MODE_FILTER, flags, &prog);
}

static struct sock_filter actions[] = {
	BPF_STMT(BPF_LD_W_ABS, 0),			/* nr */
	BPF_JUMP(BPF_JEQ_K, SYS_getppid, 0, 1),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_TRACE | 7),
	BPF_JUMP(BPF_JEQ_K, SYS_gettid, 0, 1),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_USER_NOTIF),
	BPF_JUMP(BPF_JEQ_K, SYS_getpid, 0, 1),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_LOG),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ALLOW),
};

int main(void)
{
	unsigned short sizes[3] = { 0, 0, 0 };
	long pid = syscall(SYS_getpid);

	avail("avail KILL_PROCESS", SECCOMP_RET_KILL_PROCESS);
	avail("avail KILL_THREAD", SECCOMP_RET_KILL_THREAD);
	avail("avail TRAP", SECCOMP_RET_TRAP);
	avail("avail ERRNO", SECCOMP_RET_ERRNO);
	avail("avail USER_NOTIF", SECCOMP_RET_USER_NOTIF);
	avail("avail TRACE", SECCOMP_RET_TRACE);
	avail("avail LOG", SECCOMP_RET_LOG);
	avail("avail ALLOW", SECCOMP_RET_ALLOW);
	avail("avail 0x00010000", 0x00010000);
	avail("avail ERRNO|1 (data too)", SECCOMP_RET_ERRNO | 1);
	avail("avail 0xffff0000", 0xffff0000);
	show("avail, flags 1", sc(SECCOMP_GET_ACTION_AVAIL, 1, &pid));
	show("avail, NULL", sc(SECCOMP_GET_ACTION_AVAIL, 0, NULL));

	show("notif sizes", sc(SECCOMP_GET_NOTIF_SIZES, 0, sizes));
	printf("  notif %u, resp %u, data %u\n", sizes[0], sizes[1], sizes[2]);
	show("notif sizes, flags 1", sc(SECCOMP_GET_NOTIF_SIZES, 1, sizes));
	show("notif sizes, bad pointer", sc(SECCOMP_GET_NOTIF_SIZES, 0, (void *)8));
	show("unknown op 99", sc(99, 0, NULL));

	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	show("flag TSYNC", install(SECCOMP_FILTER_FLAG_TSYNC, allow_all, 1));
	show("flag LOG", install(SECCOMP_FILTER_FLAG_LOG, allow_all, 1));
	show("flag SPEC_ALLOW", install(SECCOMP_FILTER_FLAG_SPEC_ALLOW, allow_all, 1));
	show("flag TSYNC|TSYNC_ESRCH", install(SECCOMP_FILTER_FLAG_TSYNC |
		SECCOMP_FILTER_FLAG_TSYNC_ESRCH, allow_all, 1));
	show("flag WAIT_KILLABLE_RECV alone",
	     install(SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV, allow_all, 1));
	show("flag TSYNC|NEW_LISTENER", install(SECCOMP_FILTER_FLAG_TSYNC |
		SECCOMP_FILTER_FLAG_NEW_LISTENER, allow_all, 1));
	show("flag 1 << 6", install(1u << 6, allow_all, 1));

	show("install TRACE/USER_NOTIF/LOG", install(SECCOMP_FILTER_FLAG_LOG,
		actions, sizeof(actions) / sizeof(actions[0])));
	errno = 0;
	show("getppid (TRACE, no tracer)", syscall(SYS_getppid));
	errno = 0;
	show("gettid (USER_NOTIF, no listener)", syscall(SYS_gettid));
	printf("getpid (LOG) runs: %s\n", syscall(SYS_getpid) == pid ? "yes" : "no");
	return 0;
}
