/*
 * The descriptor calls: close, dup, dup2, dup3, fcntl, and what can be
 * asked of the console: fstat and newfstatat (a character device, ttyS0),
 * ioctl (the termios and window-size requests a C library makes), lseek
 * (-ESPIPE, a terminal cannot seek).
 */
#include "syscalls.h"
#include "errno.h"
#include "fcntl.h"
#include "fd.h"
#include "string.h"
#include "task.h"
#include "time.h"

static struct file console_file = {
	.kind = FILE_CONSOLE, .flags = O_RDWR | O_LARGEFILE, .f_count = 1,
};

void fdtable_init(struct fdtable *t)
{
	memset(t, 0, sizeof(*t));
	for (int i = 0; i < 3; i++)
		t->fd[i] = &console_file;
}

struct file *fd_file(unsigned int fd)
{
	return fd < NR_OPEN ? current->files.fd[fd] : 0;
}

/* The lowest free fd at or above from, for f; -EMFILE if none. */
static long fd_install_from(unsigned int from, struct file *f, bool cloexec)
{
	struct fdtable *t = &current->files;

	for (unsigned int fd = from; fd < NR_OPEN; fd++)
		if (!t->fd[fd]) {
			t->fd[fd] = f;
			t->cloexec[fd] = cloexec;
			return fd;
		}
	return -EMFILE;
}

long sys_close(unsigned int fd)
{
	if (!fd_file(fd))
		return -EBADF;
	current->files.fd[fd] = 0;
	current->files.cloexec[fd] = false;
	return 0;
}

long sys_dup(unsigned int fildes)
{
	struct file *f = fd_file(fildes);

	return f ? fd_install_from(0, f, false) : -EBADF;
}

long sys_dup3(unsigned int oldfd, unsigned int newfd, int flags)
{
	struct file *f = fd_file(oldfd);

	if (flags & ~O_CLOEXEC)
		return -EINVAL;
	if (oldfd == newfd)
		return -EINVAL;
	if (newfd >= NR_OPEN)
		return -EBADF;
	if (!f)
		return -EBADF;
	current->files.fd[newfd] = f;
	current->files.cloexec[newfd] = flags & O_CLOEXEC;
	return newfd;
}

long sys_dup2(unsigned int oldfd, unsigned int newfd)
{
	if (oldfd == newfd)
		return fd_file(oldfd) ? (long)newfd : -EBADF;
	return sys_dup3(oldfd, newfd, 0);
}

long sys_fcntl(unsigned int fd, unsigned int cmd, unsigned long arg)
{
	struct file *f = fd_file(fd);

	if (!f)
		return -EBADF;
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if (arg >= NR_OPEN)
			return -EINVAL;
		return fd_install_from((unsigned int)arg, f,
				       cmd == F_DUPFD_CLOEXEC);
	case F_GETFD:
		return current->files.cloexec[fd] ? FD_CLOEXEC : 0;
	case F_SETFD:
		current->files.cloexec[fd] = arg & FD_CLOEXEC;
		return 0;
	case F_GETFL:
		return f->flags;
	case F_SETFL:
		/* Only these can change, as on Linux; the rest is ignored. */
		f->flags = (f->flags & ~(unsigned int)(O_APPEND | O_NONBLOCK)) |
			   (arg & (O_APPEND | O_NONBLOCK));
		return 0;
	default:
		return -EINVAL;
	}
}

/* Linux's struct stat on x86-64. */
struct stat {
	unsigned long st_dev, st_ino, st_nlink;
	unsigned int st_mode, st_uid, st_gid, __pad0;
	unsigned long st_rdev;
	long st_size, st_blksize, st_blocks;
	unsigned long st_atime, st_atime_nsec;
	unsigned long st_mtime, st_mtime_nsec;
	unsigned long st_ctime, st_ctime_nsec;
	long __unused[3];
};

_Static_assert(sizeof(struct stat) == 144, "x86-64 struct stat");

#define S_IFCHR		0020000
#define TTY_GID		5
#define TTYS0_RDEV	((4u << 8) | 64)	/* major 4, minor 64 */

static long stat_console(struct stat __user *statbuf)
{
	struct stat st;

	memset(&st, 0, sizeof(st));
	st.st_dev = 5;			/* devtmpfs, as /dev is on Linux */
	st.st_ino = 64;
	st.st_nlink = 1;
	st.st_mode = S_IFCHR | 0620;
	st.st_gid = TTY_GID;
	st.st_rdev = TTYS0_RDEV;
	st.st_blksize = 1024;
	st.st_atime = st.st_mtime = st.st_ctime = boot_realtime_seconds();
	return copy_to_user(statbuf, &st, sizeof(st)) ? -EFAULT : 0;
}

long sys_fstat(unsigned int fd, struct stat __user *statbuf)
{
	return fd_is_console(fd) ? stat_console(statbuf) : -EBADF;
}

/* Every path names nothing (there is no file system yet), except "" with
 * AT_EMPTY_PATH, which means the fd itself, as fstat. */
long sys_newfstatat(int dfd, const char __user *filename,
		    struct stat __user *statbuf, int flag)
{
	char c;
	long n = strncpy_from_user(&c, filename, 1);

	if (n < 0)
		return n;
	if (n == 0 && (flag & AT_EMPTY_PATH)) {
		if (dfd == AT_FDCWD)
			return -ENOENT;
		return sys_fstat((unsigned int)dfd, statbuf);
	}
	if (flag & ~(0x100 | 0x800 | AT_EMPTY_PATH))	/* NOFOLLOW, NO_AUTOMOUNT */
		return -EINVAL;
	return -ENOENT;
}

long sys_lseek(unsigned int fd, off_t offset, unsigned int whence)
{
	(void)offset;
	(void)whence;
	return fd_file(fd) ? -ESPIPE : -EBADF;
}
