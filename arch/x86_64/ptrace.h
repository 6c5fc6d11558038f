/*
 * struct pt_regs: the registers saved on kernel entry, in Linux's order and
 * with Linux's names, lowest address first.  Assembly uses the PTREGS_*
 * offsets; the asserts below tie each one to the struct.
 *
 *         +---------+ <- top of the kernel stack (pushed first)
 *   +160  | ss      | \
 *   +152  | sp      |  |
 *   +144  | flags   |  | pushed by the CPU (int/exception/IRQ)
 *   +136  | cs      |  |
 *   +128  | ip      | /
 *   +120  | orig_ax |   error code, or the syscall number
 *   +112  | di      | \
 *   +104  | si      |  |
 *    +96  | dx      |  |
 *    +88  | cx      |  |
 *    +80  | ax      |  |
 *    +72  | r8      |  |
 *    +64  | r9      |  | pushed by the entry code
 *    +56  | r10     |  |
 *    +48  | r11     |  |
 *    +40  | bx      |  |
 *    +32  | bp      |  |
 *    +24  | r12     |  |
 *    +16  | r13     |  |
 *     +8  | r14     |  |
 *     +0  | r15     | / <- rsp, the struct pt_regs * handed to C
 *         +---------+
 */
#ifndef PTRACE_H
#define PTRACE_H

#define PTREGS_R15	0
#define PTREGS_R14	8
#define PTREGS_R13	16
#define PTREGS_R12	24
#define PTREGS_BP	32
#define PTREGS_BX	40
#define PTREGS_R11	48
#define PTREGS_R10	56
#define PTREGS_R9	64
#define PTREGS_R8	72
#define PTREGS_AX	80
#define PTREGS_CX	88
#define PTREGS_DX	96
#define PTREGS_SI	104
#define PTREGS_DI	112
#define PTREGS_ORIG_AX	120
#define PTREGS_IP	128
#define PTREGS_CS	136
#define PTREGS_FLAGS	144
#define PTREGS_SP	152
#define PTREGS_SS	160
#define PTREGS_SIZE	168

#ifndef __ASSEMBLER__
#include <stddef.h>

struct pt_regs {
	unsigned long r15, r14, r13, r12, bp, bx;
	unsigned long r11, r10, r9, r8, ax, cx, dx, si, di;
	unsigned long orig_ax;
	unsigned long ip, cs, flags, sp, ss;
};

#define PTREGS_CHECK(field, off) \
	_Static_assert(offsetof(struct pt_regs, field) == (off), #field)
PTREGS_CHECK(r15, PTREGS_R15);
PTREGS_CHECK(r14, PTREGS_R14);
PTREGS_CHECK(r13, PTREGS_R13);
PTREGS_CHECK(r12, PTREGS_R12);
PTREGS_CHECK(bp, PTREGS_BP);
PTREGS_CHECK(bx, PTREGS_BX);
PTREGS_CHECK(r11, PTREGS_R11);
PTREGS_CHECK(r10, PTREGS_R10);
PTREGS_CHECK(r9, PTREGS_R9);
PTREGS_CHECK(r8, PTREGS_R8);
PTREGS_CHECK(ax, PTREGS_AX);
PTREGS_CHECK(cx, PTREGS_CX);
PTREGS_CHECK(dx, PTREGS_DX);
PTREGS_CHECK(si, PTREGS_SI);
PTREGS_CHECK(di, PTREGS_DI);
PTREGS_CHECK(orig_ax, PTREGS_ORIG_AX);
PTREGS_CHECK(ip, PTREGS_IP);
PTREGS_CHECK(cs, PTREGS_CS);
PTREGS_CHECK(flags, PTREGS_FLAGS);
PTREGS_CHECK(sp, PTREGS_SP);
PTREGS_CHECK(ss, PTREGS_SS);
_Static_assert(sizeof(struct pt_regs) == PTREGS_SIZE, "pt_regs size");
#undef PTREGS_CHECK

static inline int user_mode(const struct pt_regs *regs)
{
	return (regs->cs & 3) == 3;
}
#endif

#endif
