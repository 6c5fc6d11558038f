/* sig_siginfo: an SA_SIGINFO handler sees si_signo and si_code: SI_USER
 * for kill(), SI_TKILL for tgkill, tkill and raise; si_pid and si_uid are
 * the sender's (compared, not printed); the third argument is a ucontext
 * whose saved RIP and RSP are non-zero. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <ucontext.h>
#include <sys/syscall.h>

static volatile int signo, code, pid_ok, uid_ok, uc_ok;

static void handler(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	signo = si->si_signo == sig ? sig : -1;
	code = si->si_code;
	pid_ok = si->si_pid == getpid();
	uid_ok = si->si_uid == getuid();
	uc_ok = uc != NULL && uc->uc_mcontext.gregs[REG_RIP] != 0 &&
		uc->uc_mcontext.gregs[REG_RSP] != 0;
}

static const char *cname(int c)
{
	switch (c) {
	case SI_USER: return "SI_USER";
	case SI_TKILL: return "SI_TKILL";
	case SI_QUEUE: return "SI_QUEUE";
	case SI_KERNEL: return "SI_KERNEL";
	default: return "other";
	}
}

static void report(const char *how)
{
	printf("%-8s signo=%d code=%s pid=%s uid=%s ucontext=%s\n", how, signo,
	       cname(code), pid_ok ? "self" : "other", uid_ok ? "self" : "other",
	       uc_ok ? "ok" : "bad");
	signo = code = pid_ok = uid_ok = uc_ok = 0;
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &sa, NULL);
	sigaction(SIGUSR2, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	kill(getpid(), SIGUSR1);
	report("kill");
	syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), SIGUSR2);
	report("tgkill");
	syscall(SYS_tkill, syscall(SYS_gettid), SIGTERM);
	report("tkill");
	raise(SIGUSR1);
	report("raise");
	return 0;
}
