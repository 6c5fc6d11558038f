/*
 * The kernel's page tables, replacing the early 2 MiB boot tables:
 *   - the kernel image in 4 KiB pages: text read-only and executable,
 *     rodata read-only, data and bss writable; both NX
 *   - the direct map of physical memory at PAGE_OFFSET, 2 MiB pages, NX
 *   - nothing at all in the lower half: the identity map is not copied
 * Every kernel mapping is global (PTE_G + CR4.PGE) and every kernel-half
 * PML4 slot in use gets its PDPT now, so that later address spaces can share
 * the kernel half by copying PML4 entries 256..511.
 */
#include "paging.h"
#include "cpu.h"
#include "layout.h"
#include "memory.h"
#include "panic.h"
#include "printk.h"

#define PT_INDEX(va, level)	(((va) >> (12 + 9 * (level))) & 511)
#define TWO_MIB			(2ull << 20)

extern char __text_start[], __text_end[], __rodata_start[], __rodata_end[];
extern char __data_start[], __bss_end[];

uint64_t kernel_pml4;
uint64_t pte_nx;

/* The entry for va at level (0 = PT ... 3 = PML4), creating tables on the
 * way down when create is set.  The intermediate entries are permissive
 * (P|W|U): the leaf entry alone decides. */
static uint64_t *walk(uint64_t pml4, uint64_t va, int level, int create)
{
	uint64_t *table = phys_to_virt(pml4);

	for (int l = 3; l > level; l--) {
		uint64_t *e = &table[PT_INDEX(va, l)];

		if (!(*e & PTE_P)) {
			uint64_t pa = create ? alloc_frame() : 0;

			if (!pa)
				return 0;
			*e = pa | PTE_P | PTE_W | PTE_U;
		}
		if (*e & PTE_PS)
			return 0;	/* a large page covers it */
		table = phys_to_virt(*e & PTE_ADDR);
	}
	return &table[PT_INDEX(va, level)];
}

int map_page(uint64_t pml4, uint64_t va, uint64_t pa, uint64_t flags)
{
	uint64_t *pte = walk(pml4, va, 0, 1);

	if (!pte)
		return -1;
	*pte = (pa & PTE_ADDR) | flags | PTE_P;
	return 0;
}

uint64_t *pte_alloc(uint64_t pml4, uint64_t va)
{
	return walk(pml4, va, 0, 1);
}

uint64_t *lookup_pte(uint64_t pml4, uint64_t va)
{
	return walk(pml4, va, 0, 0);
}

static void map_image(const char *start, const char *end, uint64_t flags)
{
	for (uint64_t va = (uint64_t)start; va < (uint64_t)end; va += PAGE_SIZE)
		if (map_page(kernel_pml4, va, va - KERNEL_VMA, flags | PTE_G))
			panic("out of memory mapping the kernel image");
}

static void map_direct(uint64_t top)
{
	for (uint64_t pa = 0; pa < top; pa += TWO_MIB) {
		uint64_t *pde = walk(kernel_pml4, PAGE_OFFSET + pa, 1, 1);

		if (!pde)
			panic("out of memory building the direct map");
		*pde = pa | PTE_P | PTE_W | PTE_PS | PTE_G | pte_nx;
	}
}

void paging_init(void)
{
	if (rdmsr(MSR_EFER) & EFER_NXE)
		pte_nx = PTE_NX;
	kernel_pml4 = alloc_frame();
	if (!kernel_pml4)
		panic("out of memory for the kernel PML4");

	/* The first 4 GiB (legacy devices, the VGA buffer, and all the RAM
	 * memory.c manages), in whole GiB so the PDs are full. */
	uint64_t top = memory_top();

	if (top < (4ull << 30))
		top = 4ull << 30;
	top = (top + (1ull << 30) - 1) & ~((1ull << 30) - 1);
	map_direct(top);

	map_image(__text_start, __text_end, 0);
	map_image(__rodata_start, __rodata_end, pte_nx);
	map_image(__data_start, __bss_end, PTE_W | pte_nx);
	/* The stack region's PDPT, shared by every address space to come. */
	if (!walk(kernel_pml4, KSTACK_BASE, 2, 1))
		panic("out of memory for the kernel stack area");

	write_cr4(read_cr4() | CR4_PGE);
	write_cr3(kernel_pml4);
	printk("paging: kernel page tables at 0x%lx, direct map of %lu GiB, "
	       "NX %s; boot identity map removed\n", kernel_pml4, top >> 30,
	       pte_nx ? "on" : "unavailable");
}
