/* See vma.h.  A sorted array: small, and easy to read in gdb. */
#include "vma.h"
#include "string.h"

struct vma *vma_find(struct vma_list *l, uint64_t addr)
{
	for (int i = 0; i < l->n; i++)
		if (addr >= l->v[i].start && addr < l->v[i].end)
			return &l->v[i];
	return 0;
}

bool vma_overlaps(const struct vma_list *l, uint64_t start, uint64_t end)
{
	for (int i = 0; i < l->n; i++)
		if (l->v[i].start < end && start < l->v[i].end)
			return true;
	return false;
}

bool vma_covers(const struct vma_list *l, uint64_t start, uint64_t end)
{
	uint64_t at = start;

	for (int i = 0; i < l->n && at < end; i++) {
		if (l->v[i].end <= at)
			continue;
		if (l->v[i].start > at)
			return false;
		at = l->v[i].end;
	}
	return at >= end;
}

static void insert_at(struct vma_list *l, int i, struct vma v)
{
	memmove(&l->v[i + 1], &l->v[i], (size_t)(l->n - i) * sizeof(v));
	l->v[i] = v;
	l->n++;
}

static void delete_at(struct vma_list *l, int i)
{
	memmove(&l->v[i], &l->v[i + 1], (size_t)(l->n - i - 1) * sizeof(l->v[0]));
	l->n--;
}

/* Joins touching neighbours with the same protection and kind. */
static void merge(struct vma_list *l)
{
	for (int i = 0; i + 1 < l->n;) {
		struct vma *a = &l->v[i], *b = &l->v[i + 1];

		if (a->end == b->start && a->prot == b->prot &&
		    a->kind == b->kind) {
			a->end = b->end;
			delete_at(l, i + 1);
		} else {
			i++;
		}
	}
}

int vma_add(struct vma_list *l, uint64_t start, uint64_t end, uint32_t prot,
	    enum vma_kind kind)
{
	int i = 0;

	if (l->n == MAX_VMAS)
		return -1;
	while (i < l->n && l->v[i].start < start)
		i++;
	insert_at(l, i, (struct vma){ start, end, prot, kind });
	merge(l);
	return 0;
}

/* Splits the VMA holding addr (not at its start) in two at addr. */
static int split_at(struct vma_list *l, uint64_t addr)
{
	for (int i = 0; i < l->n; i++) {
		struct vma *v = &l->v[i];

		if (addr <= v->start || addr >= v->end)
			continue;
		if (l->n == MAX_VMAS)
			return -1;
		struct vma hi = *v;

		hi.start = addr;
		v->end = addr;
		insert_at(l, i + 1, hi);
		return 0;
	}
	return 0;
}

/* Splits needed for [start, end): how many VMAs cut through its edges. */
static int splits_needed(const struct vma_list *l, uint64_t start,
			 uint64_t end)
{
	int n = 0;

	for (int i = 0; i < l->n; i++) {
		n += l->v[i].start < start && start < l->v[i].end;
		n += l->v[i].start < end && end < l->v[i].end;
	}
	return n;
}

int vma_remove(struct vma_list *l, uint64_t start, uint64_t end)
{
	if (l->n + splits_needed(l, start, end) > MAX_VMAS)
		return -1;
	split_at(l, start);
	split_at(l, end);
	for (int i = 0; i < l->n;) {
		if (l->v[i].start >= start && l->v[i].end <= end)
			delete_at(l, i);
		else
			i++;
	}
	return 0;
}

int vma_protect(struct vma_list *l, uint64_t start, uint64_t end,
		uint32_t prot)
{
	if (l->n + splits_needed(l, start, end) > MAX_VMAS)
		return -1;
	split_at(l, start);
	split_at(l, end);
	for (int i = 0; i < l->n; i++)
		if (l->v[i].start >= start && l->v[i].end <= end)
			l->v[i].prot = prot;
	merge(l);
	return 0;
}

uint64_t vma_find_gap(const struct vma_list *l, uint64_t len, uint64_t lo,
		      uint64_t hi)
{
	uint64_t top = hi;

	/* Walk down from hi: the gap above each VMA that lies below top. */
	for (int i = l->n - 1; i >= -1; i--) {
		uint64_t floor = i >= 0 ? l->v[i].end : lo;

		if (i >= 0 && l->v[i].start >= top)
			continue;
		if (floor < lo)
			floor = lo;
		if (top > floor && top - floor >= len)
			return top - len;
		if (i >= 0 && l->v[i].start < top)
			top = l->v[i].start;
		if (top <= lo)
			break;
	}
	return 0;
}
