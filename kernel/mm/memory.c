/*
 * The kernel's frame allocator: page_alloc.c on a static bitmap that covers
 * the first MAX_PHYS bytes of physical memory (RAM above is reported and left
 * unused), filled from the boot memory map.
 */
#include "memory.h"
#include "multiboot.h"
#include "page_alloc.h"
#include "panic.h"
#include "printk.h"
#include "slab.h"
#include "layout.h"
#include "string.h"

#define MAX_PHYS	(4ull << 30)	/* = the early direct map */
#define LOW_RESERVED	0x100000	/* BIOS data, IVT, EBDA, VGA, ROMs */

extern char __kernel_phys_start[], __kernel_phys_end[];

static uint64_t bitmap[MAX_PHYS / PMM_FRAME / 64];
static struct pmm pmm;
static uint64_t top;

void memory_init(const struct boot_info *bi)
{
	uint64_t total = 0, ignored = 0;

	for (int i = 0; i < bi->nregions; i++) {
		const struct bi_region *r = &bi->regions[i];

		if (r->type != BI_MEM_AVAILABLE)
			continue;
		total += r->len;
		if (r->base + r->len > top)
			top = r->base + r->len;
		if (r->base + r->len > MAX_PHYS)
			ignored += r->base >= MAX_PHYS ? r->len :
				   r->base + r->len - MAX_PHYS;
	}
	if (top > MAX_PHYS)
		top = MAX_PHYS;
	pmm_init(&pmm, bitmap, top / PMM_FRAME);
	for (int i = 0; i < bi->nregions; i++)
		if (bi->regions[i].type == BI_MEM_AVAILABLE)
			pmm_release_range(&pmm, bi->regions[i].base,
					  bi->regions[i].len);

	/* Then take back what is in use though the map calls it free. */
	pmm_reserve_range(&pmm, 0, LOW_RESERVED);
	pmm_reserve_range(&pmm, (uint64_t)__kernel_phys_start,
			  (uint64_t)(__kernel_phys_end - __kernel_phys_start));
	for (int i = 0; i < bi->nranges; i++)
		pmm_reserve_range(&pmm, bi->ranges[i].start,
				  bi->ranges[i].end - bi->ranges[i].start);
	for (int i = 0; i < bi->nmodules; i++)
		pmm_reserve_range(&pmm, bi->modules[i].start,
				  bi->modules[i].end - bi->modules[i].start);

	printk("memory: %lu KiB available, %lu frames free (%lu KiB)\n",
	       total >> 10, pmm.nfree, pmm.nfree * 4);
	if (ignored)
		printk("memory: %lu MiB above 4 GiB left unused\n",
		       ignored >> 20);
	if (!pmm.nfree)
		panic("no free memory after reserving the kernel and modules");
}

uint64_t alloc_frame(void)
{
	uint64_t pa = pmm_alloc(&pmm);

	if (pa == PMM_NONE)
		return 0;
	memset(phys_to_virt(pa), 0, PMM_FRAME);
	return pa;
}

void free_frame(uint64_t pa)
{
	if (pmm_free(&pmm, pa))
		panic("free_frame(0x%lx): not an allocated frame", pa);
}

uint64_t frames_free(void)
{
	return pmm.nfree;
}

uint64_t memory_top(void)
{
	return top;
}

/* kmalloc's frames (slab.c): through the direct map, which covers all RAM. */
void *slab_page_alloc(void)
{
	uint64_t pa = alloc_frame();

	return pa ? phys_to_virt(pa) : 0;
}

void slab_page_free(void *page)
{
	free_frame(virt_to_phys(page));
}
