/*
 * The VFS: inodes, open files, path lookup, and the tmpfs the root will be.
 *
 * What exists: inodes with their refcount (inode.c), open files with
 * theirs (file_table.c), the one path walk (namei.c) and the *at
 * operations built on it (namei_ops.c, open.c), read/write/lseek
 * (vfs_rw.c), directory iteration (readdir.c), and tmpfs (tmpfs*.c).
 * All of it is plain C on kernel buffers, run by the host unit tests
 * (tests/unit/test_vfs_{namei,tmpfs,rename,readdir}.c).  Pages and
 * objects come through struct vfs_mem: the kernel's one (rootfs.c) takes
 * frames through the direct map and objects from kmalloc.
 *
 * Who calls it: at boot, the initramfs unpacker (initramfs_unpack.c)
 * builds the root with tmpfs_fill_super() and vfs_mkdirat/vfs_open/
 * vfs_write/vfs_symlinkat/vfs_mknodat/vfs_linkat.  No system call
 * reaches it yet: next, the file system calls (openat, read,
 * write, lseek, getdents64, newfstatat, mkdirat, unlinkat, renameat2,
 * linkat, symlinkat, readlinkat, mknodat, ftruncate, chdir, execve)
 * replace fd.h's console-only table with struct file, copy paths in
 * with strncpy_from_user into a PATH_MAX buffer, apply the umask to
 * mode, and call the vfs_* functions below with the process's root and
 * cwd (or the dirfd's inode).
 *
 * Directories have no dentry cache: each directory's file system keeps
 * its own entries (tmpfs: a list in creation order), and the walk asks
 * i_op->lookup for each component.  A directory knows its parent
 * (i_parent), since directories cannot be hard-linked; that is what ".."
 * follows.  A name is tied to an inode by i_nlink only; i_count counts
 * the references held in memory (open files, cwd, a walk in progress).
 * An inode is freed when both are zero.
 *
 * Not yet: permission checks (every caller is root here: no EACCES),
 * O_CREAT through a dangling symlink (Linux creates the target; -ENOENT
 * here), SEEK_DATA/SEEK_HOLE, relatime (atime moves on every read).
 */
#ifndef VFS_H
#define VFS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PATH_MAX	4096	/* with its NUL, as Linux */
#define NAME_MAX	255
#define MAXSYMLINKS	40

#define S_IFMT		0170000
#define S_IFSOCK	0140000
#define S_IFLNK		0120000
#define S_IFREG		0100000
#define S_IFBLK		0060000
#define S_IFDIR		0040000
#define S_IFCHR		0020000
#define S_IFIFO		0010000
#define S_ISDIR(m)	(((m) & S_IFMT) == S_IFDIR)
#define S_ISREG(m)	(((m) & S_IFMT) == S_IFREG)
#define S_ISLNK(m)	(((m) & S_IFMT) == S_IFLNK)

#define RENAME_NOREPLACE	1
#define RENAME_EXCHANGE		2
#define RENAME_WHITEOUT		4

struct timespec64 {
	int64_t tv_sec;
	long tv_nsec;
};

struct inode;
struct file;
struct super_block;

/* Where file data and metadata come from: the kernel's frame allocator
 * and its object allocator, or the unit tests' counting stand-ins. */
struct vfs_mem {
	void *(*page_alloc)(void);	/* a zeroed 4 KiB page, or 0 */
	void (*page_free)(void *page);
	void *(*zalloc)(size_t size);	/* a zeroed object, or 0 */
	void (*free)(void *obj);
};

struct super_operations {
	void (*evict_inode)(struct inode *inode);	/* free what it owns */
};

/* Names come as (name, len), not NUL-terminated: they point into a path.
 * Every *res comes back holding one i_count reference, and is written
 * only on success. */
struct inode_operations {
	int (*lookup)(struct inode *dir, const char *name, size_t len,
		      struct inode **res);
	int (*mknod)(struct inode *dir, const char *name, size_t len,
		     unsigned int mode, uint64_t rdev, struct inode **res);
	int (*mkdir)(struct inode *dir, const char *name, size_t len,
		     unsigned int mode);
	int (*symlink)(struct inode *dir, const char *name, size_t len,
		       const char *target);
	int (*link)(struct inode *old, struct inode *dir, const char *name,
		    size_t len);
	/* Removes the name; rmdir also checks the directory is empty. */
	int (*unlink)(struct inode *dir, const char *name, size_t len);
	int (*rmdir)(struct inode *dir, const char *name, size_t len);
	/* The caller has done Linux's checks (namei_ops.c). */
	int (*rename)(struct inode *odir, const char *oname, size_t olen,
		      struct inode *ndir, const char *nname, size_t nlen,
		      unsigned int flags);
	const char *(*get_link)(struct inode *inode);
	int (*setsize)(struct inode *inode, int64_t size);
};

/* One getdents record: false from the actor stops the iteration (the
 * caller's buffer is full) and that entry is not consumed. */
struct dir_context {
	bool (*actor)(struct dir_context *ctx, const char *name, size_t len,
		      int64_t next_pos, uint64_t ino, unsigned int d_type);
	int64_t pos;
};

/* Buffers are kernel memory; the system calls copy to and from user. */
struct file_operations {
	long (*read)(struct file *f, void *buf, size_t n, int64_t *pos);
	long (*write)(struct file *f, const void *buf, size_t n, int64_t *pos);
	int (*iterate)(struct file *f, struct dir_context *ctx);
};

struct inode {
	unsigned int i_mode;
	unsigned int i_nlink;		/* names, plus "." and children's ".." */
	unsigned int i_count;		/* in-memory references: iget/iput */
	unsigned int i_uid, i_gid;
	uint64_t i_ino;
	uint64_t i_rdev;
	int64_t i_size;
	uint64_t i_blocks;		/* 512-byte units of data pages */
	struct timespec64 i_atime, i_mtime, i_ctime;
	const struct inode_operations *i_op;
	const struct file_operations *i_fop;
	struct super_block *i_sb;
	struct inode *i_parent;		/* directories: "..", 0 once removed */
	/* Mount hook: a file system mounted here replaces this directory
	 * in the walk (namei.c, step_into); rmdir says EBUSY while set. */
	struct super_block *i_mounted;
	void *i_private;		/* the file system's own state */
};

struct super_block {
	const struct super_operations *s_op;
	const struct vfs_mem *s_mem;
	void (*s_now)(struct timespec64 *ts);	/* the clock for timestamps */
	struct inode *s_root;
	uint64_t s_next_ino;
	uint64_t s_ninodes;		/* live inodes, for leak checks */
	uint64_t s_dev;
};

/* An open file: shared by dup and fork through file_get/file_put. */
enum file_kind { FILE_CONSOLE = 1, FILE_VFS };	/* CONSOLE until the
						 * tty has its f_op */
struct file {
	enum file_kind kind;
	unsigned int flags;		/* O_RDWR, O_APPEND, O_NONBLOCK ... */
	unsigned int f_count;
	int64_t f_pos;
	const struct file_operations *f_op;
	struct inode *f_inode;		/* holds one i_count */
};

/* inode.c */
struct inode *new_inode(struct super_block *sb, unsigned int mode);
struct inode *iget(struct inode *inode);
void iput(struct inode *inode);
void inode_touch(struct inode *inode, bool atime, bool mtime, bool ctime);

/* file_table.c: the file starts with f_count 1 and takes its own
 * reference on inode. */
struct file *file_alloc(struct inode *inode, unsigned int flags);
struct file *file_get(struct file *f);
void file_put(struct file *f);
extern uint64_t nr_files;	/* live, for the self-check */

/* namei.c.  root: the process's root, where "/" and ".." stop; start:
 * where a relative path begins (cwd or a dirfd's directory). */
#define LOOKUP_FOLLOW		1	/* follow a final symlink */
#define LOOKUP_DIRECTORY	2	/* the result must be a directory */
#define LOOKUP_EMPTY		4	/* "" means start (AT_EMPTY_PATH) */

enum last_type { LAST_NORM, LAST_ROOT, LAST_DOT, LAST_DOTDOT };

/* The parent form: the directory, and the last component (pointing into
 * path, which must outlive it). */
struct nameidata {
	struct inode *dir;		/* one reference: path_put_parent */
	const char *last;
	size_t last_len;
	enum last_type last_type;
	bool trailing_slash;
};

int path_lookupat(struct inode *root, struct inode *start, const char *path,
		  unsigned int flags, struct inode **res);
int path_parentat(struct inode *root, struct inode *start, const char *path,
		  struct nameidata *nd);
void path_put_parent(struct nameidata *nd);

/* namei_ops.c: Linux's mkdirat, mknodat, symlinkat, linkat, unlinkat,
 * renameat2, readlinkat.  mode has the umask applied already. */
int vfs_mkdirat(struct inode *root, struct inode *start, const char *path,
		unsigned int mode);
int vfs_mknodat(struct inode *root, struct inode *start, const char *path,
		unsigned int mode, uint64_t rdev);
int vfs_symlinkat(struct inode *root, struct inode *start, const char *target,
		  const char *path);
int vfs_linkat(struct inode *root, struct inode *ostart, const char *opath,
	       struct inode *nstart, const char *npath, unsigned int flags);
int vfs_unlinkat(struct inode *root, struct inode *start, const char *path,
		 bool rmdir);
int vfs_renameat2(struct inode *root, struct inode *ostart, const char *opath,
		  struct inode *nstart, const char *npath, unsigned int flags);
long vfs_readlinkat(struct inode *root, struct inode *start, const char *path,
		    char *buf, size_t size);

/* open.c: O_CREAT, O_EXCL, O_TRUNC, O_DIRECTORY, O_NOFOLLOW, O_ACCMODE. */
int vfs_open(struct inode *root, struct inode *start, const char *path,
	     unsigned int flags, unsigned int mode, struct file **res);
int vfs_truncate(struct inode *inode, int64_t size);

/* vfs_rw.c and readdir.c */
long vfs_read(struct file *f, void *buf, size_t n);
long vfs_write(struct file *f, const void *buf, size_t n);
long vfs_pread(struct file *f, void *buf, size_t n, int64_t pos);
long vfs_pwrite(struct file *f, const void *buf, size_t n, int64_t pos);
int64_t vfs_llseek(struct file *f, int64_t off, int whence);
int vfs_iterate_dir(struct file *f, struct dir_context *ctx);

/* tmpfs.c: a new tmpfs whose root directory has mode (S_IFDIR added). */
int tmpfs_fill_super(struct super_block *sb, const struct vfs_mem *mem,
		     void (*now)(struct timespec64 *ts), unsigned int mode);
/* Unmount: every name goes; inodes still referenced go at their iput. */
void tmpfs_kill_super(struct super_block *sb);

#endif
