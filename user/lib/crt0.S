/*
 * _start: where the kernel enters a program (the ELF entry point).
 *
 * On entry (Linux's start-up state, see kernel/exec.c): rsp -> argc, then
 * argv[0..argc-1], NULL, envp..., NULL, auxv.  rsp is 16-byte aligned and
 * every other register is 0.
 *
 * Calls main(argc, argv, envp) and passes its return value to exit().
 */
	.text
	.globl _start
	.type _start, @function
_start:
	xorl	%ebp, %ebp		/* the outermost frame */
	movq	(%rsp), %rdi		/* argc */
	leaq	8(%rsp), %rsi		/* argv */
	leaq	8(%rsi,%rdi,8), %rdx	/* envp: past argv's NULL */
	andq	$-16, %rsp		/* aligned at the call, as the ABI says */
	call	main
	movl	%eax, %edi
	call	exit
	ud2				/* exit does not return */
