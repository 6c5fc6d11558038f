/*
 * mremap with an old length past the end of user space: -EFAULT, as on
 * Linux, and nothing moves.  (Found by the fuzzer, seed 401: the length
 * check underflowed and the "move" swept over the rest of user space,
 * stack included.)
 */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	long p = sc_mmap(0, 4096, 3, 0x22, -1, 0);

	CHECK(p > 0, "mmap one page");
	CHECK_EQ(sc_mremap(p, 0xfffffffffffff000ul, 0x4001000, 3, 0x43327000),
		 -14, "mremap with old_len past user space is -EFAULT");
	CHECK_EQ(sc_getpid(), 1, "the stack and the program are still there");
	check_done();
}
