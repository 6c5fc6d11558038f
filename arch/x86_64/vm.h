/*
 * Address spaces: one page-table tree per process.  The kernel half (PML4
 * entries 256..511) is the kernel's own tables, shared by pointer; the user
 * half is private and built page by page with U=1.
 */
#ifndef VM_H
#define VM_H

#include <stdint.h>

/* A new tree with the kernel half in place; 0 when out of memory. */
uint64_t vm_create(void);
/* Frees every user page and page table of pml4, then pml4 itself.  Must
 * not be the loaded CR3. */
void vm_destroy(uint64_t pml4);
/*
 * Makes sure va's page is mapped for user access and returns its frame (0
 * when out of memory).  A page already mapped keeps its frame and gains
 * the new rights: writable if either asks, executable if either does.
 */
uint64_t vm_map_user(uint64_t pml4, uint64_t va, int writable, int exec);
/* Maps a fresh zeroed page at va with prot (PROT_* of vma.h); the frame,
 * or 0 when out of memory.  va must not be mapped. */
uint64_t vm_map_new(uint64_t pml4, uint64_t va, uint32_t prot);
/* Unmaps [start, end) and frees its frames. */
void vm_unmap_range(uint64_t pml4, uint64_t start, uint64_t end);
/* Gives the pages present in [start, end) the rights of prot. */
void vm_protect_range(uint64_t pml4, uint64_t start, uint64_t end,
		      uint32_t prot);
/* Moves the pages of [from, from + len) to [to, to + len), frames and all
 * (the target range must be unmapped).  All or nothing: -1, with nothing
 * moved, when a page table for the target cannot be had. */
int vm_move_range(uint64_t pml4, uint64_t from, uint64_t to, uint64_t len);
/* Whether va has a page (present or PROT_NONE) in pml4. */
int vm_is_mapped(uint64_t pml4, uint64_t va);
/* The frame behind user address va, or 0. */
uint64_t vm_user_frame(uint64_t pml4, uint64_t va);
void vm_switch(uint64_t pml4);
/* Back to the kernel's own tables (no user half). */
void vm_switch_kernel(void);

#endif
