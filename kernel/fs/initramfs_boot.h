/*
 * The boot's initramfs module (kernel/fs/initramfs_boot.c).  The VFS
 * unpacks it into the root (populate_rootfs, initramfs_unpack.c) with
 *	initramfs_walk(initramfs_image(&len), len, actor, arg, &err);
 * the archive was checked at boot, so that walk cannot fail on it.
 */
#ifndef INITRAMFS_BOOT_H
#define INITRAMFS_BOOT_H

#include <stddef.h>
#include "multiboot.h"

/* Finds the initramfs module and checks the whole archive, logging its
 * counts; a corrupt one ends the boot (kernel_error_exit).  Returns the
 * number of modules it took (0 or 1): programs start after them. */
int initramfs_setup(const struct boot_info *bi);

/* The archive (len 0 and 0 if the boot had none). */
const void *initramfs_image(size_t *len);

#endif
