/*
 * The tracer's formatting: a line being built, and the pieces strace
 * prints (constants and flags by name, pointers, quoted buffers, the
 * structures C libraries pass at start-up).  Used by strace.c.
 */
#ifndef STRACE_FMT_H
#define STRACE_FMT_H

#include <stddef.h>
#include <stdint.h>
#include "strace.h"

#define STRLEN		32	/* strace's default -s */

struct line {
	char s[1024];
	size_t n;
};

__attribute__((format(printf, 2, 3)))
void put(struct line *l, const char *fmt, ...);
const char *lookup(const struct flag_name *t, uint64_t v);
void put_const(struct line *l, const struct flag_name *t, uint64_t v);
void put_flags(struct line *l, const struct flag_name *t, uint64_t v);
void put_ptr(struct line *l, uint64_t p);
/* At most STRLEN bytes of a user buffer, quoted and escaped. */
void put_buf(struct line *l, uint64_t p, uint64_t len);
void put_str(struct line *l, uint64_t p);
/* An iovec array; limit: bytes to show in all (-1: each iov_len). */
void put_iovec(struct line *l, uint64_t vec, uint64_t cnt, long limit);
void put_rlimit(struct line *l, uint64_t p);
void put_stat(struct line *l, uint64_t p);
void put_timespec(struct line *l, uint64_t p);

#endif
