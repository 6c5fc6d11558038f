/*
 * read, write, readv, writev on the console.  Linux's tty semantics where
 * a program can see them: writes go out in chunks of 2048 bytes and a fault
 * in a chunk ends the call with what was written before it (or -EFAULT if
 * nothing was); a read returns at most one line.
 */
#include <stdint.h>
#include "syscalls.h"
#include "console.h"
#include "errno.h"
#include "fd.h"

#define TTY_CHUNK	2048
#define MAX_RW_COUNT	0x7ffff000	/* Linux's INT_MAX & PAGE_MASK */
#define UIO_MAXIOV	1024

struct iovec {
	void __user *iov_base;
	size_t iov_len;
};

static long console_write_user(const char __user *buf, size_t count)
{
	char chunk[TTY_CHUNK];
	size_t done = 0;

	if (count > MAX_RW_COUNT)
		count = MAX_RW_COUNT;
	while (done < count) {
		size_t n = count - done < TTY_CHUNK ? count - done : TTY_CHUNK;

		if (copy_from_user(chunk, buf + done, n))
			return done ? (long)done : -EFAULT;
		console_write(chunk, n);
		done += n;
	}
	return (long)done;
}

long sys_write(unsigned int fd, const char __user *buf, size_t count)
{
	if (!fd_is_console(fd))
		return -EBADF;
	if (!count)
		return 0;
	return console_write_user(buf, count);
}

long sys_read(unsigned int fd, char __user *buf, size_t count)
{
	char line[256];

	if (!fd_is_console(fd))
		return -EBADF;
	if (!count)
		return 0;
	if (!access_ok(buf, count))
		return -EFAULT;
	size_t n = console_read(line, count < sizeof(line) ? count : sizeof(line));

	return copy_to_user(buf, line, n) ? -EFAULT : (long)n;
}

/*
 * The iovec array is copied in and checked as a whole first (-EINVAL for a
 * bad count or a total past SSIZE_MAX, -EFAULT for an array or a buffer
 * outside user space), as Linux's import_iovec does; then each buffer is
 * transferred in turn, stopping at the first short one.
 */
static long import_iov(const struct iovec __user *vec, unsigned long vlen,
		       struct iovec *iov)
{
	size_t total = 0;

	if (vlen > UIO_MAXIOV)
		return -EINVAL;
	if (copy_from_user(iov, vec, vlen * sizeof(*iov)))
		return -EFAULT;
	for (unsigned long i = 0; i < vlen; i++) {
		if ((long)iov[i].iov_len < 0 ||
		    iov[i].iov_len > MAX_RW_COUNT - total)
			return -EINVAL;
		if (!access_ok(iov[i].iov_base, iov[i].iov_len))
			return -EFAULT;
		total += iov[i].iov_len;
	}
	return 0;
}

long sys_writev(unsigned long fd, const struct iovec __user *vec,
		unsigned long vlen)
{
	static struct iovec iov[UIO_MAXIOV];	/* one process at a time */
	long err, done = 0;

	/* Linux narrows fd to unsigned int on lookup; so do we. */
	if (!fd_is_console((unsigned int)fd))
		return -EBADF;
	if ((err = import_iov(vec, vlen, iov)))
		return err;
	for (unsigned long i = 0; i < vlen; i++) {
		if (!iov[i].iov_len)
			continue;
		long n = console_write_user(iov[i].iov_base, iov[i].iov_len);

		if (n < 0)
			return done ? done : n;
		done += n;
		if ((size_t)n < iov[i].iov_len)
			break;
	}
	return done;
}

long sys_readv(unsigned long fd, const struct iovec __user *vec,
	       unsigned long vlen)
{
	static struct iovec iov[UIO_MAXIOV];
	long err;

	if (!fd_is_console((unsigned int)fd))
		return -EBADF;
	if ((err = import_iov(vec, vlen, iov)))
		return err;
	/* A tty read returns one line: it goes into the buffers in order. */
	for (unsigned long i = 0; i < vlen; i++) {
		if (!iov[i].iov_len)
			continue;
		char line[256];
		size_t want = 0;

		for (unsigned long j = i; j < vlen && want < sizeof(line); j++)
			want += iov[j].iov_len;
		if (want > sizeof(line))
			want = sizeof(line);
		size_t n = console_read(line, want), off = 0;

		for (unsigned long j = i; j < vlen && off < n; j++) {
			size_t k = n - off < iov[j].iov_len ? n - off :
				   iov[j].iov_len;

			if (copy_to_user(iov[j].iov_base, line + off, k))
				return off ? (long)off : -EFAULT;
			off += k;
		}
		return (long)n;
	}
	return 0;
}
