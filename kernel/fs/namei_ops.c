/*
 * The calls that change names (the rest of Linux's fs/namei.c): mkdirat,
 * mknodat, symlinkat, linkat, unlinkat, renameat2, and readlinkat.  Each
 * checks what Linux checks, in Linux's order, so the errno is Linux's
 * when several things are wrong; the file system then only acts.
 */
#include "errno.h"
#include "fcntl.h"
#include "string.h"
#include "vfs.h"

/* The last component in nd->dir, or -ENOENT. */
static int lookup_last(struct nameidata *nd, struct inode **res)
{
	if (!nd->dir->i_nlink)
		return -ENOENT;
	return nd->dir->i_op->lookup(nd->dir, nd->last, nd->last_len, res);
}

/*
 * Linux's filename_create: the parent of a name that must not exist yet.
 * A trailing slash is only for a directory being made.
 */
static int filename_create(struct inode *root, struct inode *start,
			   const char *path, bool is_dir, struct nameidata *nd)
{
	struct inode *old;
	int err = path_parentat(root, start, path, nd);

	if (err)
		return err;
	if (nd->last_type != LAST_NORM) {
		err = -EEXIST;
		goto fail;
	}
	err = lookup_last(nd, &old);
	if (!err) {
		iput(old);
		err = -EEXIST;
		goto fail;
	}
	if (err != -ENOENT)
		goto fail;
	if (nd->trailing_slash && !is_dir) {
		err = -ENOENT;
		goto fail;
	}
	return 0;
fail:
	path_put_parent(nd);
	return err;
}

int vfs_mkdirat(struct inode *root, struct inode *start, const char *path,
		unsigned int mode)
{
	struct nameidata nd;
	int err = filename_create(root, start, path, true, &nd);

	if (err)
		return err;
	err = nd.dir->i_op->mkdir(nd.dir, nd.last, nd.last_len, mode & 07777);
	path_put_parent(&nd);
	return err;
}

int vfs_mknodat(struct inode *root, struct inode *start, const char *path,
		unsigned int mode, uint64_t rdev)
{
	struct nameidata nd;
	int err;

	switch (mode & S_IFMT) {
	case 0:
		mode |= S_IFREG;
		break;
	case S_IFREG: case S_IFCHR: case S_IFBLK: case S_IFIFO: case S_IFSOCK:
		break;
	case S_IFDIR:
		return -EPERM;
	default:
		return -EINVAL;
	}
	err = filename_create(root, start, path, false, &nd);
	if (err)
		return err;
	err = nd.dir->i_op->mknod(nd.dir, nd.last, nd.last_len,
				  mode & (S_IFMT | 07777), rdev, 0);
	path_put_parent(&nd);
	return err;
}

int vfs_symlinkat(struct inode *root, struct inode *start, const char *target,
		  const char *path)
{
	struct nameidata nd;
	size_t n = strnlen(target, PATH_MAX);
	int err;

	if (!n)
		return -ENOENT;
	if (n == PATH_MAX)
		return -ENAMETOOLONG;
	err = filename_create(root, start, path, false, &nd);
	if (err)
		return err;
	err = nd.dir->i_op->symlink(nd.dir, nd.last, nd.last_len, target);
	path_put_parent(&nd);
	return err;
}

int vfs_linkat(struct inode *root, struct inode *ostart, const char *opath,
	       struct inode *nstart, const char *npath, unsigned int flags)
{
	struct nameidata nd;
	struct inode *old;
	int err;

	if (flags & ~(unsigned int)(AT_SYMLINK_FOLLOW | AT_EMPTY_PATH))
		return -EINVAL;
	err = path_lookupat(root, ostart, opath,
			    ((flags & AT_SYMLINK_FOLLOW) ? LOOKUP_FOLLOW : 0) |
			    ((flags & AT_EMPTY_PATH) ? LOOKUP_EMPTY : 0), &old);
	if (err)
		return err;
	err = filename_create(root, nstart, npath, false, &nd);
	if (err)
		goto out_old;
	if (old->i_sb != nd.dir->i_sb)
		err = -EXDEV;
	else if (S_ISDIR(old->i_mode))
		err = -EPERM;
	else if (!old->i_nlink)
		err = -ENOENT;		/* an open file with no name left */
	else
		err = nd.dir->i_op->link(old, nd.dir, nd.last, nd.last_len);
	path_put_parent(&nd);
out_old:
	iput(old);
	return err;
}

/* Linux's do_rmdir and do_unlinkat, errno for errno. */
int vfs_unlinkat(struct inode *root, struct inode *start, const char *path,
		 bool rmdir)
{
	struct nameidata nd;
	struct inode *victim;
	int err = path_parentat(root, start, path, &nd);

	if (err)
		return err;
	if (nd.last_type != LAST_NORM) {
		err = !rmdir ? -EISDIR : nd.last_type == LAST_DOTDOT ?
		      -ENOTEMPTY : nd.last_type == LAST_DOT ? -EINVAL : -EBUSY;
		goto out;
	}
	err = lookup_last(&nd, &victim);
	if (err)
		goto out;
	if (rmdir && !S_ISDIR(victim->i_mode))
		err = -ENOTDIR;
	else if (rmdir && (victim == root || victim->i_mounted ||
			   victim == victim->i_sb->s_root))
		err = -EBUSY;
	else if (!rmdir && S_ISDIR(victim->i_mode))
		err = -EISDIR;
	else if (!rmdir && nd.trailing_slash)
		err = -ENOTDIR;
	else if (rmdir)
		err = nd.dir->i_op->rmdir(nd.dir, nd.last, nd.last_len);
	else
		err = nd.dir->i_op->unlink(nd.dir, nd.last, nd.last_len);
	iput(victim);
out:
	path_put_parent(&nd);
	return err;
}

long vfs_readlinkat(struct inode *root, struct inode *start, const char *path,
		    char *buf, size_t size)
{
	struct inode *inode;
	const char *target;
	size_t n;
	int err = path_lookupat(root, start, path, LOOKUP_EMPTY, &inode);

	if (err)
		return err;
	if (!S_ISLNK(inode->i_mode)) {
		iput(inode);
		return -EINVAL;
	}
	target = inode->i_op->get_link(inode);
	n = strlen(target);
	if (n > size)
		n = size;
	memcpy(buf, target, n);
	inode_touch(inode, true, false, false);
	iput(inode);
	return (long)n;
}
