/*
 * madvise(MADV_DONTNEED) over a range that runs from user space into the
 * kernel half: -ENOMEM, and nothing of the kernel's is touched.  (Found by
 * the fuzzer: the zeroing walked the shared kernel half of the page tables
 * and freed the direct map's pages, a kernel panic.)
 */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	CHECK_EQ(sc_madvise(0x7ffffffff000ul - (1ul << 20), 1ul << 62, 4), -12,
		 "MADV_DONTNEED into the kernel half is -ENOMEM");
	CHECK_EQ(sc_madvise(0, 0x7ffffffff000ul + 4096, 4), -12,
		 "MADV_DONTNEED past the end of user space is -ENOMEM");
	CHECK_EQ(sc_getpid(), 1, "the kernel is still there");
	check_done();
}
