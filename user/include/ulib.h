/*
 * trapdoor's user runtime: no libc, just the generated system call stubs
 * (sc_NAME through `syscall`, i80_NAME through `int $0x80`) and a few
 * helpers for the test programs.
 */
#ifndef ULIB_H
#define ULIB_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include "syscall_stubs.h"
#include "vsprintf.h"

__attribute__((noreturn)) void exit(int status);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
void *memset(void *d, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
int memcmp(const void *a, const void *b, size_t n);

/* printf to fd 1 through `syscall` write, formats as kernel/lib/vsprintf.h. */
__attribute__((format(printf, 1, 2))) int printf(const char *fmt, ...);
int puts(const char *s);

/* The test programs' checks: print "ok - what" or "FAIL - what: ...". */
extern int check_failures;
#define CHECK(cond, what) check_report(!!(cond), what, #cond, __LINE__)
#define CHECK_EQ(got, want, what) \
	check_eq((long)(got), (long)(want), what, __LINE__)
void check_report(int ok, const char *what, const char *expr, int line);
void check_eq(long got, long want, const char *what, int line);
/* exit(0) if every check passed, exit(1) otherwise. */
__attribute__((noreturn)) void check_done(void);

/* Addresses for the bad-pointer tests. */
#define KERNEL_ADDR		((void *)0xffffffff80100000ul)
#define NONCANONICAL_ADDR	((void *)0x0000800000000000ul)

#endif
