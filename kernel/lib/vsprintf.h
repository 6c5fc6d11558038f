/* A small vsnprintf: the formats printk and panic need, nothing more. */
#ifndef VSPRINTF_H
#define VSPRINTF_H

#include <stdarg.h>
#include <stddef.h>

/*
 * Conversions: %d %i %u %o %x %X %p %s %c %%, with the flags '-' and '0', a
 * width (number or '*'), a precision for %s, and the length modifiers l, ll,
 * z.  Like C's: always NUL-terminates when size > 0 and returns the length
 * the full output would have had.
 */
int td_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int td_snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
