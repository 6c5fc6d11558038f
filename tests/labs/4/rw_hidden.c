/*
 * Lab 4's hidden checks: what write and writev put on the console is
 * exactly the bytes they were given.  argv[1] picks one case; the program
 * writes the case's data (the pattern below, from offset 0), then a line
 * "--- checks" and its check lines.  tests/labs/4/checks.sh compares the
 * data with the same pattern made by awk, byte for byte.
 *
 *   small   write 100 bytes, then writev 50 + 0 + 50 (200 bytes)
 *   big     one write of 5000 bytes: three tty chunks (2048, 2048, 904)
 *   iov     writev of 1000, 3000, 0, 2500 and 7 bytes (6507): iovecs
 *           that start and end inside chunks and span them
 *   huge    one write of 300000 bytes from an mmap'ed buffer
 *   fault   write 3100 bytes from a buffer whose last 100 bytes are in
 *           an unmapped page: the first chunk (2048) is written, the
 *           second faults, the call returns 2048 (Linux's tty)
 */
#include "ulib.h"

#define PROT_READ	1
#define PROT_WRITE	2
#define MAP_PRIVATE	0x02
#define MAP_ANONYMOUS	0x20

struct iovec {
	const void *iov_base;
	size_t iov_len;
};

/* The pattern: 63 characters from a 36-letter alphabet, then '\n'. */
static void pattern(char *p, size_t n)
{
	static const char abc[] = "0123456789abcdefghijklmnopqrstuvwxyz";

	for (size_t j = 0; j < n; j++)
		p[j] = j % 64 == 63 ? '\n' : abc[(j + j / 64) % 36];
}

/* The only zero-initialised static: the last page of the bss. */
static char lastpage[4096] __attribute__((aligned(4096)));
static char buf[8192] = { 1 };
static long results[8] = { 1 };

int main(int argc, char **argv)
{
	const char *c = argc > 1 ? argv[1] : "";
	long n;

	if (!strcmp(c, "small")) {
		pattern(buf, 200);
		results[0] = sc_write(1, buf, 100);
		struct iovec v[3] = { { buf + 100, 50 }, { buf, 0 }, { buf + 150, 50 } };
		results[1] = sc_writev(1, v, 3);
		printf("\n--- checks\n");
		CHECK_EQ(results[0], 100, "[small] write(1, buf, 100) returns 100");
		CHECK_EQ(results[1], 100, "[small] writev of 50 + 0 + 50 bytes returns 100");
	} else if (!strcmp(c, "big")) {
		pattern(buf, 5000);
		n = sc_write(1, buf, 5000);
		printf("\n--- checks\n");
		CHECK_EQ(n, 5000, "[big] write(1, buf, 5000) returns 5000");
	} else if (!strcmp(c, "iov")) {
		pattern(buf, 6507);
		struct iovec v[5] = { { buf, 1000 }, { buf + 1000, 3000 }, { buf, 0 },
				      { buf + 4000, 2500 }, { buf + 6500, 7 } };
		n = sc_writev(1, v, 5);
		printf("\n--- checks\n");
		CHECK_EQ(n, 6507, "[iov] writev of 1000 + 3000 + 0 + 2500 + 7 bytes returns 6507");
	} else if (!strcmp(c, "huge")) {
		char *p = (char *)sc_mmap(NULL, 300000, PROT_READ | PROT_WRITE,
					  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if ((long)p < 0)
			return 3;
		pattern(p, 300000);
		n = sc_write(1, p, 300000);
		printf("\n--- checks\n");
		CHECK_EQ(n, 300000, "[huge] write(1, buf, 300000) returns 300000");
	} else if (!strcmp(c, "fault")) {
		extern char _end[];
		char *end = lastpage + sizeof(lastpage);
		char *p = end - 3000;	/* 3000 good bytes, then no page */

		if ((unsigned long)end != (((unsigned long)_end + 4095) & ~4095ul))
			return 4;	/* the layout this case needs */
		pattern(p, 3000);
		n = sc_write(1, p, 3100);
		printf("\n--- checks\n");
		CHECK_EQ(n, 2048, "[fault] a 3100-byte write that faults in its second chunk returns 2048");
	} else {
		puts("usage: rw_hidden small|big|iov|huge|fault");
		return 2;
	}
	check_done();
}
