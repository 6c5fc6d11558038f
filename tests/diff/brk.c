/* brk: the raw brk system call (SYS_brk, not sbrk from libc): brk(0)
 * reports the break; growing by 1 MiB gives writable zeroed memory;
 * shrinking and growing again gives zeroed pages again; a request below
 * the start or absurdly high fails by returning the old break; only
 * differences between breaks are printed, never addresses.  The libc's
 * own heap lies below the break taken at the start, and nothing calls
 * malloc until the break is restored. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdint.h>
#include <unistd.h>
#include <sys/syscall.h>

static uintptr_t brk_(uintptr_t a)
{
	return (uintptr_t)syscall(SYS_brk, a);
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
	const uintptr_t MiB = 1 << 20;
	printf("raw brk test\n");	/* stdio's buffer is allocated now */
	uintptr_t start = brk_(0);
	printf("brk(0) twice is the same: %s, non-zero: %s\n",
	       brk_(0) == start ? "yes" : "no", start ? "yes" : "no");
	uintptr_t base = (start + 4095) & ~(uintptr_t)4095;
	uintptr_t top = brk_(base + MiB);
	printf("grow by 1 MiB: new - base = %ld\n", (long)(top - base));
	unsigned char *p = (unsigned char *)base;
	printf("fresh memory nonzero bytes: %zu\n", nonzero(p, MiB));
	for (uintptr_t i = 0; i < MiB; i++)
		p[i] = (unsigned char)(i * 13 + 1);
	size_t bad = 0;
	for (uintptr_t i = 0; i < MiB; i++)
		bad += p[i] != (unsigned char)(i * 13 + 1);
	printf("written and read back, bad bytes: %zu\n", bad);

	top = brk_(base + 4096);
	printf("shrink to one page: new - base = %ld\n", (long)(top - base));
	printf("first page kept: %s\n", p[0] == 1 && p[4095] == (unsigned char)(4095 * 13 + 1) ? "yes" : "no");
	top = brk_(base + 2 * MiB);
	printf("grow to 2 MiB: new - base = %ld\n", (long)(top - base));
	printf("re-grown pages are zero: nonzero bytes %zu\n", nonzero(p + 4096, 2 * MiB - 4096));

	top = brk_(start / 2);
	printf("below the start: unchanged = %s\n", top == base + 2 * MiB ? "yes" : "no");
	top = brk_((uintptr_t)1 << 46);
	printf("absurdly high: unchanged = %s\n", top == base + 2 * MiB ? "yes" : "no");
	top = brk_(start);
	printf("back to the start: %s\n", top == start ? "yes" : "no");
	/* (musl's sbrk refuses any increment; only sbrk(0) is the same) */
	printf("sbrk(0) is the break: %s\n", (uintptr_t)sbrk(0) == start ? "yes" : "no");
	return 0;
}
