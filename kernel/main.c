/*
 * kmain(): the first C code, called by boot/entry32.S in long mode on the
 * boot stack with the early page tables.  Bring-up order matters:
 *   boot info and command line (so the log knows where to go), the log,
 *   GDT + TSS and IDT (so faults are reported, not triple faults),
 *   frames, the kernel page tables (the identity map goes), guarded stacks,
 *   and then, on a guarded stack, the PIC and the timer.
 */
#include <stdint.h>
#include "cmdline.h"
#include "cpufeature.h"
#include "exit.h"
#include "gdt.h"
#include "initramfs_boot.h"
#include "idt.h"
#include "kstack.h"
#include "layout.h"
#include "memory.h"
#include "multiboot.h"
#include "paging.h"
#include "pic.h"
#include "printk.h"
#include "selftest.h"
#include "serial.h"
#include "timer.h"
#include "vga.h"
#include "cpu.h"
#include "panic.h"
#include "fpu.h"
#include "protect.h"
#include "rootfs.h"
#include "time.h"
#include "strace.h"
#include "syscall.h"
#include "console.h"
#include "task.h"
#include "string.h"

static struct boot_info boot_info;
static struct cmdline_opts opts;

/* The early map reaches the first EARLY_MAP_GIB of physical memory. */
static const void *early_phys(uint64_t pa, uint64_t len)
{
	uint64_t limit = (uint64_t)EARLY_MAP_GIB << 30;

	if (pa >= limit || len > limit - pa)
		return 0;
	return phys_to_virt(pa);
}

static void log_boot_info(const struct boot_info *bi)
{
	printk("boot: multiboot%s from %s\n", bi->protocol == 2 ? "2" : "1",
	       bi->loader[0] ? bi->loader : "(unnamed loader)");
	printk("cmdline: \"%s\"\n", bi->cmdline);
	for (int i = 0; i < opts.nwarn; i++)
		printk("cmdline: %s\n", opts.warn[i]);
	printk("memory map:\n");
	for (int i = 0; i < bi->nregions; i++) {
		const struct bi_region *r = &bi->regions[i];

		printk("  [0x%012lx-0x%012lx] %s\n", r->base,
		       r->base + r->len - 1, bi_region_type_name(r->type));
	}
	printk("modules: %d\n", bi->nmodules);
	for (int i = 0; i < bi->nmodules; i++) {
		const struct bi_module *m = &bi->modules[i];

		printk("  [0x%012lx-0x%012lx] %lu bytes \"%s\"\n", m->start,
		       m->end - 1, m->end - m->start, m->string);
	}
	if (bi->truncated)
		printk("boot: more memory regions or modules than kept\n");
}

/* The program module init= names (by its argv[0] or that word's base
 * name), or the first one; 0 if there is none.  Programs start at module
 * first, after the initramfs. */
static const struct bi_module *find_init(int first)
{
	if (!opts.init[0])
		return boot_info.nmodules > first ? &boot_info.modules[first] : 0;
	for (int i = first; i < boot_info.nmodules; i++) {
		const char *s = boot_info.modules[i].string, *base = s;
		size_t n = 0;

		while (s[n] && s[n] != ' ')
			if (s[n++] == '/')
				base = s + n;
		size_t blen = (size_t)(s + n - base);

		if ((n == strlen(opts.init) && !strncmp(s, opts.init, n)) ||
		    (blen == strlen(opts.init) && !strncmp(base, opts.init, blen)))
			return &boot_info.modules[i];
	}
	kernel_error_exit("init=%s: no module of that name", opts.init);
}

static void kmain_stacked(void)
{
	pic_init();
	timer_init();
	time_init();
	syscall_init();
	console_init(opts.console_framed);
	strace_init(opts.strace);
	sti();

	/* Checked and unpacked before anything runs, self-tests included:
	 * a corrupt archive, or one that does not fit, ends the boot here
	 * with one line. */
	int first = initramfs_setup(&boot_info);

	if (first)
		populate_rootfs();

	if (opts.selftest[0]) {
		selftest_run(opts.selftest, &boot_info);
		kernel_exit(0);
	}
	/* After the unpack: the root is the kernel's, not pid 1's. */
	selfcheck_snapshot();
	rootfs_snapshot();
	const struct bi_module *init = find_init(first);

	if (!init) {
		printk("trapdoor: no program to run (no module); powering off\n");
		kernel_exit(0);
	}
	start_init(init);
}

void kmain(uint32_t magic, uint32_t info_pa)
{
	const char *err;
	int bad = multiboot_parse(magic, info_pa, early_phys, &boot_info, &err);

	cmdline_parse(bad ? "" : boot_info.cmdline, &opts);
	bool com1 = serial_init(COM1), com2 = serial_init(COM2);
	uint16_t port = opts.log == LOG_COM1 && com1 ? COM1 :
			opts.log == LOG_COM2 && com2 ? COM2 : 0;

	printk_setup(port, opts.quiet);
	vga_init();
	if (bad)
		kernel_error_exit("bad boot information: %s", err);
	printk("trapdoor: booting, kernel at 0x%lx\n", (uint64_t)KERNEL_VMA);
	log_boot_info(&boot_info);
	cpu_detect();
	fpu_init();

	gdt_init();
	idt_init();
	printk("gdt: loaded with TSS; idt: vectors 0-47 (exceptions, IRQs), "
	       "#DF/NMI/#MC on IST stacks\n");

	memory_init(&boot_info);
	paging_init();
	ist_stacks_init();
	protections_init();

	uint64_t stack = kstack_alloc("kernel stack (kmain)");

	if (!stack)
		panic("out of memory for the kernel stack");
	run_on_stack(stack, kmain_stacked);
}
