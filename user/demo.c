/*
 * demo: what `make run` runs.  It looks at itself from ring 3 (the
 * selectors and the CPL in CS), then crosses into the kernel through both
 * doors and shows that they lead to the same place.
 */
#include "ulib.h"

static unsigned short read_cs(void)
{
	unsigned short v;

	asm volatile("movw %%cs, %0" : "=r"(v));
	return v;
}

static unsigned short read_ss(void)
{
	unsigned short v;

	asm volatile("movw %%ss, %0" : "=r"(v));
	return v;
}

int main(int argc, char **argv)
{
	unsigned short cs = read_cs(), ss = read_ss();

	printf("hello from ring 3: %s, %d argument%s\n", argv[0], argc - 1,
	       argc == 2 ? "" : "s");
	printf("CS = 0x%x (GDT entry %d, CPL %d), SS = 0x%x\n", cs, cs >> 3,
	       cs & 3, ss);

	long pid64 = sc_getpid();
	long pid32 = i80_getpid();

	printf("getpid through syscall (nr %d): %ld\n", __NR_getpid, pid64);
	printf("getpid through int $0x80 (nr %d): %ld\n", __NR_ia32_getpid,
	       pid32);

	static const char msg[] = "this line was written through int $0x80 (eax = 4)\n";

	i80_write(1, msg, sizeof(msg) - 1);
	printf("an unknown number (423) through syscall: %ld (-ENOSYS)\n",
	       __sc0(423));
	return pid64 == pid32 ? 0 : 1;
}
