/*
 * GDT selectors: Linux's x86-64 layout, entry for entry, because user
 * space can see them (%cs and %ss in every program, and code that
 * hard-codes them: Linux's selftests push 0x23 and far-jump to 0x33, and
 * so does any program that switches between 32- and 64-bit code).
 *
 * The order is also fixed by SYSCALL/SYSRET, which derive the selectors
 * from the STAR MSR instead of reading them from memory:
 *   syscall: CS = STAR[47:32],      SS = STAR[47:32] + 8
 *   sysretq: CS = STAR[63:48] + 16, SS = STAR[63:48] + 8   (both | RPL 3)
 *   sysretl: CS = STAR[63:48],      SS = STAR[63:48] + 8   (32-bit)
 * so kernel data must follow kernel code, and the user entries go 32-bit
 * code, data, 64-bit code.  Entry 1, a 32-bit kernel code segment, and
 * the unused entry 7 are there to keep Linux's numbering.
 */
#ifndef SEGMENT_H
#define SEGMENT_H

#define GDT_NULL	0
#define GDT_KERNEL32_CS	1	/* 0x08: unused, as Linux's after boot */
#define GDT_KERNEL_CS	2	/* 0x10 */
#define GDT_KERNEL_DS	3	/* 0x18 */
#define GDT_USER32_CS	4	/* 0x23: compatibility mode */
#define GDT_USER_DS	5	/* 0x2b */
#define GDT_USER_CS	6	/* 0x33 */
				/* 7: unused, as in Linux */
#define GDT_TSS		8	/* 0x40: 16 bytes, two slots */
#define GDT_ENTRIES	10

#define KERNEL32_CS	(GDT_KERNEL32_CS * 8)
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
