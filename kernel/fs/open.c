/*
 * Opening (Linux's fs/open.c and the open half of namei.c) and
 * truncating.  flags are open(2)'s; mode has the umask applied already.
 */
#include "errno.h"
#include "fcntl.h"
#include "vfs.h"

int vfs_truncate(struct inode *inode, int64_t size)
{
	if (S_ISDIR(inode->i_mode))
		return -EISDIR;
	if (!S_ISREG(inode->i_mode) || !inode->i_op->setsize)
		return -EINVAL;
	return inode->i_op->setsize(inode, size);
}

/* O_CREAT: the existing file, or a new regular file, in *res. */
static int open_create(struct inode *root, struct inode *start,
		       const char *path, unsigned int flags, unsigned int mode,
		       struct inode **res)
{
	struct nameidata nd;
	int err = path_parentat(root, start, path, &nd);

	if (err)
		return err;
	if (nd.last_type != LAST_NORM || nd.trailing_slash) {
		err = -EISDIR;
		goto out;
	}
	err = nd.dir->i_nlink ? nd.dir->i_op->lookup(nd.dir, nd.last,
						     nd.last_len, res) : -ENOENT;
	if (!err && (flags & O_EXCL)) {
		iput(*res);
		err = -EEXIST;
	} else if (!err && S_ISLNK((*res)->i_mode)) {
		iput(*res);
		/* An existing link is followed as without O_CREAT; a
		 * dangling one is not created through (Linux creates its
		 * target): -ENOENT here. */
		err = path_lookupat(root, start, path,
				    (flags & O_NOFOLLOW) ? 0 : LOOKUP_FOLLOW, res);
	} else if (err == -ENOENT) {
		err = nd.dir->i_op->mknod(nd.dir, nd.last, nd.last_len,
					  S_IFREG | (mode & 07777), 0, res);
	}
out:
	path_put_parent(&nd);
	return err;
}

int vfs_open(struct inode *root, struct inode *start, const char *path,
	     unsigned int flags, unsigned int mode, struct file **res)
{
	struct inode *inode;
	struct file *f;
	int err;

	if (flags & O_CREAT)
		err = open_create(root, start, path, flags, mode, &inode);
	else
		err = path_lookupat(root, start, path,
				    ((flags & O_NOFOLLOW) ? 0 : LOOKUP_FOLLOW) |
				    ((flags & O_DIRECTORY) ? LOOKUP_DIRECTORY : 0),
				    &inode);
	if (err)
		return err;
	if (S_ISLNK(inode->i_mode))
		err = -ELOOP;		/* O_NOFOLLOW on a symlink */
	else if (S_ISDIR(inode->i_mode) &&
		 ((flags & O_ACCMODE) != O_RDONLY || (flags & O_CREAT)))
		err = -EISDIR;
	else if ((flags & O_DIRECTORY) && !S_ISDIR(inode->i_mode))
		err = -ENOTDIR;
	else if (!inode->i_fop)
		err = -ENXIO;		/* no driver for devices and FIFOs yet */
	else if ((flags & O_TRUNC) && S_ISREG(inode->i_mode))
		err = vfs_truncate(inode, 0);
	if (err)
		goto out;
	f = file_alloc(inode, flags & ~(unsigned int)(O_CREAT | O_EXCL |
						      O_NOCTTY | O_TRUNC));
	if (!f)
		err = -ENOMEM;
	else
		*res = f;
out:
	iput(inode);
	return err;
}
