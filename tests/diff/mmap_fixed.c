/* mmap_fixed: MAP_FIXED over part of an existing anonymous mapping
 * replaces those pages with fresh zero pages and leaves the rest intact;
 * MAP_FIXED_NOREPLACE over an existing mapping fails with EEXIST and
 * leaves it alone (also when it only straddles its end), and succeeds at
 * the exact address on free space; mapping, unmapping and remapping 200
 * times gives zeroed memory each time. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

int main(void)
{
	const size_t PG = 4096;
	unsigned char *p = mmap(NULL, 8 * PG, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return 1;
	memset(p, 0x77, 8 * PG);
	unsigned char *q = mmap(p + 2 * PG, 3 * PG, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	printf("MAP_FIXED at the requested address: %s\n", q == p + 2 * PG ? "yes" : "no");
	int zero = 0, kept = 0;
	for (size_t i = 0; i < 8 * PG; i++) {
		if (i >= 2 * PG && i < 5 * PG)
			zero += p[i] == 0;
		else
			kept += p[i] == 0x77;
	}
	printf("replaced pages zero: %d of %zu, others kept: %d of %zu\n", zero,
	       3 * PG, kept, 5 * PG);

	errno = 0;
	void *r = mmap(p + 4 * PG, PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS |
		       MAP_FIXED_NOREPLACE, -1, 0);
	printf("MAP_FIXED_NOREPLACE on a mapping: %s, errno EEXIST: %s\n",
	       r == MAP_FAILED ? "failed" : "succeeded", errno == EEXIST ? "yes" : "no");
	p[5 * PG] = 5;
	printf("old mapping still writable there: %s\n", p[5 * PG] == 5 ? "yes" : "no");

	munmap(p + 6 * PG, 2 * PG);
	r = mmap(p + 6 * PG, 2 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE |
		 MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	printf("MAP_FIXED_NOREPLACE on a hole: %s\n",
	       r == p + 6 * PG ? "at the address" : r == MAP_FAILED ? "failed" : "elsewhere");
	/* straddling the end of a mapping also fails */
	errno = 0;
	r = mmap(p + 7 * PG, 2 * PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS |
		 MAP_FIXED_NOREPLACE, -1, 0);
	printf("MAP_FIXED_NOREPLACE straddling: %s, EEXIST: %s\n",
	       r == MAP_FAILED ? "failed" : "succeeded", errno == EEXIST ? "yes" : "no");
	munmap(p, 8 * PG);

	int dirty = 0;
	for (int i = 0; i < 200; i++) {
		unsigned char *m = mmap(NULL, (i % 7 + 1) * PG, PROT_READ | PROT_WRITE,
					MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (m == MAP_FAILED)
			return 1;
		for (size_t k = 0; k < (i % 7 + 1) * PG; k += 97)
			dirty += m[k] != 0;
		memset(m, 0xee, (i % 7 + 1) * PG);
		munmap(m, (i % 7 + 1) * PG);
	}
	printf("200 map/unmap cycles, dirty bytes seen: %d\n", dirty);
	return 0;
}
