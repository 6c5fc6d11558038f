/*
 * The system call doors' C side.  The tables themselves are generated from
 * arch/x86_64/syscalls/syscall_64.tbl and syscall_32.tbl by tools/gensyscalls,
 * into build/gen/.
 */
#ifndef SYSCALL_H
#define SYSCALL_H

#include <stdbool.h>
#include "ptrace.h"
#include "syscall_nr.h"		/* generated: NR_syscalls, IA32_NR_syscalls */

/* Every table entry: decodes its arguments from regs, calls sys_X. */
typedef long (*sys_call_ptr_t)(const struct pt_regs *regs);

extern const sys_call_ptr_t sys_call_table[NR_syscalls];
extern const sys_call_ptr_t ia32_sys_call_table[IA32_NR_syscalls];

/* True when strace or seccomp must see each call (syscall.c). */
extern bool syscall_work;

void syscall_init(void);
bool do_syscall_64(struct pt_regs *regs, int nr);
void do_int80_syscall_32(struct pt_regs *regs);

#endif
