/* The IDT: 256 gates, exceptions and IRQs to isr_stubs.S. */
#ifndef IDT_H
#define IDT_H

#include <stdint.h>

#define IRQ_BASE	32	/* PIC IRQ n arrives on vector 32 + n */
#define NR_STUBS	48

void idt_init(void);
void idt_set_gate(int vec, uint64_t handler, int ist, int dpl);

#endif
