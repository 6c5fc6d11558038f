/*
 * hello_syscall: the smallest round trip through the `syscall` door.
 * write(1, "hello, world\n", 13) (x86-64 number 1) puts the bytes on the
 * console and returns the count, 13, in rax; a second write of part of a
 * buffer returns exactly the part asked for, not the string's length.
 */
#include "ulib.h"

int main(void)
{
	static const char msg[] = "hello, world\n";
	long n = sc_write(1, msg, sizeof(msg) - 1);

	CHECK_EQ(n, 13, "write(1, \"hello, world\\n\", 13) through syscall returns 13");

	/* The count is the caller's, not strlen's: 6 of the 13 bytes. */
	n = sc_write(1, "hello, world\n", 6);
	sc_write(1, "\n", 1);
	CHECK_EQ(n, 6, "write(1, \"hello, world\\n\", 6) returns 6");
	check_done();
}
