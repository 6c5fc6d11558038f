/* time_agree: time(), gettimeofday() and clock_gettime(CLOCK_REALTIME)
 * agree within 2 s, the wall clock is after 2020 and tv_usec/tv_nsec are
 * in range; time(&t) stores what it returns.  Only yes/no is printed. */
#include <stdio.h>
#include <time.h>
#include <sys/time.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }

int main(void)
{
	struct timespec ts;
	struct timeval tv;
	time_t stored = 0;
	time_t t = time(&stored);
	int r1 = gettimeofday(&tv, NULL);
	int r2 = clock_gettime(CLOCK_REALTIME, &ts);
	printf("calls succeeded: %s\n", yesno(t != (time_t)-1 && r1 == 0 && r2 == 0));
	printf("time(&t) stored its result: %s\n", yesno(stored == t));
	long long d1 = (long long)tv.tv_sec - t, d2 = (long long)ts.tv_sec - t;
	printf("gettimeofday within 2 s of time: %s\n", yesno(d1 >= -2 && d1 <= 2));
	printf("CLOCK_REALTIME within 2 s of time: %s\n", yesno(d2 >= -2 && d2 <= 2));
	printf("after 2020-01-01: %s\n", yesno(t > 1577836800));
	printf("tv_usec in range: %s, tv_nsec in range: %s\n",
	       yesno(tv.tv_usec >= 0 && tv.tv_usec < 1000000),
	       yesno(ts.tv_nsec >= 0 && ts.tv_nsec < 1000000000));
	printf("time(NULL) works: %s\n", yesno(time(NULL) >= t));
	return 0;
}
