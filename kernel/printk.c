/*
 * printk: format into a line buffer, then write it to every log sink.
 * Serial lines end in "\r\n", as a terminal expects; the runner strips the
 * '\r' when it saves the log.
 */
#include <stdarg.h>
#include "printk.h"
#include "serial.h"
#include "vga.h"
#include "vsprintf.h"

static uint16_t log_port = COM1;
static bool log_quiet;

void printk_setup(uint16_t serial_port, bool quiet)
{
	log_port = serial_port;
	log_quiet = quiet;
}

static void vprintk(const char *fmt, va_list ap)
{
	char buf[512];
	int n = td_vsnprintf(buf, sizeof(buf), fmt, ap);

	if (n > (int)sizeof(buf) - 1)
		n = sizeof(buf) - 1;
	if (log_port)
		serial_write(log_port, buf, (unsigned long)n, true);
	vga_write(buf, (unsigned long)n);
}

void printk(const char *fmt, ...)
{
	va_list ap;

	if (log_quiet)
		return;
	va_start(ap, fmt);
	vprintk(fmt, ap);
	va_end(ap);
}

void printk_always(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vprintk(fmt, ap);
	va_end(ap);
}
