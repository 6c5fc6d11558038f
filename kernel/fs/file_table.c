/*
 * Open files: one struct file per open(), shared by every descriptor that
 * dup or fork makes from it, so they share f_pos and the flags.  f_count
 * counts those descriptors (and any call using the file); the last
 * file_put drops the file's reference on its inode.
 */
#include "vfs.h"

uint64_t nr_files;

struct file *file_alloc(struct inode *inode, unsigned int flags)
{
	struct file *f = inode->i_sb->s_mem->zalloc(sizeof(*f));

	if (!f)
		return 0;
	f->kind = FILE_VFS;
	f->flags = flags;
	f->f_count = 1;
	f->f_op = inode->i_fop;
	f->f_inode = iget(inode);
	nr_files++;
	return f;
}

struct file *file_get(struct file *f)
{
	f->f_count++;
	return f;
}

void file_put(struct file *f)
{
	struct inode *inode = f->f_inode;

	if (--f->f_count)
		return;
	inode->i_sb->s_mem->free(f);
	nr_files--;
	iput(inode);
}
