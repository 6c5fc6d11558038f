/* ids: process and user ids, compared rather than printed: gettid ==
 * getpid in a single-threaded process, getpid is stable and positive,
 * getppid is not negative, uid == euid and gid == egid (no set-id), the
 * raw calls agree with the libc wrappers, set_tid_address returns the tid. */
#define _GNU_SOURCE
#include <stdio.h>
#include <unistd.h>
#include <sys/syscall.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }

int main(void)
{
	pid_t pid = getpid();
	long tid = syscall(SYS_gettid);
	printf("getpid positive: %s, stable: %s\n", yesno(pid > 0), yesno(getpid() == pid));
	printf("gettid == getpid: %s\n", yesno(tid == pid));
	printf("getppid >= 0: %s, differs from pid: %s\n", yesno(getppid() >= 0),
	       yesno(getppid() != pid));
	printf("uid == euid: %s, gid == egid: %s\n", yesno(getuid() == geteuid()),
	       yesno(getgid() == getegid()));
	printf("raw calls agree: %s %s %s %s %s\n",
	       yesno(syscall(SYS_getpid) == pid), yesno(syscall(SYS_getuid) == getuid()),
	       yesno(syscall(SYS_geteuid) == geteuid()), yesno(syscall(SYS_getgid) == getgid()),
	       yesno(syscall(SYS_getegid) == getegid()));
	static int tid_word;
	printf("set_tid_address returns the tid: %s\n",
	       yesno(syscall(SYS_set_tid_address, &tid_word) == tid));
	return 0;
}
