/*
 * Parsing of both multiboot protocols; see multiboot.h.  Layouts are those
 * of the Multiboot 0.6.96 and Multiboot2 specifications.
 */
#include <stddef.h>
#include "multiboot.h"
#include "string.h"

/* multiboot2 tag types */
#define MB2_TAG_END		0
#define MB2_TAG_CMDLINE		1
#define MB2_TAG_LOADER		2
#define MB2_TAG_MODULE		3
#define MB2_TAG_MMAP		6
#define MB2_MAX_INFO		(1u << 20)	/* sanity bound on total_size */

/* multiboot1 info flags and field offsets */
#define MB1_FLAG_CMDLINE	(1u << 2)
#define MB1_FLAG_MODS		(1u << 3)
#define MB1_FLAG_MMAP		(1u << 6)
#define MB1_FLAG_LOADER		(1u << 9)
#define MB1_INFO_SIZE		88

static uint32_t rd32(const void *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

static uint64_t rd64(const void *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return v;
}

/* Copies a string of at most max bytes at src (NUL or max ends it). */
static void copy_str(char *dst, size_t dstsz, const char *src, size_t max)
{
	size_t n = strnlen(src, max);

	if (n >= dstsz)
		n = dstsz - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

/* Copies the string at physical pa, byte by byte as far as it is
 * reachable (a short string may sit at the very end of memory). */
static void copy_phys_str(phys_map_fn map, uint64_t pa, char *dst,
			  size_t dstsz)
{
	size_t i = 0;

	for (; i + 1 < dstsz; i++) {
		const char *c = map(pa + i, 1);

		if (!c || !*c)
			break;
		dst[i] = *c;
	}
	dst[i] = '\0';
}

static void add_range(struct boot_info *bi, uint64_t start, uint64_t len)
{
	if (bi->nranges < BI_MAX_RANGES) {
		bi->ranges[bi->nranges].start = start;
		bi->ranges[bi->nranges].end = start + len;
		bi->nranges++;
	}
}

static void add_region(struct boot_info *bi, uint64_t base, uint64_t len,
		       uint32_t type)
{
	if (bi->nregions == BI_MAX_REGIONS) {
		bi->truncated = 1;
		return;
	}
	bi->regions[bi->nregions++] = (struct bi_region){ base, len, type };
}

static int add_module(struct boot_info *bi, uint64_t start, uint64_t end,
		      const char *str, size_t strmax, const char **err)
{
	if (end < start) {
		*err = "a module ends before it starts";
		return -1;
	}
	if (bi->nmodules == BI_MAX_MODULES) {
		bi->truncated = 1;
		return 0;
	}
	struct bi_module *m = &bi->modules[bi->nmodules++];

	m->start = start;
	m->end = end;
	m->string[0] = '\0';
	if (str)
		copy_str(m->string, sizeof(m->string), str, strmax);
	return 0;
}

static int parse_mb2(uint64_t pa, phys_map_fn map, struct boot_info *bi,
		     const char **err)
{
	const uint8_t *hdr = map(pa, 8);

	if (!hdr) {
		*err = "multiboot2 info is out of reach";
		return -1;
	}
	uint32_t total = rd32(hdr);

	if (total < 16 || total > MB2_MAX_INFO) {
		*err = "multiboot2 info has an impossible total_size";
		return -1;
	}
	const uint8_t *info = map(pa, total);

	if (!info) {
		*err = "multiboot2 info is out of reach";
		return -1;
	}
	add_range(bi, pa, total);

	for (uint32_t off = 8;;) {
		if (off + 8 > total) {
			*err = "multiboot2 info has no end tag";
			return -1;
		}
		const uint8_t *tag = info + off;
		uint32_t type = rd32(tag), size = rd32(tag + 4);

		if (size < 8 || size > total - off) {
			*err = "multiboot2 tag size runs outside the info";
			return -1;
		}
		const char *body = (const char *)tag + 8;
		uint32_t blen = size - 8;

		switch (type) {
		case MB2_TAG_END:
			return 0;
		case MB2_TAG_CMDLINE:
			copy_str(bi->cmdline, sizeof(bi->cmdline), body, blen);
			break;
		case MB2_TAG_LOADER:
			copy_str(bi->loader, sizeof(bi->loader), body, blen);
			break;
		case MB2_TAG_MODULE:
			if (blen < 8) {
				*err = "multiboot2 module tag is too short";
				return -1;
			}
			if (add_module(bi, rd32(body), rd32(body + 4),
				       body + 8, blen - 8, err))
				return -1;
			break;
		case MB2_TAG_MMAP: {
			if (blen < 8) {
				*err = "multiboot2 memory map tag is too short";
				return -1;
			}
			uint32_t esize = rd32(body);

			if (esize < 24 || esize % 8) {
				*err = "multiboot2 memory map entry size is bad";
				return -1;
			}
			/* 64-bit: e + esize must not wrap for a huge esize */
			for (uint64_t e = 8; e + esize <= blen; e += esize)
				add_region(bi, rd64(body + e), rd64(body + e + 8),
					   rd32(body + e + 16));
			break;
		}
		}
		off += (size + 7) & ~7u;	/* tags are 8-byte aligned */
	}
}

static int parse_mb1(uint64_t pa, phys_map_fn map, struct boot_info *bi,
		     const char **err)
{
	const uint8_t *info = map(pa, MB1_INFO_SIZE);

	if (!info) {
		*err = "multiboot info is out of reach";
		return -1;
	}
	add_range(bi, pa, MB1_INFO_SIZE);
	uint32_t flags = rd32(info);

	/* Strings: read what is reachable, up to our buffer's size. */
	if (flags & MB1_FLAG_CMDLINE) {
		if (!map(rd32(info + 16), 1)) {
			*err = "multiboot command line is out of reach";
			return -1;
		}
		copy_phys_str(map, rd32(info + 16), bi->cmdline,
			      sizeof(bi->cmdline));
		add_range(bi, rd32(info + 16), strlen(bi->cmdline) + 1);
	}
	if (flags & MB1_FLAG_LOADER)
		copy_phys_str(map, rd32(info + 64), bi->loader,
			      sizeof(bi->loader));
	if (flags & MB1_FLAG_MMAP) {
		uint32_t len = rd32(info + 44), addr = rd32(info + 48);
		const uint8_t *mm = map(addr, len);

		if (!mm) {
			*err = "multiboot memory map is out of reach";
			return -1;
		}
		add_range(bi, addr, len);
		/* Each entry: u32 size (not counting itself), u64 base,
		 * u64 len, u32 type. */
		for (uint32_t off = 0; off + 4 <= len;) {
			uint32_t size = rd32(mm + off);

			if (size < 20 || size > len - off - 4) {
				*err = "multiboot memory map entry is bad";
				return -1;
			}
			add_region(bi, rd64(mm + off + 4), rd64(mm + off + 12),
				   rd32(mm + off + 20));
			off += size + 4;
		}
	}
	if (flags & MB1_FLAG_MODS) {
		uint32_t count = rd32(info + 20), addr = rd32(info + 24);

		if (count > 1024) {
			*err = "multiboot module count is impossible";
			return -1;
		}
		const uint8_t *mods = map(addr, (uint64_t)count * 16);

		if (count && !mods) {
			*err = "multiboot module list is out of reach";
			return -1;
		}
		add_range(bi, addr, (uint64_t)count * 16);
		for (uint32_t i = 0; i < count; i++) {
			const uint8_t *m = mods + i * 16;
			char s[sizeof(bi->modules[0].string)] = "";

			if (rd32(m + 8))
				copy_phys_str(map, rd32(m + 8), s, sizeof(s));
			if (add_module(bi, rd32(m), rd32(m + 4), s, sizeof(s), err))
				return -1;
		}
	}
	return 0;
}

int multiboot_parse(uint32_t magic, uint64_t info_pa, phys_map_fn map,
		    struct boot_info *bi, const char **err)
{
	memset(bi, 0, sizeof(*bi));
	*err = 0;
	if (magic == MB2_BOOT_MAGIC) {
		bi->protocol = 2;
		if (info_pa & 7) {
			*err = "multiboot2 info is not 8-byte aligned";
			return -1;
		}
		return parse_mb2(info_pa, map, bi, err);
	}
	if (magic == MB1_BOOT_MAGIC) {
		bi->protocol = 1;
		return parse_mb1(info_pa, map, bi, err);
	}
	*err = "not started by a multiboot loader (bad magic in eax)";
	return -1;
}

const char *bi_region_type_name(uint32_t type)
{
	switch (type) {
	case BI_MEM_AVAILABLE:	return "available";
	case BI_MEM_RESERVED:	return "reserved";
	case BI_MEM_ACPI:	return "ACPI reclaimable";
	case BI_MEM_NVS:	return "ACPI NVS";
	case BI_MEM_BAD:	return "bad";
	default:		return "unknown";
	}
}
