/* ctype_all: every ctype.h classifier and toupper/tolower over all of
 * 0..255 and EOF in the C locale, printed as counts per class and a
 * bit string of the members below 128, and a hash of all results. */
#include <stdio.h>
#include <ctype.h>

static int (*const fn[])(int) = { isalnum, isalpha, isblank, iscntrl,
	isdigit, isgraph, islower, isprint, ispunct, isspace, isupper,
	isxdigit };
static const char *const name[] = { "alnum", "alpha", "blank", "cntrl",
	"digit", "graph", "lower", "print", "punct", "space", "upper",
	"xdigit" };

int main(void)
{
	unsigned long hash = 5381;
	for (unsigned f = 0; f < sizeof fn / sizeof fn[0]; f++) {
		int count = 0;
		char bits[129];
		for (int c = 0; c < 256; c++) {
			int r = fn[f](c) != 0;
			count += r;
			if (c < 128)
				bits[c] = r ? '1' : '0';
			hash = hash * 33 + r;
		}
		bits[128] = 0;
		printf("%-6s %3d %s eof=%d\n", name[f], count, bits,
		       fn[f](EOF) != 0);
	}
	int up = 0, low = 0;
	for (int c = 0; c < 256; c++) {
		int u = toupper(c), l = tolower(c);
		up += u != c;
		low += l != c;
		hash = hash * 33 + (unsigned)u;
		hash = hash * 33 + (unsigned)l;
	}
	printf("toupper changes %d, tolower changes %d, EOF: %d %d\n", up, low,
	       toupper(EOF), tolower(EOF));
	printf("hash %lx\n", hash);
	return 0;
}
