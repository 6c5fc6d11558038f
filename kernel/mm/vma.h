/*
 * A process's address-space map: the sorted, non-overlapping list of its
 * mapped ranges (VMAs), each with its protection.  Pure bookkeeping — no
 * page tables here (mmap.c keeps those in step) — so the host tests can
 * run it.  Ranges are page-aligned, end exclusive.
 */
#ifndef VMA_H
#define VMA_H

#include <stdbool.h>
#include <stdint.h>

#define PROT_NONE	0x0
#define PROT_READ	0x1
#define PROT_WRITE	0x2
#define PROT_EXEC	0x4

enum vma_kind { VMA_IMAGE, VMA_HEAP, VMA_STACK, VMA_ANON };

struct vma {
	uint64_t start, end;
	uint32_t prot;
	enum vma_kind kind;
};

#define MAX_VMAS	256

struct vma_list {
	int n;
	struct vma v[MAX_VMAS];
};

/* The VMA holding addr, or 0. */
struct vma *vma_find(struct vma_list *l, uint64_t addr);
/* Whether [start, end) meets any VMA / is covered by VMAs with no hole. */
bool vma_overlaps(const struct vma_list *l, uint64_t start, uint64_t end);
bool vma_covers(const struct vma_list *l, uint64_t start, uint64_t end);
/* Adds [start, end), which must not overlap anything, and merges it with
 * equal neighbours.  0, or -1 when the list is full. */
int vma_add(struct vma_list *l, uint64_t start, uint64_t end, uint32_t prot,
	    enum vma_kind kind);
/* Removes [start, end) from whatever covers it, splitting VMAs at the
 * edges.  0, or -1 when a split would overflow the list (nothing changed). */
int vma_remove(struct vma_list *l, uint64_t start, uint64_t end);
/* Sets prot over [start, end), splitting at the edges.  0 or -1 (full). */
int vma_protect(struct vma_list *l, uint64_t start, uint64_t end,
		uint32_t prot);
/* The highest start of a free gap of len bytes in [lo, hi), or 0. */
uint64_t vma_find_gap(const struct vma_list *l, uint64_t len, uint64_t lo,
		      uint64_t hi);

#endif
