/* malloc_small: many small blocks (1..200 bytes) allocated, filled with a
 * per-block pattern, half of them freed and reallocated in a fixed
 * pseudo-random order, and every block's content checked, so the heap's
 * brk/mmap growth and reuse keep data intact. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#define N 20000

static uint32_t rng = 12345;
static uint32_t next(void)
{
	rng = rng * 1103515245u + 12345u;
	return rng >> 8;
}

static unsigned char *blk[N];
static size_t len[N];

static void fill(int i)
{
	for (size_t k = 0; k < len[i]; k++)
		blk[i][k] = (unsigned char)(i * 31 + k);
}

static int check(int i)
{
	for (size_t k = 0; k < len[i]; k++)
		if (blk[i][k] != (unsigned char)(i * 31 + k))
			return 0;
	return 1;
}

int main(void)
{
	size_t total = 0;
	for (int i = 0; i < N; i++) {
		len[i] = 1 + next() % 200;
		blk[i] = malloc(len[i]);
		if (!blk[i]) {
			printf("malloc failed at %d\n", i);
			return 1;
		}
		if (((uintptr_t)blk[i] & 15) != 0) {
			printf("block %d not 16-byte aligned\n", i);
			return 1;
		}
		fill(i);
		total += len[i];
	}
	printf("allocated %d blocks, %zu bytes\n", N, total);
	int bad = 0;
	for (int round = 0; round < 4; round++) {
		for (int j = 0; j < N / 2; j++) {
			int i = next() % N;
			free(blk[i]);
			len[i] = 1 + next() % 300;
			blk[i] = malloc(len[i]);
			if (!blk[i]) {
				printf("malloc failed in round %d\n", round);
				return 1;
			}
			fill(i);
		}
		for (int i = 0; i < N; i++)
			bad += !check(i);
		printf("round %d: bad blocks %d\n", round, bad);
	}
	for (int i = 0; i < N; i++)
		free(blk[i]);
	void *z = malloc(0);
	printf("malloc(0) then free: ok\n");
	free(z);
	free(NULL);
	printf("free(NULL): ok\n");
	return bad != 0;
}
