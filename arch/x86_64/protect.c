/*
 * protections_init(): turn on what the CPU offers against ring-3 attacks
 * on the kernel and kernel bugs that would help them.
 *   SMEP  the kernel faults if it ever executes a user page
 *   SMAP  the kernel faults if it touches a user page outside stac/clac,
 *         that is, outside the uaccess primitives (uaccess_64.S)
 *   UMIP  sgdt, sidt, sldt, smsw and str fault in ring 3: no kernel
 *         addresses leak through the descriptor tables
 * NX (EFER.NXE) and CR0.WP are on since boot; paging.c made kernel text
 * read-only and everything else NX; kstack.c put a guard page under every
 * kernel stack; #DF, NMI and #MC have IST stacks (gdt.c, idt.c).
 */
#include "protect.h"
#include "cpu.h"
#include "cpufeature.h"
#include "kstack.h"
#include "layout.h"
#include "paging.h"
#include "panic.h"
#include "printk.h"

uint8_t smap_enabled;
static uint64_t kernel_half_sum;

void protections_init(void)
{
	uint64_t cr4 = read_cr4();

	if (cpu_has(X86_FEATURE_SMEP))
		cr4 |= CR4_SMEP;
	if (cpu_has(X86_FEATURE_SMAP)) {
		cr4 |= CR4_SMAP;
		smap_enabled = 1;
	}
	if (cpu_has(X86_FEATURE_UMIP))
		cr4 |= CR4_UMIP;
	write_cr4(cr4);
	printk("protections: NX %s, SMEP %s, SMAP %s, UMIP %s, CR0.WP %s; "
	       "kernel text read-only, rodata and data NX, guard pages under "
	       "kernel stacks, #DF/NMI/#MC on IST stacks\n",
	       rdmsr(MSR_EFER) & EFER_NXE ? "on" : "off",
	       cr4 & CR4_SMEP ? "on" : "off", cr4 & CR4_SMAP ? "on" : "off",
	       cr4 & CR4_UMIP ? "on" : "off",
	       read_cr0() & CR0_WP ? "on" : "off");
}

/* A sum over the kernel's PML4 entries 256..511 and the PTEs of its own
 * image: neither may change while programs run.  The accessed and dirty
 * bits are the CPU's to set, so they do not count. */
#define PTE_AD	0x60ull

static uint64_t kernel_half(void)
{
	extern char __text_start[], __bss_end[];
	const uint64_t *pml4 = phys_to_virt(kernel_pml4);
	uint64_t sum = 0;

	for (int i = 256; i < 512; i++)
		sum = sum * 31 + (pml4[i] & ~PTE_AD);
	for (uint64_t va = (uint64_t)__text_start; va < (uint64_t)__bss_end;
	     va += PAGE_SIZE)
		sum = sum * 31 + (*lookup_pte(kernel_pml4, va) & ~PTE_AD);
	return sum;
}

void selfcheck_snapshot(void)
{
	kernel_half_sum = kernel_half();
}

void selfcheck_kernel(void)
{
	if (kernel_half() != kernel_half_sum)
		panic("self-check: the kernel half of the page tables changed");
	const char *bad = kstack_check_canaries();

	if (bad)
		panic("self-check: the canary of %s is gone (stack overflow)",
		      bad);
	printk("self-check: kernel page tables unchanged, stack canaries "
	       "intact\n");
}
