/*
 * capture_regs(struct pt_regs *regs): a snapshot of the caller, for panic().
 *
 * Called from C (rdi = regs); stores every general register as it is at
 * the call, RIP as the return address, RSP as it was before the call,
 * RFLAGS, CS and SS.  Clobbers nothing but what the C ABI lets it.
 */
#include "ptrace.h"

	.text
	.globl capture_regs
capture_regs:
	movq	%r15, PTREGS_R15(%rdi)
	movq	%r14, PTREGS_R14(%rdi)
	movq	%r13, PTREGS_R13(%rdi)
	movq	%r12, PTREGS_R12(%rdi)
	movq	%rbp, PTREGS_BP(%rdi)
	movq	%rbx, PTREGS_BX(%rdi)
	movq	%r11, PTREGS_R11(%rdi)
	movq	%r10, PTREGS_R10(%rdi)
	movq	%r9, PTREGS_R9(%rdi)
	movq	%r8, PTREGS_R8(%rdi)
	movq	%rax, PTREGS_AX(%rdi)
	movq	%rcx, PTREGS_CX(%rdi)
	movq	%rdx, PTREGS_DX(%rdi)
	movq	%rsi, PTREGS_SI(%rdi)
	movq	%rdi, PTREGS_DI(%rdi)
	movq	$-1, PTREGS_ORIG_AX(%rdi)	/* not a trap: no error code */
	movq	(%rsp), %rax			/* the caller's RIP */
	movq	%rax, PTREGS_IP(%rdi)
	leaq	8(%rsp), %rax			/* the caller's RSP */
	movq	%rax, PTREGS_SP(%rdi)
	pushfq
	popq	PTREGS_FLAGS(%rdi)
	movq	$0, PTREGS_CS(%rdi)
	movw	%cs, PTREGS_CS(%rdi)
	movq	$0, PTREGS_SS(%rdi)
	movw	%ss, PTREGS_SS(%rdi)
	movq	PTREGS_AX(%rdi), %rax
	ret
