/* Time: the monotonic clock (the PIT), the wall clock (the CMOS RTC at
 * boot plus the monotonic clock) and sleeping on the timer. */
#ifndef TIME_H
#define TIME_H

#include <stdint.h>

#define NSEC_PER_SEC	1000000000ull

void time_init(void);
uint64_t ktime_ns(void);			/* CLOCK_MONOTONIC */
uint64_t realtime_ns(void);			/* CLOCK_REALTIME */
int64_t boot_realtime_seconds(void);
/* Sleeps (hlt, woken by each timer tick) until ktime_ns() >= deadline;
 * the time asleep is not the process's CPU time. */
void sleep_until(uint64_t deadline);

int64_t rtc_read_seconds(void);			/* arch/x86_64/rtc.c */

#endif
