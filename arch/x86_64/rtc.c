/*
 * The CMOS real-time clock, read once at boot for CLOCK_REALTIME.  QEMU
 * keeps it in UTC (-rtc base=utc, its default).
 */
#include <stdint.h>
#include "io.h"
#include "time.h"

#define CMOS_INDEX	0x70
#define CMOS_DATA	0x71
#define RTC_SECONDS	0x00
#define RTC_MINUTES	0x02
#define RTC_HOURS	0x04
#define RTC_DAY		0x07
#define RTC_MONTH	0x08
#define RTC_YEAR	0x09
#define RTC_STATUS_A	0x0a
#define RTC_STATUS_B	0x0b
#define RTC_CENTURY	0x32
#define RTC_UIP		0x80	/* status A: update in progress */
#define RTC_BINARY	0x04	/* status B: not BCD */
#define RTC_24H		0x02	/* status B: 24-hour clock */

static uint8_t cmos(uint8_t reg)
{
	outb(CMOS_INDEX, reg);
	return inb(CMOS_DATA);
}

static int bcd(uint8_t v, int binary)
{
	return binary ? v : (v >> 4) * 10 + (v & 15);
}

/* Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
static int64_t days_from_civil(int64_t y, int m, int d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

int64_t rtc_read_seconds(void)
{
	uint8_t s, mi, h, d, mo, y, c, s2;

	/* Read twice until equal, outside an update, so no field is torn. */
	do {
		while (cmos(RTC_STATUS_A) & RTC_UIP)
			;
		s = cmos(RTC_SECONDS);
		mi = cmos(RTC_MINUTES);
		h = cmos(RTC_HOURS);
		d = cmos(RTC_DAY);
		mo = cmos(RTC_MONTH);
		y = cmos(RTC_YEAR);
		c = cmos(RTC_CENTURY);
		s2 = cmos(RTC_SECONDS);
	} while (s != s2);

	uint8_t b = cmos(RTC_STATUS_B);
	int bin = b & RTC_BINARY;
	int hour = bcd(h & 0x7f, bin);

	if (!(b & RTC_24H) && (h & 0x80))
		hour = hour % 12 + 12;		/* 12-hour clock, PM */
	int year = bcd(y, bin) + (c ? bcd(c, bin) * 100 : 2000);

	return days_from_civil(year, bcd(mo, bin), bcd(d, bin)) * 86400 +
	       hour * 3600 + bcd(mi, bin) * 60 + bcd(s, bin);
}
