/*
 * A process's memory: its page tables, its VMAs and its heap (brk).
 * Pages of anonymous memory (heap, stack, mmap) are allocated when first
 * touched: mm_fault() fills them in from the VMA that covers the address.
 */
#ifndef MM_H
#define MM_H

#include <stdbool.h>
#include <stdint.h>
#include "vma.h"

/* The initial stack's VMA: 8 MiB (Linux's default RLIMIT_STACK) below
 * USER_STACK_TOP; under it, a guard gap nothing is mapped into. */
#define STACK_MAX	(8ull << 20)
#define STACK_GUARD	(1ull << 20)

struct mm {
	uint64_t pml4;
	struct vma_list vmas;
	uint64_t brk_start, brk;
};

/*
 * A page fault at user address addr (write: a write access; exec: an
 * instruction fetch): maps a zero page if a VMA allows the access there.
 * True if the access can now be retried, false if it is a real fault.
 */
bool mm_fault(struct mm *mm, uint64_t addr, bool write, bool exec);
/* Where mmap looks for free space: below the stack and its guard. */
uint64_t mm_mmap_top(void);

#endif
