/*
 * strace_demo: a fixed sequence of system calls whose trace
 * (tools/trapdoor-run --strace) tests/qemu/strace_expected.sh compares
 * with the text it should be: strings short and cut at 32 bytes, an
 * unknown number, errors, NULL, flags by name, and an int $0x80 call.
 */
#include "ulib.h"

int main(void)
{
	static const char longer[] = "0123456789abcdefghijklmnopqrstuvwxyz\n";

	sc_write(1, "short\n", 6);
	sc_write(1, longer, sizeof(longer) - 1);
	__sc2(423, 1, 2);
	sc_uname(NULL);
	sc_mmap(NULL, 4096, 3, 0x22, -1, 0);	/* RW, PRIVATE|ANONYMOUS */
	sc_clock_gettime(1, NULL);
	sc_arch_prctl(0x1003, 0);		/* ARCH_GET_FS into NULL */
	i80_getpid();
	i80_write(1, "int80\n", 6);
	return 7;
}
