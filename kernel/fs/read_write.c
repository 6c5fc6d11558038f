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

/*
 * Writes the buffers of iov to the console as Linux's tty layer does: as
 * one stream, in chunks of TTY_CHUNK bytes, each copied in whole before it
 * is written.  A fault anywhere in a chunk ends the call: the bytes of the
 * chunks before it count, the chunk itself is not written.
 */
static long console_write_iov(const struct iovec *iov, unsigned long n)
{
	char chunk[TTY_CHUNK];
	size_t fill = 0, done = 0;

	for (unsigned long i = 0; i < n; i++) {
		const char __user *p = iov[i].iov_base;
		size_t left = iov[i].iov_len;

		while (left) {
			size_t k = TTY_CHUNK - fill < left ? TTY_CHUNK - fill : left;

			if (copy_from_user(chunk + fill, p, k))
				return done ? (long)done : -EFAULT;
			fill += k;
			p += k;
			left -= k;
			if (fill == TTY_CHUNK) {
				console_write(chunk, fill);
				done += fill;
				fill = 0;
			}
		}
	}
	console_write(chunk, fill);
	return (long)(done + fill);
}

long sys_write(unsigned int fd, const char __user *buf, size_t count)
{
	struct iovec iov = { (void __user *)buf, count };

	if (!fd_is_console(fd))
		return -EBADF;
	if (!count)
		return 0;
	/* As vfs_write: the whole range is checked before the cut. */
	if (!access_ok(buf, count))
		return -EFAULT;
	if (count > MAX_RW_COUNT)
		iov.iov_len = MAX_RW_COUNT;
	return console_write_iov(&iov, 1);
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
 * The iovec array is copied in and checked as a whole first, as Linux's
 * import_iovec does: the count is an unsigned int (wider values are cut)
 * and at most UIO_MAXIOV, a negative length is -EINVAL, a buffer outside
 * user space -EFAULT, and lengths past MAX_RW_COUNT in total are cut
 * down.  Then each buffer is transferred in turn, stopping at the first
 * short one.
 */
static long import_iov(const struct iovec __user *vec, unsigned int vlen,
		       struct iovec *iov)
{
	size_t total = 0;

	if (vlen > UIO_MAXIOV)
		return -EINVAL;
	if (copy_from_user(iov, vec, vlen * sizeof(*iov)))
		return -EFAULT;
	for (unsigned int i = 0; i < vlen; i++) {
		if ((long)iov[i].iov_len < 0)
			return -EINVAL;
		if (!access_ok(iov[i].iov_base, iov[i].iov_len))
			return -EFAULT;
		if (iov[i].iov_len > MAX_RW_COUNT - total)
			iov[i].iov_len = MAX_RW_COUNT - total;
		total += iov[i].iov_len;
	}
	return 0;
}

long sys_writev(unsigned long fd, const struct iovec __user *vec,
		unsigned long vlen)
{
	static struct iovec iov[UIO_MAXIOV];	/* one process at a time */
	long err;

	/* Linux narrows fd to unsigned int on lookup; so do we. */
	if (!fd_is_console((unsigned int)fd))
		return -EBADF;
	vlen = (unsigned int)vlen;
	if ((err = import_iov(vec, (unsigned int)vlen, iov)))
		return err;
	return console_write_iov(iov, vlen);
}

long sys_readv(unsigned long fd, const struct iovec __user *vec,
	       unsigned long vlen)
{
	static struct iovec iov[UIO_MAXIOV];
	long err;

	if (!fd_is_console((unsigned int)fd))
		return -EBADF;
	vlen = (unsigned int)vlen;
	if ((err = import_iov(vec, (unsigned int)vlen, iov)))
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
