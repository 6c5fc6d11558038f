/*
 * hostile_syscall_tf: the program sets TF (single-step) with popfq right
 * before a `syscall` (getpid).  SYSCALL masks TF on entry (SFMASK), so
 * nothing traps in the kernel; TF comes back with the user RFLAGS (r11).
 * sysretq could restore it, but then the trap would come right after the
 * sysretq, before any user instruction (Linux's comment on its SYSRET
 * conditions), so Linux, like trapdoor, returns through iretq when TF is
 * set: the first instruction back in ring 3 (a nop) runs, then #DB,
 * SIGTRAP, status 128 + 5 (no debugger: the default action).  Checked on
 * Linux 6.18: SIGTRAP.  The kernel keeps running.
 */
/* expect: exit 133 */
/* expect-log: killed by SIGTRAP: #DB debug at rip 0x[0-9a-f]+ */
/* expect-log: kernel healthy */
#include "ulib.h"

int main(void)
{
	printf("setting TF, then syscall getpid\n");
	asm volatile("movl $39, %%eax\n\t"
		     "pushfq\n\t"
		     "orq $0x100, (%%rsp)\n\t"
		     "popfq\n\t"
		     "syscall\n\t"
		     "nop\n\t"
		     "nop\n\t"
		     "pushfq\n\t"
		     "andq $~0x100, (%%rsp)\n\t"
		     "popfq"
		     : : : "rax", "rcx", "r11", "cc", "memory");
	printf("FAIL - no SIGTRAP after single-stepping over syscall\n");
	return 1;
}
