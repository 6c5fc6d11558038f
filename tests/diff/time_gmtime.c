/* time_gmtime: calendar arithmetic on fixed timestamps only (no clocks,
 * no time zone): gmtime_r, timegm (its inverse, normalising
 * out-of-range fields), strftime with many conversions, asctime,
 * difftime; leap years, the epoch, 2038, negative times.  Years before
 * 1000 are avoided: glibc does not pad %Y to four digits, musl does. */
#define _GNU_SOURCE
#include <stdio.h>
#include <time.h>
#include <string.h>

int main(void)
{
	static const long long ts[] = { 0, 1, -1, 86399, 86400, 951782400,
		951868800, 946684799, 946684800, 1000000000, 1234567890,
		2147483647, 2147483648LL, -2147483648LL, 4102444800LL,
		253402300799LL, 1709208000, 1582934400, -2208988800LL,
		1700000000 };
	for (unsigned i = 0; i < sizeof ts / sizeof ts[0]; i++) {
		time_t t = (time_t)ts[i];
		struct tm tm;
		if (!gmtime_r(&t, &tm)) {
			printf("%lld: gmtime failed\n", ts[i]);
			continue;
		}
		char buf[256];
		strftime(buf, sizeof buf,
			 "%Y-%m-%d %H:%M:%S | %a %A %b %B | %j %U %W %V %G %g %u %w | %C %y %e %D %F %T %R %r %p %I | %%",
			 &tm);
		struct tm copy = tm;
		time_t back = timegm(&copy);
		printf("%lld: %s | wday=%d yday=%d isdst=%d | timegm=%s\n", ts[i],
		       buf, tm.tm_wday, tm.tm_yday, tm.tm_isdst,
		       back == t ? "same" : "DIFFERENT");
	}
	/* timegm normalises fields out of range */
	struct tm n;
	memset(&n, 0, sizeof n);
	n.tm_year = 2023 - 1900; n.tm_mon = 13; n.tm_mday = 31;
	n.tm_hour = 25; n.tm_min = 61; n.tm_sec = 61;
	time_t t = timegm(&n);
	char buf[64];
	strftime(buf, sizeof buf, "%F %T", &n);
	printf("normalised: %lld %s wday=%d yday=%d\n", (long long)t, buf,
	       n.tm_wday, n.tm_yday);
	memset(&n, 0, sizeof n);
	n.tm_year = 2024 - 1900; n.tm_mon = 2; n.tm_mday = 0;	/* Feb 29 */
	t = timegm(&n);
	strftime(buf, sizeof buf, "%F %A", &n);
	printf("day 0 of March 2024: %lld %s\n", (long long)t, buf);
	memset(&n, 0, sizeof n);
	n.tm_year = 70; n.tm_mday = 1; n.tm_sec = -1;
	t = timegm(&n);
	printf("one second before the epoch: %lld\n", (long long)t);

	time_t a = 1000000000;
	struct tm tm;
	gmtime_r(&a, &tm);
	char as[64];
	asctime_r(&tm, as);
	printf("asctime: %s", as);
	printf("difftime: %.1f\n", difftime((time_t)2000000000, (time_t)1000000000));
	size_t r = strftime(buf, 5, "%Y-%m-%d", &tm);
	printf("strftime too small: %zu\n", r);
	const char *volatile empty = "";
	r = strftime(buf, sizeof buf, empty, &tm);
	printf("strftime empty: %zu\n", r);
	/* leap years over four centuries */
	int leap = 0;
	for (int y = 1600; y < 2400; y++) {
		memset(&n, 0, sizeof n);
		n.tm_year = y - 1900; n.tm_mon = 1; n.tm_mday = 29;
		timegm(&n);
		leap += n.tm_mon == 1;
	}
	printf("leap years in 1600..2399: %d\n", leap);
	return 0;
}
