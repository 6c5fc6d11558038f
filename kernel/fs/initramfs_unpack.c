/*
 * Unpacking the initramfs into the root (Linux: init/initramfs.c, whose
 * do_name/do_copy/do_symlink this follows in spirit).  Everything goes
 * through the VFS calls the file system calls will use, from the root.
 *
 * Timestamps: every inode gets the archive's mtime as atime and mtime.
 * A directory's mtime changes each time a name is added in it, so, as
 * Linux does, directories get theirs last, in a second walk.
 *
 * Hard links: entries with nlink > 1 sharing (dev_major, dev_minor, ino)
 * are one file.  The first one met is created and remembered; the others
 * are linked to it, and whichever carries the data (GNU cpio: the last)
 * writes it.
 *
 * A directory that is already there (the root ".", or the same directory
 * in a second concatenated archive) only takes the new mode and owner,
 * as with Linux; any other name that exists is an error.
 */
#include "rootfs.h"
#include "errno.h"
#include "exit.h"
#include "fcntl.h"
#include "initramfs.h"
#include "initramfs_boot.h"
#include "printk.h"
#include "slab.h"
#include "string.h"
#include "strace.h"
#include "strace_fmt.h"
#include "time.h"

/* Linux's in-kernel dev_t (MKDEV): stat encodes it for user space. */
#define MKDEV(ma, mi)	(((uint64_t)(ma) << 20) | (mi))

struct hardlink {
	uint32_t major, minor, ino;
	char *path;
	struct hardlink *next;
};

struct unpack {
	struct inode *root;
	struct initramfs_stats st;
	uint64_t bytes;
	struct hardlink *links;
	const char *failed;	/* the entry that stopped the walk */
};

static char target[PATH_MAX];	/* a symlink's target, NUL-terminated */

static void set_attrs(struct inode *inode, const struct cpio_entry *e)
{
	inode->i_uid = e->uid;
	inode->i_gid = e->gid;
	inode->i_mtime = inode->i_atime =
		(struct timespec64){ .tv_sec = e->mtime, .tv_nsec = 0 };
}

/* For what vfs_* made by name: look it up (not following a symlink). */
static int set_attrs_at(struct unpack *u, const struct cpio_entry *e,
			unsigned int flags)
{
	struct inode *inode;
	int err = path_lookupat(u->root, u->root, e->path, flags, &inode);

	if (err)
		return err;
	set_attrs(inode, e);
	iput(inode);
	return 0;
}

static int do_dir(struct unpack *u, const struct cpio_entry *e)
{
	struct inode *dir;
	int err = vfs_mkdirat(u->root, u->root, e->path, e->mode & 07777);

	if (err && err != -EEXIST)
		return err;
	err = path_lookupat(u->root, u->root, e->path, LOOKUP_DIRECTORY, &dir);
	if (err)
		return err == -ENOTDIR ? -EEXIST : err;
	dir->i_mode = S_IFDIR | (e->mode & 07777);
	dir->i_uid = e->uid;
	dir->i_gid = e->gid;
	iput(dir);
	u->st.dirs++;
	return 0;
}

static struct hardlink *find_link(struct unpack *u, const struct cpio_entry *e)
{
	for (struct hardlink *l = u->links; l; l = l->next)
		if (l->major == e->dev_major && l->minor == e->dev_minor &&
		    l->ino == e->ino)
			return l;
	return 0;
}

static int remember_link(struct unpack *u, const struct cpio_entry *e)
{
	size_t n = strlen(e->path) + 1;
	struct hardlink *l = kmalloc(sizeof(*l));

	if (!l || !(l->path = kmalloc(n))) {
		kfree(l);
		return -ENOMEM;
	}
	memcpy(l->path, e->path, n);
	l->major = e->dev_major;
	l->minor = e->dev_minor;
	l->ino = e->ino;
	l->next = u->links;
	u->links = l;
	return 0;
}

static int do_file(struct unpack *u, const struct cpio_entry *e)
{
	struct hardlink *l = e->nlink > 1 ? find_link(u, e) : 0;
	unsigned int flags = O_WRONLY | O_CREAT | O_EXCL;
	struct file *f;
	int err;

	if (l) {
		err = vfs_linkat(u->root, u->root, l->path, u->root, e->path, 0);
		if (err)
			return err;
		flags = O_WRONLY;
	} else if (e->nlink > 1 && (err = remember_link(u, e))) {
		return err;
	}
	err = vfs_open(u->root, u->root, e->path, flags, e->mode & 07777, &f);
	if (err)
		return err;
	long n = e->size ? vfs_write(f, e->data, e->size) : 0;

	set_attrs(f->f_inode, e);	/* after the write, which sets mtime */
	file_put(f);
	if (n < 0)
		return (int)n;
	if (n != e->size)
		return -ENOSPC;
	u->bytes += e->size;
	u->st.files++;
	return 0;
}

static int do_symlink(struct unpack *u, const struct cpio_entry *e)
{
	int err;

	if (e->size >= sizeof(target))
		return -ENAMETOOLONG;
	memcpy(target, e->data, e->size);
	target[e->size] = 0;
	if ((err = vfs_symlinkat(u->root, u->root, target, e->path)) ||
	    (err = set_attrs_at(u, e, 0)))
		return err;
	u->st.symlinks++;
	return 0;
}

static int do_node(struct unpack *u, const struct cpio_entry *e)
{
	unsigned int type = e->mode & S_IFMT;
	uint64_t rdev = type == S_IFCHR || type == S_IFBLK ?
			MKDEV(e->rdev_major, e->rdev_minor) : 0;
	int err;

	if ((err = vfs_mknodat(u->root, u->root, e->path,
			       e->mode & (S_IFMT | 07777), rdev)) ||
	    (err = set_attrs_at(u, e, 0)))
		return err;
	if (type == S_IFIFO)
		u->st.fifos++;
	else if (type == S_IFSOCK)
		u->st.sockets++;
	else
		u->st.devices++;
	return 0;
}

static int do_name(const struct cpio_entry *e, void *arg)
{
	struct unpack *u = arg;
	int err;

	u->failed = e->path;
	switch (e->mode & S_IFMT) {
	case S_IFDIR:
		err = do_dir(u, e);
		break;
	case S_IFREG:
		err = do_file(u, e);
		break;
	case S_IFLNK:
		err = do_symlink(u, e);
		break;
	default:
		err = do_node(u, e);
		break;
	}
	if (!err)
		u->st.entries++;
	return err;
}

/* The second walk: directories' times, now that nothing is added. */
static int dir_utime(const struct cpio_entry *e, void *arg)
{
	struct unpack *u = arg;

	u->failed = e->path;
	if ((e->mode & S_IFMT) != S_IFDIR)
		return 0;
	return set_attrs_at(u, e, LOOKUP_DIRECTORY);
}

void populate_rootfs(void)
{
	struct unpack u = { 0 };
	struct initramfs_error ierr;
	size_t len;
	const void *a = initramfs_image(&len);
	uint64_t t0 = ktime_ns();
	int err = rootfs_mount();

	u.root = rootfs_root();
	if (!err)
		err = initramfs_walk(a, len, do_name, &u, &ierr);
	if (!err)
		err = initramfs_walk(a, len, dir_utime, &u, &ierr);
	while (u.links) {
		struct hardlink *l = u.links;

		u.links = l->next;
		kfree(l->path);
		kfree(l);
	}
	/* initramfs_setup checked the archive: -1 cannot happen, but say
	 * so the same way if it does. */
	if (err == -1)
		kernel_error_exit("initramfs: corrupt archive at offset 0x%lx: %s",
				  (unsigned long)ierr.offset, ierr.reason);
	if (err) {
		const char *name = lookup(errno_names, (uint64_t)-err);

		kernel_error_exit("root: cannot unpack %s: %s (%d)",
				  u.failed ? u.failed : "/", name ? name : "error",
				  err);
	}
	printk("root: tmpfs, %u entries unpacked (%u files, %u directories, "
	       "%u symlinks, %u devices, %u fifos, %u sockets), %lu KiB in "
	       "%lu pages, %lu inodes, %lu objects in %lu frames, %lu us\n",
	       u.st.entries, u.st.files, u.st.dirs, u.st.symlinks,
	       u.st.devices, u.st.fifos, u.st.sockets,
	       (unsigned long)((u.bytes + 1023) / 1024), rootfs_data_pages(),
	       rootfs_inodes(), kmem_live_objects(), kmem_live_pages(),
	       (unsigned long)((ktime_ns() - t0) / 1000));
}
