/*
 * The interrupt descriptor table, loaded with lidt.  Every gate is an
 * interrupt gate (IF cleared on entry) with DPL 0, so `int N` from ring 3
 * raises #GP instead of reaching the handler.  The exceptions: #BP and #OF
 * are DPL 3, as on Linux, so that int3 and into give SIGTRAP and SIGSEGV,
 * and so is the syscall gate 0x80 (syscall.c).  #DF, NMI and #MC run on their own IST stacks:
 * they can arrive when the current stack is unusable (a kernel stack
 * overflow is exactly what turns a #PF into a #DF).
 */
#include "idt.h"
#include "segment.h"

struct idt_gate {
	uint16_t offset_lo;
	uint16_t selector;
	uint8_t ist;		/* bits 0..2 */
	uint8_t type_attr;	/* P, DPL, type */
	uint16_t offset_mid;
	uint32_t offset_hi;
	uint32_t reserved;
} __attribute__((packed));

_Static_assert(sizeof(struct idt_gate) == 16, "64-bit IDT gates are 16 bytes");

#define GATE_PRESENT	0x80
#define GATE_INTERRUPT	0x0e	/* 64-bit interrupt gate */

static struct idt_gate idt[256];
extern const uint64_t isr_stub_table[NR_STUBS];

void idt_set_gate(int vec, uint64_t handler, int ist, int dpl)
{
	idt[vec] = (struct idt_gate){
		.offset_lo = handler & 0xffff,
		.selector = KERNEL_CS,
		.ist = (uint8_t)ist,
		.type_attr = (uint8_t)(GATE_PRESENT | dpl << 5 | GATE_INTERRUPT),
		.offset_mid = (handler >> 16) & 0xffff,
		.offset_hi = (uint32_t)(handler >> 32),
	};
}

void idt_init(void)
{
	for (int v = 0; v < NR_STUBS; v++)
		idt_set_gate(v, isr_stub_table[v], 0, 0);
	idt_set_gate(3, isr_stub_table[3], 0, 3);
	idt_set_gate(4, isr_stub_table[4], 0, 3);
	idt_set_gate(2, isr_stub_table[2], IST_NMI, 0);
	idt_set_gate(8, isr_stub_table[8], IST_DF, 0);
	idt_set_gate(18, isr_stub_table[18], IST_MC, 0);

	struct {
		uint16_t limit;
		uint64_t base;
	} __attribute__((packed)) p = { sizeof(idt) - 1, (uint64_t)idt };

	asm volatile("lidt %0" : : "m"(p));
}
