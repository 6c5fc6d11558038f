/*
 * The initramfs: a cpio "newc" archive (magic 070701) that the boot
 * loader hands the kernel as a module.  initramfs_walk() checks it and
 * calls back once per entry; the VFS unpacks it into the root (issue 14).
 *
 * The walk never trusts the archive: every header field, name and data
 * size is checked against the bytes that are really there, and the first
 * thing wrong stops it with the byte offset and a one-line reason.  The
 * host tests feed it corrupt archives that way (tests/unit/test_initramfs.c).
 */
#ifndef INITRAMFS_H
#define INITRAMFS_H

#include <stddef.h>
#include <stdint.h>

#define CPIO_PATH_MAX	4096	/* Linux's PATH_MAX, the NUL included */

/* File types of st_mode, as Linux numbers them (octal). */
#define CPIO_S_IFMT	0170000
#define CPIO_S_IFSOCK	0140000
#define CPIO_S_IFLNK	0120000
#define CPIO_S_IFREG	0100000
#define CPIO_S_IFBLK	0060000
#define CPIO_S_IFDIR	0040000
#define CPIO_S_IFCHR	0020000
#define CPIO_S_IFIFO	0010000

/*
 * One entry, as the callback sees it.  path is the name made absolute and
 * tidy ("./bin//sh" -> "/bin/sh", "." -> "/"); raw_name is the archive's
 * own.  For a symlink, data/size is the target (not NUL-terminated).
 * Hard links share (dev_major, dev_minor, ino) with nlink > 1: as GNU cpio
 * writes them, only the last one carries the data, the others have size 0.
 */
struct cpio_entry {
	uint64_t offset;		/* of the header, in the archive */
	const char *path;
	const char *raw_name;
	uint32_t ino, mode, uid, gid, nlink, mtime;
	uint32_t dev_major, dev_minor, rdev_major, rdev_minor;
	const uint8_t *data;
	uint32_t size;
};

struct initramfs_error {
	uint64_t offset;		/* where the fault is */
	char reason[128];		/* one line, no newline */
};

/* Returns 0 to go on; anything else stops the walk and is its result. */
typedef int (*cpio_actor)(const struct cpio_entry *e, void *arg);

/*
 * Walks the len bytes at archive, entry by entry, up to its last
 * TRAILER!!! (archives may be concatenated, as Linux allows; NUL padding
 * between and after them is skipped).  0: the whole archive is sound and
 * fn saw every entry; -1: it is corrupt, and *err says where and why (fn
 * may have seen the entries before the fault); otherwise fn's own result.
 * fn may be 0 to check the archive only.
 */
int initramfs_walk(const void *archive, size_t len, cpio_actor fn, void *arg,
		   struct initramfs_error *err);

/* Per-type counts, for the boot log line. */
struct initramfs_stats {
	unsigned entries, files, dirs, symlinks, devices, fifos, sockets;
};

int initramfs_count(const void *archive, size_t len,
		    struct initramfs_stats *st, struct initramfs_error *err);

#endif
