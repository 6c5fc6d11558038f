/*
 * _start: from the boot loader, in 32-bit protected mode, to kmain() in
 * 64-bit long mode in the higher half.
 *
 * What the loader has done (multiboot1 and multiboot2 agree on this):
 *   - loaded the image at 1 MiB, zeroed .bss, CPU in 32-bit protected mode
 *     with flat 4 GiB segments, paging off, interrupts off (IF=0)
 *   - eax = 0x2badb002 (multiboot1, QEMU -kernel) or 0x36d76289 (multiboot2,
 *     GRUB), ebx = physical address of the boot information
 *   - no stack: esp is undefined
 *
 * What this file does, in order:
 *   1. take a stack and keep eax/ebx for kmain
 *   2. check CPUID for long mode; without it, say so on COM1 and VGA, halt
 *   3. build the early page tables (see below)
 *   4. CR4.PAE, CR3, EFER.LME (+ EFER.NXE if the CPU has NX), CR0.PG|WP
 *   5. load a 64-bit GDT and far-jump into 64-bit code (still at low addresses)
 *   6. jump to the higher half, switch to the high stack, call kmain()
 *
 * The early page tables, all 2 MiB pages:
 *   PML4[0]   -> pdpt_low  : identity map of 0..4 GiB (only while we are low;
 *                            kmain removes it once it runs high)
 *   PML4[256] -> pdpt_low  : the same 4 GiB at PAGE_OFFSET (the direct map)
 *   PML4[511] -> pdpt_high : PDPT[510] maps 0..1 GiB at KERNEL_VMA
 * paging.c replaces all of this with 4 KiB kernel pages and proper
 * permissions once the frame allocator is up.
 *
 * The page tables and the stack live in the high .bss: until paging is on
 * we reach them through their physical addresses, sym - KERNEL_VMA.
 */
#include "layout.h"

#define PHYS(sym)	((sym) - KERNEL_VMA)
#define PTE_P		0x001
#define PTE_W		0x002
#define PTE_PS		0x080		/* 2 MiB page in a PD entry */
#define MSR_EFER	0xc0000080
#define EFER_LME	(1 << 8)
#define EFER_NXE	(1 << 11)
#define CR0_PE		(1 << 0)
#define CR0_WP		(1 << 16)
#define CR0_PG		(1 << 31)
#define CR4_PAE		(1 << 5)
#define COM1		0x3f8
#define DEBUG_EXIT_PORT	0xf4
#define EXIT_NO_LONG_MODE 0x7c		/* see kernel/exit.h */

	.section .boot.text, "ax"
	.code32
	.globl _start
	.type _start, @function
_start:
	cli
	cld
	movl	$PHYS(boot_stack_top), %esp
	movl	%eax, %edi		/* multiboot magic, kmain's 1st argument */
	movl	%ebx, %esi		/* boot info (physical), its 2nd */

	/* 2. Long mode is CPUID 0x80000001 EDX bit 29, if that leaf exists. */
	movl	$0x80000000, %eax
	cpuid
	cmpl	$0x80000001, %eax
	jb	no_long_mode
	movl	$0x80000001, %eax
	cpuid
	btl	$29, %edx
	jnc	no_long_mode
	movl	%edx, %ebp		/* keep bit 20 (NX) for step 4 */

	/* 3. Early page tables.  Zero them first: the loader zeroed .bss, but
	 * we do not want to depend on a loader's care for our page tables. */
	movl	$PHYS(early_pml4), %edx
	movl	%edx, %ebx
	push	%edi
	movl	%edx, %edi
	xorl	%eax, %eax
	movl	$(early_tables_end - early_pml4) / 4, %ecx
	rep stosl
	pop	%edi

	movl	$PHYS(early_pdpt_low) + (PTE_P | PTE_W), %eax
	movl	%eax, 0(%ebx)			/* PML4[0] */
	movl	%eax, 256 * 8(%ebx)		/* PML4[256]: PAGE_OFFSET */
	movl	$PHYS(early_pdpt_high) + (PTE_P | PTE_W), %eax
	movl	%eax, 511 * 8(%ebx)		/* PML4[511]: KERNEL_VMA */

	movl	$PHYS(early_pd) + (PTE_P | PTE_W), %eax
	movl	%eax, PHYS(early_pdpt_high) + 510 * 8	/* 0..1 GiB */
	xorl	%ecx, %ecx
1:	movl	%eax, PHYS(early_pdpt_low)(,%ecx,8)	/* GiB ecx */
	addl	$PAGE_SIZE, %eax
	incl	%ecx
	cmpl	$EARLY_MAP_GIB, %ecx
	jb	1b

	/* 512 * EARLY_MAP_GIB 2 MiB pages, physical 0 upwards; the high
	 * dword of each entry stays 0 (addresses < 4 GiB, NX clear). */
	movl	$(PTE_P | PTE_W | PTE_PS), %eax
	xorl	%ecx, %ecx
1:	movl	%eax, PHYS(early_pd)(,%ecx,8)
	addl	$0x200000, %eax
	incl	%ecx
	cmpl	$512 * EARLY_MAP_GIB, %ecx
	jb	1b

	/* 4. PAE, the tables, long mode (+NX), then paging: the CPU is in
	 * IA-32e mode the moment CR0.PG is set with EFER.LME. */
	movl	%cr4, %eax
	orl	$CR4_PAE, %eax
	movl	%eax, %cr4
	movl	%ebx, %cr3
	movl	$MSR_EFER, %ecx
	rdmsr
	orl	$EFER_LME, %eax
	btl	$20, %ebp
	jnc	1f
	orl	$EFER_NXE, %eax
1:	wrmsr
	movl	%cr0, %eax
	orl	$(CR0_PG | CR0_WP | CR0_PE), %eax
	movl	%eax, %cr0

	/* 5. We are in compatibility mode until CS holds a 64-bit segment. */
	lgdt	early_gdt_ptr
	ljmp	$0x10, $entry64

/*
 * No long mode: a message on COM1 (polling the UART's transmit-empty bit)
 * and on the first VGA line, then leave through QEMU's debug-exit port (a
 * no-op on real hardware) and halt for good.
 */
no_long_mode:
	movl	$no_lm_msg, %esi
	movl	$0xb8000, %edi
1:	movb	(%esi), %al
	testb	%al, %al
	jz	3f
	movw	$COM1 + 5, %dx		/* line status register */
2:	push	%eax
	inb	%dx, %al
	testb	$0x20, %al
	pop	%eax
	jz	2b
	movw	$COM1, %dx
	outb	%al, %dx
	cmpb	$'\n', %al
	je	4f
	movb	%al, (%edi)
	movb	$0x4f, 1(%edi)		/* white on red */
	addl	$2, %edi
4:	incl	%esi
	jmp	1b
3:	movb	$EXIT_NO_LONG_MODE, %al
	outb	%al, $DEBUG_EXIT_PORT
5:	hlt
	jmp	5b

	.code64
entry64:
	movw	$0x18, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	xorw	%ax, %ax
	movw	%ax, %fs
	movw	%ax, %gs
	movabsq	$entry_high, %rax	/* 6. leave the identity map */
	jmp	*%rax

	.section .boot.data, "a"
	.balign 8
early_gdt:			/* Linux's numbering, as gdt.c's */
	.quad 0				/* null */
	.quad 0x00cf9a000000ffff	/* 0x08: 32-bit code (unused) */
	.quad 0x00209a0000000000	/* 0x10: code, present, DPL 0, L=1 */
	.quad 0x0000920000000000	/* 0x18: data, present, writable */
early_gdt_end:
early_gdt_ptr:
	.short early_gdt_end - early_gdt - 1
	.long early_gdt
no_lm_msg:
	.asciz "trapdoor: this CPU has no long mode (x86-64); cannot boot. Halting.\n"

/*
 * entry_high: first instruction at a KERNEL_VMA address.  edi/esi still
 * hold the multiboot magic and info address, kmain's two arguments; their
 * upper halves are undefined after the mode switch, which is why kmain
 * takes them as uint32_t (the compiler zero-extends).
 */
	.text
	.globl entry_high
	.type entry_high, @function
entry_high:
	movq	$boot_stack_top, %rsp
	xorl	%ebp, %ebp		/* end of the frame-pointer chain */
	call	kmain
1:	cli
	hlt
	jmp	1b

	.bss
	.balign PAGE_SIZE
	.globl early_pml4
early_pml4:	.skip PAGE_SIZE
early_pdpt_low:	.skip PAGE_SIZE
early_pdpt_high: .skip PAGE_SIZE
early_pd:	.skip PAGE_SIZE * EARLY_MAP_GIB
early_tables_end:
	.balign 16
	.globl boot_stack_top
boot_stack:	.skip BOOT_STACK_SIZE
boot_stack_top:
