/*
 * The user's FPU/SSE/AVX state.  The kernel never uses these registers
 * (it is built with -mgeneral-regs-only), and one process runs at a time,
 * so the state simply stays in the CPU across kernel entries; it is only
 * saved to memory for a signal frame (fpu_save / fpu_restore).
 */
#ifndef FPU_H
#define FPU_H

#include <stdint.h>

/* CR0/CR4/XCR0 for user FPU, SSE and (where present) AVX. */
void fpu_init(void);
/* The default state a new process starts with (fninit, MXCSR 0x1f80). */
void fpu_reset(void);
/* Bytes fpu_save writes (64-byte aligned buffer). */
uint32_t fpu_state_size(void);
/* XCR0: the xsave features enabled (0 without xsave). */
uint64_t fpu_xfeatures(void);
/* The MXCSR bits the CPU accepts; any other makes fxrstor/xrstor #GP. */
uint32_t fpu_mxcsr_mask(void);
void fpu_save(void *buf);
void fpu_restore(const void *buf);

#endif
