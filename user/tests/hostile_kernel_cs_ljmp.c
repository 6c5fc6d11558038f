/*
 * hostile_kernel_cs_ljmp: ring 3 far-jumps to 0x10:label (ljmpl through a
 * m16:32 pointer in memory: the label is below 4 GiB).  A far jmp to a
 * non-conforming code segment needs its DPL equal to CPL: DPL 0 != 3
 * raises #GP with the selector as the error code (0x10).  Linux: the same
 * #GP, SIGSEGV, status 128 + 11.  The kernel keeps running.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #GP general protection at rip 0x[0-9a-f]+ \(error code 0x10\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

extern char hostile_ljmp_target[];

int main(void)
{
	struct {
		unsigned int offset;
		unsigned short selector;
	} __attribute__((packed)) far = { 0, 0x10 };

	far.offset = (unsigned int)(unsigned long)hostile_ljmp_target;
	printf("ljmp to 0x10:0x%x\n", far.offset);
	asm volatile("ljmpl *%0\n"
		     ".globl hostile_ljmp_target\n"
		     "hostile_ljmp_target:"
		     : : "m"(far) : "memory");
	printf("FAIL - ljmp to 0x10 went through\n");
	return 1;
}
