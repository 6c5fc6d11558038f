/* fault_sigill: ud2 (an invalid opcode) with no handler kills the process
 * with SIGILL: status 132. */
#include <stdio.h>

int main(void)
{
	printf("executing ud2\n");
	fflush(stdout);
	__asm__ volatile("ud2");
	printf("survived\n");
	return 0;
}
