/* seccomp_errno: a filter that checks the arch first, then fails getpid
 * with SECCOMP_RET_ERRNO|EPERM and allows the rest.  getpid returns
 * -EPERM without running (libc's getpid() passes the raw -1 on, without
 * errno: getpid cannot fail); every other call works.  The errno data is
 * capped at 4095 (MAX_ERRNO); ERRNO with data 0 makes the call "succeed"
 * with 0 without running it.  PR_GET_SECCOMP says 2 (filter mode). */
#define _GNU_SOURCE
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/utsname.h>

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

#define DENY(nr, data)	BPF_JUMP(BPF_JEQ_K, (nr), 0, 1), \
			BPF_STMT(BPF_RET_K, SECCOMP_RET_ERRNO | (data))

static struct sock_filter filter[] = {
	BPF_STMT(BPF_LD_W_ABS, offsetof(struct seccomp_data, arch)),
	BPF_JUMP(BPF_JEQ_K, AUDIT_ARCH_X86_64, 1, 0),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_KILL_PROCESS),
	BPF_STMT(BPF_LD_W_ABS, offsetof(struct seccomp_data, nr)),
	DENY(SYS_getpid, EPERM),
	DENY(SYS_getppid, 5000),
	DENY(SYS_gettid, 0),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ALLOW),
};

static const char *ename(int e)
{
	switch (e) {
	case 0: return "0";
	case EPERM: return "EPERM";
	case 4095: return "4095";
	default: return "other";
	}
}

static void show(const char *what, long r)
{
	printf("%-22s = %ld, errno %s\n", what, r, r == -1 ? ename(errno) : "-");
	errno = 0;
}

int main(void)
{
	struct sock_fprog prog = { sizeof(filter) / sizeof(filter[0]), filter };
	struct utsname u;

	printf("PR_GET_SECCOMP before: %d\n", prctl(PR_GET_SECCOMP, 0, 0, 0, 0));
	printf("no_new_privs set: %d\n", prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0));
	show("seccomp(FILTER)", syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog));
	show("syscall(SYS_getpid)", syscall(SYS_getpid));
	printf("%-22s = %ld\n", "getpid() (raw)", (long)getpid());
	show("syscall(SYS_getppid)", syscall(SYS_getppid));
	show("syscall(SYS_gettid)", syscall(SYS_gettid));
	show("uname() (allowed)", uname(&u));
	printf("PR_GET_SECCOMP after: %d\n", prctl(PR_GET_SECCOMP, 0, 0, 0, 0));
	return 0;
}
