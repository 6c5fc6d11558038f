/*
 * The physical frame allocator: one bit per 4 KiB frame, 1 = in use.
 * Everything starts in use; the memory map's available regions are then
 * freed and the kernel image, the boot info and the modules reserved again.
 * Pure logic on a caller-given bitmap, so the host tests can run it.
 */
#ifndef PAGE_ALLOC_H
#define PAGE_ALLOC_H

#include <stdint.h>

#define PMM_FRAME	4096ull
#define PMM_NONE	(~0ull)		/* pmm_alloc: out of memory */

struct pmm {
	uint64_t *bitmap;
	uint64_t nframes;	/* frames the bitmap covers, from address 0 */
	uint64_t nfree;
	uint64_t hint;		/* where the next search starts */
};

void pmm_init(struct pmm *p, uint64_t *bitmap, uint64_t nframes);
/* Frees the frames wholly inside [base, base + len). */
void pmm_release_range(struct pmm *p, uint64_t base, uint64_t len);
/* Marks used every frame that [base, base + len) touches. */
void pmm_reserve_range(struct pmm *p, uint64_t base, uint64_t len);
uint64_t pmm_alloc(struct pmm *p);
/* 0, or -1 if pa is not a frame address or the frame is already free. */
int pmm_free(struct pmm *p, uint64_t pa);
int pmm_is_free(const struct pmm *p, uint64_t pa);

#endif
