/*
 * The virtual memory map, shared by C and assembly.
 *
 *   0x0000000000000000 .. 0x00007fffffffffff   user space (lower half)
 *   0xffff800000000000 .. +4 GiB               direct map of physical memory
 *   0xffffc90000000000 ..                      kernel stacks, each with an
 *                                              unmapped guard page below it
 *   0xffffffff80000000 ..                      the kernel image (top 2 GiB),
 *                                              at KERNEL_VMA + physical
 */
#ifndef LAYOUT_H
#define LAYOUT_H

#define KERNEL_VMA	0xffffffff80000000
#define PAGE_OFFSET	0xffff800000000000
#define KSTACK_BASE	0xffffc90000000000
#define KERNEL_PHYS	0x100000

#define PAGE_SIZE	4096
#define KSTACK_SIZE	(16 * 1024)	/* 4 pages; must stay a page multiple */
#define BOOT_STACK_SIZE	(16 * 1024)
#define IST_STACK_SIZE	(8 * 1024)

/*
 * User space ends one page below 2^47, as Linux's TASK_SIZE_MAX: then no
 * `syscall` can leave a non-canonical return address in RCX (the page
 * below 2^47 is never mapped), which is what makes SYSRET safe.
 */
#define USER_TOP	0x00007ffffffff000
/* The initial user stack: its top, what is mapped at exec, and the gap
 * below it that nothing else may map (the guard). */
#define USER_STACK_TOP	0x00007fffff000000
#define USER_STACK_SIZE	(256 * 1024)
#define USER_STACK_GAP	(8 * 1024 * 1024)

/* The early (boot) direct map covers this much, with 2 MiB pages. */
#define EARLY_MAP_GIB	4

#ifndef __ASSEMBLER__
#include <stdint.h>

static inline void *phys_to_virt(uint64_t pa)
{
	return (void *)(pa + PAGE_OFFSET);
}

static inline uint64_t virt_to_phys(const void *va)
{
	uint64_t v = (uint64_t)va;

	return v >= KERNEL_VMA ? v - KERNEL_VMA : v - PAGE_OFFSET;
}
#endif

#endif
