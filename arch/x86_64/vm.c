/* See vm.h. */
#include "vm.h"
#include "cpu.h"
#include "layout.h"
#include "memory.h"
#include "paging.h"

#define KERNEL_HALF	256	/* first PML4 entry of the kernel half */

uint64_t vm_create(void)
{
	uint64_t pml4 = alloc_frame();

	if (!pml4)
		return 0;
	uint64_t *new = phys_to_virt(pml4), *kern = phys_to_virt(kernel_pml4);

	for (int i = KERNEL_HALF; i < 512; i++)
		new[i] = kern[i];
	return pml4;
}

/* Frees the table at pa and, below level 0, everything it points to. */
static void free_table(uint64_t pa, int level)
{
	uint64_t *t = phys_to_virt(pa);

	for (int i = 0; i < 512; i++) {
		if (!(t[i] & PTE_P))
			continue;
		if (level == 0)
			free_frame(t[i] & PTE_ADDR);
		else
			free_table(t[i] & PTE_ADDR, level - 1);
	}
	free_frame(pa);
}

void vm_destroy(uint64_t pml4)
{
	uint64_t *t = phys_to_virt(pml4);

	for (int i = 0; i < KERNEL_HALF; i++)
		if (t[i] & PTE_P)
			free_table(t[i] & PTE_ADDR, 2);
	free_frame(pml4);
}

uint64_t vm_map_user(uint64_t pml4, uint64_t va, int writable, int exec)
{
	uint64_t *pte = lookup_pte(pml4, va);

	if (pte && (*pte & PTE_P)) {
		if (writable)
			*pte |= PTE_W;
		if (exec)
			*pte &= ~PTE_NX;
		invlpg(va);
		return *pte & PTE_ADDR;
	}
	uint64_t pa = alloc_frame();

	if (!pa)
		return 0;
	if (map_page(pml4, va, pa, PTE_U | (writable ? PTE_W : 0) |
				   (exec ? 0 : pte_nx))) {
		free_frame(pa);
		return 0;
	}
	return pa;
}

uint64_t vm_user_frame(uint64_t pml4, uint64_t va)
{
	uint64_t *pte = lookup_pte(pml4, va);

	return pte && (*pte & PTE_P) ? *pte & PTE_ADDR : 0;
}

void vm_switch(uint64_t pml4)
{
	write_cr3(pml4);
}

void vm_switch_kernel(void)
{
	write_cr3(kernel_pml4);
}
