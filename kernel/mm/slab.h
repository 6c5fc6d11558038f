/*
 * kmalloc/kzalloc/kfree: small kernel objects (inodes, directory entries,
 * open files, symlink targets) carved from 4 KiB frames.  Linux's name for
 * the idea is the slab allocator (mm/slab_common.c, mm/slub.c); this one
 * is a teaching-sized version of it, described in slab.c.
 */
#ifndef SLAB_H
#define SLAB_H

#include <stddef.h>
#include <stdint.h>

#define KMALLOC_MIN	16
#define KMALLOC_MAX	4096	/* a whole frame: the largest object */
#define KMALLOC_CLASSES	9	/* 16, 32, ... 2048, and the whole frame */

/* Where frames come from: the kernel's direct map (kernel/mm/memory.c),
 * or the host test's stand-in.  A zeroed, 4 KiB-aligned page, or 0. */
void *slab_page_alloc(void);
void slab_page_free(void *page);

/* 0 when memory is out or size is 0 or above KMALLOC_MAX. */
void *kmalloc(size_t size);
void *kzalloc(size_t size);
/* kfree(0) does nothing; any pointer kmalloc did not return, or one
 * already freed, panics. */
void kfree(const void *obj);

/* Live objects and frames per class, for the self-check. */
struct kmem_class_stats {
	unsigned int size;
	uint64_t objects, pages;
};
void kmem_stats(struct kmem_class_stats st[KMALLOC_CLASSES]);
uint64_t kmem_live_objects(void);
uint64_t kmem_live_pages(void);

#endif
