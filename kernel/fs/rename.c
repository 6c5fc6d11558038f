/*
 * renameat2 (Linux's do_renameat2 and vfs_rename): the checks on flags,
 * names, kinds and loops, in Linux's order; the file system then moves.
 */
#include "errno.h"
#include "vfs.h"

/* True if a is d or one of d's ancestors. */
static bool is_ancestor(struct inode *a, struct inode *d)
{
	for (struct inode *p = d; p; p = p->i_parent) {
		if (p == a)
			return true;
		if (p->i_parent == p)
			break;
	}
	return false;
}

/* Kinds, loops and busy directories, once both names are known. */
static int rename_check(struct inode *root, struct nameidata *o,
			struct inode *old, struct nameidata *n,
			struct inode *new, unsigned int flags)
{
	bool exchange = flags & RENAME_EXCHANGE;

	if (!S_ISDIR(old->i_mode) &&
	    (o->trailing_slash || (n->trailing_slash && !exchange)))
		return -ENOTDIR;
	if (exchange && !S_ISDIR(new->i_mode) && n->trailing_slash)
		return -ENOTDIR;
	if (is_ancestor(old, n->dir))
		return -EINVAL;		/* a directory into itself */
	if (new && is_ancestor(new, o->dir))
		return exchange ? -EINVAL : -ENOTEMPTY;
	if (old == new)
		return 1;		/* two names of one inode: done */
	if (new && !exchange) {
		if (S_ISDIR(old->i_mode) && !S_ISDIR(new->i_mode))
			return -ENOTDIR;
		if (!S_ISDIR(old->i_mode) && S_ISDIR(new->i_mode))
			return -EISDIR;
	}
	if (old == root || old->i_mounted || (new && (new == root || new->i_mounted)))
		return -EBUSY;
	return 0;
}

int vfs_renameat2(struct inode *root, struct inode *ostart, const char *opath,
		  struct inode *nstart, const char *npath, unsigned int flags)
{
	struct nameidata o, n;
	struct inode *old, *new = 0;
	int err;

	if (flags & ~(unsigned int)(RENAME_NOREPLACE | RENAME_EXCHANGE | RENAME_WHITEOUT))
		return -EINVAL;
	if ((flags & RENAME_NOREPLACE) && (flags & RENAME_EXCHANGE))
		return -EINVAL;
	if (flags & RENAME_WHITEOUT)
		return -EINVAL;		/* no overlayfs to want whiteouts */
	err = path_parentat(root, ostart, opath, &o);
	if (err)
		return err;
	err = path_parentat(root, nstart, npath, &n);
	if (err)
		goto out_o;
	err = -EXDEV;
	if (o.dir->i_sb != n.dir->i_sb)
		goto out_n;
	err = -EBUSY;
	if (o.last_type != LAST_NORM)
		goto out_n;
	if (flags & RENAME_NOREPLACE)
		err = -EEXIST;
	if (n.last_type != LAST_NORM)
		goto out_n;
	err = o.dir->i_nlink ? o.dir->i_op->lookup(o.dir, o.last, o.last_len, &old)
			     : -ENOENT;
	if (err)
		goto out_n;
	err = n.dir->i_nlink ? n.dir->i_op->lookup(n.dir, n.last, n.last_len, &new)
			     : -ENOENT;
	if (err == -ENOENT && !(flags & RENAME_EXCHANGE))
		err = 0;
	else if (!err && (flags & RENAME_NOREPLACE))
		err = -EEXIST;
	if (!err)
		err = rename_check(root, &o, old, &n, new, flags);
	if (!err)
		err = o.dir->i_op->rename(o.dir, o.last, o.last_len,
					  n.dir, n.last, n.last_len, flags);
	if (err > 0)
		err = 0;
	iput(new);		/* 0 unless the lookup found it */
	iput(old);
out_n:
	path_put_parent(&n);
out_o:
	path_put_parent(&o);
	return err;
}
