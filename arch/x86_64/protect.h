/* The CPU's protections against the kernel's own mistakes and the
 * programs' attacks, and the self-check run after each program. */
#ifndef PROTECT_H
#define PROTECT_H

#include <stdbool.h>
#include <stdint.h>

/* 1 when CR4.SMAP is on: the uaccess primitives and the entry code then
 * use stac/clac (which raise #UD on a CPU without SMAP). */
extern uint8_t smap_enabled;

/* SMEP, SMAP, UMIP where the CPU has them; logs every protection on. */
void protections_init(void);
/* Remembers the kernel half of the page tables, to compare later. */
void selfcheck_snapshot(void);
/* The kernel's invariants after a program: the kernel half of the page
 * tables as snapshot, every kernel stack's canary intact.  Panics (a
 * kernel bug) on a mismatch; the caller checks the frame count. */
void selfcheck_kernel(void);

#endif
