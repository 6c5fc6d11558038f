/*
 * Exception and IRQ entry: vectors 0..31 (CPU exceptions) and 32..47 (the
 * 8259 PIC's IRQs 0..15, remapped by pic.c).
 *
 * What the CPU has done on arrival through an interrupt gate (IDT, idt.c):
 *   - if the gate has an IST index, switched RSP to tss.ist[n - 1];
 *     otherwise, on a change from ring 3, to tss.rsp[0]
 *   - aligned RSP down to 16 bytes and pushed SS, RSP, RFLAGS, CS, RIP
 *   - for vectors 8, 10-14, 17, 21, 29 and 30 pushed an error code
 *   - cleared IF (interrupt gate), so nothing nests until we iretq
 *
 * Registers on entry: all of the interrupted context's, untouched.
 *
 * Each stub makes the frame uniform (a 0 in the error code slot when the
 * CPU pushed none), saves rdi in its pt_regs slot, loads the vector into
 * edi and jumps to isr_common, which saves the rest as a struct pt_regs
 * (picture in ptrace.h) and calls
 *     void do_trap(struct pt_regs *regs, unsigned long vector)   (traps.c)
 * Coming from ring 3 it does swapgs first, so that GS reaches the per-CPU
 * area in the kernel.  It leaves through restore_regs_and_iret
 * (entry_64.S), which swaps back when returning to ring 3.
 *
 * NMI, #DF and #MC go to paranoid_common instead: they can arrive at any
 * instruction, including the entry windows where CPL is already 0 but GS
 * still the user's (entry_SYSCALL_64 before its swapgs) or again the
 * user's (between the exit swapgs and sysretq/iretq).  The saved CS says
 * "kernel" there, and trusting it would run the handler on the user's GS.
 * So, as Linux's paranoid_entry, they ask the GS base itself.
 */
#include "ptrace.h"
#include "smap.h"

#define MSR_GS_BASE	0xc0000101

/* NMI, #DF, #MC: the vectors that take the paranoid path. */
#define PARANOID(v) ((v) == 2 || (v) == 8 || (v) == 18)

/* The vectors for which the CPU pushes an error code itself. */
#define HAS_ERRCODE(v) ((v) == 8 || ((v) >= 10 && (v) <= 14) || (v) == 17 || \
			(v) == 21 || (v) == 29 || (v) == 30)

	.text
	.balign 16
.macro ISR vec
	.balign 16
isr_\vec:
	.if !HAS_ERRCODE(\vec)
	pushq	$0			/* pt_regs->orig_ax: no error code */
	.endif
	pushq	%rdi			/* pt_regs->di */
	movl	$\vec, %edi
	.if PARANOID(\vec)
	jmp	paranoid_common
	.else
	jmp	isr_common
	.endif
.endm

.altmacro
.macro ISR_ALL from, to
	ISR \from
	.if \to - \from
	ISR_ALL %(\from + 1), \to
	.endif
.endm
	ISR_ALL 0, 47

/* PUSH_REST: the rest of pt_regs, after the stub's orig_ax and di. */
.macro PUSH_REST
	pushq	%rsi			/* pt_regs->si */
	pushq	%rdx			/* pt_regs->dx */
	pushq	%rcx			/* pt_regs->cx */
	pushq	%rax			/* pt_regs->ax */
	pushq	%r8			/* pt_regs->r8 */
	pushq	%r9			/* pt_regs->r9 */
	pushq	%r10			/* pt_regs->r10 */
	pushq	%r11			/* pt_regs->r11 */
	pushq	%rbx			/* pt_regs->bx */
	pushq	%rbp			/* pt_regs->bp */
	pushq	%r12			/* pt_regs->r12 */
	pushq	%r13			/* pt_regs->r13 */
	pushq	%r14			/* pt_regs->r14 */
	pushq	%r15			/* pt_regs->r15 */
	cld				/* the C ABI wants DF clear */
	ASM_CLAC			/* no user access by accident: the
					 * interrupted code may have had AC */
.endm

isr_common:
	testb	$3, 24(%rsp)		/* saved CS, above di, orig_ax, ip */
	jz	1f
	swapgs
	/*
	 * Both ways here end in an lfence: the CPU may guess the jz wrongly
	 * and run the next GS-relative load with the wrong GS base (user's
	 * where it should be the kernel's, or the reverse), leaving a trace
	 * of kernel data in the cache (CVE-2019-1125, "SWAPGS").  lfence
	 * lets nothing after it start until the branch is settled.
	 */
1:	lfence
	PUSH_REST

	movl	%edi, %esi		/* do_trap's 2nd argument: vector */
	movq	%rsp, %rdi		/* 1st: the pt_regs we just built */
	/*
	 * The CPU aligned to 16 before its pushes; 168 bytes of pt_regs
	 * later rsp is 8 off, and the C ABI wants 16 at a call.  rbx is
	 * callee-saved and already in pt_regs, so it can keep the old rsp.
	 */
	movq	%rsp, %rbx
	andq	$-16, %rsp
	call	do_trap
	movq	%rbx, %rsp
	jmp	restore_regs_and_iret

/*
 * paranoid_common: NMI, #DF, #MC, on their IST stacks.  The GS base
 * decides: the kernel's per-CPU area is in the kernel half, so a negative
 * GS base is the kernel's and stays; anything else is the user's and is
 * swapped, and swapped back on the way out (r12, callee-saved, remembers).
 * This relies on user space having no way to put a kernel-half address in
 * GS: arch_prctl refuses one, and CR4.FSGSBASE (wrgsbase) stays off.
 */
paranoid_common:
	PUSH_REST
	movl	$MSR_GS_BASE, %ecx
	rdmsr				/* edx:eax = GS base */
	xorl	%r12d, %r12d		/* 0: no swapgs on the way out */
	testl	%edx, %edx
	js	1f			/* kernel half: GS is ours already */
	swapgs
	movl	$1, %r12d
1:	lfence				/* as in isr_common: no guessed GS */

	movl	%edi, %esi		/* the stub's vector (rdmsr kept edi) */
	movq	%rsp, %rdi
	movq	%rsp, %rbx
	andq	$-16, %rsp
	call	do_trap
	movq	%rbx, %rsp
	testl	%r12d, %r12d
	jz	2f
	swapgs
2:	jmp	restore_regs_noswapgs

/* The stubs' addresses, for idt.c. */
	.section .rodata
	.balign 8
	.globl isr_stub_table
isr_stub_table:
.macro ISR_ADDR from, to
	.quad isr_\from
	.if \to - \from
	ISR_ADDR %(\from + 1), \to
	.endif
.endm
	ISR_ADDR 0, 47
