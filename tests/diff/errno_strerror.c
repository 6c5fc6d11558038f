/* errno_strerror: calls that fail the same way on any Linux-compatible
 * kernel, whether fd 0/1 are pipes or a terminal: each prints its return
 * value, errno's name and number, and strerror's text (for the errors
 * whose text is the same in musl and glibc). */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <signal.h>
#include <time.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/random.h>
#include <sys/uio.h>
#include <sys/stat.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <termios.h>

static const char *ename(int e)
{
	switch (e) {
	case 0: return "0";
	case EBADF: return "EBADF";
	case EINVAL: return "EINVAL";
	case ESPIPE: return "ESPIPE";
	case EFAULT: return "EFAULT";
	case ENOMEM: return "ENOMEM";
	case ERANGE: return "ERANGE";
	case ENOSYS: return "ENOSYS";
	case EEXIST: return "EEXIST";
	case ESRCH: return "ESRCH";
	case EPERM: return "EPERM";
	case ENOTTY: return "ENOTTY";
	default: return "other";
	}
}

static void show(const char *what, long r)
{
	int e = errno;
	/* Same text in both libcs: EBADF EINVAL EFAULT ENOSYS EEXIST ESRCH.
	 * (ESPIPE ERANGE ENOMEM are worded differently by musl.) */
	int same_text = e == EBADF || e == EINVAL || e == EFAULT || e == ENOSYS ||
			e == EEXIST || e == ESRCH;
	printf("%-34s -> %ld errno %s (%d)%s%s%s\n", what, r, ename(e), e,
	       same_text ? " \"" : "", same_text ? strerror(e) : "",
	       same_text ? "\"" : "");
}

#define T(expr) do { errno = 0; long r_ = (long)(expr); show(#expr, r_); } while (0)

int main(void)
{
	char buf[16];
	struct iovec iov = { buf, 1 };
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_IGN;
	stack_t ss = { .ss_sp = buf, .ss_size = 16, .ss_flags = 0 };
	struct timespec bad_ns = { 0, 2000000000 }, neg = { -1, 0 }, tsout;
	struct stat st;
	struct rlimit rl;
	sigset_t set;
	sigemptyset(&set);

	void *volatile nullp = NULL;	/* volatile: no compile-time warnings */
	volatile int minus1 = -1, many = 1025;
	fflush(stdout);
	T(close(99));
	T(dup(99));
	T(dup2(1, -1));
	T(dup2(99, 5));
	T(dup3(1, 1, 0));
	T(syscall(SYS_dup3, 1, 5, 0x1234));	/* musl's dup3 ignores unknown flags */
	T(fcntl(99, F_GETFD));
	T(write(99, "x", 1));
	T(lseek(1, 0, SEEK_SET));
	T(lseek(99, 0, SEEK_SET));
	T(write(1, nullp, 5));
	T(writev(1, &iov, minus1));
	T(writev(1, &iov, many));
	T(fstat(99, &st));
	T(ioctl(99, TCGETS, buf));
	T(mmap(NULL, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED);
	T(mmap(NULL, 4096, PROT_READ, MAP_ANONYMOUS, -1, 0) == MAP_FAILED);
	T(munmap((void *)0x10001, 4096));
	T(syscall(SYS_mprotect, 0x10001, 4096, PROT_READ));	/* musl's mprotect aligns */
	T(madvise((void *)0x10001, 4096, MADV_DONTNEED));
	T(getrandom(buf, 8, 0x80));
	T(getrandom(nullp, 16, 0));
	T(sigaction(SIGKILL, &sa, NULL));
	T(sigaction(SIGSTOP, &sa, NULL));
	T(syscall(SYS_rt_sigaction, SIGKILL, &sa, NULL, 8));
	T(syscall(SYS_rt_sigaction, SIGUSR1, NULL, NULL, 4));
	T(syscall(SYS_rt_sigaction, 65, NULL, NULL, 8));
	T(syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, NULL, 4));
	T(sigprocmask(12345, &set, NULL));
	T(sigaltstack(&ss, NULL));
	T(syscall(SYS_sigaltstack, &ss, NULL));
	ss.ss_size = 1 << 16; ss.ss_flags = 0x1234;
	T(syscall(SYS_sigaltstack, &ss, NULL));
	T(kill(getpid(), 99));
	T(kill(getpid(), 0));
	T(clock_gettime(100, &tsout));
	T(clock_getres(100, &tsout));
	T(nanosleep(&bad_ns, NULL));
	T(nanosleep(&neg, NULL));
	T(syscall(SYS_nanosleep, NULL, NULL));
	T(clock_nanosleep(CLOCK_MONOTONIC, 0, &bad_ns, NULL));
	T(getcwd(buf, 1) == NULL);
	T(syscall(SYS_getcwd, buf, 1));
	T(getrlimit(999, &rl));
	T(syscall(SYS_prlimit64, 0, 999, NULL, &rl));
	T(sysinfo(NULL));
	T(uname(NULL));
	T(syscall(SYS_mremap, buf, 4096, 0, 0));
	T(syscall(500));
	T(syscall(-1));
	T(sched_yield());
	T(write(1, buf, 0));
	return 0;
}
