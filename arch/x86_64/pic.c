/*
 * The legacy 8259 pair.  At power-on they deliver IRQs 0..7 on vectors 8..15,
 * which in protected mode are CPU exceptions (#DF is 8!), so the first thing
 * to do is move them: master to 32..39, slave to 40..47.
 */
#include "pic.h"
#include "idt.h"
#include "io.h"

#define PIC1_CMD	0x20
#define PIC1_DATA	0x21
#define PIC2_CMD	0xa0
#define PIC2_DATA	0xa1
#define ICW1_INIT	0x11	/* edge-triggered, cascade, ICW4 follows */
#define ICW4_8086	0x01
#define OCW3_READ_ISR	0x0b
#define EOI		0x20

void pic_init(void)
{
	outb(PIC1_CMD, ICW1_INIT); io_wait();
	outb(PIC2_CMD, ICW1_INIT); io_wait();
	outb(PIC1_DATA, IRQ_BASE); io_wait();		/* ICW2: vector base */
	outb(PIC2_DATA, IRQ_BASE + 8); io_wait();
	outb(PIC1_DATA, 1 << 2); io_wait();		/* ICW3: slave on IRQ2 */
	outb(PIC2_DATA, 2); io_wait();			/* its cascade id */
	outb(PIC1_DATA, ICW4_8086); io_wait();
	outb(PIC2_DATA, ICW4_8086); io_wait();
	outb(PIC1_DATA, 0xff & ~(1 << 2));		/* all masked but cascade */
	outb(PIC2_DATA, 0xff);
}

void pic_unmask(int irq)
{
	uint16_t port = irq < 8 ? PIC1_DATA : PIC2_DATA;

	outb(port, inb(port) & ~(1 << (irq & 7)));
}

/* IRQ 7 and 15 are also what a PIC raises when a request vanished before
 * it could be acknowledged; the in-service register tells them apart. */
static bool in_service(uint16_t cmd, int bit)
{
	outb(cmd, OCW3_READ_ISR);
	return inb(cmd) >> bit & 1;
}

bool pic_eoi(int irq)
{
	if (irq == 7 && !in_service(PIC1_CMD, 7))
		return false;
	if (irq == 15 && !in_service(PIC2_CMD, 7)) {
		outb(PIC1_CMD, EOI);	/* the master did see the cascade */
		return false;
	}
	if (irq >= 8)
		outb(PIC2_CMD, EOI);
	outb(PIC1_CMD, EOI);
	return true;
}
