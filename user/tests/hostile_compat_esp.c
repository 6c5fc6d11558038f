/*
 * hostile_compat_esp: a return to 32-bit code must give back the whole
 * ESP.  The program far-jumps to the 32-bit user code segment with ESP on
 * a stack below 4 GiB, enters the kernel through `int $0x80` (getpid) and
 * spins long enough for timer ticks, then compares ESP with what it set.
 * iretq restores only SP[15:0] when the SS it loads is a 16-bit segment
 * (D/B clear): ESP[31:16], and after the jump back RSP[63:16], would keep
 * the kernel stack's bits (0x0001fe50, 0xffffc9000001fe50) — a kernel
 * address handed to ring 3.  Linux's user data segment is 32-bit; so is
 * trapdoor's.
 *
 * The jump there goes through a far pointer in memory (ljmpl *), and back
 * with a direct ljmp: under QEMU 7.2 with SMAP a ring-3 lretq/iretq can
 * take a bogus #PF (see hostile_iretq.c), a far jmp does not.
 */
#include "ulib.h"

#define USER32_CS	0x23	/* and 64-bit code 0x33, in the ljmp back */

static uint8_t stack32[4096] __attribute__((aligned(16), used));
uint32_t esp_set __attribute__((used));
uint32_t esp_int80 __attribute__((used));
uint32_t esp_tick __attribute__((used));
uint32_t pid32 __attribute__((used));
uint64_t rsp_back __attribute__((used));
uint64_t saved_rsp __attribute__((used));

int main(void)
{
	static struct __attribute__((packed)) { uint32_t off; uint16_t sel; } to32;
	extern char compat_esp_code[];

	to32.off = (uint32_t)(uintptr_t)compat_esp_code;
	to32.sel = USER32_CS;
	esp_set = (uint32_t)(uintptr_t)(stack32 + sizeof(stack32) - 16);
	CHECK((uintptr_t)stack32 < (1ul << 32), "the 32-bit stack is below 4 GiB");
	asm volatile("movq %%rsp, saved_rsp(%%rip)\n\t"
		     "ljmpl *%0\n\t"
		     ".code32\n"
		     "compat_esp_code:\n\t"
		     "movl esp_set, %%esp\n\t"
		     "movl $20, %%eax\n\t"		/* i386 getpid */
		     "int $0x80\n\t"
		     "movl %%eax, pid32\n\t"
		     "movl %%esp, esp_int80\n\t"
		     /* Spin ~20M rounds (several 10 ms ticks under TCG),
		      * stopping at the first change of ESP. */
		     "movl esp_set, %%esp\n\t"
		     "movl $20000000, %%ecx\n"
		     "2:\n\t"
		     "cmpl esp_set, %%esp\n\t"
		     "jne 3f\n\t"
		     "decl %%ecx\n\t"
		     "jnz 2b\n"
		     "3:\n\t"
		     "movl %%esp, esp_tick\n\t"
		     "ljmpl $0x33, $1f\n\t"
		     ".code64\n"
		     "1:\n\t"
		     "movq %%rsp, rsp_back(%%rip)\n\t"
		     "movq saved_rsp(%%rip), %%rsp"
		     : : "m"(to32) : "rax", "rcx", "rdx", "memory");
	CHECK_EQ(pid32, 1, "getpid through int $0x80 in compatibility mode");
	printf("ESP set 0x%x, after int $0x80 0x%x, after the ticks 0x%x, "
	       "RSP back in 64-bit mode 0x%lx\n", esp_set, esp_int80, esp_tick,
	       rsp_back);
	CHECK_EQ(esp_int80, esp_set, "int $0x80 gives back the whole ESP");
	CHECK_EQ(esp_tick, esp_set, "timer ticks give back the whole ESP");
	CHECK_EQ(rsp_back, esp_set, "RSP in 64-bit mode has no kernel bits");
	check_done();
}
