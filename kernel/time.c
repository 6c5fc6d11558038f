/* See time.h. */
#include "time.h"
#include "cpu.h"
#include "printk.h"
#include "task.h"
#include "timer.h"

static int64_t boot_epoch;	/* RTC seconds when the timer started */

void time_init(void)
{
	boot_epoch = rtc_read_seconds();
	printk("time: RTC says %ld s since the epoch\n", (long)boot_epoch);
}

uint64_t ktime_ns(void)
{
	return timer_ns();
}

uint64_t realtime_ns(void)
{
	return (uint64_t)boot_epoch * NSEC_PER_SEC + ktime_ns();
}

int64_t boot_realtime_seconds(void)
{
	return boot_epoch;
}

void sleep_until(uint64_t deadline)
{
	uint64_t start = ktime_ns(), now = start;

	while (now < deadline) {
		/* sti; hlt: the timer's interrupt ends each nap */
		asm volatile("sti; hlt" ::: "memory");
		now = ktime_ns();
	}
	if (current)
		current->sleep_ns += now - start;
}
