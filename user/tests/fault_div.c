/*
 * fault_div: an integer division by zero in ring 3 (divl by a register
 * that holds 0 at run time, so the compiler cannot fold or drop it)
 * raises #DE: the process dies of SIGFPE (status 128 + 8) with a
 * one-line report, and the kernel stays healthy.
 */
/* expect: exit 136 */
/* expect-log: killed by SIGFPE: #DE divide error at rip 0x[0-9a-f]+ \(error code 0x0\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(int argc, char **argv)
{
	(void)argv;
	unsigned int zero = (unsigned int)argc - (unsigned int)argc;
	unsigned int eax = 1, edx = 0;

	asm volatile("" : "+r"(zero));
	printf("dividing 1 by %u\n", zero);
	asm volatile("divl %2" : "+a"(eax), "+d"(edx) : "r"(zero));
	printf("FAIL - the division returned %u\n", eax);
	return 1;
}
