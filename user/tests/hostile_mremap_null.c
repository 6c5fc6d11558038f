/*
 * hostile_mremap_null: mremap(MREMAP_MAYMOVE | MREMAP_FIXED) may not put
 * a mapping below mmap_min_addr (64 KiB, Linux's default) any more than
 * mmap(MAP_FIXED) may: -EPERM, and the old mapping stays where it was.
 * Before, new_addr = 0 mapped page 0, and the program could read and
 * write address 0 (a NULL dereference in the kernel's view of it would
 * then hit user data) and grow it in place.
 */
/* expect-log: kernel healthy */
#include "ulib.h"

#define MREMAP_MAYMOVE	1
#define MREMAP_FIXED	2
#define EPERM		1

int main(void)
{
	const unsigned long move = MREMAP_MAYMOVE | MREMAP_FIXED;
	char *p = (char *)sc_mmap(0, 4096, 3, 0x22, -1, 0);

	CHECK((long)p > 0, "mmap one page");
	p[0] = 'x';
	CHECK_EQ(sc_mmap(0, 4096, 3, 0x32, -1, 0), -EPERM,
		 "mmap(MAP_FIXED) at 0 is -EPERM");
	CHECK_EQ(sc_mremap(p, 4096, 4096, move, 0), -EPERM,
		 "mremap(MAYMOVE|FIXED) to 0 is -EPERM");
	CHECK_EQ(sc_mremap(p, 4096, 8192, move, 0), -EPERM,
		 "mremap growing to 0 is -EPERM");
	CHECK_EQ(sc_mremap(p, 4096, 4096, move, 0xf000), -EPERM,
		 "mremap to 0xf000, the last page below 64 KiB, is -EPERM");
	CHECK_EQ(p[0], 'x', "the old mapping keeps its data");
	CHECK_EQ(sc_mprotect(0, 4096, 1), -12,
		 "nothing is mapped at 0 (mprotect there is -ENOMEM)");
	long q = sc_mremap(p, 4096, 4096, move, 0x10000);

	CHECK_EQ(q, 0x10000, "mremap to 0x10000, mmap_min_addr itself, moves");
	CHECK_EQ(*(volatile char *)0x10000, 'x', "and the data came along");
	check_done();
}
