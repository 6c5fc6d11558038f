/*
 * confine: the program lab 5 confines (docs/labs/5-seccomp.md).  It is
 * a normal static x86-64 program (trapdoor's user runtime, raw system
 * calls), so it runs on trapdoor and on Linux alike.
 *
 * First it installs the student's filter (docs/labs/5/filter.c, the
 * array `filter`): prctl(PR_SET_NO_NEW_PRIVS, 1), then
 * seccomp(SECCOMP_SET_MODE_FILTER, 0, &prog).  Then, by argv[1]:
 *
 *   work (the default)  its job: reads whole numbers from stdin, one a
 *           line, into a buffer it mmap's, writes the running total of
 *           each to stdout and a summary line to stderr, times itself
 *           with clock_gettime(CLOCK_MONOTONIC), munmap's the buffer and
 *           exits 0.  System calls: read(0), write(1), write(2), mmap
 *           (PROT_READ|PROT_WRITE), clock_gettime, munmap, exit_group.
 *
 *   the rest are what an attacker who took over the program would try;
 *   each prints one check line per attempt ("ok - [MODE] ..." when the
 *   filter stopped it as lab 5 asks), then "PASSED"/"FAILED":
 *   getpid  getpid()                                   -EPERM
 *   open    open and openat of /etc/passwd             -EPERM
 *   fds     write to fds 0 and 3, read from 1 and 3    -EPERM
 *           (and write to fd 2 still works)
 *   exec    mmap and mprotect with PROT_EXEC           -EPERM
 *           (and mmap PROT_READ still works)
 *   int80   execve through int $0x80 (i386 number 11, which is munmap's
 *           number in the x86-64 table): killed by SIGSYS, status 159
 *   x32     getpid with the x32 bit (0x40000000 | 39): killed by SIGSYS
 */
#include "ulib.h"
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

/* Linux's <asm/unistd.h> has it; the x86-64 numbers here come from
 * trapdoor's table (build/gen/user/unistd_64.h, through ulib.h). */
#ifndef __X32_SYSCALL_BIT
#define __X32_SYSCALL_BIT	0x40000000
#endif

#include "filter.c"		/* docs/labs/5/filter.c: the student's */

#define EPERM			1
#define PR_SET_NO_NEW_PRIVS	38
#define PROT_READ		1
#define PROT_WRITE		2
#define PROT_EXEC		4
#define MAP_PRIVATE		0x02
#define MAP_ANONYMOUS		0x20
#define O_RDONLY		0
#define AT_FDCWD		(-100)
#define CLOCK_MONOTONIC		1
#define BUF_SIZE		65536

struct ts { long sec, nsec; };

static void install(void)
{
	struct sock_fprog prog = {
		.len = sizeof(filter) / sizeof(filter[0]),
		.filter = filter,
	};
	long nnp = sc_prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	long r = sc_seccomp(SECCOMP_SET_MODE_FILTER, 0, &prog);

	if (r) {
		printf("confine: prctl(PR_SET_NO_NEW_PRIVS) = %ld, "
		       "seccomp(SECCOMP_SET_MODE_FILTER) = %ld: no filter\n", nnp, r);
		exit(2);
	}
}

/* The job: running totals of the numbers on stdin. */
static int work(void)
{
	char *buf = (char *)sc_mmap(NULL, BUF_SIZE, PROT_READ | PROT_WRITE,
				    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct ts t0, t1;
	long total = 0, count = 0, n, len = 0;

	if ((long)buf < 0) {
		printf("confine: mmap: %ld\n", (long)buf);
		return 1;
	}
	sc_clock_gettime(CLOCK_MONOTONIC, &t0);
	while (len < BUF_SIZE && (n = sc_read(0, buf + len, BUF_SIZE - len)) > 0)
		len += n;
	if (n < 0) {
		printf("confine: read: %ld\n", n);
		return 1;
	}
	for (long i = 0; i < len; i++) {
		long v = 0, neg = 0, digits = 0;

		if (buf[i] == '-')
			neg = 1, i++;
		for (; i < len && buf[i] >= '0' && buf[i] <= '9'; i++, digits++)
			v = v * 10 + (buf[i] - '0');
		if (!digits)
			continue;
		total += neg ? -v : v;
		count++;
		printf("%ld\n", total);
	}
	sc_clock_gettime(CLOCK_MONOTONIC, &t1);
	char line[96];
	int k = td_snprintf(line, sizeof(line), "confine: %ld numbers, total %ld, %s\n",
			    count, total, t1.sec > t0.sec || (t1.sec == t0.sec && t1.nsec >= t0.nsec) ?
			    "the clock went forward" : "the clock went BACKWARD");
	sc_write(2, line, k);
	if (sc_munmap(buf, BUF_SIZE)) {
		printf("confine: munmap failed\n");
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "work";
	char c;

	install();
	if (!strcmp(mode, "work"))
		return work();
	if (!strcmp(mode, "getpid")) {
		CHECK_EQ(sc_getpid(), -EPERM, "[getpid] getpid() is -EPERM");
	} else if (!strcmp(mode, "open")) {
		CHECK_EQ(sc_open("/etc/passwd", O_RDONLY, 0), -EPERM, "[open] open(\"/etc/passwd\") is -EPERM");
		CHECK_EQ(sc_openat(AT_FDCWD, "/etc/passwd", O_RDONLY, 0), -EPERM,
			 "[open] openat(AT_FDCWD, \"/etc/passwd\") is -EPERM");
	} else if (!strcmp(mode, "fds")) {
		CHECK_EQ(sc_write(3, "x", 1), -EPERM, "[fds] write(3, ...) is -EPERM");
		CHECK_EQ(sc_write(0, "x", 1), -EPERM, "[fds] write(0, ...) is -EPERM");
		CHECK_EQ(sc_read(1, &c, 1), -EPERM, "[fds] read(1, ...) is -EPERM");
		CHECK_EQ(sc_read(3, &c, 1), -EPERM, "[fds] read(3, ...) is -EPERM");
		CHECK_EQ(sc_write(2, "confine: fd 2 works\n", 20), 20, "[fds] write(2, ...) still works");
	} else if (!strcmp(mode, "exec")) {
		long p = (long)sc_mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC,
				       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		CHECK_EQ(p, -EPERM, "[exec] mmap(PROT_READ|PROT_WRITE|PROT_EXEC) is -EPERM");
		p = (long)sc_mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		CHECK(p > 0, "[exec] mmap(PROT_READ) still works");
		CHECK_EQ(sc_mprotect(p, 4096, PROT_READ | PROT_EXEC), -EPERM,
			 "[exec] mprotect(PROT_READ|PROT_EXEC) is -EPERM");
	} else if (!strcmp(mode, "int80")) {
		long r = __i80_3(11, (long)"/nonexistent", 0, 0);
		printf("FAIL - [int80] execve through int $0x80 returned %ld: an i386 call got through\n", r);
	} else if (!strcmp(mode, "x32")) {
		long r = __sc0(0x40000000l | 39);
		printf("FAIL - [x32] getpid with the x32 bit returned %ld instead of killing\n", r);
	} else {
		puts("usage: confine [work|getpid|open|fds|exec|int80|x32]");
		return 2;
	}
	check_done();
}
