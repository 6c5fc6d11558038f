/*
 * Finding the initramfs among the boot modules and checking it before
 * anything runs; populate_rootfs (initramfs_unpack.c) then unpacks it
 * into the root.  The archive itself stays in memory (its frames are
 * reserved with every module's, kernel/mm/memory.c).
 *
 * Which module it is: the first one, when the last word of its string is
 * "initramfs".  GRUB gives "initramfs" for `module2 /boot/initramfs.cpio
 * initramfs`; QEMU's -initrd gives "FILE initramfs" (its string starts
 * with the file name).  Not the content: a module with a broken magic
 * must still be reported as a broken initramfs, not run as a program.
 * Programs come after it, so a program's last argument can never be
 * mistaken for the mark.
 */
#include "initramfs.h"
#include "initramfs_boot.h"
#include "exit.h"
#include "layout.h"
#include "printk.h"
#include "string.h"
#include "time.h"

static const uint8_t *image;
static size_t image_len;

static int is_initramfs(const struct bi_module *m)
{
	const char *s = m->string;
	size_t n = strlen(s);

	while (n && s[n - 1] == ' ')
		n--;
	if (n < 9 || memcmp(s + n - 9, "initramfs", 9))
		return 0;
	return n == 9 || s[n - 10] == ' ';
}

int initramfs_setup(const struct boot_info *bi)
{
	struct initramfs_stats st;
	struct initramfs_error err;

	if (!bi->nmodules || !is_initramfs(&bi->modules[0]))
		return 0;
	image = phys_to_virt(bi->modules[0].start);
	image_len = bi->modules[0].end - bi->modules[0].start;

	uint64_t t0 = ktime_ns();

	/* A bad archive is bad input, like a bad program: the runner's
	 * status 126 with this one line, never a panic. */
	if (initramfs_count(image, image_len, &st, &err))
		kernel_error_exit("initramfs: corrupt archive at offset 0x%lx: %s",
				  (unsigned long)err.offset, err.reason);
	printk("initramfs: %u entries, %lu bytes (%u files, %u directories, "
	       "%u symlinks, %u devices, %u fifos, %u sockets), checked in %lu us\n",
	       st.entries, (unsigned long)image_len, st.files, st.dirs,
	       st.symlinks, st.devices, st.fifos, st.sockets,
	       (unsigned long)((ktime_ns() - t0) / 1000));
	return 1;
}

const void *initramfs_image(size_t *len)
{
	*len = image_len;
	return image;
}
