/* panic: a kernel bug.  Report loudly with every register, then stop. */
#ifndef PANIC_H
#define PANIC_H

struct pt_regs;

__attribute__((noreturn, format(printf, 1, 2)))
void panic(const char *fmt, ...);
/* For traps: regs is the interrupted context, shown instead of panic's. */
__attribute__((noreturn, format(printf, 2, 3)))
void panic_regs(const struct pt_regs *regs, const char *fmt, ...);

/* Fills regs with the caller's registers (arch/x86_64/capture_regs.S). */
void capture_regs(struct pt_regs *regs);
/* Prints regs and the control registers (arch/x86_64/show_regs.c). */
void show_regs(const struct pt_regs *regs);

#define BUG_ON(cond) \
	do { if (cond) panic("BUG_ON(%s) at %s:%d", #cond, __FILE__, __LINE__); } while (0)

#endif
