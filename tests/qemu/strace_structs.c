/*
 * strace_structs: the system calls that fill in a structure, each as a C
 * library makes it (and the clock calls through syscall(), which the
 * host's vDSO would otherwise answer without a system call), then some
 * that fail, whose structures strace shows as addresses.  Traced on the
 * host and on trapdoor by strace_structs.sh, between the "begin" and
 * "end" writes, with a terminal as stdin (for the ioctls).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define BAD	((void *)8)	/* an address no call can write to */
#define ARCH_GET_FS	0x1003	/* <asm/prctl.h>, which musl-gcc lacks */

static void handler(int sig)
{
	(void)sig;
}

int main(void)
{
	struct rusage ru;
	struct tms tms;
	struct utsname u;
	struct stat st;
	struct sysinfo si;
	struct timespec ts = { 0, 1000 }, rem;
	struct timeval tv;
	struct timezone tz;
	struct rlimit rl;
	struct sigaction sa, old;
	sigset_t set, oset;
	stack_t ss;
	char buf[256];
	time_t t;
	struct winsize ws;
	struct termios tio;
	unsigned long fs;
	int pgrp;
	/* the kernel's struct sigaction (musl's differs), for raw calls */
	struct { unsigned long handler, flags, restorer, mask; }
		ksa = { (unsigned long)SIG_IGN, 0, 0, 0 },
		kodd = { (unsigned long)SIG_IGN, 0x200, 0, 0 };

	write(1, "begin\n", 6);
	getrusage(RUSAGE_SELF, &ru);
	getrusage(RUSAGE_CHILDREN, &ru);
	times(&tms);
	uname(&u);
	fstat(0, &st);
	/* a path is shown whole, past strace's 32-byte -s */
	syscall(SYS_newfstatat, AT_FDCWD,
		"/nonexistent/a-rather-long-path-name-that-goes-past-32", &st, 0);
	sysinfo(&si);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &rem);
	syscall(SYS_clock_getres, CLOCK_REALTIME, &rem);
	syscall(SYS_gettimeofday, &tv, &tz);
	syscall(SYS_gettimeofday, &tv, NULL);
	syscall(SYS_time, &t);
	nanosleep(&ts, &rem);
	getrlimit(RLIMIT_STACK, &rl);
	sigaltstack(NULL, &ss);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sigaddset(&sa.sa_mask, SIGUSR2);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGUSR1, &sa, &old);
	sigaction(SIGUSR1, NULL, &old);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGTERM);
	sigprocmask(SIG_BLOCK, &set, &oset);
	sigfillset(&set);
	sigprocmask(SIG_BLOCK, &set, &oset);
	sigprocmask(SIG_SETMASK, &oset, NULL);
	sigpending(&set);
	getcwd(buf, sizeof(buf));
	ioctl(0, TIOCGWINSZ, &ws);
	ioctl(0, TCGETS, &tio);
	ioctl(0, TIOCGPGRP, &pgrp);
	syscall(SYS_arch_prctl, ARCH_GET_FS, &fs);
	fcntl(0, F_SETFD, FD_CLOEXEC);
	fcntl(0, F_GETFD);
	fcntl(0, F_SETFD, 0);

	/* Failures: the output is shown as its address. */
	getrusage(RUSAGE_SELF, BAD);
	syscall(SYS_getrusage, 5, &ru);
	uname(BAD);
	sysinfo(BAD);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, BAD);
	syscall(SYS_gettimeofday, BAD, NULL);
	sigaltstack(NULL, BAD);
	syscall(SYS_rt_sigaction, SIGUSR1, NULL, BAD, 8);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, BAD, 8);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, &oset, 4);
	syscall(SYS_rt_sigaction, SIGUSR1, &ksa, NULL, 7);
	syscall(SYS_rt_sigaction, SIGUSR1, &kodd, NULL, 8);

	/* Values strace has no name for, in hex with a comment. */
	fcntl(0, F_SETFD, 4);
	syscall(SYS_getrandom, buf, 8, 8);
	syscall(SYS_newfstatat, AT_FDCWD, "/x", &st, 2);
	syscall(SYS_madvise, 0x10000, 4096, 77);
	syscall(SYS_clock_gettime, 99, &rem);
	syscall(SYS_prlimit64, 0, 99, NULL, &rl);
	syscall(SYS_arch_prctl, 0x9999, 0);
	syscall(SYS_getrusage, -5, &ru);
	syscall(SYS_rt_sigpending, &set, 4);	/* a smaller set is fine */
	ioctl(-1, TCGETS, &tio);
	syscall(SYS_arch_prctl, ARCH_GET_FS, BAD);
	write(1, "end\n", 4);
	return 0;
}
