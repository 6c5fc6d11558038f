/*
 * Boot information from multiboot1 (QEMU -kernel) or multiboot2 (GRUB),
 * parsed into one loader-neutral struct boot_info.
 *
 * The parser never trusts the loader's buffer: every length is checked
 * against the space it claims, and physical memory is reached only through
 * the caller's map() function, which says no to what it cannot reach.  The
 * host tests feed it crafted and corrupt buffers that way.
 */
#ifndef MULTIBOOT_H
#define MULTIBOOT_H

#include <stdint.h>

#define MB1_BOOT_MAGIC	0x2badb002
#define MB2_BOOT_MAGIC	0x36d76289

#define BI_MAX_REGIONS	64
#define BI_MAX_MODULES	16
#define BI_MAX_RANGES	8
#define BI_CMDLINE_MAX	512

/* Memory map types, as both protocols (and the BIOS E820 call) number them. */
#define BI_MEM_AVAILABLE	1
#define BI_MEM_RESERVED		2
#define BI_MEM_ACPI		3
#define BI_MEM_NVS		4
#define BI_MEM_BAD		5

struct bi_region {
	uint64_t base, len;
	uint32_t type;
};

struct bi_module {
	uint64_t start, end;		/* physical, end exclusive */
	char string[1024];		/* the loader's string: "name args" */
};

struct bi_range {
	uint64_t start, end;
};

struct boot_info {
	int protocol;			/* 1 or 2 */
	char loader[64];
	char cmdline[BI_CMDLINE_MAX];
	int nregions;
	struct bi_region regions[BI_MAX_REGIONS];
	int nmodules;
	struct bi_module modules[BI_MAX_MODULES];
	/* Where the loader's own structures are (multiboot1 scatters them):
	 * the frame allocator reserves them, for good, though everything is
	 * copied out during parsing; it is a few KiB. */
	int nranges;
	struct bi_range ranges[BI_MAX_RANGES];
	int truncated;			/* more regions/modules than we keep */
};

/* Returns a pointer to len bytes at physical pa, or 0 if unreachable. */
typedef const void *(*phys_map_fn)(uint64_t pa, uint64_t len);

/* 0 on success; on failure -1 and *err says why in one line. */
int multiboot_parse(uint32_t magic, uint64_t info_pa, phys_map_fn map,
		    struct boot_info *bi, const char **err);
const char *bi_region_type_name(uint32_t type);

#endif
