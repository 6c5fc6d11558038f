/* printf_int: every integer conversion (d i u o x X c s), with widths,
 * precisions and flags (- + space # 0 and *), length modifiers (hh h l ll
 * j z t), %n at several points, %% and snprintf's truncation and return
 * value. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <limits.h>

int main(void)
{
	static const long long vals[] = { 0, 1, -1, 7, 42, -42, 255, 4096,
		INT_MAX, INT_MIN, LLONG_MAX, LLONG_MIN, 0x7f, -128, 1000000007 };
	static const char *fmts[] = { "%d", "%5d", "%-5d|", "%05d", "%+d", "% d",
		"%.3d", "%8.3d", "%-8.3d|", "%+08d", "%.0d", "%i", "%+.6i" };
	for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
		int v = (int)vals[i];
		printf("[%lld]", vals[i]);
		for (size_t f = 0; f < sizeof fmts / sizeof fmts[0]; f++) {
			putchar(' ');
			printf(fmts[f], v);
		}
		unsigned u = (unsigned)v;
		printf(" u=%u o=%o x=%x X=%X #o=%#o #x=%#x #X=%#X %#.5x %#08x %-#10o|\n",
		       u, u, u, u, u, u, u, u, u, u);
		printf("  ll: %lld %llu %llo %llx %#llX %+25lld %-25lld|\n",
		       vals[i], (unsigned long long)vals[i],
		       (unsigned long long)vals[i], (unsigned long long)vals[i],
		       (unsigned long long)vals[i], vals[i], vals[i]);
		printf("  hh: %hhd %hhu %hhx  h: %hd %hu %ho\n",
		       (signed char)v, (unsigned char)v, (unsigned char)v,
		       (short)v, (unsigned short)v, (unsigned short)v);
	}
	printf("l=%ld lu=%lu j=%jd ju=%ju z=%zu zd=%zd t=%td\n", LONG_MIN,
	       ULONG_MAX, INTMAX_MIN, UINTMAX_MAX, (size_t)SIZE_MAX,
	       (ptrdiff_t)-5, (ptrdiff_t)PTRDIFF_MAX);
	printf("star: [%*d] [%-*d] [%.*d] [%*.*d] [%*d]\n", 6, 12, 6, 12, 4, 12,
	       7, 3, -5, -4, 3);	/* a negative width means '-' */
	printf("c: [%c] [%3c] [%-3c] [%c%c%c]\n", 'A', 'b', 'c', 'x', '0', '~');
	printf("s: [%s] [%10s] [%-10s] [%.3s] [%10.2s] [%-10.4s] [%.0s] [%s]\n",
	       "hello", "right", "left", "truncate", "ab", "abcdef", "gone", "");
	printf("%%: 100%% [%%]\n");

	int n1 = -1, n2 = -1, n3 = -1;
	signed char hn = -1;
	long long lln = -1;
	printf("abc%n%5d%nxyz%lln%hhn%n\n", &n1, 42, &n2, &lln, &hn, &n3);
	printf("n: %d %d %lld %d %d\n", n1, n2, lln, hn, n3);

	char buf[8];
	volatile size_t one = 1, eight = sizeof buf;	/* no truncation warnings */
	int r = snprintf(buf, eight, "%d-%s", 123456, "abcdef");
	printf("snprintf: r=%d buf=[%s]\n", r, buf);
	r = snprintf(NULL, 0, "%lld", LLONG_MIN);
	printf("snprintf(NULL,0): r=%d\n", r);
	r = snprintf(buf, one, "xyz");
	printf("snprintf(size 1): r=%d empty=%s\n", r, buf[0] ? "no" : "yes");
	return 0;
}
