/* Ending the machine: see exit.h for the two channels. */
#include <stdarg.h>
#include "exit.h"
#include "io.h"
#include "cpu.h"
#include "printk.h"
#include "vsprintf.h"

#define DEBUGCON_PORT	0xe9
#define DEBUG_EXIT_PORT	0xf4

void control_record(const char *kind, const char *text)
{
	for (const char *p = kind; *p; p++)
		outb(DEBUGCON_PORT, (uint8_t)*p);
	outb(DEBUGCON_PORT, ' ');
	for (const char *p = text; *p && *p != '\n'; p++)
		outb(DEBUGCON_PORT, (uint8_t)*p);
	outb(DEBUGCON_PORT, '\n');
}

void leave_qemu(int code)
{
	outb(DEBUG_EXIT_PORT, (uint8_t)code);
	halt_forever();		/* real hardware: nothing listens on 0xf4 */
}

/* The normal end: the first program exited with status (0..255). */
void kernel_exit(int status)
{
	char num[8];

	td_snprintf(num, sizeof(num), "%d", status & 0xff);
	printk("trapdoor: exit status %d, powering off\n", status & 0xff);
	control_record("exit", num);
	leave_qemu(TD_EXIT_NORMAL);
}

/* Bad input the kernel cannot go on with: one line, always shown. */
void kernel_error_exit(const char *fmt, ...)
{
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	td_vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	printk_always("trapdoor: error: %s\n", msg);
	control_record("error", msg);
	leave_qemu(TD_EXIT_ERROR);
}
