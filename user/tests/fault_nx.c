/*
 * User data is NX: jumping into a writable array (in .data) is a #PF on
 * the instruction fetch, and the program dies of SIGSEGV.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #PF page fault at rip 0x[0-9a-f]+, address 0x[0-9a-f]+ \(protection violation on instruction fetch, user\) */
/* expect-log: kernel healthy */
#include "ulib.h"

static unsigned char code[16] = { 0xc3 };	/* ret, but not executable */

int main(void)
{
	printf("calling into .data at %p\n", (void *)code);
	((void (*)(void))(void *)code)();
	printf("FAIL - the call returned\n");
	return 1;
}
