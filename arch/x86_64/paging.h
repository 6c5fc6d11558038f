/* 4-level page tables: the kernel's, and helpers to map into any tree. */
#ifndef PAGING_H
#define PAGING_H

#include <stdint.h>

#define PTE_P		(1ull << 0)
#define PTE_W		(1ull << 1)
#define PTE_U		(1ull << 2)
#define PTE_PS		(1ull << 7)	/* 2 MiB page (in a PD entry) */
#define PTE_G		(1ull << 8)	/* global: survives CR3 reloads */
/* Software bit (ignored by the CPU, P clear): a PROT_NONE user page that
 * keeps its frame, so that mprotect can give it back its rights. */
#define PTE_PROTNONE	(1ull << 9)
#define PTE_NX		(1ull << 63)
#define PTE_ADDR	0x000ffffffffff000ull

extern uint64_t kernel_pml4;	/* physical address of the kernel's PML4 */
extern uint64_t pte_nx;		/* PTE_NX, or 0 on a CPU without NX */

/* Builds the kernel's page tables and switches to them; the boot
 * identity map is gone afterwards. */
void paging_init(void);
/* Maps one 4 KiB page; 0, or -1 when out of memory for a page table. */
int map_page(uint64_t pml4, uint64_t va, uint64_t pa, uint64_t flags);
/* The PTE slot of va, creating the page tables down to it; 0 when out
 * of memory for one (the tables made before that stay, empty). */
uint64_t *pte_alloc(uint64_t pml4, uint64_t va);
/* The PTE of va (0 if no page table reaches it). */
uint64_t *lookup_pte(uint64_t pml4, uint64_t va);

#endif
