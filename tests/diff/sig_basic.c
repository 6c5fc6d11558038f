/* sig_basic: a SIGUSR1 handler installed with sigaction runs for raise(),
 * kill(getpid()), and the raw tkill/tgkill calls to itself; signal() with
 * SIG_IGN ignores; sigaction reports the installed handler back; a signal
 * sent with kill(pid, 0) checks existence only. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/syscall.h>

static volatile sig_atomic_t got, last;

static void handler(int sig)
{
	got++;
	last = sig;
}

int main(void)
{
	struct sigaction sa, old;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	long r = sigaction(SIGUSR1, &sa, NULL);
	printf("sigaction: %ld\n", r);
	r = raise(SIGUSR1);
	printf("raise: %ld got=%d last=%d\n", r, got, last);
	r = kill(getpid(), SIGUSR1);
	printf("kill: %ld got=%d\n", r, got);
	r = syscall(SYS_tkill, syscall(SYS_gettid), SIGUSR1);
	printf("tkill: %ld got=%d\n", r, got);
	r = syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), SIGUSR1);
	printf("tgkill: %ld got=%d\n", r, got);
	r = kill(getpid(), 0);
	printf("kill(pid, 0): %ld got=%d\n", r, got);
	sigaction(SIGUSR1, NULL, &old);
	printf("handler reported back: %s, flags has SA_SIGINFO: %s\n",
	       old.sa_handler == handler ? "yes" : "no",
	       (old.sa_flags & SA_SIGINFO) ? "yes" : "no");
	sigaction(SIGUSR2, &sa, NULL);
	raise(SIGUSR2);
	printf("SIGUSR2: got=%d last=%d\n", got, last);
	signal(SIGUSR1, SIG_IGN);
	raise(SIGUSR1);
	printf("ignored: got=%d\n", got);
	signal(SIGCHLD, SIG_DFL);	/* default action: ignore */
	raise(SIGCHLD);
	raise(SIGURG);
	raise(SIGWINCH);
	printf("default-ignored signals: still here\n");
	sa.sa_handler = handler;
	sigaction(SIGRTMIN + 1, &sa, NULL);
	raise(SIGRTMIN + 1);
	printf("real-time signal: got=%d last-SIGRTMIN=%d\n", got, last - SIGRTMIN);
	return 0;
}
