/* mremap: growing an anonymous mapping with MREMAP_MAYMOVE keeps its
 * content (and the new tail is zero), whether or not it moves; growing
 * in place without MAYMOVE when the next page is taken fails with ENOMEM;
 * shrinking in place keeps the address and the content; MREMAP_FIXED
 * moves to a chosen address, and MREMAP_FIXED without MAYMOVE is EINVAL. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>

static size_t check(const unsigned char *p, size_t n)
{
	size_t bad = 0;
	for (size_t i = 0; i < n; i++)
		bad += p[i] != (unsigned char)(i % 251);
	return bad;
}

static size_t nonzero(const unsigned char *p, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += p[i] != 0;
	return c;
}

int main(void)
{
	const size_t PG = 4096;
	/* two adjacent mappings: a (4 pages) directly below b (1 page) */
	unsigned char *area = mmap(NULL, 5 * PG, PROT_READ | PROT_WRITE,
				   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (area == MAP_FAILED)
		return 1;
	unsigned char *a = area;
	mprotect(area + 4 * PG, PG, PROT_READ);	/* a separate VMA above a */
	for (size_t i = 0; i < 4 * PG; i++)
		a[i] = (unsigned char)(i % 251);

	errno = 0;
	void *r = mremap(a, 4 * PG, 8 * PG, 0);
	printf("grow in place, next page taken: %s, ENOMEM: %s\n",
	       r == MAP_FAILED ? "failed" : "succeeded", errno == ENOMEM ? "yes" : "no");

	unsigned char *g = mremap(a, 4 * PG, 256 * PG, MREMAP_MAYMOVE);
	if (g == MAP_FAILED) {
		printf("MREMAP_MAYMOVE failed\n");
		return 1;
	}
	printf("grow to 1 MiB with MAYMOVE: old content bad bytes %zu, new tail nonzero %zu\n",
	       check(g, 4 * PG), nonzero(g + 4 * PG, 252 * PG));
	for (size_t i = 0; i < 256 * PG; i++)
		g[i] = (unsigned char)(i % 251);

	unsigned char *s = mremap(g, 256 * PG, 16 * PG, 0);
	printf("shrink in place: same address %s, bad bytes %zu\n",
	       s == g ? "yes" : "no", check(s, 16 * PG));

	unsigned char *big = mremap(s, 16 * PG, 16u << 20, MREMAP_MAYMOVE);
	printf("grow to 16 MiB: bad bytes %zu, tail nonzero %zu\n",
	       check(big, 16 * PG), nonzero(big + 16 * PG, (16u << 20) - 16 * PG));

	unsigned char *dst = mmap(NULL, 32 * PG, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *m = mremap(big, 16 * PG, 16 * PG, MREMAP_MAYMOVE | MREMAP_FIXED,
				  dst + 8 * PG);
	printf("MREMAP_FIXED: at the target %s, bad bytes %zu\n",
	       m == dst + 8 * PG ? "yes" : "no", check(m, 16 * PG));
	errno = 0;
	r = mremap(m, 16 * PG, 16 * PG, MREMAP_FIXED, dst);
	printf("MREMAP_FIXED without MAYMOVE: %s, EINVAL: %s\n",
	       r == MAP_FAILED ? "failed" : "succeeded", errno == EINVAL ? "yes" : "no");
	munmap(dst, 32 * PG);
	munmap(big, 16u << 20);	/* whatever is left of it */
	munmap(area + 4 * PG, PG);
	return 0;
}
