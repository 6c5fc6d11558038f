/*
 * hostile_popf_iopl: ring 3 tries to give itself I/O privilege and to
 * turn interrupts off with popfq (RFLAGS with IOPL 3 and IF 0).  popf
 * does not fault at CPL 3: it silently keeps IOPL (CPL > 0) and IF (CPL
 * > IOPL), so the kernel must have started the program with IOPL 0 for
 * this to hold.  Afterwards IOPL is still 0, IF still 1, and the program
 * goes on.  Linux: the same (the CPU does it; Linux runs user space at
 * IOPL 0 since 5.5 even after iopl(3), which it emulates).
 */
/* expect: exit 0 */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	unsigned long before, after;

	asm volatile("pushfq\n\tpopq %0" : "=r"(before));
	CHECK_EQ((before >> 12) & 3, 0, "the program runs with IOPL 0");
	CHECK_EQ(before & 0x200, 0x200, "the program runs with IF set");
	printf("popfq with IOPL 3 and IF 0\n");
	asm volatile("pushq %1\n\t"
		     "popfq\n\t"
		     "pushfq\n\t"
		     "popq %0"
		     : "=r"(after) : "r"((before | 0x3000ul) & ~0x200ul)
		     : "cc", "memory");
	CHECK_EQ((after >> 12) & 3, 0, "IOPL is still 0 after popfq");
	CHECK_EQ(after & 0x200, 0x200, "IF is still set after popfq");
	check_done();
}
