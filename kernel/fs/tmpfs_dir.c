/*
 * tmpfs directories: the entry list, getdents, and rename.  The list is
 * in creation order and each entry's cookie (tmpfs.h) is its getdents
 * position, so an iteration resumes at the first entry whose cookie is
 * not below the file's position, whatever changed in between.
 */
#include "errno.h"
#include "string.h"
#include "tmpfs.h"

static struct tmpfs_dir *dir_of(struct inode *dir)
{
	return dir->i_private;
}

struct tmpfs_dirent *tmpfs_find(struct inode *dir, const char *name,
				size_t len)
{
	for (struct tmpfs_dirent *de = dir_of(dir)->head; de; de = de->next)
		if (de->len == len && !memcmp(de->name, name, len))
			return de;
	return 0;
}

struct tmpfs_dirent *tmpfs_dirent_alloc(struct inode *dir, const char *name,
					size_t len)
{
	struct tmpfs_dirent *de = dir->i_sb->s_mem->zalloc(sizeof(*de) + len + 1);

	if (de) {
		memcpy(de->name, name, len);
		de->len = len;
	}
	return de;
}

void tmpfs_dirent_add(struct inode *dir, struct tmpfs_dirent *de,
		      struct inode *inode)
{
	struct tmpfs_dir *d = dir_of(dir);

	de->inode = inode;
	de->cookie = d->next_cookie++;
	de->prev = d->tail;
	de->next = 0;
	if (d->tail)
		d->tail->next = de;
	else
		d->head = de;
	d->tail = de;
	dir->i_size += BOGO_DIRENT_SIZE;
	inode_touch(dir, false, true, true);
}

void tmpfs_dirent_del(struct inode *dir, struct tmpfs_dirent *de)
{
	struct tmpfs_dir *d = dir_of(dir);

	if (de->prev)
		de->prev->next = de->next;
	else
		d->head = de->next;
	if (de->next)
		de->next->prev = de->prev;
	else
		d->tail = de->prev;
	dir->i_size -= BOGO_DIRENT_SIZE;
	inode_touch(dir, false, true, true);
	dir->i_sb->s_mem->free(de);
}

/* A directory inode moved from odir to ndir: its ".." follows. */
static void move_dir(struct inode *inode, struct inode *odir,
		     struct inode *ndir)
{
	if (!S_ISDIR(inode->i_mode) || odir == ndir)
		return;
	inode->i_parent = ndir;
	odir->i_nlink--;
	ndir->i_nlink++;
}

/* The two names swap inodes (RENAME_EXCHANGE). */
static int rename_exchange(struct inode *odir, struct tmpfs_dirent *oe,
			   struct inode *ndir, struct tmpfs_dirent *ne)
{
	struct inode *a = oe->inode, *b = ne->inode;

	oe->inode = b;
	ne->inode = a;
	move_dir(a, odir, ndir);
	move_dir(b, ndir, odir);
	inode_touch(a, false, false, true);
	inode_touch(b, false, false, true);
	inode_touch(odir, false, true, true);
	inode_touch(ndir, false, true, true);
	return 0;
}

/* Linux's checks on kinds and loops are namei_ops.c's; this one moves. */
int tmpfs_rename(struct inode *odir, const char *oname, size_t olen,
		 struct inode *ndir, const char *nname, size_t nlen,
		 unsigned int flags)
{
	struct tmpfs_dirent *oe = tmpfs_find(odir, oname, olen);
	struct tmpfs_dirent *ne = tmpfs_find(ndir, nname, nlen);
	struct inode *inode, *victim;

	if (!oe)
		return -ENOENT;
	if (flags & RENAME_EXCHANGE)
		return ne ? rename_exchange(odir, oe, ndir, ne) : -ENOENT;
	inode = oe->inode;
	if (!ne) {
		ne = tmpfs_dirent_alloc(ndir, nname, nlen);
		if (!ne)
			return -ENOMEM;
		tmpfs_dirent_add(ndir, ne, inode);
		victim = 0;
	} else {
		victim = ne->inode;
		if (S_ISDIR(victim->i_mode) && dir_of(victim)->head)
			return -ENOTEMPTY;
		ne->inode = inode;
		iget(victim);
	}
	tmpfs_dirent_del(odir, oe);
	move_dir(inode, odir, ndir);
	inode_touch(inode, false, false, true);
	inode_touch(ndir, false, true, true);
	if (victim) {
		if (S_ISDIR(victim->i_mode)) {
			victim->i_nlink = 0;
			victim->i_parent = 0;
			ndir->i_nlink--;
		} else {
			victim->i_nlink--;
		}
		inode_touch(victim, false, false, true);
		iput(victim);
	}
	return 0;
}

static int tmpfs_iterate(struct file *f, struct dir_context *ctx)
{
	struct inode *dir = f->f_inode;
	struct inode *parent = dir->i_parent ? dir->i_parent : dir;

	if (ctx->pos == 0) {
		if (!ctx->actor(ctx, ".", 1, 1, dir->i_ino, S_IFDIR >> 12))
			return 0;
		ctx->pos = 1;
	}
	if (ctx->pos == 1) {
		if (!ctx->actor(ctx, "..", 2, 2, parent->i_ino, S_IFDIR >> 12))
			return 0;
		ctx->pos = 2;
	}
	for (struct tmpfs_dirent *de = dir_of(dir)->head; de; de = de->next) {
		if ((int64_t)de->cookie < ctx->pos)
			continue;
		if (!ctx->actor(ctx, de->name, de->len, (int64_t)de->cookie + 1,
				de->inode->i_ino, (de->inode->i_mode >> 12) & 15))
			return 0;
		ctx->pos = (int64_t)de->cookie + 1;
	}
	return 0;
}

static long tmpfs_dir_read(struct file *f, void *buf, size_t n, int64_t *pos)
{
	(void)f, (void)buf, (void)n, (void)pos;
	return -EISDIR;
}

const struct file_operations tmpfs_dir_fops = {
	.read = tmpfs_dir_read,
	.iterate = tmpfs_iterate,
};
