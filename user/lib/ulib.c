/* The user runtime; see ulib.h. */
#include "ulib.h"
#include "vsprintf.h"

void exit(int status)
{
	for (;;)
		sc_exit_group(status);
}

size_t strlen(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

void *memset(void *d, int c, size_t n)
{
	unsigned char *p = d;

	while (n--)
		*p++ = (unsigned char)c;
	return d;
}

void *memcpy(void *d, const void *s, size_t n)
{
	unsigned char *p = d;
	const unsigned char *q = s;

	while (n--)
		*p++ = *q++;
	return d;
}

int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

int printf(const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	int n = td_vsnprintf(buf, sizeof(buf), fmt, ap);

	va_end(ap);
	if (n > (int)sizeof(buf) - 1)
		n = sizeof(buf) - 1;
	sc_write(1, buf, n);
	return n;
}

int puts(const char *s)
{
	sc_write(1, s, strlen(s));
	sc_write(1, "\n", 1);
	return 0;
}

int check_failures;

void check_report(int ok, const char *what, const char *expr, int line)
{
	if (ok) {
		printf("ok - %s\n", what);
		return;
	}
	check_failures++;
	printf("FAIL - %s: line %d: %s\n", what, line, expr);
}

void check_eq(long got, long want, const char *what, int line)
{
	if (got == want) {
		printf("ok - %s\n", what);
		return;
	}
	check_failures++;
	printf("FAIL - %s: line %d: got %ld (0x%lx), want %ld\n", what, line,
	       got, got, want);
}

void check_done(void)
{
	printf("%s: %d failed\n", check_failures ? "FAILED" : "PASSED",
	       check_failures);
	exit(check_failures ? 1 : 0);
}
