/*
 * GDT selectors.  The order is fixed by SYSCALL/SYSRET, which derive the
 * selectors from the STAR MSR instead of reading them from memory:
 *   syscall: CS = STAR[47:32],      SS = STAR[47:32] + 8
 *   sysretq: CS = STAR[63:48] + 16, SS = STAR[63:48] + 8   (both | RPL 3)
 * so kernel data must follow kernel code, and user data must sit between the
 * 32-bit user code placeholder (STAR[63:48]) and the 64-bit user code.
 */
#ifndef SEGMENT_H
#define SEGMENT_H

#define GDT_NULL	0
#define GDT_KERNEL_CS	1	/* 0x08 */
#define GDT_KERNEL_DS	2	/* 0x10 */
#define GDT_USER32_CS	3	/* 0x18: unused, keeps SYSRET's arithmetic */
#define GDT_USER_DS	4	/* 0x20 */
#define GDT_USER_CS	5	/* 0x28 */
#define GDT_TSS		6	/* 0x30: 16 bytes, two slots */
#define GDT_ENTRIES	8

#define KERNEL_CS	(GDT_KERNEL_CS * 8)
#define KERNEL_DS	(GDT_KERNEL_DS * 8)
#define USER32_CS	(GDT_USER32_CS * 8 + 3)
#define USER_DS		(GDT_USER_DS * 8 + 3)
#define USER_CS		(GDT_USER_CS * 8 + 3)
#define TSS_SEL		(GDT_TSS * 8)

/* TSS interrupt stack table slots (1-based, as the IDT gate encodes them). */
#define IST_DF		1
#define IST_NMI		2
#define IST_MC		3
#define IST_COUNT	3

#endif
