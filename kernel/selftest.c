/*
 * Deliberate kernel faults and checks, chosen with selftest=NAME.  Each
 * fault must end in a panic report naming the exception (tests/qemu/ checks
 * the report); the others print "selftest NAME: ok" and return.
 */
#include <stdint.h>
#include "selftest.h"
#include "exit.h"
#include "panic.h"
#include "printk.h"
#include "string.h"
#include "cpu.h"
#include "timer.h"
#include "memory.h"
#include "multiboot.h"
#include "layout.h"
#include "paging.h"
#include "rootfs.h"

/* Unmapped in every address space: the lower half holds nothing yet. */
#define SELFTEST_PF_ADDR	0xdeadb000ul

static void t_ud(void)
{
	asm volatile("ud2");
}

static void t_pf(void)
{
	*(volatile uint64_t *)SELFTEST_PF_ADDR = 1;
}

static void t_de(void)
{
	/* Through asm: C division by zero is undefined, not a #DE. */
	asm volatile("xorl %%ecx, %%ecx\n\t"
		     "movl $1, %%eax\n\t"
		     "xorl %%edx, %%edx\n\t"
		     "divl %%ecx" : : : "rax", "rcx", "rdx");
}

static void t_gp(void)
{
	/* A non-canonical address: #GP, not #PF. */
	(void)*(volatile uint64_t *)0x8000000000000000ul;
}

/* Each frame keeps a buffer the compiler cannot drop, and the call is not
 * a tail call, so the stack really grows until it hits the guard page. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winfinite-recursion"
static __attribute__((noinline)) uint64_t recurse(uint64_t n)
{
	volatile uint8_t buf[512];

	buf[0] = (uint8_t)n;
	return recurse(n + 1) + buf[0];
}
#pragma GCC diagnostic pop

static void t_overflow(void)
{
	recurse(0);
}

/* Kernel text is read-only: a write to it is a protection-violation #PF
 * (CR0.WP makes that hold in ring 0 too). */
static void t_wp(void)
{
	*(volatile uint8_t *)(void *)selftest_run = 0xc3;
}

/* Data is NX: a jump into it is a #PF on the instruction fetch. */
static void t_nx(void)
{
	static uint8_t ret_insn[16] = { 0xc3 };	/* in .data */

	((void (*)(void))(void *)ret_insn)();
}

/* The log reaches the VGA text buffer: find a marker line in it. */
static void t_vga(void)
{
	static const char marker[] = "vga marker 0123456789";
	const volatile uint16_t *cells = phys_to_virt(0xb8000);
	int n = (int)sizeof(marker) - 1;

	printk_always("%s\n", marker);
	for (int row = 0; row < 25; row++) {
		int i = 0;

		while (i < n && (cells[row * 80 + i] & 0xff) == (uint8_t)marker[i])
			i++;
		if (i == n) {
			printk_always("selftest vga: ok, marker on row %d\n", row);
			return;
		}
	}
	panic("selftest vga: the marker is not in the VGA text buffer");
}

/* A user page (U=1) in the kernel's tables, holding a `ret`: for the
 * SMAP and SMEP checks below. */
#define SELFTEST_USER_PAGE	0x400000ul

static void map_user_page(void)
{
	uint64_t pa = alloc_frame();

	if (!pa || map_page(kernel_pml4, SELFTEST_USER_PAGE, pa, PTE_U | PTE_W))
		panic("selftest: no memory for the user page");
	*(uint8_t *)phys_to_virt(pa) = 0xc3;	/* ret */
}

/* SMAP: the kernel reading a user page outside stac/clac faults. */
static void t_smap(void)
{
	map_user_page();
	(void)*(volatile uint8_t *)SELFTEST_USER_PAGE;
}

/* SMEP: the kernel executing a user page faults. */
static void t_smep(void)
{
	map_user_page();
	((void (*)(void))SELFTEST_USER_PAGE)();
}

static void t_panic(void)
{
	panic("selftest: panic() called on purpose");
}

/* The timer must really tick: wait for 10 of them with hlt. */
static void t_timer(void)
{
	uint64_t start = jiffies;

	while (jiffies < start + 10)
		hlt();
	printk_always("selftest timer: ok, %lu ticks\n", jiffies - start);
}

/* No usable IDT: the #BP cannot be delivered, nor the #DF after it. */
static void t_triple(void)
{
	struct {
		uint16_t limit;
		uint64_t base;
	} __attribute__((packed)) none = { 0, 0 };

	asm volatile("lidt %0\n\tint3" : : "m"(none));
}

static void t_hang(void)
{
	halt_forever();
}

static const struct boot_info *boot_info;

static int overlaps(uint64_t pa, uint64_t start, uint64_t end)
{
	return pa < end && pa + PAGE_SIZE > start;
}

/* Takes every free frame, checks that none is memory the allocator had to
 * keep (low 1 MiB, the kernel image, the boot info, the modules), writes
 * to each, and gives them all back. */
static void t_frames(void)
{
	extern char __kernel_phys_start[], __kernel_phys_end[];
	uint64_t before = frames_free(), n = 0, head = 0, pa;

	while ((pa = alloc_frame())) {
		const char *bad = 0;

		if (pa < 0x100000)
			bad = "the low 1 MiB";
		if (overlaps(pa, (uint64_t)__kernel_phys_start,
			     (uint64_t)__kernel_phys_end))
			bad = "the kernel image";
		for (int i = 0; i < boot_info->nranges; i++)
			if (overlaps(pa, boot_info->ranges[i].start,
				     boot_info->ranges[i].end))
				bad = "the boot information";
		for (int i = 0; i < boot_info->nmodules; i++)
			if (overlaps(pa, boot_info->modules[i].start,
				     boot_info->modules[i].end))
				bad = "a module";
		if (bad)
			panic("selftest frames: frame 0x%lx is in %s", pa, bad);
		*(uint64_t *)phys_to_virt(pa) = head;	/* a free list */
		head = pa;
		n++;
	}
	for (; head; head = pa) {
		pa = *(uint64_t *)phys_to_virt(head);
		free_frame(head);
	}
	if (n != before || frames_free() != before)
		panic("selftest frames: %lu free, %lu allocated, %lu after",
		      before, n, frames_free());
	printk_always("selftest frames: ok, %lu frames taken and given back\n",
		      n);
}

static const struct {
	const char *name;
	void (*fn)(void);
} tests[] = {
	{ "frames", t_frames }, { "vga", t_vga }, { "wp", t_wp },
	{ "nx", t_nx }, { "smap", t_smap }, { "smep", t_smep },
	{ "ud", t_ud }, { "pf", t_pf }, { "de", t_de }, { "gp", t_gp },
	{ "overflow", t_overflow }, { "panic", t_panic },
	{ "timer", t_timer }, { "triple", t_triple }, { "hang", t_hang },
	{ "rootfs", selftest_rootfs },
};

void selftest_run(const char *name, const struct boot_info *bi)
{
	boot_info = bi;
	for (unsigned i = 0; i < sizeof(tests) / sizeof(tests[0]); i++) {
		if (strcmp(name, tests[i].name))
			continue;
		printk("selftest %s: running\n", name);
		tests[i].fn();
		return;
	}
	kernel_error_exit("unknown selftest '%s' (known: frames vga ud pf "
			  "de gp wp nx smap smep overflow panic timer triple "
			  "hang rootfs)", name);
}
