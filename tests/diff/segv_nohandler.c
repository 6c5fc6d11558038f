/* segv_nohandler: a NULL-pointer write with no SIGSEGV handler kills the
 * process with SIGSEGV: status 139, and nothing after it runs. */
#include <stdio.h>

int main(void)
{
	printf("about to write through NULL\n");
	fflush(stdout);
	*(volatile int *)0 = 42;
	printf("survived\n");
	return 0;
}
