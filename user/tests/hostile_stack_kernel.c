/*
 * hostile_stack_kernel: ring 3 points %rsp at the kernel's image
 * (0xffffffff80200000), then at a non-canonical address, and makes system
 * calls through both doors.  `syscall` switches no stack: the kernel must
 * not push anything before loading its own stack (entry_SYSCALL_64 does
 * swapgs and takes the kernel stack from the per-CPU area first); `int
 * $0x80` switches to TSS.RSP0 in the CPU itself.  So getpid works and
 * returns the pid (1 here), and the program carries on once it puts its
 * stack back.  Linux: the same (its entry does the same dance).
 */
/* expect: exit 0 */
/* expect-log: kernel healthy */
#include "ulib.h"

/* getpid through `syscall` with rsp = sp; rsp is kept in rbx around it. */
static long getpid_with_sp(unsigned long sp)
{
	long ret;

	asm volatile("movq %%rsp, %%rbx\n\t"
		     "movq %1, %%rsp\n\t"
		     "movl $39, %%eax\n\t"
		     "syscall\n\t"
		     "movq %%rbx, %%rsp"
		     : "=&a"(ret) : "r"(sp) : "rbx", "rcx", "r11", "memory");
	return ret;
}

/* getpid through `int $0x80` (i386 number 20) with rsp = sp. */
static long getpid80_with_sp(unsigned long sp)
{
	long ret;

	asm volatile("movq %%rsp, %%rbx\n\t"
		     "movq %1, %%rsp\n\t"
		     "movl $20, %%eax\n\t"
		     "int $0x80\n\t"
		     "movq %%rbx, %%rsp"
		     : "=&a"(ret) : "r"(sp) : "rbx", "memory");
	return ret;
}

int main(void)
{
	long pid = sc_getpid();

	printf("syscall and int $0x80 with rsp in the kernel's half\n");
	CHECK_EQ(getpid_with_sp(0xffffffff80200000ul), pid,
		 "syscall getpid with rsp = 0xffffffff80200000");
	CHECK_EQ(getpid80_with_sp(0xffffffff80200000ul), pid,
		 "int $0x80 getpid with rsp = 0xffffffff80200000");
	CHECK_EQ(getpid_with_sp(0xffff800000100000ul), pid,
		 "syscall getpid with rsp = 0xffff800000100000 (direct map)");
	CHECK_EQ(getpid_with_sp(0x8000000000000000ul), pid,
		 "syscall getpid with rsp = 0x8000000000000000 (non-canonical)");
	CHECK_EQ(getpid80_with_sp(0x8000000000000000ul), pid,
		 "int $0x80 getpid with rsp = 0x8000000000000000 (non-canonical)");
	CHECK_EQ(getpid_with_sp(0), pid, "syscall getpid with rsp = 0");
	check_done();
}
