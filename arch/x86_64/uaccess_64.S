/*
 * The instructions that touch user memory.  Each one that may fault is
 * listed in __ex_table as a pair (faulting instruction, fixup): do_trap()
 * finds a kernel-mode #PF's RIP there and resumes at the fixup, which
 * returns how much was left undone.  The range checks are in uaccess.c;
 * these trust their arguments otherwise.  All are called from C.  Each
 * opens the SMAP window (stac) only around its copy and closes it (clac)
 * on both ways out.
 */
#include "smap.h"

#define EFAULT	14

.macro EX_ENTRY insn, fixup
	.pushsection __ex_table, "a"
	.balign 8
	.quad \insn, \fixup
	.popsection
.endm

	.text
/*
 * __copy_user(to = rdi, from = rsi, n = rdx) -> bytes not copied.
 * rep movsb is restartable: at a fault, rcx holds what is left.
 */
	.globl __copy_user
__copy_user:
	movq	%rdx, %rcx
	ASM_STAC
1:	rep movsb
	ASM_CLAC
	xorl	%eax, %eax
	ret
2:	ASM_CLAC
	movq	%rcx, %rax
	ret
	EX_ENTRY 1b, 2b

/* __clear_user(to = rdi, n = rsi) -> bytes not cleared. */
	.globl __clear_user
__clear_user:
	movq	%rsi, %rcx
	xorl	%eax, %eax
	ASM_STAC
1:	rep stosb
	ASM_CLAC
	ret
2:	ASM_CLAC
	movq	%rcx, %rax
	ret
	EX_ENTRY 1b, 2b

/*
 * __strncpy_from_user(dst = rdi, src = rsi, count = rdx) -> the length
 * before the NUL (the NUL copied too), count if none in count bytes, or
 * -EFAULT.
 */
	.globl __strncpy_from_user
__strncpy_from_user:
	xorl	%eax, %eax			/* bytes copied */
	ASM_STAC
1:	cmpq	%rdx, %rax
	je	3f
2:	movb	(%rsi,%rax), %cl
	movb	%cl, (%rdi,%rax)
	testb	%cl, %cl
	jz	3f
	incq	%rax
	jmp	1b
3:	ASM_CLAC
	ret
4:	ASM_CLAC
	movq	$-EFAULT, %rax
	ret
	EX_ENTRY 2b, 4b
