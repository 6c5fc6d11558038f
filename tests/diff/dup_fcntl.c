/* dup_fcntl: dup, dup2 and dup3 of stdout give descriptors that write to
 * the same place (the lowest free number for dup); close makes a
 * descriptor invalid (EBADF); fcntl F_GETFD/F_SETFD manage FD_CLOEXEC
 * (dup3 with O_CLOEXEC sets it, dup and dup2 clear it); F_GETFL on fds
 * 0-2 succeeds; dup2 onto itself is a no-op.  (Needs fds 3 and up closed
 * at the start: diff.sh closes them on the host.) */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

static void say(int fd, const char *s)
{
	if (write(fd, s, strlen(s)) < 0)
		printf("write to %d failed\n", fd);
}

int main(void)
{
	fflush(stdout);
	int d = dup(1);
	printf("dup(1) = %d\n", d);
	fflush(stdout);
	say(d, "written through the dup\n");
	int d2 = dup2(1, 10);
	printf("dup2(1, 10) = %d\n", d2);
	fflush(stdout);
	say(10, "written through fd 10\n");
	int d3 = dup3(1, 11, O_CLOEXEC);
	printf("dup3(1, 11, O_CLOEXEC) = %d, FD_CLOEXEC: %d\n", d3,
	       fcntl(11, F_GETFD) & FD_CLOEXEC);
	printf("FD_CLOEXEC on dup: %d, on dup2: %d\n", fcntl(d, F_GETFD) & FD_CLOEXEC,
	       fcntl(10, F_GETFD) & FD_CLOEXEC);
	int r = fcntl(10, F_SETFD, FD_CLOEXEC);
	printf("F_SETFD FD_CLOEXEC on 10: %d, now %d\n", r, fcntl(10, F_GETFD));
	r = fcntl(10, F_SETFD, 0);
	printf("F_SETFD 0 on 10: %d, now %d\n", r, fcntl(10, F_GETFD));
	int dd = dup2(11, 10);	/* replaces 10; the copy has no FD_CLOEXEC */
	printf("dup2(11, 10) = %d, FD_CLOEXEC %d\n", dd, fcntl(10, F_GETFD));
	printf("dup2(1, 1) = %d\n", dup2(1, 1));
	int fl_ok = 1;
	for (int fd = 0; fd < 3; fd++)
		fl_ok &= fcntl(fd, F_GETFL) >= 0;
	printf("F_GETFL on 0-2 succeeds: %s\n", fl_ok ? "yes" : "no");
	int acc = fcntl(1, F_GETFL) & O_ACCMODE;
	printf("stdout writable by its flags: %s\n",
	       acc == O_WRONLY || acc == O_RDWR ? "yes" : "no");
	int c1 = close(d), c2 = close(10), c3 = close(11);
	printf("close(%d) = %d, close(10) = %d, close(11) = %d\n", d, c1, c2, c3);
	errno = 0;
	r = write(10, "x", 1);
	printf("write to closed 10: %d %s\n", r, errno == EBADF ? "EBADF" : "?");
	errno = 0;
	r = close(10);
	printf("close again: %d %s\n", r, errno == EBADF ? "EBADF" : "?");
	int lo = dup(2);
	printf("dup(2) takes the lowest free number again: %d\n", lo);
	close(lo);
	/* stdout still works after all that */
	fflush(stdout);
	say(1, "stdout still fine\n");
	return 0;
}
