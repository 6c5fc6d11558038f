/*
 * Directory iteration, what getdents64 will call (Linux's iterate_dir):
 * the file's position is where the file system resumes, and it moves
 * past each entry the actor took.
 */
#include "errno.h"
#include "vfs.h"

int vfs_iterate_dir(struct file *f, struct dir_context *ctx)
{
	struct inode *inode = f->f_inode;
	int err;

	if (!S_ISDIR(inode->i_mode) || !f->f_op->iterate)
		return -ENOTDIR;
	if (!inode->i_nlink)
		return -ENOENT;		/* a removed directory lists nothing */
	ctx->pos = f->f_pos;
	err = f->f_op->iterate(f, ctx);
	f->f_pos = ctx->pos;
	inode_touch(inode, true, false, false);
	return err;
}
