/*
 * The tracer's formatting: a line being built, and the pieces strace
 * prints (constants and flags by name, pointers, quoted buffers,
 * structures, signals).  Used by strace.c and strace_args.c.
 */
#ifndef STRACE_FMT_H
#define STRACE_FMT_H

#include <stdbool.h>
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
/* As put_const, but an unknown v as strace marks it: the hex value and
 * a comment holding unknown ("RUSAGE_???"). */
void put_xval(struct line *l, const struct flag_name *t, uint64_t v,
	      const char *unknown);
void put_flags(struct line *l, const struct flag_name *t, uint64_t v,
	       const char *unknown);
void put_ptr(struct line *l, uint64_t p);
/* n bytes of a kernel copy, quoted and escaped; "..." if more. */
void put_quoted(struct line *l, const void *b, size_t n, bool more);
/* At most STRLEN bytes of a user buffer, quoted and escaped. */
void put_buf(struct line *l, uint64_t p, uint64_t len);
/* len bytes of a user path, quoted and escaped, however long. */
void put_path(struct line *l, uint64_t p, uint64_t len);
void put_str(struct line *l, uint64_t p);
/* A NUL-terminated user path, whole. */
void put_pathname(struct line *l, uint64_t p);
/* An iovec array; limit: bytes to show in all (-1: each iov_len). */
void put_iovec(struct line *l, uint64_t vec, uint64_t cnt, long limit);
void put_rlimit(struct line *l, uint64_t p);
void put_stat(struct line *l, uint64_t p);
void put_timespec(struct line *l, uint64_t p);

/* strace_struct.c: what getrusage, times, uname, sysinfo, gettimeofday
 * and time fill in; p is the user address. */
void put_rusage(struct line *l, uint64_t p);
void put_tms(struct line *l, uint64_t p);
void put_utsname(struct line *l, uint64_t p);
void put_sysinfo(struct line *l, uint64_t p);
void put_timeval(struct line *l, uint64_t p);
void put_timezone(struct line *l, uint64_t p);
void put_time(struct line *l, uint64_t p);
void put_addr_ref(struct line *l, uint64_t p);		/* [0x4c8380] */
void put_fd_pair(struct line *l, uint64_t p);		/* [3, 4] */
/* "2026-12-04T16:11:52+0000": seconds since the epoch, in UTC. */
void put_date(struct line *l, int64_t t);

/* strace_tty.c */
void put_termios(struct line *l, uint64_t p);
void put_winsize(struct line *l, uint64_t p);
void put_int_ref(struct line *l, uint64_t p);		/* [42] */
bool put_ioctl_arg(struct line *l, uint64_t cmd, uint64_t p, bool ok);

/* strace_sig.c */
void put_signame(struct line *l, int sig);
void put_sigset_val(struct line *l, uint64_t mask);
void put_sigset(struct line *l, uint64_t p);
void put_sigaction(struct line *l, uint64_t p);
void put_stack(struct line *l, uint64_t p);

/* strace_args.c: true if argument i (of a[]) of the call named name was
 * printed; ret is the call's result, for what it wrote; i386: the call
 * came through int $0x80. */
bool put_special(struct line *l, const char *name, int i, const uint64_t *a,
		 long ret, bool i386);
/* How many of the n arguments strace shows (fcntl's depend on the
 * command), and a successful result as strace shows it (" = 0x...",
 * " = 0x8002 (flags O_RDWR|O_LARGEFILE)", ...). */
int shown_args(const char *name, const uint64_t *a, int n);
void put_result(struct line *l, const char *name, const uint64_t *a, long ret);

#endif
