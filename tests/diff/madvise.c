/* madvise: MADV_DONTNEED on anonymous private pages makes them read as
 * zero afterwards (and only those pages), and they are writable again;
 * MADV_NORMAL/RANDOM/SEQUENTIAL/WILLNEED succeed and change nothing;
 * MADV_DONTNEED on a range with an unmapped page fails with ENOMEM. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <sys/mman.h>

int main(void)
{
	const size_t PG = 4096, N = 16;
	unsigned char *p = mmap(NULL, N * PG, PROT_READ | PROT_WRITE,
				MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		return 1;
	memset(p, 0xab, N * PG);
	static const int advice[] = { MADV_NORMAL, MADV_RANDOM, MADV_SEQUENTIAL,
		MADV_WILLNEED };
	for (unsigned i = 0; i < 4; i++)
		printf("madvise(%d) = %d\n", advice[i], madvise(p, N * PG, advice[i]));
	int kept = 0;
	for (size_t i = 0; i < N * PG; i++)
		kept += p[i] == 0xab;
	printf("content kept: %d of %zu\n", kept, N * PG);

	printf("MADV_DONTNEED pages 4..7: %d\n", madvise(p + 4 * PG, 4 * PG, MADV_DONTNEED));
	int zero = 0;
	kept = 0;
	for (size_t i = 0; i < N * PG; i++) {
		if (i >= 4 * PG && i < 8 * PG)
			zero += p[i] == 0;
		else
			kept += p[i] == 0xab;
	}
	printf("zeroed: %d of %zu, others kept: %d of %zu\n", zero, 4 * PG, kept,
	       (N - 4) * PG);
	memset(p + 4 * PG, 0xcd, 4 * PG);
	printf("writable again: %s\n", p[5 * PG] == 0xcd ? "yes" : "no");

	munmap(p + 12 * PG, PG);
	errno = 0;
	int r = madvise(p + 8 * PG, 8 * PG, MADV_DONTNEED);
	printf("over an unmapped page: %d, ENOMEM: %s\n", r, errno == ENOMEM ? "yes" : "no");
	printf("page 8 after that: %s\n", p[8 * PG] == 0 ? "zeroed" : "kept");
	return 0;
}
