/* realloc_grow: one block grown by realloc from 1 byte to 16 MiB (doubling
 * and by odd increments), checking after every step that the old content
 * was preserved, then shrunk back down the same way. */
#include <stdio.h>
#include <stdlib.h>

static unsigned char pat(size_t i)
{
	return (unsigned char)(i * 7 + (i >> 9) + 3);
}

int main(void)
{
	size_t size = 1, filled = 0, steps = 0, bad = 0;
	unsigned char *p = malloc(1);
	if (!p)
		return 1;
	while (size < (16u << 20)) {
		for (; filled < size; filled++)
			p[filled] = pat(filled);
		size_t nsize = size * 2 + (steps % 3) * 17;
		if (nsize > (16u << 20))
			nsize = 16u << 20;
		unsigned char *q = realloc(p, nsize);
		if (!q) {
			printf("realloc to %zu failed\n", nsize);
			return 1;
		}
		p = q;
		for (size_t i = 0; i < size; i++)
			bad += p[i] != pat(i);
		size = nsize;
		steps++;
	}
	for (; filled < size; filled++)
		p[filled] = pat(filled);
	printf("grew to %zu bytes in %zu steps, bad bytes %zu\n", size, steps, bad);
	while (size > 1) {
		size = size / 3 + 1;
		unsigned char *q = realloc(p, size);
		if (!q) {
			printf("shrinking realloc failed\n");
			return 1;
		}
		p = q;
		for (size_t i = 0; i < size; i++)
			bad += p[i] != pat(i);
		if (size == 2)
			break;
	}
	printf("shrunk to %zu bytes, bad bytes %zu\n", size, bad);
	free(p);
	p = realloc(NULL, 100);
	printf("realloc(NULL, 100): %s\n", p ? "ok" : "failed");
	free(p);
	return bad != 0;
}
