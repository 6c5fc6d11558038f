/*
 * hostile_kernel_selector: ring 3 loads segment registers itself.
 *
 * First the null selector into %ds: in 64-bit mode that is allowed at any
 * CPL (a null DS/ES/FS/GS faults only when used for an access, and 64-bit
 * mode does not use DS's descriptor for ordinary accesses at all), so it
 * must not fault and memory accesses must go on working.  Linux: the
 * same (it is what user space runs with there: DS = 0).
 *
 * Then the kernel data selector 0x18 into %ds: a data segment with DPL 0
 * cannot be loaded at CPL 3 (CPL > DPL): #GP with the selector as the
 * error code (0x18), SIGSEGV, status 128 + 11.  Linux: the same #GP and
 * SIGSEGV (0x18 is Linux's __KERNEL_DS too).
 * The kernel keeps running.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #GP general protection at rip 0x[0-9a-f]+ \(error code 0x18\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	unsigned short ds = 0xffff;
	volatile int x = 41;
	long pid = sc_getpid();

	asm volatile("movw %1, %%ds\n\t"
		     "movw %%ds, %0"
		     : "=r"(ds) : "r"((unsigned short)0) : "memory");
	x++;
	CHECK_EQ(ds, 0, "the null selector loads into %ds in ring 3");
	CHECK_EQ(x, 42, "memory accesses work with DS = 0");
	CHECK_EQ(sc_getpid(), pid, "system calls work with DS = 0");
	if (check_failures) {
		printf("FAIL - the null %%ds did not behave\n");
		return 1;
	}
	printf("loading the kernel data selector 0x18 into %%ds\n");
	asm volatile("movw %0, %%ds" : : "r"((unsigned short)0x18) : "memory");
	printf("FAIL - %%ds = 0x18 loaded in ring 3\n");
	return 1;
}
