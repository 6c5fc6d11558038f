/* fgets_lines: stdin read line by line with fgets into a small buffer (so
 * long lines come in pieces), counting lines and pieces; an empty line, a
 * line of spaces, a long line and a last line with no newline; getline()
 * is not used (it is the same path).  Then getchar at EOF. */
#include <stdio.h>
#include <string.h>

int main(void)
{
	char buf[16];
	int lines = 0, pieces = 0;
	size_t total = 0;
	while (fgets(buf, sizeof buf, stdin)) {
		size_t n = strlen(buf);
		int complete = n > 0 && buf[n - 1] == '\n';
		pieces++;
		total += n;
		if (complete)
			buf[n - 1] = 0;
		printf("piece %d: [%s]%s\n", pieces, buf, complete ? " (end of line)" : "");
		lines += complete;
	}
	printf("lines ending in a newline: %d, pieces: %d, bytes: %zu\n", lines,
	       pieces, total);
	printf("feof=%d ferror=%d getchar=%d\n", feof(stdin) != 0,
	       ferror(stdin) != 0, getchar());
	return 0;
}
