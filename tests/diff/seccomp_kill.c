/* seccomp_kill: SECCOMP_RET_KILL_PROCESS for uname kills the process with
 * SIGSYS (status 159) at the call, even with a SIGSYS handler installed:
 * the handler never runs.  Calls before it, and other calls, work. */
#define _GNU_SOURCE
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
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
#define SECCOMP_RET_ALLOW	0x7fff0000u
#define AUDIT_ARCH_X86_64	0xc000003eu

static struct sock_filter filter[] = {
	BPF_STMT(BPF_LD_W_ABS, offsetof(struct seccomp_data, arch)),
	BPF_JUMP(BPF_JEQ_K, AUDIT_ARCH_X86_64, 1, 0),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_KILL_PROCESS),
	BPF_STMT(BPF_LD_W_ABS, offsetof(struct seccomp_data, nr)),
	BPF_JUMP(BPF_JEQ_K, SYS_uname, 0, 1),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_KILL_PROCESS),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ALLOW),
};

static void handler(int sig)
{
	(void)sig;
	if (write(1, "SIGSYS handler ran\n", 19) < 0)
		_exit(3);
}

int main(void)
{
	struct sock_fprog prog = { sizeof(filter) / sizeof(filter[0]), filter };
	struct sigaction sa;
	struct utsname u;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sigaction(SIGSYS, &sa, NULL);
	printf("uname before the filter: %d\n", uname(&u));
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	printf("filter installed: %s\n",
	       syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) == 0 ?
	       "yes" : "no");
	printf("getppid still works: %s\n", getppid() >= 0 ? "yes" : "no");
	printf("uname now: SIGSYS\n");
	fflush(stdout);
	uname(&u);
	printf("survived uname\n");
	return 0;
}
