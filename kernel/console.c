/* See console.h. */
#include "console.h"
#include "cpu.h"
#include "pic.h"
#include "serial.h"

#define COM1_IRQ	4

void console_init(void)
{
	serial_enable_rx_irq(COM1);
	pic_unmask(COM1_IRQ);
}

void console_write(const char *buf, size_t n)
{
	serial_write(COM1, buf, n, false);
}

size_t console_read(char *buf, size_t n)
{
	int c;

	/* Sleep until a byte is there.  cli before the check and sti;hlt
	 * after it: sti takes effect after the next instruction, so an IRQ
	 * between the check and hlt still wakes hlt. */
	for (;;) {
		cli();
		if ((c = serial_getc(COM1)) >= 0)
			break;
		asm volatile("sti; hlt" ::: "memory");
	}
	sti();
	size_t got = 0;

	buf[got++] = (char)c;
	while (got < n && c != '\n' && (c = serial_getc(COM1)) >= 0)
		buf[got++] = (char)c;
	return got;
}
