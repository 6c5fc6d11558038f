/*
 * The host's stand-in for arch/x86_64/uaccess.h, for kernel files under
 * unit test: "user memory" is the test program's own memory, and the
 * first page (NULL, and small bad addresses such as 8) is unmapped, as in
 * a process, so that the -EFAULT paths can be taken.
 */
#ifndef UACCESS_H
#define UACCESS_H

#include <stddef.h>
#include <stdint.h>
#include "string.h"

#define __user
#define UNIT_FAULT_BELOW	4096

static inline unsigned long copy_from_user(void *to, const void __user *from,
					   size_t n)
{
	if ((uintptr_t)from < UNIT_FAULT_BELOW)
		return n;
	memcpy(to, from, n);
	return 0;
}

static inline unsigned long copy_to_user(void __user *to, const void *from,
					 size_t n)
{
	if ((uintptr_t)to < UNIT_FAULT_BELOW)
		return n;
	memcpy(to, from, n);
	return 0;
}

/* As the kernel's: the length if the NUL is within count bytes, else
 * count; -EFAULT (-14) for an unmapped source. */
static inline long strncpy_from_user(char *dst, const char __user *src,
				     long count)
{
	long n;

	if ((uintptr_t)src < UNIT_FAULT_BELOW)
		return -14;
	for (n = 0; n < count; n++)
		if (!(dst[n] = src[n]))
			return n;
	return count;
}

#endif
