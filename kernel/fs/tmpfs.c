/*
 * tmpfs (Linux's mm/shmem.c): a file system that lives in memory only.
 * This file makes inodes of each kind and gives names to them and takes
 * names away; tmpfs_dir.c keeps the entry lists, tmpfs_pages.c the data.
 * Metadata that cannot be allocated is -ENOMEM, and nothing half-made
 * stays behind.
 */
#include "errno.h"
#include "string.h"
#include "tmpfs.h"

static const struct inode_operations tmpfs_file_iops = {
	.setsize = tmpfs_setsize,
};

static const char *tmpfs_get_link(struct inode *inode)
{
	return inode->i_private;
}

static const struct inode_operations tmpfs_symlink_iops = {
	.get_link = tmpfs_get_link,
};

static const struct inode_operations tmpfs_special_iops = { 0 };

/* What the inode owns beyond itself (entries are gone by now). */
static void tmpfs_evict_inode(struct inode *inode)
{
	if (S_ISREG(inode->i_mode))
		tmpfs_free_pages(inode);
	if (inode->i_private)
		inode->i_sb->s_mem->free(inode->i_private);
}

static const struct super_operations tmpfs_sops = {
	.evict_inode = tmpfs_evict_inode,
};

/* A new inode of mode with its private part; nlink 0, one reference. */
static struct inode *tmpfs_get_inode(struct super_block *sb,
				     unsigned int mode, uint64_t rdev)
{
	struct inode *inode = new_inode(sb, mode);
	size_t priv = 0;

	if (!inode)
		return 0;
	inode->i_op = &tmpfs_special_iops;
	inode->i_rdev = rdev;
	switch (mode & S_IFMT) {
	case S_IFDIR:
		inode->i_op = &tmpfs_dir_iops;
		inode->i_fop = &tmpfs_dir_fops;
		inode->i_size = 2 * BOGO_DIRENT_SIZE;
		priv = sizeof(struct tmpfs_dir);
		break;
	case S_IFREG:
		inode->i_op = &tmpfs_file_iops;
		inode->i_fop = &tmpfs_file_fops;
		priv = sizeof(void *) * 2;	/* struct tmpfs_pages */
		break;
	case S_IFLNK:
		inode->i_op = &tmpfs_symlink_iops;
		break;
	}
	if (priv && !(inode->i_private = sb->s_mem->zalloc(priv))) {
		iput(inode);
		return 0;
	}
	if (S_ISDIR(mode))
		((struct tmpfs_dir *)inode->i_private)->next_cookie = 2;
	return inode;
}

int tmpfs_fill_super(struct super_block *sb, const struct vfs_mem *mem,
		     void (*now)(struct timespec64 *ts), unsigned int mode)
{
	struct inode *root;

	memset(sb, 0, sizeof(*sb));
	sb->s_op = &tmpfs_sops;
	sb->s_mem = mem;
	sb->s_now = now;
	sb->s_next_ino = 1;
	root = tmpfs_get_inode(sb, S_IFDIR | (mode & 07777), 0);
	if (!root)
		return -ENOMEM;
	root->i_nlink = 2;
	root->i_parent = root;
	sb->s_root = root;	/* keeps the reference tmpfs_get_inode gave */
	return 0;
}

static int tmpfs_lookup(struct inode *dir, const char *name, size_t len,
			struct inode **res)
{
	struct tmpfs_dirent *de = tmpfs_find(dir, name, len);

	if (!de)
		return -ENOENT;
	*res = iget(de->inode);
	return 0;
}

/* Makes an inode and names it in dir; *res (if asked) gets a reference. */
static int tmpfs_new(struct inode *dir, const char *name, size_t len,
		     unsigned int mode, uint64_t rdev, struct inode **res)
{
	struct tmpfs_dirent *de;
	struct inode *inode;

	if (!dir->i_nlink)
		return -ENOENT;
	if (tmpfs_find(dir, name, len))
		return -EEXIST;
	de = tmpfs_dirent_alloc(dir, name, len);
	if (!de)
		return -ENOMEM;
	inode = tmpfs_get_inode(dir->i_sb, mode, rdev);
	if (!inode) {
		dir->i_sb->s_mem->free(de);
		return -ENOMEM;
	}
	inode->i_nlink = 1;
	if (S_ISDIR(mode)) {
		inode->i_nlink = 2;
		inode->i_parent = dir;
		dir->i_nlink++;
	}
	tmpfs_dirent_add(dir, de, inode);
	if (res)
		*res = inode;
	else
		iput(inode);
	return 0;
}

static int tmpfs_mknod(struct inode *dir, const char *name, size_t len,
		       unsigned int mode, uint64_t rdev, struct inode **res)
{
	return tmpfs_new(dir, name, len, mode, rdev, res);
}

static int tmpfs_mkdir(struct inode *dir, const char *name, size_t len,
		       unsigned int mode)
{
	return tmpfs_new(dir, name, len, S_IFDIR | (mode & 07777), 0, 0);
}

static int tmpfs_symlink(struct inode *dir, const char *name, size_t len,
			 const char *target)
{
	size_t n = strlen(target);
	char *copy = dir->i_sb->s_mem->zalloc(n + 1);
	struct inode *inode;
	int err;

	if (!copy)
		return -ENOMEM;
	memcpy(copy, target, n);
	err = tmpfs_new(dir, name, len, S_IFLNK | 0777, 0, &inode);
	if (err) {
		dir->i_sb->s_mem->free(copy);
		return err;
	}
	inode->i_private = copy;
	inode->i_size = (int64_t)n;
	iput(inode);
	return 0;
}

static int tmpfs_link(struct inode *old, struct inode *dir, const char *name,
		      size_t len)
{
	struct tmpfs_dirent *de;

	if (!dir->i_nlink)
		return -ENOENT;
	if (tmpfs_find(dir, name, len))
		return -EEXIST;
	de = tmpfs_dirent_alloc(dir, name, len);
	if (!de)
		return -ENOMEM;
	old->i_nlink++;
	inode_touch(old, false, false, true);
	tmpfs_dirent_add(dir, de, old);
	return 0;
}

static int tmpfs_unlink(struct inode *dir, const char *name, size_t len)
{
	struct tmpfs_dirent *de = tmpfs_find(dir, name, len);
	struct inode *inode;

	if (!de)
		return -ENOENT;
	inode = iget(de->inode);	/* so the last name going frees it */
	tmpfs_dirent_del(dir, de);
	inode->i_nlink--;
	inode_touch(inode, false, false, true);
	iput(inode);
	return 0;
}

static int tmpfs_rmdir(struct inode *dir, const char *name, size_t len)
{
	struct tmpfs_dirent *de = tmpfs_find(dir, name, len);
	struct inode *inode;

	if (!de)
		return -ENOENT;
	inode = de->inode;
	if (((struct tmpfs_dir *)inode->i_private)->head)
		return -ENOTEMPTY;
	if (inode->i_mounted)
		return -EBUSY;
	iget(inode);
	tmpfs_dirent_del(dir, de);
	inode->i_nlink = 0;
	inode->i_parent = 0;
	dir->i_nlink--;
	iput(inode);
	return 0;
}

const struct inode_operations tmpfs_dir_iops = {
	.lookup = tmpfs_lookup,
	.mknod = tmpfs_mknod,
	.mkdir = tmpfs_mkdir,
	.symlink = tmpfs_symlink,
	.link = tmpfs_link,
	.unlink = tmpfs_unlink,
	.rmdir = tmpfs_rmdir,
	.rename = tmpfs_rename,
};

/* Takes every name away, depth first; inodes still referenced stay
 * until their last iput, as after any unlink. */
static void tmpfs_empty_dir(struct inode *dir)
{
	struct tmpfs_dirent *de;

	while ((de = ((struct tmpfs_dir *)dir->i_private)->head)) {
		if (S_ISDIR(de->inode->i_mode)) {
			tmpfs_empty_dir(de->inode);
			tmpfs_rmdir(dir, de->name, de->len);
		} else {
			tmpfs_unlink(dir, de->name, de->len);
		}
	}
}

void tmpfs_kill_super(struct super_block *sb)
{
	struct inode *root = sb->s_root;

	tmpfs_empty_dir(root);
	root->i_nlink = 0;
	sb->s_root = 0;
	iput(root);
}
