/*
 * selftest=rootfs: proof that the archive's bytes reached the root.  It
 * reads /etc/hostname through vfs_open and vfs_read, and follows the
 * symlink /bin/sh, printing what it finds; tests/qemu/rootfs.sh compares
 * that with the host's copy of the files.
 */
#include "rootfs.h"
#include "errno.h"
#include "exit.h"
#include "fcntl.h"
#include "printk.h"

static char buf[256];

static void show_file(struct inode *root, const char *path)
{
	struct file *f;
	int err = vfs_open(root, root, path, O_RDONLY, 0, &f);

	if (err)
		kernel_error_exit("selftest rootfs: open %s: error %d", path, err);
	long n = vfs_read(f, buf, sizeof(buf) - 1);
	struct inode *i = f->f_inode;

	if (n < 0)
		kernel_error_exit("selftest rootfs: read %s: error %ld", path, n);
	buf[n] = 0;
	for (long k = 0; k < n; k++)
		if (buf[k] == '\n')
			buf[k] = 0;	/* the first line is enough */
	printk_always("selftest rootfs: %s: %ld bytes, mode %o, nlink %u, "
		      "uid %u, gid %u, mtime %ld: %s\n", path, (long)i->i_size,
		      i->i_mode, i->i_nlink, i->i_uid, i->i_gid,
		      (long)i->i_mtime.tv_sec, buf);
	file_put(f);
}

static void show_link(struct inode *root, const char *path)
{
	struct inode *i;
	long n = vfs_readlinkat(root, root, path, buf, sizeof(buf) - 1);

	if (n < 0)
		kernel_error_exit("selftest rootfs: readlink %s: error %ld",
				  path, n);
	buf[n] = 0;
	int err = path_lookupat(root, root, path, LOOKUP_FOLLOW, &i);

	if (err)
		kernel_error_exit("selftest rootfs: follow %s: error %d", path,
				  err);
	printk_always("selftest rootfs: %s -> %s: mode %o, %ld bytes\n", path,
		      buf, i->i_mode, (long)i->i_size);
	iput(i);
}

void selftest_rootfs(void)
{
	struct inode *root = rootfs_root();

	if (!root)
		kernel_error_exit("selftest rootfs: no root (no initramfs)");
	show_file(root, "/etc/hostname");
	show_link(root, "/bin/sh");
	printk_always("selftest rootfs: ok\n");
}
