/*
 * doors_gdb: one getpid through each door, at labelled instructions, for
 * tests/qemu/gdb_rings.sh, which stops gdb on them and steps across the
 * ring transitions (docs/gdb.md):
 *   doors_gdb_syscall        the `syscall` (rax = 39, getpid)
 *   doors_gdb_syscall_ret    the instruction after it: RCX on entry, and
 *                            where sysretq returns
 *   doors_gdb_int80          the `int $0x80` (eax = 20, i386 getpid)
 *   doors_gdb_int80_ret      the instruction after it: the RIP the CPU
 *                            pushes, and where iretq returns
 *   doors_gdb_fault          a `syscall` (getpid) whose next instruction,
 *                            doors_gdb_fault_ret, writes to a stack page
 *                            not touched yet: a #PF from ring 3 whose ip
 *                            follows a `syscall`, which gdb's helpers must
 *                            still call an exception, not that syscall
 *   doors_gdb_sleep          a `syscall` nanosleep: the kernel waits with
 *                            sti; hlt, so a timer IRQ always comes in
 *                            inside the syscall (a nested interrupt)
 * Run alone it checks what the CPU and the kernel promise at those
 * instructions: after `syscall`, rax = the pid (1), rcx = the address of
 * the next instruction and r11 = the RFLAGS of just before; after
 * `int $0x80`, rax = the pid and RFLAGS and RSP as they were.
 */
#include "ulib.h"

struct kernel_ts {
	long tv_sec, tv_nsec;
};

/* noipa: one copy of each function, so each label is defined once.  The
 * flags are read with pushfq below the red zone (lea changes no flag). */
__attribute__((noipa)) static long door_syscall(unsigned long *rcx,
						unsigned long *r11,
						unsigned long *flags)
{
	long ret = 39;				/* __NR_getpid */
	unsigned long c, fl;
	register unsigned long f asm("r11");

	asm volatile("leaq -128(%%rsp), %%rsp\n\t"
		     "pushfq\n\t"
		     "popq %[fl]\n\t"
		     "leaq 128(%%rsp), %%rsp\n\t"
		     ".globl doors_gdb_syscall\n"
		     "doors_gdb_syscall:\n\t"
		     "syscall\n"
		     ".globl doors_gdb_syscall_ret\n"
		     "doors_gdb_syscall_ret:"
		     : "+a"(ret), "=c"(c), "=r"(f), [fl] "=&r"(fl)
		     : : "memory");
	*rcx = c;
	*r11 = f;
	*flags = fl;
	return ret;
}

__attribute__((noipa)) static long door_int80(unsigned long *flags_before,
					      unsigned long *flags_after,
					      unsigned long *rsp_before,
					      unsigned long *rsp_after)
{
	long ret = 20;				/* __NR_ia32_getpid */
	unsigned long fb, fa, sb, sa;

	asm volatile("leaq -128(%%rsp), %%rsp\n\t"
		     "pushfq\n\t"
		     "popq %[fb]\n\t"
		     "leaq 128(%%rsp), %%rsp\n\t"
		     "movq %%rsp, %[sb]\n"
		     ".globl doors_gdb_int80\n"
		     "doors_gdb_int80:\n\t"
		     "int $0x80\n"
		     ".globl doors_gdb_int80_ret\n"
		     "doors_gdb_int80_ret:\n\t"
		     "movq %%rsp, %[sa]\n\t"
		     "leaq -128(%%rsp), %%rsp\n\t"
		     "pushfq\n\t"
		     "popq %[fa]\n\t"
		     "leaq 128(%%rsp), %%rsp"
		     : "+a"(ret), [fb] "=&r"(fb), [fa] "=&r"(fa),
		       [sb] "=&r"(sb), [sa] "=&r"(sa)
		     : : "memory");
	*flags_before = fb;
	*flags_after = fa;
	*rsp_before = sb;
	*rsp_after = sa;
	return ret;
}

/* getpid, then at once a write 64 KiB below rsp: a stack page nobody
 * has touched, which the kernel fills in on demand (#PF, vector 14). */
__attribute__((noipa)) static long door_fault(void)
{
	long ret = 39;				/* __NR_getpid */

	asm volatile(".globl doors_gdb_fault\n"
		     "doors_gdb_fault:\n\t"
		     "syscall\n"
		     ".globl doors_gdb_fault_ret\n"
		     "doors_gdb_fault_ret:\n\t"
		     "movb $1, -65536(%%rsp)"
		     : "+a"(ret) : : "rcx", "r11", "memory");
	return ret;
}

/* nanosleep(ts, NULL) at a label. */
__attribute__((noipa)) static long door_sleep(const struct kernel_ts *ts)
{
	long ret = 35;				/* __NR_nanosleep */

	asm volatile(".globl doors_gdb_sleep\n"
		     "doors_gdb_sleep:\n\t"
		     "syscall"
		     : "+a"(ret) : "D"(ts), "S"(0L) : "rcx", "r11", "memory");
	return ret;
}

extern const char doors_gdb_syscall_ret[];

int main(void)
{
	unsigned long rcx, r11, flags, fb, fa, sb, sa;
	long pid;

	pid = door_syscall(&rcx, &r11, &flags);
	CHECK_EQ(pid, 1, "getpid through syscall at doors_gdb_syscall is 1");
	CHECK_EQ(rcx, (unsigned long)doors_gdb_syscall_ret,
		 "rcx after syscall = the address of the next instruction");
	CHECK_EQ(r11, flags, "r11 after syscall = the RFLAGS before it");

	pid = door_int80(&fb, &fa, &sb, &sa);
	CHECK_EQ(pid, 1, "getpid through int $0x80 at doors_gdb_int80 is 1");
	CHECK_EQ(fa, fb, "RFLAGS after int $0x80 = RFLAGS before it");
	CHECK_EQ(sa, sb, "RSP after int $0x80 = RSP before it");

	CHECK_EQ(door_fault(), 1, "getpid at doors_gdb_fault, then a stack page on demand");
	static const struct kernel_ts ms = { 0, 1000000 };
	CHECK_EQ(door_sleep(&ms), 0, "nanosleep 1 ms at doors_gdb_sleep");
	check_done();
}
