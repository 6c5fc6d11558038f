/*
 * Inodes: allocation, the i_count reference pair (iget/iput) and
 * timestamps.  The last iput of an inode no name refers to any more
 * (i_nlink 0) frees it; an inode with names stays while they do.
 */
#include "vfs.h"

struct inode *new_inode(struct super_block *sb, unsigned int mode)
{
	struct inode *inode = sb->s_mem->zalloc(sizeof(*inode));

	if (!inode)
		return 0;
	inode->i_mode = mode;
	inode->i_count = 1;
	inode->i_ino = sb->s_next_ino++;
	inode->i_sb = sb;
	inode_touch(inode, true, true, true);
	sb->s_ninodes++;
	return inode;
}

struct inode *iget(struct inode *inode)
{
	inode->i_count++;
	return inode;
}

/* Frees the inode when neither a name nor a reference holds it. */
static void inode_maybe_free(struct inode *inode)
{
	struct super_block *sb = inode->i_sb;

	if (inode->i_count || inode->i_nlink)
		return;
	if (sb->s_op && sb->s_op->evict_inode)
		sb->s_op->evict_inode(inode);
	sb->s_ninodes--;
	sb->s_mem->free(inode);
}

void iput(struct inode *inode)
{
	if (!inode)
		return;
	inode->i_count--;
	inode_maybe_free(inode);
}

void inode_touch(struct inode *inode, bool atime, bool mtime, bool ctime)
{
	struct timespec64 now = { 0, 0 };

	if (inode->i_sb->s_now)
		inode->i_sb->s_now(&now);
	if (atime)
		inode->i_atime = now;
	if (mtime)
		inode->i_mtime = now;
	if (ctime)
		inode->i_ctime = now;
}
