/*
 * The clocks and sleeping: clock_gettime, clock_getres, gettimeofday, time,
 * nanosleep, clock_nanosleep.  REALTIME is the boot RTC plus MONOTONIC;
 * MONOTONIC and BOOTTIME are the PIT's count since boot (nothing suspends);
 * the CPU-time clocks are the time since exec minus the time asleep.
 */
#include <stdbool.h>
#include "syscalls.h"
#include "errno.h"
#include "task.h"
#include "time.h"
#include "timer.h"

#define CLOCK_REALTIME			0
#define CLOCK_MONOTONIC			1
#define CLOCK_PROCESS_CPUTIME_ID	2
#define CLOCK_THREAD_CPUTIME_ID		3
#define CLOCK_MONOTONIC_RAW		4
#define CLOCK_REALTIME_COARSE		5
#define CLOCK_MONOTONIC_COARSE		6
#define CLOCK_BOOTTIME			7
#define CLOCK_TAI			11
#define TIMER_ABSTIME			1

struct __kernel_timespec {
	int64_t tv_sec;
	long long tv_nsec;
};

struct __kernel_old_timeval {
	long tv_sec;
	long tv_usec;
};

struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};

/* The clock's value in ns; -EINVAL for a clock that does not exist. */
static long clock_read(clockid_t clk, uint64_t *ns)
{
	switch (clk) {
	case CLOCK_REALTIME:
	case CLOCK_REALTIME_COARSE:
	case CLOCK_TAI:			/* TAI offset 0, as Linux's default */
		*ns = realtime_ns();
		return 0;
	case CLOCK_MONOTONIC:
	case CLOCK_MONOTONIC_RAW:
	case CLOCK_MONOTONIC_COARSE:
	case CLOCK_BOOTTIME:
		*ns = ktime_ns();
		return 0;
	case CLOCK_PROCESS_CPUTIME_ID:
	case CLOCK_THREAD_CPUTIME_ID:
		*ns = ktime_ns() - current->start_ns - current->sleep_ns;
		return 0;
	default:
		return -EINVAL;
	}
}

static long put_timespec(struct __kernel_timespec __user *tp, uint64_t ns)
{
	struct __kernel_timespec ts = { (int64_t)(ns / NSEC_PER_SEC),
					(long long)(ns % NSEC_PER_SEC) };

	return copy_to_user(tp, &ts, sizeof(ts)) ? -EFAULT : 0;
}

/* A user timespec as ns: -EFAULT, or -EINVAL out of Linux's range. */
static long get_timespec(const struct __kernel_timespec __user *tp,
			 uint64_t *ns)
{
	struct __kernel_timespec ts;

	if (copy_from_user(&ts, tp, sizeof(ts)))
		return -EFAULT;
	if (ts.tv_sec < 0 || ts.tv_nsec < 0 ||
	    ts.tv_nsec >= (long long)NSEC_PER_SEC)
		return -EINVAL;
	/* Far futures saturate instead of wrapping. */
	if ((uint64_t)ts.tv_sec > UINT64_MAX / NSEC_PER_SEC - 1)
		*ns = UINT64_MAX;
	else
		*ns = (uint64_t)ts.tv_sec * NSEC_PER_SEC + (uint64_t)ts.tv_nsec;
	return 0;
}

long sys_clock_gettime(clockid_t which_clock, struct __kernel_timespec __user *tp)
{
	uint64_t ns;
	long err = clock_read(which_clock, &ns);

	return err ? err : put_timespec(tp, ns);
}

long sys_clock_getres(clockid_t which_clock, struct __kernel_timespec __user *tp)
{
	uint64_t ns;
	long err = clock_read(which_clock, &ns);

	if (err)
		return err;
	if (!tp)
		return 0;
	/* As Linux: 1 ns for the high-resolution clocks, a tick for the
	 * coarse ones. */
	bool coarse = which_clock == CLOCK_REALTIME_COARSE ||
		      which_clock == CLOCK_MONOTONIC_COARSE;

	return put_timespec(tp, coarse ? NSEC_PER_SEC / HZ : 1);
}

long sys_gettimeofday(struct __kernel_old_timeval __user *tv,
		      struct timezone __user *tz)
{
	if (tv) {
		uint64_t ns = realtime_ns();
		struct __kernel_old_timeval v = { (long)(ns / NSEC_PER_SEC),
						  (long)(ns % NSEC_PER_SEC / 1000) };

		if (copy_to_user(tv, &v, sizeof(v)))
			return -EFAULT;
	}
	if (tz) {
		struct timezone z = { 0, 0 };

		if (copy_to_user(tz, &z, sizeof(z)))
			return -EFAULT;
	}
	return 0;
}

long sys_time(__kernel_old_time_t __user *tloc)
{
	__kernel_old_time_t t = (__kernel_old_time_t)(realtime_ns() / NSEC_PER_SEC);

	if (tloc && copy_to_user(tloc, &t, sizeof(t)))
		return -EFAULT;
	return t;
}

/* Sleeps for ns on the monotonic clock (no signal can interrupt it yet:
 * signals only come from the process itself). */
static void sleep_ns(uint64_t ns)
{
	uint64_t now = ktime_ns();

	sleep_until(ns > UINT64_MAX - now ? UINT64_MAX : now + ns);
}

long sys_nanosleep(struct __kernel_timespec __user *rqtp,
		   struct __kernel_timespec __user *rmtp)
{
	uint64_t ns;
	long err = get_timespec(rqtp, &ns);

	(void)rmtp;			/* only written when interrupted */
	if (err)
		return err;
	sleep_ns(ns);
	return 0;
}

long sys_clock_nanosleep(clockid_t which_clock, int flags,
			 const struct __kernel_timespec __user *rqtp,
			 struct __kernel_timespec __user *rmtp)
{
	uint64_t ns, now;
	long err;

	(void)rmtp;
	if (which_clock == CLOCK_THREAD_CPUTIME_ID)
		return -EINVAL;
	if ((err = clock_read(which_clock, &now)))
		return err;
	if (which_clock == CLOCK_PROCESS_CPUTIME_ID ||
	    which_clock == CLOCK_MONOTONIC_RAW ||
	    which_clock == CLOCK_REALTIME_COARSE ||
	    which_clock == CLOCK_MONOTONIC_COARSE)
		return -ENOTSUP;
	if ((err = get_timespec(rqtp, &ns)))
		return err;
	if (flags & TIMER_ABSTIME)
		ns = ns > now ? ns - now : 0;	/* the same distance, on
						 * the monotonic clock */
	sleep_ns(ns);
	return 0;
}
