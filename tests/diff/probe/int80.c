/* probe int80: exit 0 when this host kernel runs int $0x80 for a 64-bit
 * process (the i386 getpid, 20, returns our pid).  Some virtual machines
 * (PVM guests among them) kill the process instead, although Linux has
 * IA32_EMULATION. */
#include <unistd.h>

int main(void)
{
	long r;

	__asm__ volatile("int $0x80" : "=a"(r) : "a"(20L) : "memory");
	return r == getpid() ? 0 : 1;
}
