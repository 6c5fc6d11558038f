/*
 * The two headers that let both loaders start the same ELF64 file.
 *
 * GRUB's `multiboot2` command reads the multiboot2 header and loads the ELF
 * by its program headers.  QEMU's `-kernel` only speaks multiboot1 and
 * refuses ELF64, unless the header carries the address fields (flag bit 16):
 * then it copies the file as a flat image to load_addr and jumps to
 * entry_addr.  linker.ld keeps the file in physical order so that works.
 */
#include "layout.h"

#define MB1_MAGIC		0x1badb002
#define MB1_PAGE_ALIGN		(1 << 0)	/* modules on page boundaries */
#define MB1_MEMINFO		(1 << 1)	/* give us the memory map */
#define MB1_ADDRESS		(1 << 16)	/* use the fields below, not ELF */
#define MB1_FLAGS		(MB1_PAGE_ALIGN | MB1_MEMINFO | MB1_ADDRESS)

#define MB2_MAGIC		0xe85250d6
#define MB2_ARCH_I386		0
#define MB2_TAG_END		0
#define MB2_TAG_MODULE_ALIGN	6

	.section .multiboot, "a"

	/* multiboot1: must be in the first 8 KiB, 4-byte aligned */
	.balign 4
mb1_header:
	.long MB1_MAGIC
	.long MB1_FLAGS
	.long -(MB1_MAGIC + MB1_FLAGS)
	.long mb1_header		/* header_addr: where this header lands */
	.long __kernel_phys_start	/* load_addr: first byte copied */
	.long __load_end_phys		/* load_end_addr: end of .data */
	.long __kernel_phys_end		/* bss_end_addr: QEMU zeroes up to here */
	.long _start			/* entry_addr: 32-bit protected mode */

	/* multiboot2: must be in the first 32 KiB, 8-byte aligned */
	.balign 8
mb2_header:
	.long MB2_MAGIC
	.long MB2_ARCH_I386
	.long mb2_header_end - mb2_header
	.long -(MB2_MAGIC + MB2_ARCH_I386 + (mb2_header_end - mb2_header))

	.balign 8			/* module alignment: page-aligned modules */
	.short MB2_TAG_MODULE_ALIGN, 0
	.long 8

	.balign 8			/* end tag */
	.short MB2_TAG_END, 0
	.long 8
mb2_header_end:
