/*
 * The console: COM1.  Output goes out byte for byte.  Input is what the
 * serial line brings, in one of two forms (kernel command line):
 *
 *   console=raw (default): bytes as they come; there is no end of input.
 *   console=framed: what tools/trapdoor-run sends.  A serial line cannot
 *     say "end of file", so the runner escapes its stdin: 0xff 0xff is a
 *     0xff data byte, 0xff 0x00 is the end of input.  After it, read()
 *     returns 0, as on a pipe or a terminal after ^D.
 */
#include <stdbool.h>
#include "console.h"
#include "cpu.h"
#include "pic.h"
#include "serial.h"

#define COM1_IRQ	4
#define ESC		0xff
#define ESC_EOF		0x00

static bool framed, escaped, at_eof;

void console_init(bool framed_input)
{
	framed = framed_input;
	serial_enable_rx_irq(COM1);
	pic_unmask(COM1_IRQ);
}

void console_write(const char *buf, size_t n)
{
	serial_write(COM1, buf, n, false);
}

/* The next input byte if one has arrived (-1 if not), decoding the
 * framing; sets at_eof at the end mark. */
static int next_byte(void)
{
	int c;

	while ((c = serial_getc(COM1)) >= 0) {
		if (!framed)
			return c;
		if (escaped) {
			escaped = false;
			if (c == ESC_EOF) {
				at_eof = true;
				return -1;
			}
			return c;		/* 0xff 0xff: a 0xff */
		}
		if (c == ESC) {
			escaped = true;
			continue;
		}
		return c;
	}
	return -1;
}

/* The next byte, sleeping until one comes; -1 at the end of input.  cli
 * before the check and sti;hlt after it: sti takes effect after the next
 * instruction, so an IRQ between the check and hlt still wakes hlt. */
static int wait_byte(void)
{
	int c;

	for (;;) {
		cli();
		if ((c = next_byte()) >= 0 || at_eof)
			break;
		asm volatile("sti; hlt" ::: "memory");
	}
	sti();
	return c;
}

/* As a terminal in canonical mode: a read returns one whole line (or n
 * bytes of it, or what came before the end of input). */
size_t console_read(char *buf, size_t n)
{
	size_t got = 0;
	int c;

	while (got < n && !at_eof && (c = wait_byte()) >= 0) {
		buf[got++] = (char)c;
		if (c == '\n')
			break;
	}
	return got;
}
