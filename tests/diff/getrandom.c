/* getrandom: getrandom() fills 64 bytes (not all zero), with flags 0 and
 * GRND_NONBLOCK, and a large request returns a positive count; two calls
 * give different bytes.  Only yes/no answers are printed. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/random.h>
#include <sys/syscall.h>
#include <unistd.h>

static int nonzero(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return 1;
	return 0;
}

int main(void)
{
	unsigned char a[64], b[64];
	static unsigned char big[100000];
	memset(a, 0, sizeof a);
	memset(b, 0, sizeof b);
	ssize_t r = getrandom(a, sizeof a, 0);
	printf("getrandom(64, 0) = %zd, not all zero: %s\n", r,
	       nonzero(a, sizeof a) ? "yes" : "no");
	r = getrandom(b, sizeof b, GRND_NONBLOCK);
	printf("getrandom(64, GRND_NONBLOCK) = %zd, not all zero: %s\n", r,
	       nonzero(b, sizeof b) ? "yes" : "no");
	printf("the two differ: %s\n", memcmp(a, b, sizeof a) ? "yes" : "no");
	r = syscall(SYS_getrandom, big, sizeof big, 0);
	printf("raw getrandom(100000) positive: %s\n", r > 0 ? "yes" : "no");
	r = getrandom(a, 0, 0);
	printf("getrandom(0 bytes) = %zd\n", r);
	return 0;
}
