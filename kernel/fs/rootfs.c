/*
 * The root tmpfs and the kernel's memory for the VFS.  See rootfs.h.
 */
#include "rootfs.h"
#include "errno.h"
#include "layout.h"
#include "memory.h"
#include "panic.h"
#include "printk.h"
#include "slab.h"
#include "time.h"

static struct super_block root_sb;
static uint64_t data_pages;		/* live, for the boot line */
static uint64_t boot_objects, boot_inodes, boot_pages;	/* at pid 1's start */

static void *vfs_page_alloc(void)
{
	uint64_t pa = alloc_frame();	/* zeroed, as vfs_mem asks */

	if (!pa)
		return 0;
	data_pages++;
	return phys_to_virt(pa);
}

static void vfs_page_free(void *page)
{
	data_pages--;
	free_frame(virt_to_phys(page));
}

/* kfree takes a const pointer, as Linux's does; vfs_mem's free does not. */
static void vfs_free(void *obj)
{
	kfree(obj);
}

const struct vfs_mem kernel_vfs_mem = {
	vfs_page_alloc, vfs_page_free, kzalloc, vfs_free,
};

/* File times are wall-clock times, as on Linux. */
static void now(struct timespec64 *ts)
{
	uint64_t ns = realtime_ns();

	ts->tv_sec = (int64_t)(ns / 1000000000);
	ts->tv_nsec = (long)(ns % 1000000000);
}

int rootfs_mount(void)
{
	return tmpfs_fill_super(&root_sb, &kernel_vfs_mem, now, 0755);
}

struct inode *rootfs_root(void)
{
	return root_sb.s_root;
}

uint64_t rootfs_data_pages(void)
{
	return data_pages;
}

uint64_t rootfs_inodes(void)
{
	return root_sb.s_ninodes;
}

void rootfs_snapshot(void)
{
	boot_objects = kmem_live_objects();
	boot_inodes = root_sb.s_ninodes;
	boot_pages = data_pages;
}

void rootfs_selfcheck(void)
{
	if (kmem_live_objects() != boot_objects ||
	    root_sb.s_ninodes != boot_inodes || data_pages != boot_pages ||
	    nr_files)
		panic("self-check: VFS memory moved while pid 1 ran: %lu -> %lu "
		      "objects, %lu -> %lu inodes, %lu -> %lu pages, %lu files",
		      boot_objects, kmem_live_objects(), boot_inodes,
		      root_sb.s_ninodes, boot_pages, data_pages, nr_files);
	printk("self-check: the root holds %lu inodes and %lu data pages; "
	       "kmalloc %lu objects in %lu frames; %lu open files\n",
	       root_sb.s_ninodes, data_pages, kmem_live_objects(),
	       kmem_live_pages(), nr_files);
}
