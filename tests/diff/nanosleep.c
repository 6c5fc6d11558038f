/* nanosleep: nanosleep(50 ms) and clock_nanosleep(CLOCK_MONOTONIC, 50 ms
 * relative, and absolute) measured with CLOCK_MONOTONIC take between 45
 * and 500 ms; a zero sleep returns at once; only yes/no is printed. */
#define _GNU_SOURCE
#include <stdio.h>
#include <time.h>

static long long now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void verdict(const char *what, int r, long long ns)
{
	printf("%-30s returned %d, between 45 and 500 ms: %s\n", what, r,
	       ns >= 45000000 && ns <= 500000000 ? "yes" : "no");
}

int main(void)
{
	struct timespec req = { 0, 50000000 }, rem = { 99, 99 };
	long long t0 = now_ns();
	int r = nanosleep(&req, &rem);
	verdict("nanosleep(50 ms)", r, now_ns() - t0);

	t0 = now_ns();
	r = clock_nanosleep(CLOCK_MONOTONIC, 0, &req, NULL);
	verdict("clock_nanosleep relative", r, now_ns() - t0);

	struct timespec until;
	t0 = now_ns();
	clock_gettime(CLOCK_MONOTONIC, &until);
	until.tv_nsec += 50000000;
	if (until.tv_nsec >= 1000000000) {
		until.tv_sec++;
		until.tv_nsec -= 1000000000;
	}
	r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &until, NULL);
	verdict("clock_nanosleep absolute", r, now_ns() - t0);

	struct timespec zero = { 0, 0 };
	t0 = now_ns();
	r = nanosleep(&zero, NULL);
	printf("nanosleep(0) returned %d, under 100 ms: %s\n", r,
	       now_ns() - t0 < 100000000 ? "yes" : "no");
	t0 = now_ns();
	r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &zero, NULL);
	printf("absolute time in the past returned %d, under 100 ms: %s\n", r,
	       now_ns() - t0 < 100000000 ? "yes" : "no");
	return 0;
}
