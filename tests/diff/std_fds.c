/* std_fds: fds 0-2 are open: fstat succeeds on each and says pipe,
 * character device or regular file (never a directory); fstat on fd 3 is
 * EBADF; ioctl TCGETS/TIOCGWINSZ on stdout either succeeds (a terminal)
 * or fails with ENOTTY (a pipe); lseek on stdout fails with ESPIPE (a pipe
 * or a terminal).  Only answers true of both are printed. */
#define _GNU_SOURCE
#include <stdio.h>
#include <errno.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/ioctl.h>
#include <termios.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }

int main(void)
{
	fflush(stdout);
	for (int fd = 0; fd < 3; fd++) {
		struct stat st;
		int r = fstat(fd, &st);
		printf("fstat(%d): %d, a pipe, tty or file: %s\n", fd, r,
		       yesno(S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode) || S_ISREG(st.st_mode)));
	}
	struct stat st;
	errno = 0;
	int r = fstat(3, &st);	/* diff.sh closes fds 3 and up on the host */
	printf("fstat(3): %d EBADF: %s\n", r, yesno(errno == EBADF));
	struct termios t;
	errno = 0;
	r = ioctl(1, TCGETS, &t);
	printf("TCGETS on stdout: 0 or ENOTTY: %s\n", yesno(r == 0 || errno == ENOTTY));
	struct winsize ws;
	errno = 0;
	r = ioctl(1, TIOCGWINSZ, &ws);
	printf("TIOCGWINSZ on stdout: 0 or ENOTTY: %s\n", yesno(r == 0 || errno == ENOTTY));
	errno = 0;
	r = ioctl(1, TCGETS, NULL);
	printf("TCGETS to NULL: EFAULT or ENOTTY: %s\n", yesno(r == -1 && (errno == EFAULT || errno == ENOTTY)));
	printf("isatty(1) agrees with TCGETS: %s\n", yesno(isatty(1) == (ioctl(1, TCGETS, &t) == 0)));
	errno = 0;
	off_t o = lseek(1, 0, SEEK_CUR);
	printf("lseek(1): %lld ESPIPE: %s\n", (long long)o, yesno(errno == ESPIPE));
	return 0;
}
