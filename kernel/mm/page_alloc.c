/* See page_alloc.h. */
#include "page_alloc.h"

static int test(const struct pmm *p, uint64_t f)
{
	return (p->bitmap[f / 64] >> (f % 64)) & 1;
}

static void set_used(struct pmm *p, uint64_t f)
{
	if (!test(p, f)) {
		p->bitmap[f / 64] |= 1ull << (f % 64);
		p->nfree--;
	}
}

static void set_free(struct pmm *p, uint64_t f)
{
	if (test(p, f)) {
		p->bitmap[f / 64] &= ~(1ull << (f % 64));
		p->nfree++;
	}
}

void pmm_init(struct pmm *p, uint64_t *bitmap, uint64_t nframes)
{
	p->bitmap = bitmap;
	p->nframes = nframes;
	p->nfree = 0;
	p->hint = 0;
	for (uint64_t i = 0; i < (nframes + 63) / 64; i++)
		bitmap[i] = ~0ull;
}

/*
 * The frames [*first, *end) that [base, base + len) covers: only the whole
 * ones (inward) or every one it touches.  Clipped to the bitmap first, so
 * nothing here can wrap, whatever the memory map says.
 */
static void frame_span(const struct pmm *p, uint64_t base, uint64_t len,
		       int inward, uint64_t *first, uint64_t *end)
{
	uint64_t limit = p->nframes * PMM_FRAME;
	uint64_t stop = len > limit - (base < limit ? base : limit) ?
			limit : base + len;

	*first = *end = 0;
	if (base >= limit || !len)
		return;
	if (inward) {
		*first = base / PMM_FRAME + (base % PMM_FRAME != 0);
		*end = stop / PMM_FRAME;
	} else {
		*first = base / PMM_FRAME;
		*end = stop / PMM_FRAME + (stop % PMM_FRAME != 0);
	}
}

void pmm_release_range(struct pmm *p, uint64_t base, uint64_t len)
{
	uint64_t first, end;

	frame_span(p, base, len, 1, &first, &end);
	for (uint64_t f = first; f < end; f++)
		set_free(p, f);
}

void pmm_reserve_range(struct pmm *p, uint64_t base, uint64_t len)
{
	uint64_t first, end;

	frame_span(p, base, len, 0, &first, &end);
	for (uint64_t f = first; f < end; f++)
		set_used(p, f);
}

uint64_t pmm_alloc(struct pmm *p)
{
	uint64_t words = (p->nframes + 63) / 64;

	for (uint64_t n = 0; n < words; n++) {
		uint64_t w = (p->hint / 64 + n) % words;

		if (p->bitmap[w] == ~0ull)
			continue;
		uint64_t f = w * 64 + (uint64_t)__builtin_ctzll(~p->bitmap[w]);

		if (f >= p->nframes)
			continue;
		set_used(p, f);
		p->hint = f;
		return f * PMM_FRAME;
	}
	return PMM_NONE;
}

int pmm_free(struct pmm *p, uint64_t pa)
{
	uint64_t f = pa / PMM_FRAME;

	if (pa % PMM_FRAME || f >= p->nframes || !test(p, f))
		return -1;
	set_free(p, f);
	return 0;
}

int pmm_is_free(const struct pmm *p, uint64_t pa)
{
	uint64_t f = pa / PMM_FRAME;

	return f < p->nframes && !test(p, f);
}
