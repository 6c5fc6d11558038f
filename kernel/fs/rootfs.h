/*
 * The root file system: one tmpfs, made at boot and filled from the
 * initramfs (Linux's rootfs, init/do_mounts.c and init/initramfs.c).  It
 * stays mounted until power-off, so its frames and objects belong to the
 * kernel, not to pid 1: the self-check counts them apart.
 */
#ifndef ROOTFS_H
#define ROOTFS_H

#include <stdint.h>
#include "vfs.h"

/* The kernel's struct vfs_mem: data pages from the frame allocator
 * through the direct map, metadata from kmalloc. */
extern const struct vfs_mem kernel_vfs_mem;

/* Makes the empty root; 0 or -ENOMEM. */
int rootfs_mount(void);
/* The root directory, or 0 before rootfs_mount. */
struct inode *rootfs_root(void);
uint64_t rootfs_data_pages(void);
uint64_t rootfs_inodes(void);

/* initramfs_unpack.c: the boot's archive into the root, or one line and
 * status 126 (kernel_error_exit) if it does not fit. */
void populate_rootfs(void);

/* rootfs_snapshot, before pid 1 starts (beside selfcheck_snapshot):
 * records what the root and kmalloc hold.  rootfs_selfcheck, after pid 1:
 * they must hold the same (pid 1 has no files of its own yet), else a
 * panic; one line if so. */
void rootfs_snapshot(void);
void rootfs_selfcheck(void);

/* rootfs_selftest.c: selftest=rootfs. */
void selftest_rootfs(void);

#endif
