/*
 * The kernel's GDT and TSS.  In long mode segments are mostly flat: base and
 * limit are ignored for code and data, and what matters is the type, the DPL
 * and, for code, the L bit.  The TSS no longer switches tasks; it only holds
 * the stack pointers the CPU loads on a privilege change (RSP0) and for IDT
 * gates with an IST index.
 */
#include "gdt.h"
#include "segment.h"
#include "layout.h"

/* Descriptor bits (upper dword bits 8..23 shifted into a 64-bit entry). */
#define D_PRESENT	(1ull << 47)
#define D_DPL3		(3ull << 45)
#define D_CODEDATA	(1ull << 44)	/* S: not a system descriptor */
#define D_CODE		(1ull << 43)
#define D_RW		(1ull << 41)	/* readable code / writable data */
#define D_LONG		(1ull << 53)	/* L: 64-bit code */
#define D_DB		(1ull << 54)	/* D/B: 32-bit code, 32-bit stack */
#define D_GRAN		(1ull << 55)
#define D_LIMIT_4G	(0xfull << 48 | 0xffffull)
#define D_TSS_AVAIL	(9ull << 40)	/* 64-bit TSS, not busy */

#define CODE64	(D_PRESENT | D_CODEDATA | D_CODE | D_RW | D_LONG)
/*
 * Data segments are 32-bit (B = 1), as Linux's.  In 64-bit mode B is
 * ignored, but a program can far-jump to 32-bit code, and there a B = 0
 * stack segment is a 16-bit one: iretq into it restores only SP[15:0],
 * and ESP[31:16] would keep the kernel stack's bits (entry_64.S, espfix).
 */
#define DATA	(D_PRESENT | D_CODEDATA | D_RW | D_DB | D_GRAN | D_LIMIT_4G)
#define CODE32	(D_PRESENT | D_CODEDATA | D_CODE | D_RW | D_DB | D_GRAN | \
		 D_LIMIT_4G)

static uint64_t gdt[GDT_ENTRIES] = {
	[GDT_KERNEL32_CS] = CODE32,
	[GDT_KERNEL_CS]	= CODE64,
	[GDT_KERNEL_DS]	= DATA,
	[GDT_USER32_CS]	= CODE32 | D_DPL3,
	[GDT_USER_DS]	= DATA | D_DPL3,
	[GDT_USER_CS]	= CODE64 | D_DPL3,
	/* [GDT_TSS], [GDT_TSS + 1]: filled in by gdt_init() */
};

struct tss tss = { .iomap_base = sizeof(struct tss) };

/* Stacks for the IST gates until ist_stacks_init() gives guarded ones. */
static uint8_t boot_ist[IST_COUNT][IST_STACK_SIZE] __attribute__((aligned(16)));

struct desc_ptr {
	uint16_t limit;
	uint64_t base;
} __attribute__((packed));

void gdt_init(void)
{
	uint64_t base = (uint64_t)&tss, limit = sizeof(tss) - 1;

	/* A system descriptor is 16 bytes: base 63:32 in the second slot. */
	gdt[GDT_TSS] = D_PRESENT | D_TSS_AVAIL | (limit & 0xffff) |
		       (base & 0xffffff) << 16 | (base >> 24 & 0xff) << 56;
	gdt[GDT_TSS + 1] = base >> 32;
	for (int i = 1; i <= IST_COUNT; i++)
		tss_set_ist(i, (uint64_t)boot_ist[i - 1] + IST_STACK_SIZE);

	struct desc_ptr p = { sizeof(gdt) - 1, (uint64_t)gdt };

	/*
	 * CS can only be reloaded by a far transfer: push the new CS and the
	 * return address and lretq.  SS must hold a valid selector for iretq
	 * in ring 0; DS/ES are ignored in 64-bit mode but loaded for clarity.
	 */
	asm volatile("lgdt %0\n\t"
		     "pushq %1\n\t"
		     "leaq 1f(%%rip), %%rax\n\t"
		     "pushq %%rax\n\t"
		     "lretq\n"
		     "1:\n\t"
		     "movw %w2, %%ax\n\t"
		     "movw %%ax, %%ds\n\t"
		     "movw %%ax, %%es\n\t"
		     "movw %%ax, %%ss\n\t"
		     "xorl %%eax, %%eax\n\t"
		     "movw %%ax, %%fs\n\t"
		     "movw %%ax, %%gs\n\t"
		     "ltr %w3"
		     : : "m"(p), "i"(KERNEL_CS), "r"(KERNEL_DS), "r"(TSS_SEL)
		     : "rax", "memory");
}

void tss_set_ist(int ist, uint64_t stack_top)
{
	tss.ist[ist - 1] = stack_top;
}

void tss_set_rsp0(uint64_t stack_top)
{
	tss.rsp[0] = stack_top;
}
