/*
 * kernel/multiboot.c on crafted boot information in a fake physical memory:
 * phys[] stands for physical [BASE, BASE + SIZE) and map() refuses the rest.
 *
 * Each case starts with all of phys[] poisoned for ASan and unpoisons only
 * the bytes it writes, so a parser that reads a byte the "loader" never
 * wrote (padding, past a tag, past the info) is stopped by ASan, not only
 * one that leaves phys[] altogether.
 *
 * Each rejection is also checked for the words of its reason, so a corrupt
 * case cannot pass by tripping over some earlier, unrelated check.
 */
#include <sanitizer/asan_interface.h>
#include "check.h"
#include "multiboot.h"

#define BASE	0x10000ull
#define SIZE	0x10000ull

static uint8_t phys[SIZE] __attribute__((aligned(4096)));

static const void *map(uint64_t pa, uint64_t len)
{
	if (pa < BASE || pa - BASE > SIZE || len > SIZE - (pa - BASE))
		return NULL;
	return phys + (pa - BASE);
}

static void phys_reset(void)
{
	ASAN_UNPOISON_MEMORY_REGION(phys, SIZE);
	memset(phys, 0, SIZE);
	ASAN_POISON_MEMORY_REGION(phys, SIZE);
}

/* What the loader writes: the only bytes the parser may read. */
static void put(uint64_t pa, const void *src, size_t len)
{
	if (pa < BASE || pa - BASE + len > SIZE)
		abort();	/* a broken test, not a parser bug */
	ASAN_UNPOISON_MEMORY_REGION(phys + (pa - BASE), len);
	memcpy(phys + (pa - BASE), src, len);
}

static void put32(uint64_t pa, uint32_t v)
{
	put(pa, &v, 4);
}

static void put64(uint64_t pa, uint64_t v)
{
	put(pa, &v, 8);
}

static void putstr(uint64_t pa, const char *s)
{
	put(pa, s, strlen(s) + 1);
}

/* A string of n copies of c, in a static buffer. */
static const char *repeat(char c, size_t n)
{
	static char s[4096];

	memset(s, c, n);
	s[n] = '\0';
	return s;
}

static int has_range(const struct boot_info *bi, uint64_t start, uint64_t end)
{
	for (int i = 0; i < bi->nranges; i++)
		if (bi->ranges[i].start == start && bi->ranges[i].end == end)
			return 1;
	return 0;
}

#define CHECK_PARSED(r, err) do {					\
	CHECK_EQ_U64((r), 0);						\
	CHECK((err) == NULL);						\
} while (0)

#define CHECK_REJECTED(r, err, why) do {				\
	CHECK_EQ_U64((r), (uint64_t)-1);				\
	CHECK((err) != NULL);						\
	CHECK(strstr((err), (why)) != NULL);				\
} while (0)

struct ent {
	uint64_t base, len;
	uint32_t type;
};

/* A memory map that tells its entries apart by every field. */
static const struct ent map4[] = {
	{ 0x0, 0x9fc00, BI_MEM_AVAILABLE },
	{ 0x9fc00, 0x400, BI_MEM_RESERVED },
	{ 0x100000, 0x7ee0000, BI_MEM_AVAILABLE },
	{ 0x100000000ull, 0x40000000, BI_MEM_ACPI },
};

#define CHECK_REGIONS(bi, ents, n) do {					\
	CHECK_EQ_U64((bi).nregions, (n));				\
	for (int i_ = 0; i_ < (n); i_++) {				\
		CHECK_EQ_U64((bi).regions[i_].base, (ents)[i_].base);	\
		CHECK_EQ_U64((bi).regions[i_].len, (ents)[i_].len);	\
		CHECK_EQ_U64((bi).regions[i_].type, (ents)[i_].type);	\
	}								\
} while (0)

/* ---- multiboot2 ---- */

struct mb2 {
	uint64_t pa;
	uint32_t off;		/* where the next tag goes */
};

static int parse2(uint64_t pa, struct boot_info *bi, const char **err)
{
	return multiboot_parse(MB2_BOOT_MAGIC, pa, map, bi, err);
}

static void mb2_begin(struct mb2 *b, uint64_t pa)
{
	b->pa = pa;
	b->off = 8;
}

/* Appends a tag; the padding after it stays unreadable. */
static void mb2_tag(struct mb2 *b, uint32_t type, const void *body,
		    uint32_t len)
{
	put32(b->pa + b->off, type);
	put32(b->pa + b->off + 4, 8 + len);
	if (len)
		put(b->pa + b->off + 8, body, len);
	b->off += (8 + len + 7) & ~7u;
}

static void mb2_str(struct mb2 *b, uint32_t type, const char *s)
{
	mb2_tag(b, type, s, strlen(s) + 1);
}

static void mb2_module(struct mb2 *b, uint32_t start, uint32_t end,
		       const char *s)
{
	uint8_t body[2048];
	size_t n = strlen(s) + 1;

	memcpy(body, &start, 4);
	memcpy(body + 4, &end, 4);
	memcpy(body + 8, s, n);
	mb2_tag(b, 3, body, 8 + n);
}

/* entries of esize bytes; the bytes past the 24 we define are garbage */
static void mb2_mmap(struct mb2 *b, uint32_t esize, const struct ent *e,
		     int n)
{
	static uint8_t body[8 + 100 * 40];
	uint32_t version = 0;

	memcpy(body, &esize, 4);
	memcpy(body + 4, &version, 4);
	memset(body + 8, 0xee, (size_t)n * esize);
	for (int i = 0; i < n; i++) {
		uint8_t *p = body + 8 + i * esize;

		memcpy(p, &e[i].base, 8);
		memcpy(p + 8, &e[i].len, 8);
		memcpy(p + 16, &e[i].type, 4);
		memset(p + 20, 0, 4);
	}
	mb2_tag(b, 6, body, 8 + n * esize);
}

/* The end tag and the header; returns total_size. */
static uint32_t mb2_end(struct mb2 *b)
{
	mb2_tag(b, 0, NULL, 0);
	put32(b->pa, b->off);
	put32(b->pa + 4, 0);
	return b->off;
}

TEST(mb2_cmdline_and_loader_name)
{
	struct boot_info bi;
	const char *err;
	struct mb2 b;

	phys_reset();
	mb2_begin(&b, BASE);
	mb2_str(&b, 1, "quiet selftest=pf");
	mb2_str(&b, 2, "GRUB 2.06");
	mb2_end(&b);
	int r = parse2(BASE, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_EQ_U64(bi.protocol, 2);
	CHECK_STR(bi.cmdline, "quiet selftest=pf");
	CHECK_STR(bi.loader, "GRUB 2.06");
	CHECK_EQ_U64(bi.nregions, 0);
	CHECK_EQ_U64(bi.nmodules, 0);
	CHECK_EQ_U64(bi.truncated, 0);
}

TEST(mb2_memory_map)
{
	struct boot_info bi;
	const char *err;
	struct mb2 b;

	phys_reset();
	mb2_begin(&b, BASE + 0x100);
	mb2_mmap(&b, 24, map4, 4);
	mb2_end(&b);
	int r = parse2(BASE + 0x100, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_REGIONS(bi, map4, 4);
	CHECK_EQ_U64(bi.truncated, 0);
}

TEST(mb2_memory_map_with_larger_entries)
{
	struct boot_info bi;
	const char *err;
	struct mb2 b;

	/* entry_size is the stride: newer loaders may add fields */
	phys_reset();
	mb2_begin(&b, BASE);
	mb2_mmap(&b, 40, map4, 4);
	mb2_end(&b);
	int r = parse2(BASE, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_REGIONS(bi, map4, 4);
}

TEST(mb2_modules)
{
	struct boot_info bi;
	const char *err;
	struct mb2 b;

	phys_reset();
	mb2_begin(&b, BASE);
	mb2_module(&b, 0x200000, 0x2012a0, "init --verbose");
	mb2_module(&b, 0x300000, 0x300000, "");		/* empty is fine */
	mb2_end(&b);
	int r = parse2(BASE, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_EQ_U64(bi.nmodules, 2);
	CHECK_EQ_U64(bi.modules[0].start, 0x200000);
	CHECK_EQ_U64(bi.modules[0].end, 0x2012a0);
	CHECK_STR(bi.modules[0].string, "init --verbose");
	CHECK_EQ_U64(bi.modules[1].start, 0x300000);
	CHECK_EQ_U64(bi.modules[1].end, 0x300000);
	CHECK_STR(bi.modules[1].string, "");
}

TEST(mb2_info_range_is_recorded)
{
	struct boot_info bi;
	const char *err;
	struct mb2 b;
	uint32_t total;

	phys_reset();
	mb2_begin(&b, BASE + 0x2000);
	mb2_str(&b, 1, "x");
	mb2_mmap(&b, 24, map4, 2);
	total = mb2_end(&b);
	int r = parse2(BASE + 0x2000, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_EQ_U64(bi.nranges, 1);
	CHECK_EQ_U64(bi.ranges[0].start, BASE + 0x2000);
	CHECK_EQ_U64(bi.ranges[0].end, BASE + 0x2000 + total);
}

TEST(mb2_everything_together_and_unknown_tags)
{
	struct boot_info bi;
	const char *err;
	struct mb2 b;
	uint32_t meminfo[2] = { 639, 130048 };

	phys_reset();
	mb2_begin(&b, BASE);
	mb2_tag(&b, 4, meminfo, sizeof(meminfo));	/* basic meminfo */
	mb2_str(&b, 2, "GRUB");
	mb2_module(&b, 0x400000, 0x400800, "prog");
	mb2_tag(&b, 21, "\1\2\3", 3);			/* odd size */
	mb2_mmap(&b, 24, map4, 4);
	mb2_str(&b, 1, "log=none");
	mb2_end(&b);
	int r = parse2(BASE, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_STR(bi.loader, "GRUB");
	CHECK_STR(bi.cmdline, "log=none");
	CHECK_EQ_U64(bi.nmodules, 1);
	CHECK_STR(bi.modules[0].string, "prog");
	CHECK_REGIONS(bi, map4, 4);
}

TEST(mb2_unterminated_strings_stop_at_tag_end)
{
	struct boot_info bi;
	const char *err;
	struct mb2 b;

	/* no NULs; the padding after each tag is poisoned */
	phys_reset();
	mb2_begin(&b, BASE);
	mb2_tag(&b, 1, "abc", 3);
	mb2_tag(&b, 2, "GRUBGRUB", 8);
	mb2_tag(&b, 3, "\0\x10\0\0\0\x20\0\0mod", 11);
	mb2_end(&b);
	int r = parse2(BASE, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_STR(bi.cmdline, "abc");
	CHECK_STR(bi.loader, "GRUBGRUB");
	CHECK_EQ_U64(bi.nmodules, 1);
	CHECK_EQ_U64(bi.modules[0].start, 0x1000);
	CHECK_EQ_U64(bi.modules[0].end, 0x2000);
	CHECK_STR(bi.modules[0].string, "mod");
}

TEST(mb2_too_many_regions_are_truncated)
{
	struct ent e[BI_MAX_REGIONS + 1];
	struct boot_info bi;
	const char *err;
	struct mb2 b;

	for (int i = 0; i <= BI_MAX_REGIONS; i++)
		e[i] = (struct ent){ 0x100000ull * i, 0x1000 + i, 1 + i % 5 };
	phys_reset();
	mb2_begin(&b, BASE);
	mb2_mmap(&b, 24, e, BI_MAX_REGIONS + 1);
	mb2_end(&b);
	int r = parse2(BASE, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_EQ_U64(bi.truncated, 1);
	CHECK_REGIONS(bi, e, BI_MAX_REGIONS);
}

TEST(mb2_too_many_modules_are_truncated)
{
	struct boot_info bi;
	const char *err;
	struct mb2 b;
	char name[16];

	phys_reset();
	mb2_begin(&b, BASE);
	for (int i = 0; i <= BI_MAX_MODULES; i++) {
		snprintf(name, sizeof(name), "m%d", i);
		mb2_module(&b, 0x1000 * i, 0x1000 * i + 1, name);
	}
	mb2_end(&b);
	int r = parse2(BASE, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_EQ_U64(bi.truncated, 1);
	CHECK_EQ_U64(bi.nmodules, BI_MAX_MODULES);
	CHECK_STR(bi.modules[BI_MAX_MODULES - 1].string, "m15");
}

TEST(mb2_long_strings_are_truncated)
{
	struct boot_info bi;
	const char *err;
	struct mb2 b;

	phys_reset();
	mb2_begin(&b, BASE);
	mb2_str(&b, 1, repeat('c', 600));
	mb2_str(&b, 2, repeat('l', 100));
	mb2_module(&b, 0x1000, 0x2000, repeat('m', 1100));
	mb2_end(&b);
	int r = parse2(BASE, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_STR(bi.cmdline, repeat('c', BI_CMDLINE_MAX - 1));
	CHECK_STR(bi.loader, repeat('l', sizeof(bi.loader) - 1));
	CHECK_STR(bi.modules[0].string,
		  repeat('m', sizeof(bi.modules[0].string) - 1));
}

TEST(bad_magic)
{
	static const uint32_t magics[] = { 0, 0x2badb003, 0x36d76288, ~0u };
	struct boot_info bi;
	const char *err;
	struct mb2 b;

	phys_reset();
	mb2_begin(&b, BASE);
	mb2_end(&b);
	for (size_t i = 0; i < sizeof(magics) / sizeof(magics[0]); i++) {
		int r = multiboot_parse(magics[i], BASE, map, &bi, &err);

		CHECK_REJECTED(r, err, "magic");
	}
}

TEST(mb2_info_not_8_aligned)
{
	struct boot_info bi;
	const char *err;
	struct mb2 b;

	phys_reset();
	mb2_begin(&b, BASE + 4);
	mb2_end(&b);
	int r = parse2(BASE + 4, &bi, &err);

	CHECK_REJECTED(r, err, "aligned");
}

TEST(mb2_total_size_too_small)
{
	static const uint32_t sizes[] = { 0, 8, 15 };
	struct boot_info bi;
	const char *err;

	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		phys_reset();
		put32(BASE, sizes[i]);
		put32(BASE + 4, 0);
		put32(BASE + 8, 0);	/* an end tag, for what fits */
		put32(BASE + 12, 8);
		int r = parse2(BASE, &bi, &err);

		CHECK_REJECTED(r, err, "total_size");
	}
}

TEST(mb2_total_size_too_big)
{
	static const uint32_t sizes[] = { (1u << 20) + 8, 0x7ffffff8, ~7u };
	struct boot_info bi;
	const char *err;

	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		phys_reset();
		put32(BASE, sizes[i]);
		put32(BASE + 4, 0);
		put32(BASE + 8, 0);
		put32(BASE + 12, 8);
		int r = parse2(BASE, &bi, &err);

		CHECK_REJECTED(r, err, "total_size");
	}
}

TEST(mb2_tag_runs_past_total_size)
{
	struct boot_info bi;
	const char *err;

	/* total 32: a cmdline tag claiming 32 bytes from offset 8 */
	phys_reset();
	put32(BASE, 32);
	put32(BASE + 4, 0);
	put32(BASE + 8, 1);
	put32(BASE + 12, 32);
	put(BASE + 16, "abcdefg", 8);
	put32(BASE + 24, 0);
	put32(BASE + 28, 8);
	int r = parse2(BASE, &bi, &err);

	CHECK_REJECTED(r, err, "tag size");
}

TEST(mb2_tag_smaller_than_its_header)
{
	static const uint32_t sizes[] = { 0, 4, 7 };
	struct boot_info bi;
	const char *err;

	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		phys_reset();
		put32(BASE, 32);
		put32(BASE + 4, 0);
		put32(BASE + 8, 1);
		put32(BASE + 12, sizes[i]);
		put64(BASE + 16, 0);
		put32(BASE + 24, 0);
		put32(BASE + 28, 8);
		int r = parse2(BASE, &bi, &err);

		CHECK_REJECTED(r, err, "tag size");
	}
}

TEST(mb2_missing_end_tag)
{
	struct boot_info bi;
	const char *err;
	struct mb2 b;

	phys_reset();
	mb2_begin(&b, BASE);
	mb2_str(&b, 1, "quiet");
	put32(BASE, b.off);		/* total_size ends after the cmdline */
	put32(BASE + 4, 0);
	int r = parse2(BASE, &bi, &err);

	CHECK_REJECTED(r, err, "end tag");

	/* room for 4 bytes of a tag header, not 8 */
	phys_reset();
	mb2_begin(&b, BASE);
	mb2_str(&b, 1, "quiet");
	put32(BASE + b.off, 0);
	put32(BASE, b.off + 4);
	put32(BASE + 4, 0);
	r = parse2(BASE, &bi, &err);
	CHECK_REJECTED(r, err, "end tag");
}

TEST(mb2_mmap_entry_size_bad)
{
	/* below the 24 bytes an entry has, or not a multiple of 8 */
	static const uint32_t sizes[] = { 0, 8, 16, 20, 28 };
	struct boot_info bi;
	const char *err;
	struct mb2 b;

	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		uint32_t body[2 + 16] = { sizes[i], 0 };

		phys_reset();
		mb2_begin(&b, BASE);
		mb2_tag(&b, 6, body, sizeof(body));
		mb2_end(&b);
		int r = parse2(BASE, &bi, &err);

		CHECK_REJECTED(r, err, "entry size");
	}
}

TEST(mb2_mmap_huge_entry_size_reads_nothing)
{
	struct boot_info bi;
	const char *err;
	struct mb2 b;
	uint32_t body[2] = { 0xfffffff8, 0 };	/* no room for one entry */

	phys_reset();
	mb2_begin(&b, BASE);
	mb2_tag(&b, 6, body, sizeof(body));
	mb2_end(&b);
	/*
	 * A parser that wraps "offset + entry_size" reads an entry from the
	 * end tag and 16 bytes past the info.  Those bytes are made readable
	 * so that it fails the check below rather than abort under ASan.
	 */
	put64(BASE + b.off, 0xbad0000);
	put64(BASE + b.off + 8, 1);
	int r = parse2(BASE, &bi, &err);

	CHECK(r == -1 || bi.nregions == 0);
}

TEST(mb2_mmap_tag_too_short)
{
	struct boot_info bi;
	const char *err;
	struct mb2 b;
	uint32_t esize = 24;

	phys_reset();
	mb2_begin(&b, BASE);
	mb2_tag(&b, 6, &esize, 4);
	mb2_end(&b);
	int r = parse2(BASE, &bi, &err);

	CHECK_REJECTED(r, err, "memory map tag");
}

TEST(mb2_module_tag_too_short)
{
	struct boot_info bi;
	const char *err;
	struct mb2 b;
	uint32_t start = 0x1000;

	phys_reset();
	mb2_begin(&b, BASE);
	mb2_tag(&b, 3, &start, 4);
	mb2_end(&b);
	int r = parse2(BASE, &bi, &err);

	CHECK_REJECTED(r, err, "module tag");

	phys_reset();
	mb2_begin(&b, BASE);
	mb2_tag(&b, 3, NULL, 0);
	mb2_end(&b);
	r = parse2(BASE, &bi, &err);
	CHECK_REJECTED(r, err, "module tag");
}

TEST(mb2_module_ends_before_it_starts)
{
	struct boot_info bi;
	const char *err;
	struct mb2 b;

	phys_reset();
	mb2_begin(&b, BASE);
	mb2_module(&b, 0x2000, 0x1fff, "backwards");
	mb2_end(&b);
	int r = parse2(BASE, &bi, &err);

	CHECK_REJECTED(r, err, "before");
}

TEST(mb2_info_out_of_reach)
{
	static const uint64_t where[] = {
		0, BASE - 8, BASE + SIZE, 0x100000000ull, ~7ull,
	};
	struct boot_info bi;
	const char *err;

	phys_reset();
	for (size_t i = 0; i < sizeof(where) / sizeof(where[0]); i++) {
		int r = parse2(where[i], &bi, &err);

		CHECK_REJECTED(r, err, "out of reach");
	}

	/* the header is in reach, the rest of total_size is not */
	put32(BASE + SIZE - 8, 24);
	put32(BASE + SIZE - 4, 0);
	int r = parse2(BASE + SIZE - 8, &bi, &err);

	CHECK_REJECTED(r, err, "out of reach");
}

/* ---- multiboot1 ---- */

#define MB1_CMDLINE	(1u << 2)
#define MB1_MODS	(1u << 3)
#define MB1_MMAP	(1u << 6)
#define MB1_LOADER	(1u << 9)

/* Where the pieces go: scattered, as multiboot1 loaders leave them. */
#define INFO		(BASE + 0x40)
#define CMDLINE		(BASE + 0x200)
#define LOADER		(BASE + 0x600)
#define MMAP		(BASE + 0x800)
#define MODS		(BASE + 0x1000)
#define MODSTR		(BASE + 0x1800)

static int parse1(uint64_t pa, struct boot_info *bi, const char **err)
{
	return multiboot_parse(MB1_BOOT_MAGIC, pa, map, bi, err);
}

/* The 88-byte info, all zero but the flags. */
static void mb1_info(uint32_t flags)
{
	uint8_t info[88] = { 0 };

	put(INFO, info, sizeof(info));
	put32(INFO, flags);
}

static void mb1_cmdline(const char *s)
{
	putstr(CMDLINE, s);
	put32(INFO + 16, CMDLINE);
}

/* Entries with a size field of esize (20 is the plain entry). */
static uint32_t mb1_mmap(uint32_t esize, const struct ent *e, int n)
{
	uint64_t pa = MMAP;

	for (int i = 0; i < n; i++, pa += esize + 4) {
		put32(pa, esize);
		put64(pa + 4, e[i].base);
		put64(pa + 12, e[i].len);
		put32(pa + 20, e[i].type);
		for (uint32_t j = 20; j < esize; j++)
			put(pa + 4 + j, "\xee", 1);
	}
	put32(INFO + 44, (uint32_t)(pa - MMAP));
	put32(INFO + 48, MMAP);
	return (uint32_t)(pa - MMAP);
}

/* Module i at MODS + 16 i, its string (if any) at MODSTR + 256 i. */
static void mb1_module(int i, uint32_t start, uint32_t end, const char *s)
{
	uint64_t m = MODS + 16 * i, spa = MODSTR + 256 * i;

	put32(m, start);
	put32(m + 4, end);
	put32(m + 8, s ? spa : 0);
	put32(m + 12, 0);
	if (s)
		putstr(spa, s);
}

static void mb1_mod_list(uint32_t count)
{
	put32(INFO + 20, count);
	put32(INFO + 24, MODS);
}

/* Everything QEMU's -kernel loader passes, for the next four cases. */
static uint32_t mb1_full(void)
{
	uint32_t mmap_len;

	phys_reset();
	mb1_info(MB1_CMDLINE | MB1_MODS | MB1_MMAP | MB1_LOADER);
	mb1_cmdline("quiet log=com2");
	putstr(LOADER, "qemu");
	put32(INFO + 64, LOADER);
	mmap_len = mb1_mmap(20, map4, 4);
	mb1_module(0, 0x200000, 0x201000, "init a b");
	mb1_module(1, 0x300000, 0x300010, NULL);
	mb1_mod_list(2);
	return mmap_len;
}

TEST(mb1_cmdline_and_loader_name)
{
	struct boot_info bi;
	const char *err;

	mb1_full();
	int r = parse1(INFO, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_EQ_U64(bi.protocol, 1);
	CHECK_STR(bi.cmdline, "quiet log=com2");
	CHECK_STR(bi.loader, "qemu");
	CHECK_EQ_U64(bi.truncated, 0);
}

TEST(mb1_memory_map)
{
	struct boot_info bi;
	const char *err;

	mb1_full();
	int r = parse1(INFO, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_REGIONS(bi, map4, 4);
}

TEST(mb1_modules)
{
	struct boot_info bi;
	const char *err;

	mb1_full();
	int r = parse1(INFO, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_EQ_U64(bi.nmodules, 2);
	CHECK_EQ_U64(bi.modules[0].start, 0x200000);
	CHECK_EQ_U64(bi.modules[0].end, 0x201000);
	CHECK_STR(bi.modules[0].string, "init a b");
	CHECK_EQ_U64(bi.modules[1].start, 0x300000);
	CHECK_EQ_U64(bi.modules[1].end, 0x300010);
	CHECK_STR(bi.modules[1].string, "");		/* no string */
}

TEST(mb1_info_ranges_are_recorded)
{
	struct boot_info bi;
	const char *err;
	uint32_t mmap_len = mb1_full();
	int r = parse1(INFO, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_EQ_U64(bi.nranges, 4);
	CHECK(has_range(&bi, INFO, INFO + 88));
	CHECK(has_range(&bi, CMDLINE, CMDLINE + strlen("quiet log=com2") + 1));
	CHECK(has_range(&bi, MMAP, MMAP + mmap_len));
	CHECK(has_range(&bi, MODS, MODS + 2 * 16));
}

TEST(mb1_fields_without_their_flag_are_not_read)
{
	struct boot_info bi;
	const char *err;

	/* every pointer out of reach and a huge count: the flags say no */
	phys_reset();
	mb1_info(0);
	put32(INFO + 16, 0xdead0000);
	put32(INFO + 20, ~0u);
	put32(INFO + 24, 0xdead0000);
	put32(INFO + 44, ~0u);
	put32(INFO + 48, 0xdead0000);
	put32(INFO + 64, 0xdead0000);
	int r = parse1(INFO, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_STR(bi.cmdline, "");
	CHECK_STR(bi.loader, "");
	CHECK_EQ_U64(bi.nregions, 0);
	CHECK_EQ_U64(bi.nmodules, 0);
	CHECK_EQ_U64(bi.nranges, 1);
}

TEST(mb1_mmap_entries_with_a_larger_size)
{
	struct boot_info bi;
	const char *err;

	/* the size field is the stride: the next entry is at size + 4 */
	phys_reset();
	mb1_info(MB1_MMAP);
	mb1_mmap(28, map4, 4);
	int r = parse1(INFO, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_REGIONS(bi, map4, 4);
}

TEST(mb1_too_many_regions_are_truncated)
{
	struct ent e[BI_MAX_REGIONS + 1];
	struct boot_info bi;
	const char *err;

	for (int i = 0; i <= BI_MAX_REGIONS; i++)
		e[i] = (struct ent){ 0x100000ull * i, 0x1000 + i, 1 + i % 5 };
	phys_reset();
	mb1_info(MB1_MMAP);
	mb1_mmap(20, e, BI_MAX_REGIONS + 1);
	int r = parse1(INFO, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_EQ_U64(bi.truncated, 1);
	CHECK_REGIONS(bi, e, BI_MAX_REGIONS);
}

TEST(mb1_too_many_modules_are_truncated)
{
	struct boot_info bi;
	const char *err;

	phys_reset();
	mb1_info(MB1_MODS);
	for (int i = 0; i <= BI_MAX_MODULES; i++)
		mb1_module(i, 0x1000 * i, 0x1000 * i + 1, NULL);
	mb1_mod_list(BI_MAX_MODULES + 1);
	int r = parse1(INFO, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_EQ_U64(bi.truncated, 1);
	CHECK_EQ_U64(bi.nmodules, BI_MAX_MODULES);
	CHECK_EQ_U64(bi.modules[BI_MAX_MODULES - 1].start,
		     0x1000 * (BI_MAX_MODULES - 1));
}

TEST(mb1_long_strings_are_truncated)
{
	struct boot_info bi;
	const char *err;

	phys_reset();
	mb1_info(MB1_CMDLINE | MB1_LOADER | MB1_MODS);
	mb1_cmdline(repeat('c', 600));
	putstr(LOADER, repeat('l', 100));
	put32(INFO + 64, LOADER);
	mb1_module(0, 0x1000, 0x2000, repeat('m', 1100));
	mb1_mod_list(1);
	int r = parse1(INFO, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_STR(bi.cmdline, repeat('c', BI_CMDLINE_MAX - 1));
	CHECK_STR(bi.loader, repeat('l', sizeof(bi.loader) - 1));
	CHECK_STR(bi.modules[0].string,
		  repeat('m', sizeof(bi.modules[0].string) - 1));
}

TEST(mb1_short_cmdline_at_the_end_of_memory)
{
	struct boot_info bi;
	const char *err;

	/* "read what is reachable", says multiboot.c: 6 bytes are */
	phys_reset();
	mb1_info(MB1_CMDLINE);
	putstr(BASE + SIZE - 6, "quiet");
	put32(INFO + 16, BASE + SIZE - 6);
	int r = parse1(INFO, &bi, &err);

	CHECK_PARSED(r, err);
	CHECK_STR(bi.cmdline, "quiet");
}

TEST(mb1_info_out_of_reach)
{
	static const uint64_t where[] = {
		0, BASE - 88, BASE + SIZE - 87, BASE + SIZE, ~0ull,
	};
	struct boot_info bi;
	const char *err;

	phys_reset();
	for (size_t i = 0; i < sizeof(where) / sizeof(where[0]); i++) {
		int r = parse1(where[i], &bi, &err);

		CHECK_REJECTED(r, err, "out of reach");
	}
}

TEST(mb1_cmdline_out_of_reach)
{
	static const uint32_t where[] = { 0, BASE - 1, BASE + SIZE, ~0u };
	struct boot_info bi;
	const char *err;

	for (size_t i = 0; i < sizeof(where) / sizeof(where[0]); i++) {
		phys_reset();
		mb1_info(MB1_CMDLINE);
		put32(INFO + 16, where[i]);
		int r = parse1(INFO, &bi, &err);

		CHECK_REJECTED(r, err, "command line");
	}
}

TEST(mb1_mmap_entry_size_too_small)
{
	static const uint32_t sizes[] = { 0, 16, 19 };
	struct boot_info bi;
	const char *err;

	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		phys_reset();
		mb1_info(MB1_MMAP);
		mb1_mmap(20, map4, 2);
		put32(MMAP + 24, sizes[i]);	/* the second entry's */
		int r = parse1(INFO, &bi, &err);

		CHECK_REJECTED(r, err, "memory map entry");
	}
}

TEST(mb1_mmap_entry_runs_past_mmap_length)
{
	struct boot_info bi;
	const char *err;
	uint32_t len;

	/* a whole entry, then 10 bytes of one that claims 24 */
	phys_reset();
	mb1_info(MB1_MMAP);
	len = mb1_mmap(20, map4, 2);
	put32(INFO + 44, len - 14);
	int r = parse1(INFO, &bi, &err);

	CHECK_REJECTED(r, err, "memory map entry");

	/* one entry, and mmap_length a byte short of it */
	phys_reset();
	mb1_info(MB1_MMAP);
	len = mb1_mmap(20, map4, 1);
	put32(INFO + 44, len - 1);
	r = parse1(INFO, &bi, &err);
	CHECK_REJECTED(r, err, "memory map entry");
}

TEST(mb1_mmap_out_of_reach)
{
	struct boot_info bi;
	const char *err;

	phys_reset();
	mb1_info(MB1_MMAP);
	mb1_mmap(20, map4, 2);
	put32(INFO + 44, SIZE);		/* from MMAP: runs off the end */
	int r = parse1(INFO, &bi, &err);

	CHECK_REJECTED(r, err, "memory map");

	put32(INFO + 44, 24);
	put32(INFO + 48, 0x1000);
	r = parse1(INFO, &bi, &err);
	CHECK_REJECTED(r, err, "memory map");
}

TEST(mb1_mods_count_huge)
{
	static const uint32_t counts[] = { 1025, 0x10000000, ~0u };
	struct boot_info bi;
	const char *err;

	for (size_t i = 0; i < sizeof(counts) / sizeof(counts[0]); i++) {
		phys_reset();
		mb1_info(MB1_MODS);
		mb1_module(0, 0x1000, 0x2000, "m");
		mb1_mod_list(counts[i]);
		int r = parse1(INFO, &bi, &err);

		CHECK_REJECTED(r, err, "count");
	}
}

TEST(mb1_mods_out_of_reach)
{
	struct boot_info bi;
	const char *err;

	phys_reset();
	mb1_info(MB1_MODS);
	put32(INFO + 20, 2);
	put32(INFO + 24, 0x1000);
	int r = parse1(INFO, &bi, &err);

	CHECK_REJECTED(r, err, "module list");

	/* only the first of 1024 entries would be in reach */
	put32(INFO + 20, 1024);
	put32(INFO + 24, BASE + SIZE - 16);
	r = parse1(INFO, &bi, &err);
	CHECK_REJECTED(r, err, "module list");
}

TEST(mb1_module_ends_before_it_starts)
{
	struct boot_info bi;
	const char *err;

	phys_reset();
	mb1_info(MB1_MODS);
	mb1_module(0, 0x1000, 0x2000, "ok");
	mb1_module(1, 0x3000, 0x2fff, "backwards");
	mb1_mod_list(2);
	int r = parse1(INFO, &bi, &err);

	CHECK_REJECTED(r, err, "before");
}
