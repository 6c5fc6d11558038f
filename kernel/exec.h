/* Loading an ELF module into a new address space, with Linux's stack. */
#ifndef EXEC_H
#define EXEC_H

#include <stddef.h>
#include <stdint.h>

struct bi_module;

struct mm;

struct exec_result {
	uint64_t entry;		/* first user RIP */
	uint64_t sp;		/* first user RSP: argc */
};

/*
 * Loads module m into mm (which must be the current task's, empty), its
 * string split into argv.  0 on success; -1 with a one-line reason in err
 * (nothing is left allocated).  Leaves the new address space in CR3.
 */
int exec_module(const struct bi_module *m, struct mm *mm,
		struct exec_result *r, char *err, size_t errsz);

#endif
