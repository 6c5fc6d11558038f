/* qsort_bsearch: qsort of ints (random, sorted, reversed, all equal, with
 * duplicates), of strings and of structs by a key with a tie-breaker (qsort
 * is not stable, so the comparison is total), then bsearch for present and
 * absent keys. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct rec { int key; int id; };
static int cmp_rec(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;
	if (x->key != y->key)
		return (x->key > y->key) - (x->key < y->key);
	return (x->id > y->id) - (x->id < y->id);
}

static uint32_t rng = 1;
static uint32_t next(void)
{
	rng ^= rng << 13; rng ^= rng >> 17; rng ^= rng << 5;
	return rng;
}

#define N 100000
static int v[N];

static void sort_and_report(const char *what, int n)
{
	qsort(v, n, sizeof v[0], cmp_int);
	int sorted = 1;
	unsigned long long sum = 0;
	for (int i = 0; i < n; i++) {
		if (i && v[i - 1] > v[i])
			sorted = 0;
		sum = sum * 31 + (unsigned)v[i];
	}
	printf("%-10s n=%d sorted=%s hash=%llx first=%d last=%d\n", what, n,
	       sorted ? "yes" : "no", sum, v[0], v[n - 1]);
}

int main(void)
{
	for (int i = 0; i < N; i++) v[i] = (int)(next() % 2000001) - 1000000;
	sort_and_report("random", N);
	sort_and_report("sorted", N);
	for (int i = 0; i < N; i++) v[i] = N - i;
	sort_and_report("reversed", N);
	for (int i = 0; i < N; i++) v[i] = 7;
	sort_and_report("equal", N);
	for (int i = 0; i < N; i++) v[i] = next() % 10;
	sort_and_report("dups", N);
	sort_and_report("one", 1);

	for (int i = 0; i < N; i++) v[i] = 3 * i;	/* sorted, for bsearch */
	static const int keys[] = { 0, 3, 299997, 150000, 1, -3, 299998, 300000 };
	for (unsigned k = 0; k < sizeof keys / sizeof keys[0]; k++) {
		int *f = bsearch(&keys[k], v, N, sizeof v[0], cmp_int);
		printf("bsearch %d: %s", keys[k], f ? "found" : "absent");
		if (f)
			printf(" at %td", f - v);
		putchar('\n');
	}
	int *f = bsearch(&keys[0], v, 0, sizeof v[0], cmp_int);
	printf("bsearch in empty: %s\n", f ? "found" : "absent");

	const char *words[] = { "pear", "apple", "fig", "banana", "cherry",
		"apple", "Zebra", "", "date", "elderberry", "fig2", "a" };
	int nw = sizeof words / sizeof words[0];
	qsort(words, nw, sizeof words[0], cmp_str);
	for (int i = 0; i < nw; i++)
		printf("%s[%s]", i ? " " : "words: ", words[i]);
	putchar('\n');
	const char *key = "cherry";
	const char **w = bsearch(&key, words, nw, sizeof words[0], cmp_str);
	printf("bsearch cherry: %s\n", w ? *w : "absent");

	struct rec r[50];
	for (int i = 0; i < 50; i++) {
		r[i].key = next() % 5;
		r[i].id = i;
	}
	qsort(r, 50, sizeof r[0], cmp_rec);
	printf("records:");
	for (int i = 0; i < 50; i++)
		printf(" %d/%d", r[i].key, r[i].id);
	putchar('\n');
	return 0;
}
