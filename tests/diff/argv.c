/* argv: argc and every argument after argv[0] (argv[0], the program's
 * path, differs between the runs), and the NULL that ends argv. */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	printf("argc=%d\n", argc);
	for (int i = 1; i < argc; i++)
		printf("argv[%d]=[%s] len=%zu\n", i, argv[i], strlen(argv[i]));
	printf("argv[argc] is NULL: %s\n", argv[argc] == NULL ? "yes" : "no");
	printf("argv[0] non-empty: %s\n", argv[0] && argv[0][0] ? "yes" : "no");
	return 0;
}
