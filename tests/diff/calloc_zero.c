/* calloc_zero: calloc returns zeroed memory, even when it reuses freed
 * blocks that were dirtied first (small and mmap-sized), and reports an
 * overflowing nmemb*size as failure (ENOMEM). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <stdint.h>

static size_t nonzero(const unsigned char *p, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += p[i] != 0;
	return c;
}

int main(void)
{
	static const size_t sizes[] = { 1, 7, 16, 100, 4000, 70000, 200000,
		1u << 20, 5u << 20 };
	for (unsigned s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
		size_t bad = 0;
		for (int round = 0; round < 4; round++) {
			unsigned char *d = malloc(sizes[s]);
			if (!d)
				return 1;
			memset(d, 0xa5, sizes[s]);
			free(d);
			unsigned char *p = calloc(sizes[s], 1);
			unsigned char *q = calloc(1, sizes[s]);
			if (!p || !q)
				return 1;
			bad += nonzero(p, sizes[s]) + nonzero(q, sizes[s]);
			memset(p, 0x5a, sizes[s]);
			free(p);
			free(q);
		}
		printf("calloc %zu: nonzero bytes %zu\n", sizes[s], bad);
	}
	errno = 0;
	volatile size_t half = SIZE_MAX / 2;	/* hidden from the compiler */
	void *o = calloc(half, 4);
	printf("calloc overflow: %s, ENOMEM: %s\n", o ? "succeeded" : "NULL",
	       errno == ENOMEM ? "yes" : "no");
	free(o);
	return 0;
}
