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
 * Run alone it checks what the CPU and the kernel promise at those
 * instructions: after `syscall`, rax = the pid (1), rcx = the address of
 * the next instruction and r11 = the RFLAGS of just before; after
 * `int $0x80`, rax = the pid and RFLAGS and RSP as they were.
 */
#include "ulib.h"

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
	check_done();
}
