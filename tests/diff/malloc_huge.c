/* malloc_huge: blocks of 8 MiB and 64 MiB (which both libcs serve with
 * mmap), every page written with its own pattern and read back, then
 * freed; then the same again, to see the freed address space reused. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>

static int test(size_t size)
{
	uint64_t *p = malloc(size);
	if (!p) {
		printf("malloc(%zu MiB) failed\n", size >> 20);
		return 1;
	}
	size_t n = size / 8;
	for (size_t i = 0; i < n; i += 512)	/* one word per 4 KiB page */
		p[i] = i * 0x9e3779b97f4a7c15ull;
	p[n - 1] = 0xfeedfacecafebeefull;
	size_t bad = 0;
	for (size_t i = 0; i < n; i += 512)
		bad += p[i] != i * 0x9e3779b97f4a7c15ull;
	bad += p[n - 1] != 0xfeedfacecafebeefull;
	/* a dense check over the first and last 256 KiB */
	for (size_t i = 0; i < 32768; i++)
		p[i] = p[n - 1 - i] = i ^ 0x5555;
	for (size_t i = 0; i < 32768; i++)
		bad += (p[i] != (i ^ 0x5555)) + (p[n - 1 - i] != (i ^ 0x5555));
	printf("%zu MiB: bad words %zu, 16-byte aligned: %s\n", size >> 20, bad,
	       ((uintptr_t)p & 15) ? "no" : "yes");
	free(p);
	return bad != 0;
}

int main(void)
{
	int fails = 0;
	for (int round = 0; round < 2; round++) {
		fails += test(8u << 20);
		fails += test(64u << 20);
		fails += test((8u << 20) + 1);
	}
	printf("failures: %d\n", fails);
	return fails != 0;
}
