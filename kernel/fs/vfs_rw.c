/*
 * read, write, pread, pwrite and lseek on an open file (the VFS half of
 * Linux's fs/read_write.c; the system calls stay in read_write.c).
 */
#include "errno.h"
#include "fcntl.h"
#include "vfs.h"

#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

static long do_read(struct file *f, void *buf, size_t n, int64_t *pos)
{
	if ((f->flags & O_ACCMODE) == O_WRONLY)
		return -EBADF;
	if (!f->f_op->read)
		return -EINVAL;
	return f->f_op->read(f, buf, n, pos);
}

static long do_write(struct file *f, const void *buf, size_t n, int64_t *pos)
{
	if ((f->flags & O_ACCMODE) == O_RDONLY)
		return -EBADF;
	if (!f->f_op->write)
		return -EINVAL;
	return f->f_op->write(f, buf, n, pos);
}

long vfs_read(struct file *f, void *buf, size_t n)
{
	return do_read(f, buf, n, &f->f_pos);
}

long vfs_write(struct file *f, const void *buf, size_t n)
{
	if (f->flags & O_APPEND)
		f->f_pos = f->f_inode->i_size;
	return do_write(f, buf, n, &f->f_pos);
}

long vfs_pread(struct file *f, void *buf, size_t n, int64_t pos)
{
	return pos < 0 ? -EINVAL : do_read(f, buf, n, &pos);
}

/* As Linux: pwrite on an O_APPEND file appends all the same. */
long vfs_pwrite(struct file *f, const void *buf, size_t n, int64_t pos)
{
	if (pos < 0)
		return -EINVAL;
	if (f->flags & O_APPEND)
		pos = f->f_inode->i_size;
	return do_write(f, buf, n, &pos);
}

int64_t vfs_llseek(struct file *f, int64_t off, int whence)
{
	int64_t base;

	switch (whence) {
	case SEEK_SET:
		base = 0;
		break;
	case SEEK_CUR:
		base = f->f_pos;
		break;
	case SEEK_END:
		base = f->f_inode->i_size;
		break;
	default:
		return -EINVAL;		/* SEEK_DATA, SEEK_HOLE: not yet */
	}
	if ((off > 0 && base > INT64_MAX - off) || base + off < 0)
		return -EINVAL;
	f->f_pos = base + off;
	return f->f_pos;
}
