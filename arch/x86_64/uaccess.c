/* The checked user-access functions; see uaccess.h. */
#include <stdint.h>
#include "uaccess.h"
#include "errno.h"
#include "string.h"

struct exception_table_entry {
	unsigned long insn, fixup;
};

extern const struct exception_table_entry __start___ex_table[];
extern const struct exception_table_entry __stop___ex_table[];

/*
 * On a fault the part of the kernel buffer that was not copied is zeroed,
 * as Linux's copy_from_user does: a caller that forgets the return value,
 * or copies the buffer on, must not find old kernel stack bytes there.
 */
unsigned long copy_from_user(void *to, const void __user *from, size_t n)
{
	unsigned long left = access_ok(from, n) ? __copy_user(to, from, n) : n;

	if (left)
		memset((char *)to + (n - left), 0, left);
	return left;
}

unsigned long copy_to_user(void __user *to, const void *from, size_t n)
{
	if (!access_ok(to, n))
		return n;
	return __copy_user(to, from, n);
}

unsigned long clear_user(void __user *to, size_t n)
{
	if (!access_ok(to, n))
		return n;
	return __clear_user(to, n);
}

long strncpy_from_user(char *dst, const char __user *src, long count)
{
	if (count <= 0)
		return 0;
	/* The string may end before the range does: check only what lies
	 * in user space, and let a fault past it come back as -EFAULT. */
	unsigned long a = (unsigned long)src;

	if (a >= USER_TOP)
		return -EFAULT;
	if ((unsigned long)count > USER_TOP - a)
		count = (long)(USER_TOP - a);
	long n = __strncpy_from_user(dst, src, count);

	if (n == count && (unsigned long)src + (unsigned long)count == USER_TOP)
		return -EFAULT;		/* ran into the end of user space */
	return n;
}

unsigned long search_exception_table(unsigned long ip)
{
	for (const struct exception_table_entry *e = __start___ex_table;
	     e < __stop___ex_table; e++)
		if (e->insn == ip)
			return e->fixup;
	return 0;
}
