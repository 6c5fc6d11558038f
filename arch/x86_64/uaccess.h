/*
 * User memory, reached only through these.  Each checks that the whole
 * range lies in user space (below USER_TOP, no wrap-around: that also rules
 * out non-canonical addresses), then copies with instructions that have an
 * exception-table entry: a #PF on an unmapped or read-only page jumps to a
 * fixup instead of panicking.  So a bad pointer is -EFAULT, never a kernel
 * fault.
 */
#ifndef UACCESS_H
#define UACCESS_H

#include <stdbool.h>
#include <stddef.h>
#include "layout.h"

#define __user

static inline bool access_ok(const void __user *addr, size_t size)
{
	unsigned long a = (unsigned long)addr;

	return size <= USER_TOP && a <= USER_TOP - size;
}

/* Both return the number of bytes NOT copied (0 on success), as Linux's. */
unsigned long copy_from_user(void *to, const void __user *from, size_t n);
unsigned long copy_to_user(void __user *to, const void *from, size_t n);
/* Bytes not cleared. */
unsigned long clear_user(void __user *to, size_t n);
/* The string's length if its NUL is within count bytes (copied with the
 * NUL), count if not (count bytes copied, no NUL), or -EFAULT. */
long strncpy_from_user(char *dst, const char __user *src, long count);

/* Assembly primitives (uaccess_64.S): no checks, fixups only. */
unsigned long __copy_user(void *to, const void *from, size_t n);
unsigned long __clear_user(void *to, size_t n);
long __strncpy_from_user(char *dst, const char *src, long count);

/* For the #PF handler: if ip is a user-access instruction, its fixup. */
unsigned long search_exception_table(unsigned long ip);

#endif
