/*
 * The structures system calls fill in, as strace prints them by default
 * (without -v): getrusage's and uname's abbreviated with "...", times,
 * sysinfo, timeval, timezone and time_t in full.  Linux's x86-64 layouts.
 * Each prints the address instead when the memory cannot be read.
 */
#include "strace_fmt.h"
#include "sysinfo.h"
#include "string.h"
#include "uaccess.h"

/* Copies n bytes from user p; on failure prints p as strace does. */
static bool fetch(struct line *l, void *dst, uint64_t p, size_t n)
{
	if (p && !copy_from_user(dst, (const void *)p, n))
		return true;
	put_ptr(l, p);
	return false;
}

static void put_tv(struct line *l, const int64_t tv[2])
{
	put(l, "{tv_sec=%ld, tv_usec=%ld}", (long)tv[0], (long)tv[1]);
}

void put_timeval(struct line *l, uint64_t p)
{
	int64_t tv[2];

	if (fetch(l, tv, p, sizeof(tv)))
		put_tv(l, tv);
}

void put_timezone(struct line *l, uint64_t p)
{
	int32_t tz[2];

	if (fetch(l, tz, p, sizeof(tz)))
		put(l, "{tz_minuteswest=%d, tz_dsttime=%d}", tz[0], tz[1]);
}

/* Only the two times: strace leaves the other fourteen longs to -v. */
void put_rusage(struct line *l, uint64_t p)
{
	int64_t ru[4];			/* ru_utime, ru_stime */

	if (!fetch(l, ru, p, sizeof(ru)))
		return;
	put(l, "{ru_utime=");
	put_tv(l, ru);
	put(l, ", ru_stime=");
	put_tv(l, ru + 2);
	put(l, ", ...}");
}

void put_tms(struct line *l, uint64_t p)
{
	int64_t t[4];

	if (fetch(l, t, p, sizeof(t)))
		put(l, "{tms_utime=%ld, tms_stime=%ld, tms_cutime=%ld, "
		    "tms_cstime=%ld}", (long)t[0], (long)t[1], (long)t[2],
		    (long)t[3]);
}

/* struct new_utsname: six fields of 65 bytes; by default strace shows
 * the first two. */
void put_utsname(struct line *l, uint64_t p)
{
	char u[2][65];

	if (!fetch(l, u, p, sizeof(u)))
		return;
	put(l, "{sysname=");
	put_quoted(l, u[0], strnlen(u[0], sizeof(u[0])), false);
	put(l, ", nodename=");
	put_quoted(l, u[1], strnlen(u[1], sizeof(u[1])), false);
	put(l, ", ...}");
}

void put_sysinfo(struct line *l, uint64_t p)
{
	struct sysinfo si;

	if (!fetch(l, &si, p, sizeof(si)))
		return;
	put(l, "{uptime=%ld, loads=[%lu, %lu, %lu], totalram=%lu, freeram=%lu, "
	    "sharedram=%lu, bufferram=%lu, totalswap=%lu, freeswap=%lu, "
	    "procs=%u, totalhigh=%lu, freehigh=%lu, mem_unit=%u}",
	    (long)si.uptime, si.loads[0], si.loads[1], si.loads[2],
	    si.totalram, si.freeram, si.sharedram, si.bufferram, si.totalswap,
	    si.freeswap, (unsigned)si.procs, si.totalhigh, si.freehigh,
	    si.mem_unit);
}

static bool leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* t seconds after the epoch as strace writes a date: ISO 8601 in the
 * tracer's time zone, which for the kernel is UTC. */
void put_date(struct line *l, int64_t t)
{
	static const int mdays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30,
				       31, 30, 31 };
	int64_t days = t / 86400, secs = t % 86400, cycles;
	int m = 0;

	if (secs < 0) {			/* floor, for dates before 1970 */
		secs += 86400;
		days--;
	}
	/* 400 Gregorian years are exactly 146097 days: skip whole cycles
	 * so that no value makes the loops below long. */
	cycles = days / 146097;
	days %= 146097;
	if (days < 0) {
		days += 146097;
		cycles--;
	}
	long y = 1970 + 400 * (long)cycles;

	while (days >= (leap(y) ? 366 : 365))
		days -= leap(y++) ? 366 : 365;
	while (days >= mdays[m] + (m == 1 && leap(y)))
		days -= mdays[m] + (m == 1 && leap(y)), m++;
	put(l, "%04ld-%02d-%02dT%02d:%02d:%02d+0000", y, m + 1, (int)days + 1,
	    (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60));
}

/* time(2)'s argument: the value in brackets, the date in a comment. */
void put_time(struct line *l, uint64_t p)
{
	int64_t t;

	if (!fetch(l, &t, p, sizeof(t)))
		return;
	put(l, "[%ld /* ", (long)t);
	put_date(l, t);
	put(l, " */]");
}

/* An address the call stored (arch_prctl's ARCH_GET_FS), in brackets. */
void put_addr_ref(struct line *l, uint64_t p)
{
	uint64_t v;

	if (!fetch(l, &v, p, sizeof(v)))
		return;
	put(l, "[");
	put_ptr(l, v);
	put(l, "]");
}

/* pipe's two descriptors. */
void put_fd_pair(struct line *l, uint64_t p)
{
	int32_t fd[2];

	if (fetch(l, fd, p, sizeof(fd)))
		put(l, "[%d, %d]", fd[0], fd[1]);
}
