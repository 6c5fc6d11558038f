/* clock_getres: the resolution of CLOCK_MONOTONIC and CLOCK_REALTIME is
 * at most 1 ms and non-zero; CLOCK_MONOTONIC never goes back over 10000
 * reads and advances over a 10 ms sleep.  Only yes/no is printed. */
#define _GNU_SOURCE
#include <stdio.h>
#include <time.h>

static const char *yesno(int c) { return c ? "yes" : "no"; }

int main(void)
{
	struct timespec r;
	int ok = clock_getres(CLOCK_MONOTONIC, &r) == 0;
	printf("CLOCK_MONOTONIC getres ok: %s, <= 1 ms: %s, non-zero: %s\n", yesno(ok),
	       yesno(r.tv_sec == 0 && r.tv_nsec <= 1000000), yesno(r.tv_sec || r.tv_nsec));
	ok = clock_getres(CLOCK_REALTIME, &r) == 0;
	printf("CLOCK_REALTIME getres ok: %s, <= 1 ms: %s, non-zero: %s\n", yesno(ok),
	       yesno(r.tv_sec == 0 && r.tv_nsec <= 1000000), yesno(r.tv_sec || r.tv_nsec));
	printf("clock_getres(NULL) ok: %s\n", yesno(clock_getres(CLOCK_MONOTONIC, NULL) == 0));

	struct timespec a, b;
	int back = 0;
	clock_gettime(CLOCK_MONOTONIC, &a);
	for (int i = 0; i < 10000; i++) {
		clock_gettime(CLOCK_MONOTONIC, &b);
		if (b.tv_sec < a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec < a.tv_nsec))
			back++;
		a = b;
	}
	printf("monotonic went back: %s, tv_nsec in range: %s\n", yesno(back),
	       yesno(b.tv_nsec >= 0 && b.tv_nsec < 1000000000));
	struct timespec ten = { 0, 10000000 };
	clock_gettime(CLOCK_MONOTONIC, &a);
	nanosleep(&ten, NULL);
	clock_gettime(CLOCK_MONOTONIC, &b);
	long long d = (b.tv_sec - a.tv_sec) * 1000000000LL + (b.tv_nsec - a.tv_nsec);
	printf("advanced over a 10 ms sleep by at least 9 ms: %s\n", yesno(d >= 9000000));
	return 0;
}
