/*
 * The FPU image in a signal frame (Linux: arch/x86/kernel/fpu/signal.c):
 * written with the frame, checked and loaded back by rt_sigreturn.  The
 * image is Linux's: fxsave or xsave layout, with the FP_XSTATE markers
 * when it is an xsave one.
 */
#ifndef FPU_SIGNAL_H
#define FPU_SIGNAL_H

#include <stdbool.h>
#include <stdint.h>
#include "uaccess.h"

/* Bytes the frame needs for it (the image, and magic2 with xsave). */
uint32_t fpu_sigframe_size(void);
/* Saves the user's FPU state to buf (64-byte aligned); 0 or -EFAULT. */
int copy_fpstate_to_sigframe(void __user *buf);
/* Copies the frame's image in and checks it; false if xrstor could fault
 * on it (the sigreturn is refused), true if fpu_restore_sigframe may
 * load it.  Nothing of the CPU's state changes here. */
bool fpstate_from_sigframe(const void __user *buf);
void fpu_restore_sigframe(void);

#endif
