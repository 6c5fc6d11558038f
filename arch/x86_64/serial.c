/*
 * 16550 UART driver, polled.  Registers are at base + 0..7; with the DLAB bit
 * of the line control register set, base + 0/1 are the baud divisor instead.
 */
#include "serial.h"
#include "io.h"

#define REG_DATA	0	/* RBR on read, THR on write */
#define REG_IER		1	/* interrupt enable */
#define REG_FCR		2	/* FIFO control (write) */
#define REG_LCR		3	/* line control */
#define REG_MCR		4	/* modem control */
#define REG_LSR		5	/* line status */
#define REG_SCRATCH	7

#define LCR_8N1		0x03
#define LCR_DLAB	0x80
#define LSR_DR		0x01	/* data ready */
#define LSR_THRE	0x20	/* transmit holding register empty */
#define IER_RX		0x01	/* interrupt on received data */

/* 115200 baud 8N1 with FIFOs; false when no UART answers at port. */
bool serial_init(uint16_t port)
{
	/* A UART keeps what we write to its scratch register. */
	outb(port + REG_SCRATCH, 0x5a);
	if (inb(port + REG_SCRATCH) != 0x5a)
		return false;
	outb(port + REG_IER, 0x00);		/* polled: no interrupts */
	outb(port + REG_LCR, LCR_DLAB);
	outb(port + 0, 1);			/* divisor 1: 115200 baud */
	outb(port + 1, 0);
	outb(port + REG_LCR, LCR_8N1);
	/* FIFOs on, for the log port.  Not for COM1: input may be waiting
	 * already (QEMU feeds stdin from its start), and switching the FIFO
	 * mode empties the receive FIFO; COM1 keeps the mode it has. */
	if (port != COM1)
		outb(port + REG_FCR, 0xc7);
	outb(port + REG_MCR, 0x03);		/* DTR + RTS */
	return true;
}

void serial_putc(uint16_t port, char c)
{
	while (!(inb(port + REG_LSR) & LSR_THRE))
		;
	outb(port + REG_DATA, (uint8_t)c);
}

int serial_getc(uint16_t port)
{
	if (!(inb(port + REG_LSR) & LSR_DR))
		return -1;
	return inb(port + REG_DATA);
}

void serial_enable_rx_irq(uint16_t port)
{
	outb(port + REG_IER, IER_RX);
	outb(port + REG_MCR, 0x0b);	/* DTR + RTS + OUT2: OUT2 gates the
					 * UART's interrupt line on PCs */
}

void serial_write(uint16_t port, const char *buf, unsigned long len, bool crlf)
{
	for (unsigned long i = 0; i < len; i++) {
		if (crlf && buf[i] == '\n')
			serial_putc(port, '\r');
		serial_putc(port, buf[i]);
	}
}
