/*
 * kernel/mm/slab.c, compiled in here with frames from aligned_alloc (a
 * counting stand-in, with a limit to run it dry) and a panic that jumps
 * back to the test, so that the loud failures can be checked too.
 */
#include <setjmp.h>
#include "check.h"
#include "slab.c"

static long pages, page_limit = -1;
static jmp_buf panicked;
static char panic_msg[256];

void *slab_page_alloc(void)
{
	void *p;

	if (page_limit >= 0 && pages >= page_limit)
		return 0;
	p = aligned_alloc(4096, 4096);
	memset(p, 0, 4096);
	pages++;
	return p;
}

void slab_page_free(void *page)
{
	pages--;
	free(page);
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);

void panic(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(panic_msg, sizeof(panic_msg), fmt, ap);
	va_end(ap);
	longjmp(panicked, 1);
}

TEST(sizes_round_up_to_their_class)
{
	struct kmem_class_stats st[KMALLOC_CLASSES];
	size_t sizes[] = { 1, 16, 17, 100, 128, 129, 2048, 2049, 4096 };
	void *p[9];

	for (int i = 0; i < 9; i++) {
		CHECK((p[i] = kmalloc(sizes[i])));
		memset(p[i], 0xa5, sizes[i]);	/* ASan: all of it is ours */
	}
	kmem_stats(st);
	CHECK_EQ_U64(st[0].objects, 4);		/* 1, 16, two frame records */
	CHECK_EQ_U64(st[1].objects, 1);		/* 17 */
	CHECK_EQ_U64(st[3].objects, 2);		/* 100, 128 */
	CHECK_EQ_U64(st[4].objects, 1);		/* 129 */
	CHECK_EQ_U64(st[7].objects, 1);		/* 2048 */
	CHECK_EQ_U64(st[8].objects, 2);		/* 2049, 4096: whole frames */
	CHECK_EQ_U64(st[8].size, 4096);
	CHECK((uintptr_t)p[8] % 4096 == 0);
	CHECK((uintptr_t)p[0] % 16 == 0 && (uintptr_t)p[0] % 4096);
	for (int i = 0; i < 9; i++)
		kfree(p[i]);
	CHECK_EQ_U64(kmem_live_objects(), 0);
	CHECK_EQ_U64(kmem_live_pages(), 0);
	CHECK_EQ_U64(pages, 0);
	CHECK(!kmalloc(0));
	CHECK(!kmalloc(4097));
}

TEST(freed_slots_are_reused_and_empty_frames_go_back)
{
	void *a = kmalloc(64), *b = kmalloc(64);

	CHECK(a && b && a != b);
	CHECK_EQ_U64(pages, 1);
	kfree(a);
	CHECK(kmalloc(64) == a);	/* the first free slot again */
	kfree(a);
	kfree(b);
	CHECK_EQ_U64(pages, 0);
}

TEST(a_full_frame_takes_a_second_and_counts_follow)
{
	enum { N = 63 * 2 + 1 };	/* 63 64-byte slots a frame */
	static void *p[N];
	struct kmem_class_stats st[KMALLOC_CLASSES];

	for (int i = 0; i < N; i++)
		CHECK((p[i] = kzalloc(64)));
	kmem_stats(st);
	CHECK_EQ_U64(st[2].objects, N);
	CHECK_EQ_U64(st[2].pages, 3);
	CHECK_EQ_U64(pages, 3);
	/* A slot freed in a full frame is found again. */
	kfree(p[5]);
	CHECK((p[5] = kzalloc(64)));
	CHECK_EQ_U64(pages, 3);
	for (int i = 0; i < N; i++) {
		for (int j = 0; j < 64; j++)
			CHECK(((char *)p[i])[j] == 0 || i == 5);
		kfree(p[i]);
	}
	CHECK_EQ_U64(kmem_live_objects(), 0);
	CHECK_EQ_U64(pages, 0);
}

TEST(out_of_frames_is_null_not_a_crash)
{
	page_limit = 1;
	void *a = kmalloc(2048);	/* the one frame */

	CHECK(a);
	CHECK(!kmalloc(2048));
	CHECK(!kmalloc(32));
	CHECK(!kmalloc(4096));
	kfree(a);
	page_limit = 1;
	CHECK(!kmalloc(4096));	/* its record takes a frame, the page none */
	CHECK_EQ_U64(pages, 0);
	CHECK_EQ_U64(kmem_live_objects(), 0);
	page_limit = -1;
}

/* fn must panic with a message containing want. */
static int panics(void (*fn)(void *), void *arg, const char *want)
{
	panic_msg[0] = 0;
	if (!setjmp(panicked)) {
		fn(arg);
		return 0;
	}
	return strstr(panic_msg, want) != 0;
}

static void do_kfree(void *p)
{
	kfree(p);
}

TEST(bad_pointers_panic)
{
	char *a = kmalloc(100), *keep = kmalloc(100), *big = kmalloc(3000);
	static char junk[8192] __attribute__((aligned(4096)));

	CHECK(panics(do_kfree, a + 8, "not the start of a 128-byte object"));
	kfree(a);
	CHECK(panics(do_kfree, a, "freed twice"));
	CHECK(panics(do_kfree, junk + 64, "not a kmalloc'd object"));
	CHECK(panics(do_kfree, junk, "not a kmalloc'd frame"));
	kfree(big);
	CHECK(panics(do_kfree, big, "not a kmalloc'd frame"));
	CHECK(panics(do_kfree, (char *)((uintptr_t)keep & ~4095ul) + 16,
		     "not a kmalloc'd object"));	/* the header */
	kfree(keep);
	CHECK_EQ_U64(kmem_live_objects(), 0);
	CHECK_EQ_U64(pages, 0);
}
