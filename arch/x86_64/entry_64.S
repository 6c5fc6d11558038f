/*
 * The two system call doors: `syscall` (entry_SYSCALL_64) and `int $0x80`
 * (entry_INT80_compat).  Both build a struct pt_regs on the task's kernel
 * stack (picture in ptrace.h), call a C dispatcher, and leave.
 *
 * Instruction budget of a `syscall` round trip: 101 guest instructions
 * for getpid, 89 for an unknown number (make bench: QEMU -icount counts
 * them exactly; Linux 6.1 in the same QEMU: 306 and 209).  In the order
 * the CPU runs them, and what each part buys:
 *   syscall, swapgs, 2 movs (4)                find the kernel stack
 *   6 + 15 pushes, cld (22)                    a full pt_regs: tracing,
 *                                              gdb's pt-regs, signals and
 *                                              rt_sigreturn all read it
 *   call setup and do_syscall_64's checks (~18) sti, the strace and
 *                                              seccomp flags, the bound
 *                                              and its nospec mask
 *   the table call, wrapper, handler (~10)     Linux numbering, typed args
 *   exit_to_user_mode (~8)                     pending signals, cli
 *   sysret_safe (~19, in C)                    never sysret to a bad RIP
 *   15 pops, rsp, swapgs, sysretq (19)
 *
 * Returning to a 16-bit stack segment (why there is no espfix here): when
 * iretq loads an SS whose descriptor has B = 0, the CPU writes only
 * SP[15:0] and leaves RSP[63:16] as they were in the kernel, so a program
 * in 32-bit code would read the kernel stack's address in ESP (and in RSP
 * once back in 64-bit mode).  Linux's espfix64 returns through a small
 * per-CPU stack alias whose upper bits say nothing.  trapdoor needs none:
 * its only user data segment, USER_DS, is 32-bit (gdt.c), and a program
 * cannot make another, since there is no modify_ldt yet.  When the LDT
 * comes, it must refuse 16-bit stack segments (or this file must grow an
 * espfix), as Linux built without CONFIG_X86_16BIT refuses them.
 */
#include "ptrace.h"
#include "percpu.h"
#include "segment.h"
#include "smap.h"

#define ENOSYS	38

/*
 * PUSH_REGS: the general registers, after the CPU-or-us-pushed part of
 * pt_regs (ss..ip) and orig_ax.  rax's slot gets `ax`, which the syscall
 * doors preset to -ENOSYS and the trap stubs fill with the real rax.
 */
.macro PUSH_REGS ax
	pushq	%rdi			/* pt_regs->di */
	pushq	%rsi			/* pt_regs->si */
	pushq	%rdx			/* pt_regs->dx */
	pushq	%rcx			/* pt_regs->cx */
	pushq	\ax			/* pt_regs->ax */
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
.endm

/* POP_REGS: the reverse, leaving rsp at pt_regs->orig_ax. */
.macro POP_REGS
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbp
	popq	%rbx
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rax
	popq	%rcx
	popq	%rdx
	popq	%rsi
	popq	%rdi
.endm

	.text
/*
 * entry_SYSCALL_64: the target of LSTAR, every `syscall` from ring 3.
 *
 * What the CPU has done (no memory access at all, no stack switch):
 *   rcx = user RIP (the instruction after syscall), r11 = user RFLAGS
 *   RFLAGS &= ~SFMASK: IF, TF, DF, AC, NT and IOPL are clear
 *   CS = STAR[47:32] (KERNEL_CS), SS = STAR[47:32] + 8 (KERNEL_DS), CPL 0
 *   RIP = LSTAR.  RSP is still the user's, and GS still the user's.
 *
 * Registers on entry: rax = number, rdi rsi rdx r10 r8 r9 = arguments.
 *
 * Leaves by sysretq when do_syscall_64 says it is safe (rcx == rip,
 * r11 == flags, canonical user RIP, user selectors; see syscall.c),
 * otherwise by iretq through restore_regs_and_iret.
 *
 * Kernel stack on the way to do_syscall_64 (percpu.kernel_rsp = top,
 * 16-byte aligned; the same frame an interrupt from ring 3 would build):
 *
 *   top -  8  ss      = USER_DS
 *   top - 16  sp      = user RSP (via percpu.user_rsp)
 *   top - 24  flags   = r11
 *   top - 32  cs      = USER_CS
 *   top - 40  ip      = rcx
 *   top - 48  orig_ax = rax, the syscall number
 *   top - 56  di .. top - 168 r15 (PUSH_REGS), ax = -ENOSYS
 *   top - 176 (alignment pad for the call)
 */
	.globl entry_SYSCALL_64
	.type entry_SYSCALL_64, @function
entry_SYSCALL_64:
	/* Nothing may touch memory through GS or the stack before these
	 * three: interrupts are off (SFMASK), so no one can see the gap. */
	swapgs					/* GS_BASE = &percpu */
	movq	%rsp, %gs:PERCPU_USER_RSP
	movq	%gs:PERCPU_KERNEL_RSP, %rsp

	pushq	$USER_DS			/* pt_regs->ss */
	pushq	%gs:PERCPU_USER_RSP		/* pt_regs->sp */
	pushq	%r11				/* pt_regs->flags */
	pushq	$USER_CS			/* pt_regs->cs */
	pushq	%rcx				/* pt_regs->ip */
	pushq	%rax				/* pt_regs->orig_ax */
	PUSH_REGS $-ENOSYS
	cld

	movq	%rsp, %rdi			/* 1st arg: regs */
	movslq	%eax, %rsi			/* 2nd: nr.  As Linux since
						 * 5.12, an int: rax's upper
						 * 32 bits are ignored */
	subq	$8, %rsp			/* 168 bytes pushed: re-align */
	call	do_syscall_64			/* true: sysret is safe */
	addq	$8, %rsp
	testb	%al, %al
	jz	restore_regs_and_iret

	/* SYSRET: rcx and r11 come back from pt_regs->cx and ->r11, which
	 * do_syscall_64 checked equal to ->ip and ->flags. */
	POP_REGS
	movq	PTREGS_SP - PTREGS_ORIG_AX(%rsp), %rsp	/* user RSP */
	swapgs					/* GS_BASE = user's */
	sysretq

/*
 * entry_INT80_compat: IDT vector 0x80, a DPL-3 interrupt gate, so `int
 * $0x80` reaches it from ring 3.  As on Linux for a 64-bit process, it is
 * the i386 system call ABI: eax = number from syscall_32.tbl, ebx ecx edx
 * esi edi ebp = arguments (zero-extended), result in eax.
 *
 * What the CPU has done: switched to tss.rsp[0] (from ring 3), pushed ss,
 * rsp, rflags, cs, rip (no error code), cleared IF (interrupt gate).
 *
 * Calls do_int80_syscall_32(regs) and always leaves by iretq.
 */
	.globl entry_INT80_compat
	.type entry_INT80_compat, @function
entry_INT80_compat:
	testb	$3, 8(%rsp)			/* saved CS: from ring 3? */
	jz	1f
	swapgs
1:	lfence					/* no GS load on a guessed
						 * path: isr_stubs.S says why */
	pushq	%rax				/* pt_regs->orig_ax */
	PUSH_REGS $-ENOSYS
	cld
	ASM_CLAC				/* int does not clear AC */
	movq	%rsp, %rdi
	movq	%rsp, %rbx			/* callee-saved: the frame */
	andq	$-16, %rsp
	call	do_int80_syscall_32
	movq	%rbx, %rsp
	jmp	restore_regs_and_iret

/*
 * entry_SYSCALL_compat: the target of CSTAR, a `syscall` executed in
 * 32-bit compatibility mode (a program that far-jumped to USER32_CS).
 * trapdoor has no 32-bit syscall ABI: as Linux without IA32 emulation,
 * answer -ENOSYS at once.  Nothing is touched but eax: not the stack (it
 * is still the user's), not GS.  sysretl goes back to compatibility mode
 * at ECX with R11's flags, CS = STAR[63:48] (0x23) and SS = +8.
 * Without this, CSTAR would be 0 and such a syscall would jump to
 * address 0 in ring 0 on the user's stack (AMD CPUs and QEMU; Intel
 * raises #UD instead).
 */
	.globl entry_SYSCALL_compat
	.type entry_SYSCALL_compat, @function
entry_SYSCALL_compat:
	movl	$-ENOSYS, %eax
	sysretl

/*
 * restore_regs_and_iret: the common way out.  rsp points at a struct
 * pt_regs; restores every register from it and iretq's to regs->ip with
 * regs->cs/flags/sp/ss, doing swapgs first if that is ring 3.  Also how a
 * new task first enters ring 3 (enter_user in process.c jumps here).
 */
	.globl restore_regs_and_iret
	.type restore_regs_and_iret, @function
restore_regs_and_iret:
	testb	$3, PTREGS_CS(%rsp)
	jz	restore_regs_noswapgs
	swapgs
/* The paranoid entries (isr_stubs.S) come in here, GS already settled. */
	.globl restore_regs_noswapgs
restore_regs_noswapgs:
	POP_REGS
	addq	$8, %rsp			/* skip orig_ax */
	iretq
