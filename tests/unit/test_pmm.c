/*
 * kernel/mm/page_alloc.c.  Bitmaps are exact-size arrays, so ASan catches
 * a word touched past the last one.
 */
#include "check.h"
#include "page_alloc.h"

#define NF	256		/* frames in most tests: 1 MiB */
#define F(n)	((uint64_t)(n) * PMM_FRAME)

/* Counts the free frames one by one, to hold nfree against. */
static uint64_t count_free(const struct pmm *p)
{
	uint64_t n = 0;

	for (uint64_t f = 0; f < p->nframes; f++)
		n += pmm_is_free(p, F(f)) != 0;
	return n;
}

static void init(struct pmm *p, uint64_t *bitmap, uint64_t nframes)
{
	/* zero = all free: pmm_init must be what marks them used */
	memset(bitmap, 0, (nframes + 63) / 64 * 8);
	pmm_init(p, bitmap, nframes);
}

TEST(init_marks_everything_used)
{
	uint64_t bm[NF / 64];
	struct pmm p;

	init(&p, bm, NF);
	CHECK_EQ_U64(p.nfree, 0);
	CHECK_EQ_U64(count_free(&p), 0);
	CHECK_EQ_U64(pmm_alloc(&p), PMM_NONE);
}

TEST(release_frees_only_whole_frames)
{
	uint64_t bm[NF / 64];
	struct pmm p;

	/* [1.5, 4.5) frames: 2 and 3 are inside, 1 and 4 only touched */
	init(&p, bm, NF);
	pmm_release_range(&p, 0x1800, 0x3000);
	CHECK_EQ_U64(p.nfree, 2);
	CHECK(!pmm_is_free(&p, F(1)));
	CHECK(pmm_is_free(&p, F(2)));
	CHECK(pmm_is_free(&p, F(3)));
	CHECK(!pmm_is_free(&p, F(4)));
	CHECK_EQ_U64(count_free(&p), p.nfree);
}

TEST(release_aligned_range_and_tiny_ranges)
{
	uint64_t bm[NF / 64];
	struct pmm p;

	init(&p, bm, NF);
	pmm_release_range(&p, F(16), F(4));
	CHECK_EQ_U64(p.nfree, 4);
	CHECK(!pmm_is_free(&p, F(15)));
	CHECK(pmm_is_free(&p, F(16)));
	CHECK(pmm_is_free(&p, F(19)));
	CHECK(!pmm_is_free(&p, F(20)));
	/* less than a frame, or none at all: nothing to free */
	pmm_release_range(&p, F(30) + 1, PMM_FRAME);
	pmm_release_range(&p, F(40), PMM_FRAME - 1);
	pmm_release_range(&p, F(50), 0);
	CHECK_EQ_U64(p.nfree, 4);
	/* releasing twice does not count twice */
	pmm_release_range(&p, F(16), F(4));
	CHECK_EQ_U64(p.nfree, 4);
	CHECK_EQ_U64(count_free(&p), 4);
}

TEST(release_is_clipped_to_nframes)
{
	uint64_t bm[NF / 64];
	struct pmm p;

	init(&p, bm, NF);
	pmm_release_range(&p, F(NF - 2), F(100));
	CHECK_EQ_U64(p.nfree, 2);
	CHECK(!pmm_is_free(&p, F(NF)));
	CHECK_EQ_U64(count_free(&p), 2);
}

TEST(reserve_takes_every_touched_frame)
{
	uint64_t bm[NF / 64];
	struct pmm p;

	init(&p, bm, NF);
	pmm_release_range(&p, 0, F(NF));
	CHECK_EQ_U64(p.nfree, NF);
	/* [5.5, 6.5) frames touches 5 and 6 */
	pmm_reserve_range(&p, F(5) + 0x800, PMM_FRAME);
	CHECK(pmm_is_free(&p, F(4)));
	CHECK(!pmm_is_free(&p, F(5)));
	CHECK(!pmm_is_free(&p, F(6)));
	CHECK(pmm_is_free(&p, F(7)));
	CHECK_EQ_U64(p.nfree, NF - 2);
	/* one byte touches one frame; zero bytes touch none */
	pmm_reserve_range(&p, F(9) + 7, 1);
	pmm_reserve_range(&p, F(12), 0);
	CHECK(!pmm_is_free(&p, F(9)));
	CHECK(pmm_is_free(&p, F(12)));
	/* reserving twice does not count twice */
	pmm_reserve_range(&p, F(5), F(2));
	CHECK_EQ_U64(p.nfree, NF - 3);
	CHECK_EQ_U64(count_free(&p), NF - 3);
}

TEST(reserve_over_released_range)
{
	uint64_t bm[NF / 64];
	struct pmm p;

	init(&p, bm, NF);
	pmm_release_range(&p, F(0x10), F(0x20));
	pmm_reserve_range(&p, F(0x18), F(0x100));	/* runs past nframes */
	CHECK_EQ_U64(p.nfree, 8);
	CHECK(pmm_is_free(&p, F(0x17)));
	CHECK(!pmm_is_free(&p, F(0x18)));
	CHECK_EQ_U64(count_free(&p), 8);
}

TEST(alloc_hands_out_distinct_frames_from_free_ranges)
{
	uint64_t bm[NF / 64], got[5];
	struct pmm p;

	init(&p, bm, NF);
	pmm_release_range(&p, F(3), F(3));	/* 3, 4, 5 */
	pmm_release_range(&p, F(200), F(2));	/* 200, 201 */
	for (int i = 0; i < 5; i++) {
		uint64_t pa = pmm_alloc(&p), f = pa / PMM_FRAME;

		CHECK(pa != PMM_NONE);
		CHECK_EQ_U64(pa % PMM_FRAME, 0);
		CHECK((f >= 3 && f <= 5) || f == 200 || f == 201);
		CHECK(!pmm_is_free(&p, pa));
		for (int j = 0; j < i; j++)
			CHECK(got[j] != pa);
		got[i] = pa;
		CHECK_EQ_U64(p.nfree, 4 - i);
	}
	CHECK_EQ_U64(pmm_alloc(&p), PMM_NONE);
	CHECK_EQ_U64(pmm_alloc(&p), PMM_NONE);
	CHECK_EQ_U64(p.nfree, 0);
}

TEST(free_then_alloc_again)
{
	uint64_t bm[NF / 64];
	struct pmm p;

	init(&p, bm, NF);
	pmm_release_range(&p, 0, F(128));
	while (pmm_alloc(&p) != PMM_NONE)
		;
	CHECK_EQ_U64(p.nfree, 0);
	/* a word below the allocator's hint: the search has to wrap */
	CHECK_EQ_U64(pmm_free(&p, F(5)), 0);
	CHECK_EQ_U64(p.nfree, 1);
	CHECK(pmm_is_free(&p, F(5)));
	CHECK_EQ_U64(pmm_alloc(&p), F(5));
	CHECK_EQ_U64(p.nfree, 0);
	CHECK_EQ_U64(pmm_alloc(&p), PMM_NONE);
}

TEST(double_free_fails)
{
	uint64_t bm[NF / 64];
	struct pmm p;
	uint64_t pa;

	init(&p, bm, NF);
	pmm_release_range(&p, F(8), F(2));
	pa = pmm_alloc(&p);
	CHECK(pa != PMM_NONE);
	CHECK_EQ_U64(pmm_free(&p, pa), 0);
	CHECK_EQ_U64(pmm_free(&p, pa), (uint64_t)-1);
	CHECK_EQ_U64(p.nfree, 2);
	CHECK_EQ_U64(count_free(&p), 2);
}

TEST(free_of_bad_address_fails)
{
	uint64_t bm[NF / 64];
	struct pmm p;
	uint64_t pa;

	init(&p, bm, NF);
	pmm_release_range(&p, F(8), F(1));
	pa = pmm_alloc(&p);
	CHECK_EQ_U64(pa, F(8));
	CHECK_EQ_U64(pmm_free(&p, pa + 1), (uint64_t)-1);
	CHECK_EQ_U64(pmm_free(&p, pa + PMM_FRAME - 1), (uint64_t)-1);
	CHECK_EQ_U64(pmm_free(&p, F(NF)), (uint64_t)-1);
	CHECK_EQ_U64(pmm_free(&p, F(NF + 64)), (uint64_t)-1);
	CHECK_EQ_U64(pmm_free(&p, ~0ull & ~(PMM_FRAME - 1)), (uint64_t)-1);
	CHECK_EQ_U64(pmm_free(&p, PMM_NONE), (uint64_t)-1);
	CHECK_EQ_U64(p.nfree, 0);
	CHECK(!pmm_is_free(&p, pa));
	CHECK(!pmm_is_free(&p, F(NF)));
}

TEST(nframes_not_a_multiple_of_64)
{
	uint64_t bm[2];		/* 70 frames: one word and 6 bits */
	struct pmm p;

	init(&p, bm, 70);
	pmm_release_range(&p, 0, 1ull << 30);
	CHECK_EQ_U64(p.nfree, 70);
	CHECK(pmm_is_free(&p, F(69)));
	CHECK(!pmm_is_free(&p, F(70)));
	for (int i = 0; i < 70; i++) {
		uint64_t pa = pmm_alloc(&p);

		CHECK(pa != PMM_NONE);
		CHECK(pa < F(70));
	}
	CHECK_EQ_U64(pmm_alloc(&p), PMM_NONE);
	CHECK_EQ_U64(pmm_free(&p, F(70)), (uint64_t)-1);
	CHECK_EQ_U64(pmm_free(&p, F(127)), (uint64_t)-1);
	CHECK_EQ_U64(p.nfree, 0);
}

TEST(tiny_and_empty_bitmaps)
{
	uint64_t bm[1];
	struct pmm p;

	init(&p, bm, 1);
	pmm_release_range(&p, 0, F(10));
	CHECK_EQ_U64(p.nfree, 1);
	CHECK_EQ_U64(pmm_alloc(&p), 0);
	CHECK_EQ_U64(pmm_alloc(&p), PMM_NONE);

	init(&p, bm, 0);
	pmm_release_range(&p, 0, F(10));
	CHECK_EQ_U64(p.nfree, 0);
	CHECK_EQ_U64(pmm_alloc(&p), PMM_NONE);
}

TEST(release_range_wrapping_2_to_the_64)
{
	uint64_t bm[NF / 64];
	struct pmm p;

	/* [3 frames, 2^64) clipped: everything from frame 3 up */
	init(&p, bm, NF);
	pmm_release_range(&p, F(3), ~0ull);
	CHECK_EQ_U64(p.nfree, NF - 3);
	CHECK(!pmm_is_free(&p, F(2)));
	CHECK(pmm_is_free(&p, F(3)));

	init(&p, bm, NF);
	pmm_release_range(&p, ~0ull - F(1) + 1, F(2));	/* top frame on */
	CHECK_EQ_U64(p.nfree, 0);
}

TEST(release_near_the_top_frees_nothing_low)
{
	uint64_t bm[NF / 64];
	struct pmm p;

	/*
	 * The range lies in the last frame below 2^64, far above the bitmap:
	 * rounding its base up to a frame must not wrap to frame 0.
	 */
	init(&p, bm, NF);
	pmm_release_range(&p, 0xfffffffffffff001ull, 0x10);
	CHECK_EQ_U64(p.nfree, 0);
	pmm_release_range(&p, 0xfffffffffffff001ull, 0x2000);	/* wraps */
	CHECK_EQ_U64(p.nfree, 0);
	CHECK_EQ_U64(count_free(&p), 0);
}

TEST(reserve_range_wrapping_2_to_the_64)
{
	uint64_t bm[NF / 64];
	struct pmm p;

	/* Both reach the last frame below 2^64, so all from frame 3 up. */
	init(&p, bm, NF);
	pmm_release_range(&p, 0, F(NF));
	pmm_reserve_range(&p, F(3), ~0ull);		/* wraps */
	CHECK_EQ_U64(p.nfree, 3);
	CHECK(pmm_is_free(&p, F(2)));
	CHECK(!pmm_is_free(&p, F(3)));

	init(&p, bm, NF);
	pmm_release_range(&p, 0, F(NF));
	pmm_reserve_range(&p, F(3), ~0ull - F(3) - 10);	/* ends at 2^64-11 */
	CHECK_EQ_U64(p.nfree, 3);
	CHECK_EQ_U64(count_free(&p), 3);
}
