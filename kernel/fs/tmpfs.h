/* tmpfs's insides, shared by tmpfs.c, tmpfs_dir.c and tmpfs_pages.c. */
#ifndef TMPFS_H
#define TMPFS_H

#include "vfs.h"

#define BOGO_DIRENT_SIZE	20	/* a directory's i_size per entry, as Linux */

/*
 * A directory's entries, in creation order.  Each has a cookie that
 * never changes and grows with every entry added; getdents's position is
 * the next cookie to report ("." is 0, ".." 1), so entries added or
 * removed during an iteration neither repeat nor hide the others.
 */
struct tmpfs_dirent {
	struct tmpfs_dirent *next, *prev;
	struct inode *inode;		/* held by i_nlink, not i_count */
	uint64_t cookie;
	size_t len;
	char name[];
};

struct tmpfs_dir {
	struct tmpfs_dirent *head, *tail;
	uint64_t next_cookie;
};

extern const struct inode_operations tmpfs_dir_iops;
extern const struct file_operations tmpfs_dir_fops;
extern const struct file_operations tmpfs_file_fops;

/* tmpfs_dir.c */
struct tmpfs_dirent *tmpfs_find(struct inode *dir, const char *name,
				size_t len);
struct tmpfs_dirent *tmpfs_dirent_alloc(struct inode *dir, const char *name,
					size_t len);
void tmpfs_dirent_add(struct inode *dir, struct tmpfs_dirent *de,
		      struct inode *inode);
void tmpfs_dirent_del(struct inode *dir, struct tmpfs_dirent *de);
int tmpfs_rename(struct inode *odir, const char *oname, size_t olen,
		 struct inode *ndir, const char *nname, size_t nlen,
		 unsigned int flags);

/* tmpfs_pages.c */
int tmpfs_setsize(struct inode *inode, int64_t size);
void tmpfs_free_pages(struct inode *inode);

#endif
