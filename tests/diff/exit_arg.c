/* exit_arg: the exit status comes from argv[1] (exit_arg.args); exit()
 * keeps only the low 8 bits, so 201 + 256*k would give the same status. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	int code = argc > 1 ? atoi(argv[1]) : 0;
	printf("exiting with %d (status %d)\n", code, code & 255);
	exit(code);
}
