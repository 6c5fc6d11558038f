/*
 * The two ways into the kernel, as inline asm: __scN(nr, a1..aN) through
 * `syscall` (x86-64 ABI: rax, rdi rsi rdx r10 r8 r9; the CPU clobbers rcx
 * and r11) and __i80_N(nr, a1..aN) through `int $0x80` (i386 ABI: eax, ebx
 * ecx edx esi edi ebp).  The generated syscall_stubs.h wraps them per call.
 */
#ifndef SYSCALL_RAW_H
#define SYSCALL_RAW_H

static inline long __sc6(long n, long a1, long a2, long a3, long a4, long a5,
			 long a6)
{
	long ret;
	register long r10 asm("r10") = a4;
	register long r8 asm("r8") = a5;
	register long r9 asm("r9") = a6;

	asm volatile("syscall"
		     : "=a"(ret)
		     : "a"(n), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8),
		       "r"(r9)
		     : "rcx", "r11", "memory");
	return ret;
}

#define __sc0(n)			__sc6(n, 0, 0, 0, 0, 0, 0)
#define __sc1(n, a)			__sc6(n, a, 0, 0, 0, 0, 0)
#define __sc2(n, a, b)			__sc6(n, a, b, 0, 0, 0, 0)
#define __sc3(n, a, b, c)		__sc6(n, a, b, c, 0, 0, 0)
#define __sc4(n, a, b, c, d)		__sc6(n, a, b, c, d, 0, 0)
#define __sc5(n, a, b, c, d, e)		__sc6(n, a, b, c, d, e, 0)

/* int $0x80: 32-bit registers; the kernel zero-extends them.  ebp is the
 * frame pointer, so it is saved and loaded by hand. */
static inline long __i80_6(long n, long a1, long a2, long a3, long a4,
			   long a5, long a6)
{
	long ret;

	asm volatile("pushq %%rbp\n\t"
		     "movl %k7, %%ebp\n\t"
		     "int $0x80\n\t"
		     "popq %%rbp"
		     : "=a"(ret)
		     : "a"(n), "b"(a1), "c"(a2), "d"(a3), "S"(a4), "D"(a5),
		       "r"(a6)
		     : "memory");
	return ret;
}

#define __i80_0(n)			__i80_6(n, 0, 0, 0, 0, 0, 0)
#define __i80_1(n, a)			__i80_6(n, a, 0, 0, 0, 0, 0)
#define __i80_2(n, a, b)		__i80_6(n, a, b, 0, 0, 0, 0)
#define __i80_3(n, a, b, c)		__i80_6(n, a, b, c, 0, 0, 0)
#define __i80_4(n, a, b, c, d)		__i80_6(n, a, b, c, d, 0, 0)
#define __i80_5(n, a, b, c, d, e)	__i80_6(n, a, b, c, d, e, 0)

#endif
