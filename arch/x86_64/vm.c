/* See vm.h. */
#include "vm.h"
#include "cpu.h"
#include "layout.h"
#include "memory.h"
#include "paging.h"
#include "vma.h"

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
		if (!(t[i] & (PTE_P | (level == 0 ? PTE_PROTNONE : 0))))
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

/* The PTE bits for user rights prot. */
static uint64_t prot_bits(uint32_t prot)
{
	if (prot == PROT_NONE)
		return PTE_PROTNONE;		/* not present */
	return PTE_P | PTE_U | (prot & PROT_WRITE ? PTE_W : 0) |
	       (prot & PROT_EXEC ? 0 : pte_nx);
}

uint64_t vm_map_new(uint64_t pml4, uint64_t va, uint32_t prot)
{
	uint64_t pa = alloc_frame();

	if (!pa)
		return 0;
	if (map_page(pml4, va, pa, 0)) {
		free_frame(pa);
		return 0;
	}
	*lookup_pte(pml4, va) = pa | prot_bits(prot);
	return pa;
}

/*
 * Calls fn on every user page (present or PROT_NONE) in [start, end),
 * skipping whole missing page tables: a range may span terabytes (munmap
 * of a huge region) while only a few pages exist.
 */
static void for_each_page(uint64_t pml4, uint64_t start, uint64_t end,
			  void (*fn)(uint64_t va, uint64_t *pte, void *arg),
			  void *arg)
{
	uint64_t va = start;

	/* Only ever the user half: the kernel half is shared by every
	 * address space, and its 2 MiB pages are no page tables. */
	if (end > USER_TOP)
		end = USER_TOP;

	while (va < end) {
		uint64_t *table = phys_to_virt(pml4);
		int level;

		for (level = 3; level > 0; level--) {
			uint64_t e = table[(va >> (12 + 9 * level)) & 511];

			if (!(e & PTE_P) || (e & PTE_PS))
				break;
			table = phys_to_virt(e & PTE_ADDR);
		}
		if (level > 0) {	/* no table here: skip what it covers */
			uint64_t span = 1ull << (12 + 9 * level);
			uint64_t next = (va & ~(span - 1)) + span;

			if (next <= va)
				return;		/* wrapped past the top */
			va = next;
			continue;
		}
		uint64_t *pte = &table[(va >> 12) & 511];

		if (*pte & (PTE_P | PTE_PROTNONE))
			fn(va, pte, arg);
		va += PAGE_SIZE;
	}
}

static void unmap_one(uint64_t va, uint64_t *pte, void *arg)
{
	(void)arg;
	free_frame(*pte & PTE_ADDR);
	*pte = 0;
	invlpg(va);
}

void vm_unmap_range(uint64_t pml4, uint64_t start, uint64_t end)
{
	for_each_page(pml4, start, end, unmap_one, 0);
}

static void protect_one(uint64_t va, uint64_t *pte, void *arg)
{
	*pte = (*pte & PTE_ADDR) | prot_bits(*(uint32_t *)arg);
	invlpg(va);
}

void vm_protect_range(uint64_t pml4, uint64_t start, uint64_t end,
		      uint32_t prot)
{
	for_each_page(pml4, start, end, protect_one, &prot);
}

struct move_args {
	uint64_t pml4;
	int64_t delta;
	bool failed;
};

/* First pass: every target PTE slot exists, or the move fails here,
 * before any page has left its place. */
static void prepare_one(uint64_t va, uint64_t *pte, void *arg)
{
	struct move_args *m = arg;

	(void)pte;
	if (!m->failed && !pte_alloc(m->pml4, va + (uint64_t)m->delta))
		m->failed = true;
}

static void move_one(uint64_t va, uint64_t *pte, void *arg)
{
	struct move_args *m = arg;
	uint64_t *to = lookup_pte(m->pml4, va + (uint64_t)m->delta);

	*to = *pte;
	*pte = 0;
	invlpg(va);
}

int vm_move_range(uint64_t pml4, uint64_t from, uint64_t to, uint64_t len)
{
	struct move_args m = { pml4, (int64_t)(to - from), false };

	for_each_page(pml4, from, from + len, prepare_one, &m);
	if (m.failed)
		return -1;
	for_each_page(pml4, from, from + len, move_one, &m);
	return 0;
}

int vm_is_mapped(uint64_t pml4, uint64_t va)
{
	uint64_t *pte = lookup_pte(pml4, va);

	return pte && (*pte & (PTE_P | PTE_PROTNONE));
}
