/*
 * hostile_sigreturn_compat: a signal taken in 32-bit compatibility mode
 * comes back there, as on Linux.  The program far-jumps to the 32-bit
 * user code segment and executes ud2: SIGILL.  The handler runs in 64-bit
 * mode (CS = the 64-bit user code segment) and finds in its frame the
 * 32-bit CS it interrupted; it steps over the ud2 and returns, and
 * rt_sigreturn must put the program back into 32-bit code after it (Linux
 * restores the frame's CS with RPL 3).  Before, rt_sigreturn refused any
 * CS but the 64-bit one and the program died of SIGSEGV.  A 32-bit CS
 * with a RIP above 4 GiB cannot be returned to (iretq would fault in the
 * kernel): that is a SIGSEGV, which Linux's failed iret gives too.
 */
#include "ulib.h"
#include "usignal.h"

#define SIGILL		4
#define USER32_CS	0x23	/* and 64-bit code 0x33, in the ljmp back */
#define USER_CS		0x33

static uint8_t stack32[16384] __attribute__((aligned(16), used));
uint32_t esp_set __attribute__((used));
uint32_t after_ud2 __attribute__((used));
uint64_t saved_rsp __attribute__((used));
static volatile unsigned short handler_cs, frame_cs, frame_ss;

static void on_sigill(int sig, void *info, void *ucv)
{
	struct ucontext_64 *uc = ucv;
	unsigned short cs;

	(void)sig;
	(void)info;
	asm volatile("movw %%cs, %0" : "=r"(cs));
	handler_cs = cs;
	frame_cs = uc->uc_mcontext.cs;
	frame_ss = uc->uc_mcontext.ss;
	uc->uc_mcontext.ip += 2;		/* over the ud2 */
}

int main(void)
{
	static struct __attribute__((packed)) { uint32_t off; uint16_t sel; } to32;
	extern char compat_ud2_code[];

	sig_handle(SIGILL, on_sigill, 0);
	to32.off = (uint32_t)(uintptr_t)compat_ud2_code;
	to32.sel = USER32_CS;
	esp_set = (uint32_t)(uintptr_t)(stack32 + sizeof(stack32) - 16);
	asm volatile("movq %%rsp, saved_rsp(%%rip)\n\t"
		     "ljmpl *%0\n\t"
		     ".code32\n"
		     "compat_ud2_code:\n\t"
		     "movl esp_set, %%esp\n\t"
		     "ud2\n\t"
		     "movl $1, after_ud2\n\t"
		     "ljmpl $0x33, $1f\n\t"
		     ".code64\n"
		     "1:\n\t"
		     "movq saved_rsp(%%rip), %%rsp"
		     : : "m"(to32) : "rax", "rcx", "rdx", "memory");
	CHECK_EQ(handler_cs, USER_CS, "the handler runs in 64-bit mode");
	CHECK_EQ(frame_cs, USER32_CS, "its frame has the 32-bit CS it interrupted");
	CHECK_EQ(frame_ss, USER_CS - 8, "and the user SS");
	CHECK_EQ(after_ud2, 1, "rt_sigreturn went back to 32-bit code after the ud2");
	check_done();
}
