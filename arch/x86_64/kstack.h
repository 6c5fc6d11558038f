/*
 * Kernel stacks in their own region (KSTACK_BASE), each KSTACK_SIZE bytes
 * with an unmapped guard page below it: an overflow faults at once instead
 * of overwriting whatever lies below.
 */
#ifndef KSTACK_H
#define KSTACK_H

#include <stdint.h>

/* Returns the top of a new stack (16-byte aligned), or 0 if out of memory.
 * name is kept (not copied) for reports. */
uint64_t kstack_alloc(const char *name);
/* Which stack holds addr: a name for panic reports ("guard page below
 * NAME: stack overflow" for a guard page). */
const char *kstack_name(uint64_t addr);
/* Bytes between addr and the bottom of its kernel stack; -1 if none. */
long kstack_room(uint64_t addr);
/* The name of a stack whose canary (its lowest word) was overwritten, or
 * 0 if all are intact. */
const char *kstack_check_canaries(void);
/* Moves the boot CPU's IST stacks to guarded ones. */
void ist_stacks_init(void);
/* Runs fn on the stack whose top is given; never returns. */
__attribute__((noreturn)) void run_on_stack(uint64_t top, void (*fn)(void));

#endif
