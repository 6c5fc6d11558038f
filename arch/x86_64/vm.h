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
/* The frame behind user address va, or 0. */
uint64_t vm_user_frame(uint64_t pml4, uint64_t va);
void vm_switch(uint64_t pml4);
/* Back to the kernel's own tables (no user half). */
void vm_switch_kernel(void);

#endif
