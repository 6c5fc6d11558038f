/* The GDT (layout in segment.h) and the TSS that holds RSP0 and the ISTs. */
#ifndef GDT_H
#define GDT_H

#include <stdint.h>

struct tss {
	uint32_t reserved0;
	uint64_t rsp[3];	/* rsp[0]: stack for entries from ring 3 */
	uint64_t reserved1;
	uint64_t ist[7];	/* ist[n - 1]: stack of IDT gates with IST n */
	uint64_t reserved2;
	uint16_t reserved3;
	uint16_t iomap_base;	/* past the limit: no I/O bitmap, ring 3
				 * gets no port access */
} __attribute__((packed));

_Static_assert(sizeof(struct tss) == 104, "the 64-bit TSS is 104 bytes");

extern struct tss tss;

void gdt_init(void);
void tss_set_ist(int ist, uint64_t stack_top);
void tss_set_rsp0(uint64_t stack_top);

#endif
