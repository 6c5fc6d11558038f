/* string_funcs: string.h on fixed inputs: strlen strcmp strncmp strchr
 * strrchr strstr strtok memmove (overlapping both ways) memset memchr
 * memcmp strspn strcspn strdup strndup strcpy strncpy strcat strncat
 * strpbrk, printing positions (never addresses) and signs of comparisons. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int sgn(int x) { return (x > 0) - (x < 0); }
#define POS(p, base) ((p) ? (long)((const char *)(p) - (const char *)(base)) : -1L)

int main(void)
{
	const char *s = "the quick brown fox jumps over the lazy dog";
	printf("strlen: %zu %zu %zu\n", strlen(s), strlen(""), strlen("a\0b"));
	printf("strcmp: %d %d %d %d %d\n", sgn(strcmp("abc", "abd")),
	       sgn(strcmp("abc", "abc")), sgn(strcmp("abcd", "abc")),
	       sgn(strcmp("", "a")), sgn(strcmp("\xff", "\x01")));
	printf("strncmp: %d %d %d %d\n", sgn(strncmp("abcX", "abcY", 3)),
	       sgn(strncmp("abcX", "abcY", 4)), sgn(strncmp("a", "b", 0)),
	       sgn(strncmp("ab", "abc", 5)));
	printf("strchr: %ld %ld %ld %ld\n", POS(strchr(s, 'q'), s),
	       POS(strchr(s, 'z'), s), POS(strchr(s, '!'), s),
	       POS(strchr(s, '\0'), s));
	printf("strrchr: %ld %ld %ld\n", POS(strrchr(s, 'o'), s),
	       POS(strrchr(s, 't'), s), POS(strrchr(s, 'X'), s));
	printf("strstr: %ld %ld %ld %ld %ld\n", POS(strstr(s, "fox"), s),
	       POS(strstr(s, "the"), s), POS(strstr(s, "dog"), s),
	       POS(strstr(s, "cat"), s), POS(strstr(s, ""), s));
	const char *hay = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab";
	printf("strstr long: %ld %ld\n", POS(strstr(hay, "aaaab"), hay),
	       POS(strstr(hay, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"), hay));
	printf("strspn: %zu %zu %zu  strcspn: %zu %zu %zu\n",
	       strspn(s, "the "), strspn(s, "xyz"), strspn("aaa", "a"),
	       strcspn(s, "qz"), strcspn(s, ""), strcspn("", "abc"));
	printf("strpbrk: %ld %ld\n", POS(strpbrk(s, "xyz"), s),
	       POS(strpbrk(s, "!?"), s));

	char buf[128];
	strcpy(buf, "one, two;;three , ,four;");
	printf("strtok:");
	for (char *t = strtok(buf, ",; "); t; t = strtok(NULL, ",; "))
		printf(" [%s]", t);
	putchar('\n');

	char m[32];
	volatile size_t zero = 0, five = 5, four = 4;	/* no compile-time warnings */
	for (int i = 0; i < 32; i++) m[i] = 'a' + i % 26;
	memmove(m + 4, m, 16);
	printf("memmove up:   %.32s\n", m);
	for (int i = 0; i < 32; i++) m[i] = 'a' + i % 26;
	memmove(m, m + 5, 20);
	printf("memmove down: %.32s\n", m);
	memset(m + 3, '#', 10);
	memset(m, 'Z', zero);
	printf("memset:       %.32s\n", m);
	printf("memchr: %ld %ld %ld\n", POS(memchr(m, '#', 32), m),
	       POS((char *)memchr(m, 'y', 32), m), POS(memchr(m, 'y', 10), m));
	unsigned char big[4096];
	for (int i = 0; i < 4096; i++) big[i] = (unsigned char)i;
	printf("memchr 0xff: %ld  memcmp: %d %d %d\n",
	       POS((unsigned char *)memchr(big, 0xff, 4096), big),
	       sgn(memcmp(big, big + 256, 256)), sgn(memcmp("ab\x80", "ab\x7f", 3)),
	       sgn(memcmp("x", "y", 0)));

	char *d = strdup(s);
	char *nd = strndup(s, 9);
	printf("strdup: [%s] same=%s  strndup: [%s] len=%zu\n", d,
	       strcmp(d, s) == 0 && d != s ? "yes" : "no", nd, strlen(nd));
	free(d);
	free(nd);

	char cat[64] = "head";
	strcat(cat, "+tail");
	strncat(cat, "123456789", four);
	printf("strcat/strncat: [%s] %zu\n", cat, strlen(cat));
	char nc[10];
	memset(nc, 'X', sizeof nc);
	strncpy(nc, "abc", sizeof nc);
	printf("strncpy pads:");
	for (unsigned i = 0; i < sizeof nc; i++)
		printf(" %02x", (unsigned char)nc[i]);
	putchar('\n');
	memset(nc, 'X', sizeof nc);
	strncpy(nc, "abcdefghijklmnop", five);
	printf("strncpy no NUL: %.10s\n", nc);
	return 0;
}
