/*
 * hello_int80: the same write through the other door, `int $0x80`, which
 * for a 64-bit process is Linux's i386 ABI: eax = 4 (i386 write, not the
 * x86-64 number 1), ebx = fd, ecx = buf, edx = count, result in eax.
 * Also: the i386 ABI takes 32-bit arguments, so the upper halves of rbx,
 * rcx and rdx are ignored (Linux zero-extends ebx/ecx/edx).
 */
#include "ulib.h"

int main(void)
{
	static const char msg[] = "hello, world\n";

	CHECK_EQ(__NR_ia32_write, 4, "the i386 number of write is 4");
	long n = i80_write(1, msg, sizeof(msg) - 1);

	CHECK_EQ(n, 13, "write(1, \"hello, world\\n\", 13) through int $0x80 returns 13");

	/* Garbage in the upper 32 bits of every argument register: the call
	 * sees fd 1, msg (below 4 GiB in this static binary) and 13. */
	unsigned long hi = 0xdead000000000000ul | 0x0000beef00000000ul;

	n = __i80_3(__NR_ia32_write, hi | 1, hi | (unsigned long)msg,
		    hi | (sizeof(msg) - 1));
	CHECK_EQ(n, 13, "int $0x80 write ignores the upper halves of rbx, rcx, rdx");

	check_done();
}
