/*
 * panic(): print the reason and a full register dump on the kernel log
 * (always, even under `quiet`), send a "panic" record on the control channel
 * and leave QEMU with TD_EXIT_PANIC, a status no program exit can produce.
 */
#include <stdarg.h>
#include "panic.h"
#include "ptrace.h"
#include "printk.h"
#include "exit.h"
#include "cpu.h"
#include "vsprintf.h"

static int panicking;

static __attribute__((noreturn))
void vpanic(const struct pt_regs *regs, const char *fmt, va_list ap)
{
	char msg[160];

	cli();
	td_vsnprintf(msg, sizeof(msg), fmt, ap);
	if (panicking++) {
		/* A fault while reporting: say the least that can work. */
		control_record("panic", "recursive panic");
		leave_qemu(TD_EXIT_PANIC);
	}
	printk_always("\n---[ kernel panic ]---\nPANIC: %s\n", msg);
	show_regs(regs);
	printk_always("---[ end kernel panic ]---\n");
	control_record("panic", msg);
	leave_qemu(TD_EXIT_PANIC);
}

void panic(const char *fmt, ...)
{
	struct pt_regs regs;
	va_list ap;

	capture_regs(&regs);
	va_start(ap, fmt);
	vpanic(&regs, fmt, ap);
}

void panic_regs(const struct pt_regs *regs, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vpanic(regs, fmt, ap);
}
