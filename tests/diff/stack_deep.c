/* stack_deep: the main thread's stack grows on demand to a few MiB (Linux
 * grows it up to RLIMIT_STACK, 8 MiB by default): 2 MiB of recursion with
 * 1 KiB frames, then a 3 MiB array on the stack touched from the far end
 * first, with checksums of the data. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

static uint64_t recurse(int depth)
{
	volatile unsigned char frame[1000];
	for (int i = 0; i < 1000; i += 50)
		frame[i] = (unsigned char)(depth + i);
	uint64_t below = depth ? recurse(depth - 1) : 0;
	uint64_t sum = below * 31;
	for (int i = 0; i < 1000; i += 50)
		sum += frame[i];
	return sum;
}

static uint64_t big_array(void)
{
	volatile unsigned char a[3 << 20];
	for (long i = sizeof a - 1; i >= 0; i -= 4096)	/* far end first */
		a[i] = (unsigned char)(i >> 12);
	uint64_t s = 0;
	for (long i = sizeof a - 1; i >= 0; i -= 4096)
		s = s * 7 + a[i];
	return s;
}

int main(void)
{
	printf("recursion 2000 deep: %llx\n", (unsigned long long)recurse(2000));
	printf("3 MiB array: %llx\n", (unsigned long long)big_array());
	printf("again: %llx\n", (unsigned long long)recurse(2000));
	return 0;
}
