/* seccomp_trap: SECCOMP_RET_TRAP skips the call and sends SIGSYS.  The
 * SA_SIGINFO handler sees si_code SYS_SECCOMP (1), si_syscall = the
 * number, si_arch = AUDIT_ARCH_X86_64, si_errno = the filter's 16 bits of
 * data, si_call_addr = the address after the syscall instruction (the
 * saved RIP), and rax = the number (the call's registers).  What the
 * handler leaves in rax is what the call returns: a way to emulate it.
 * Left alone, rax stays the number.  With SIGSYS blocked, the trap kills
 * the process with SIGSYS: status 159. */
#define _GNU_SOURCE
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>
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
#define SECCOMP_RET_TRAP	0x00030000u
#define SECCOMP_RET_ALLOW	0x7fff0000u
#define AUDIT_ARCH_X86_64	0xc000003eu
#define SYS_SECCOMP_CODE	1	/* SIGSYS si_code (SYS_SECCOMP) */

static struct sock_filter filter[] = {
	BPF_STMT(BPF_LD_W_ABS, offsetof(struct seccomp_data, arch)),
	BPF_JUMP(BPF_JEQ_K, AUDIT_ARCH_X86_64, 1, 0),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_KILL_PROCESS),
	BPF_STMT(BPF_LD_W_ABS, offsetof(struct seccomp_data, nr)),
	BPF_JUMP(BPF_JEQ_K, SYS_getppid, 0, 1),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_TRAP | 42),
	BPF_JUMP(BPF_JEQ_K, SYS_getuid, 0, 1),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_TRAP | 0xffff),
	BPF_STMT(BPF_RET_K, SECCOMP_RET_ALLOW),
};

static volatile int runs, signo, code, nr, arch_ok, data, addr_ok, rax_is_nr;
static volatile long emulate;		/* if non-zero: the return value */

static void on_sigsys(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;

	runs++;
	signo = sig;
	code = si->si_code;
	nr = si->si_syscall;
	arch_ok = si->si_arch == AUDIT_ARCH_X86_64;
	data = si->si_errno;
	addr_ok = si->si_call_addr != NULL &&
		  (long)si->si_call_addr == uc->uc_mcontext.gregs[REG_RIP];
	rax_is_nr = uc->uc_mcontext.gregs[REG_RAX] == si->si_syscall;
	if (emulate)
		uc->uc_mcontext.gregs[REG_RAX] = emulate;
}

static void report(const char *call, long r)
{
	printf("%s returned %ld; handler runs %d: signo %s, code %s, "
	       "syscall %s, arch x86-64 %s, data %d, call_addr = RIP %s, "
	       "rax = nr %s\n", call, r, runs, signo == SIGSYS ? "SIGSYS" : "other",
	       code == SYS_SECCOMP_CODE ? "SYS_SECCOMP" : "other",
	       nr == SYS_getppid ? "getppid" : nr == SYS_getuid ? "getuid" : "other",
	       arch_ok ? "yes" : "no", data, addr_ok ? "yes" : "no",
	       rax_is_nr ? "yes" : "no");
	runs = 0;
}

int main(void)
{
	struct sock_fprog prog = { sizeof(filter) / sizeof(filter[0]), filter };
	struct sigaction sa;
	sigset_t set;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_sigsys;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSYS, &sa, NULL);
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0)
		return 1;

	emulate = 4242;
	report("getppid, emulated", syscall(SYS_getppid));
	emulate = 0;
	report("getuid, left alone", syscall(SYS_getuid));
	printf("getpid still works: %s\n", getpid() > 0 ? "yes" : "no");

	sigemptyset(&set);
	sigaddset(&set, SIGSYS);
	sigprocmask(SIG_BLOCK, &set, NULL);
	printf("getppid with SIGSYS blocked: SIGSYS\n");
	fflush(stdout);
	syscall(SYS_getppid);
	printf("survived, handler runs %d\n", runs);
	return 0;
}
