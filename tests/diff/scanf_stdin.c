/* scanf_stdin: scanf from stdin (scanf_stdin.stdin) with %d %i (hex,
 * octal) %u %x %o %f %lf %Lf %s %c %[...] %n, field widths, assignment
 * suppression, literal matching and the return value at a matching
 * failure and at end of file; then sscanf on fixed strings. */
#include <stdio.h>
#include <string.h>

int main(void)
{
	int a, b, c, n;
	unsigned u;
	unsigned x, o;
	float f;
	double d;
	long double ld;
	char s[32], word[16], cs[4], rest[64];
	long long ll;

	int r = scanf("%d %i %i %i", &a, &b, &c, &n);
	printf("ints: r=%d %d %d %d %d\n", r, a, b, c, n);
	r = scanf("%u %x %o %lld", &u, &x, &o, &ll);
	printf("unsigned: r=%d %u %x %o %lld\n", r, u, x, o, ll);
	r = scanf("%f %lf %Lf", &f, &d, &ld);
	printf("floats: r=%d %.6g %.17g %.21Lg\n", r, f, d, ld);
	r = scanf("%31s %15s", s, word);
	printf("strings: r=%d [%s] [%s]\n", r, s, word);
	r = scanf(" %3c", cs);
	cs[3] = 0;
	printf("chars: r=%d [%s]\n", r, cs);
	r = scanf(" %4d%3d", &a, &b);
	printf("widths: r=%d %d %d\n", r, a, b);
	r = scanf(" %*d %d", &a);
	printf("suppress: r=%d %d\n", r, a);
	r = scanf(" key=%d,%n", &a, &n);
	printf("literal: r=%d %d n=%d\n", r, a, n);
	r = scanf(" %15[a-z]%63[^\n]", s, rest);
	printf("scanset: r=%d [%s] [%s]\n", r, s, rest);
	r = scanf("%d", &a);
	printf("mismatch: r=%d\n", r);
	r = scanf("%15s", s);
	printf("after mismatch: r=%d [%s]\n", r, s);
	r = scanf("%d", &a);
	printf("eof: r=%d feof=%d\n", r, feof(stdin) != 0);

	r = sscanf("  -0x1F 017 1e3 nan -inf", "%i %i %lf %lf %lf", &a, &b, &d,
		   &d, &d);
	printf("sscanf: r=%d %d %d %g\n", r, a, b, d);
	r = sscanf("12abc", "%d%n%s", &a, &n, s);
	printf("sscanf n: r=%d %d %d [%s]\n", r, a, n, s);
	r = sscanf("", "%d", &a);
	printf("sscanf empty: r=%d\n", r);
	r = sscanf("xyz", "%d", &a);
	printf("sscanf no match: r=%d\n", r);
	r = sscanf("2147483647 4294967295", "%d %u", &a, &u);
	printf("sscanf limits: r=%d %d %u\n", r, a, u);
	memset(s, 0, sizeof s);
	r = sscanf("a b", "%c%c%c", &s[0], &s[1], &s[2]);
	printf("sscanf %%c whitespace: r=%d [%s]\n", r, s);
	return 0;
}
