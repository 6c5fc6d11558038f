/*
 * A tiny harness for the host unit tests.  Each TEST(name) { ... } is one
 * case; main(), defined here since every test program includes this header
 * exactly once, runs them in order and prints one line per case:
 *
 *	PASS <file-stem>: <case>
 *	FAIL <file-stem>: <case>: <file>:<line>: <what>
 *
 * A failed check returns from the function it is in, so later checks never
 * run on state the failed one already showed to be wrong.  The exit status
 * is 1 if any case failed.
 */
#ifndef CHECK_H
#define CHECK_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>	/* under -Ikernel/lib, kernel/lib/string.h ... */

char *strstr(const char *haystack, const char *needle);	/* ... so add this */

struct check_case {
	const char *name, *file;
	void (*fn)(void);
};

static struct check_case check_cases[256];
static int check_ncases;
static char check_msg[512];	/* the running case's first failure */

static inline void check_register(const char *name, const char *file,
				  void (*fn)(void))
{
	if (check_ncases == sizeof(check_cases) / sizeof(check_cases[0]))
		abort();	/* grow check_cases */
	check_cases[check_ncases++] = (struct check_case){ name, file, fn };
}

/* Constructors run in definition order, so cases run as they are written. */
#define TEST(name)							\
	static void name(void);						\
	__attribute__((constructor)) static void name##_register(void)	\
	{								\
		check_register(#name, __FILE__, name);			\
	}								\
	static void name(void)

__attribute__((format(printf, 3, 4)))
static inline void check_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (check_msg[0])
		return;		/* a helper failed earlier: keep its message */
	n = snprintf(check_msg, sizeof(check_msg), "%s:%d: ", file, line);
	va_start(ap, fmt);
	vsnprintf(check_msg + n, sizeof(check_msg) - n, fmt, ap);
	va_end(ap);
}

#define CHECK(cond) do {						\
	if (!(cond)) {							\
		check_fail(__FILE__, __LINE__, "%s", #cond);		\
		return;							\
	}								\
} while (0)

#define CHECK_EQ_U64(a, b) do {						\
	unsigned long long a_ = (uint64_t)(a), b_ = (uint64_t)(b);	\
	if (a_ != b_) {							\
		check_fail(__FILE__, __LINE__,				\
			   "%s == %s: %llu (0x%llx) != %llu (0x%llx)",	\
			   #a, #b, a_, a_, b_, b_);			\
		return;							\
	}								\
} while (0)

#define CHECK_STR(a, b) do {						\
	const char *a_ = (a), *b_ = (b);				\
	if (!a_ || !b_ || strcmp(a_, b_)) {				\
		check_fail(__FILE__, __LINE__,				\
			   "%s == %s: \"%s\" != \"%s\"", #a, #b,	\
			   a_ ? a_ : "(NULL)", b_ ? b_ : "(NULL)");	\
		return;							\
	}								\
} while (0)

int main(void)
{
	int failed = 0;

	for (int i = 0; i < check_ncases; i++) {
		const struct check_case *c = &check_cases[i];
		const char *stem = c->file, *dot = NULL;

		for (const char *p = c->file; *p; p++)
			if (*p == '/')
				stem = p + 1;
			else if (*p == '.')
				dot = p;
		check_msg[0] = '\0';
		c->fn();
		printf("%s %.*s: %s%s%s\n", check_msg[0] ? "FAIL" : "PASS",
		       (int)(dot > stem ? dot - stem : (long)strlen(stem)),
		       stem, c->name, check_msg[0] ? ": " : "", check_msg);
		/* An ASan abort in a later case must not swallow this line. */
		fflush(stdout);
		failed |= check_msg[0] != '\0';
	}
	/* tests/run.sh counts a binary without this line as crashed. */
	printf("DONE %d cases\n", check_ncases);
	return failed;
}

#endif
