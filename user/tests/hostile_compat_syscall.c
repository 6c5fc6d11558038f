/*
 * `syscall` from 32-bit compatibility mode: the program far-jumps to the
 * 32-bit user code segment (0x23), executes syscall, and jumps back to
 * 64-bit mode (0x33).  The CPU then enters through CSTAR; trapdoor has no
 * 32-bit syscall ABI and answers -ENOSYS (as Linux without IA32
 * emulation).  Before CSTAR was set, this jumped to address 0 in ring 0.
 */
#include "ulib.h"

volatile uint32_t result __attribute__((used));
uint64_t saved_rsp __attribute__((used));

int main(void)
{
	/* A far pointer for ljmpl *: a 32-bit offset, then the selector. */
	static struct __attribute__((packed)) { uint32_t off; uint16_t sel; } to32;

	extern char compat_code[];
	to32.off = (uint32_t)(uintptr_t)compat_code;
	to32.sel = 0x23;
	asm volatile("movq %%rsp, saved_rsp(%%rip)\n\t"
		     "ljmpl *%0\n\t"
		     ".code32\n"
		     "compat_code:\n\t"
		     "movl $20, %%eax\n\t"	/* any number */
		     "syscall\n\t"
		     "movl %%eax, result\n\t"
		     "ljmpl $0x33, $1f\n\t"
		     ".code64\n"
		     "1:\n\t"
		     "movq saved_rsp(%%rip), %%rsp"
		     : : "m"(to32) : "rax", "rcx", "r11", "memory");
	CHECK_EQ((int32_t)result, -38, "syscall in compatibility mode is -ENOSYS");
	CHECK_EQ(sc_getpid(), 1, "and the program goes on in 64-bit mode");
	check_done();
}
