/*
 * badptr: bad user pointers are -EFAULT (-14), never a kernel fault.
 * Every pointer argument of write, writev (the iovec array and each
 * iov_base), readv, uname and read gets NULL, a kernel address
 * (KERNEL_ADDR: mapped, but supervisor-only), a non-canonical address
 * (NONCANONICAL_ADDR), a range that runs past the end of user space, and a
 * buffer that runs from a mapped page into an unmapped one (the top of the
 * user stack at 0x7fffff000000, and the end of this program's bss).
 * read gets only the addresses refused before it waits for input
 * (kernel, non-canonical, past the end of user space; Linux since 6.12
 * refuses all three in access_ok, 6.7-6.11 checked only the sign bit):
 * with a valid range a tty read would block, and stdin has no input in
 * the tests.
 * The console writes as Linux's tty does, in 2048-byte chunks: a fault in
 * the first chunk is -EFAULT and writes nothing; a fault in a later one
 * returns what the earlier chunks wrote.  The iovecs of a writev are one
 * stream for those chunks.
 * Then the same through int $0x80 (32-bit pointers: a kernel address is
 * cut to its low half, which is unmapped user space: -EFAULT as well).
 * Afterwards the program still runs and the kernel gives every frame back.
 */
/* expect-log: kernel healthy */
#include "ulib.h"
#include "vsprintf.h"

#define EFAULT		14
#define STACK_TOP	0x00007fffff000000ul	/* nothing mapped at or above */
#define USER_END	0x00007ffffffff000ul	/* Linux's TASK_SIZE_MAX */

struct iovec {
	const void *iov_base;
	size_t iov_len;
};

struct utsname {
	char f[6][65];
};

extern char _end[];

/*
 * The only zero-initialised static in this file, so the last thing in the
 * bss (the test program is linked last): the page after it is not mapped.
 * Every other static below has an initialiser and lives in .data.
 */
static char lastpage[4096] __attribute__((aligned(4096)));

static char msg[] = "this text must never reach the console\n";

static void fill_lastpage(void)
{
	static const char text[] = "  | filler: 64-byte lines from the last page of the bss |";

	for (int i = 0; i < 4096; i += 64) {
		memset(lastpage + i, ' ', 63);
		memcpy(lastpage + i, text, sizeof(text) - 1);
		lastpage[i + 63] = '\n';
	}
}

int main(void)
{
	char *end = lastpage + sizeof(lastpage);
	char what[160];
	struct {
		const char *name;
		void *p;
		size_t n;
	} bad[] = {
		{ "NULL", NULL, 10 },
		{ "a kernel address", KERNEL_ADDR, 10 },
		{ "a non-canonical address", NONCANONICAL_ADDR, 10 },
		{ "a range past the end of user space", (void *)(USER_END - 100), 200 },
		{ "the top of the stack into the unmapped page above", (void *)(STACK_TOP - 100), 200 },
		{ "the end of the bss into the unmapped page after it", end - 100, 200 },
	};
	int nbad = sizeof(bad) / sizeof(bad[0]);

	CHECK_EQ((unsigned long)end, ((unsigned long)_end + 4095) & ~4095ul,
		 "(layout) lastpage is the last page of the bss");
	fill_lastpage();

	/* write */
	for (int i = 0; i < nbad; i++) {
		td_snprintf(what, sizeof(what), "write(1, %s, %lu) is -EFAULT",
			    bad[i].name, bad[i].n);
		CHECK_EQ(sc_write(1, bad[i].p, bad[i].n), -EFAULT, what);
	}
	CHECK_EQ(sc_write(1, end - 2048 - 128, 2048 + 256), 2048,
		 "write whose second 2048-byte chunk faults returns the first chunk's 2048");
	/* vfs_write checks access_ok(buf, count) before it cuts count down to
	 * MAX_RW_COUNT: buf + 2^63 is outside user space in every Linux
	 * version, so this is -EFAULT and writes nothing. */
	CHECK_EQ(sc_write(1, end - 2048, 1ul << 63), -EFAULT,
		 "write(1, buf, 1 << 63) is -EFAULT before writing anything "
		 "(Linux's access_ok(buf, count) comes before the cut to MAX_RW_COUNT)");

	/* writev: the iovec array */
	struct iovec one = { msg, sizeof(msg) - 1 };

	for (int i = 0; i < nbad; i++) {
		if (bad[i].p == (void *)(STACK_TOP - 100))
			continue;	/* not our memory to put iovecs in */
		void *vec = bad[i].p;
		unsigned long cnt = 2;

		if (bad[i].p == end - 100) {	/* one iovec mapped, one not */
			vec = end - sizeof(one);
			memcpy(vec, &one, sizeof(one));
		} else if (bad[i].p == (void *)(USER_END - 100)) {
			vec = (void *)(USER_END - sizeof(one));
		}
		td_snprintf(what, sizeof(what), "writev(1, vec = %s, 2) is -EFAULT",
			    bad[i].name);
		CHECK_EQ(sc_writev(1, vec, cnt), -EFAULT, what);
	}
	fill_lastpage();

	/* writev: one bad iov_base, alone and after a good one */
	for (int i = 0; i < nbad; i++) {
		struct iovec v1[1] = { { bad[i].p, bad[i].n } };
		struct iovec v2[2] = {
			{ "(printed only if writev writes iovecs one by one)\n", 51 },
			{ bad[i].p, bad[i].n },
		};

		td_snprintf(what, sizeof(what), "writev(1, [%s], 1) is -EFAULT",
			    bad[i].name);
		CHECK_EQ(sc_writev(1, v1, 1), -EFAULT, what);
		td_snprintf(what, sizeof(what), "writev(1, [51 good bytes, %s], 2) "
			    "is -EFAULT (one 2048-byte tty chunk)", bad[i].name);
		CHECK_EQ(sc_writev(1, v2, 2), -EFAULT, what);
	}

	/* read and readv: only what fails before the tty waits */
	static char rbuf[16] = "x";
	struct iovec r1[1] = { { rbuf, sizeof(rbuf) } };

	CHECK_EQ(sc_read(0, KERNEL_ADDR, 10), -EFAULT, "read(0, a kernel address, 10) is -EFAULT");
	CHECK_EQ(sc_read(0, NONCANONICAL_ADDR, 10), -EFAULT,
		 "read(0, a non-canonical address, 10) is -EFAULT");
	CHECK_EQ(sc_read(0, (void *)(USER_END - 5), 10), -EFAULT,
		 "read(0, a range past the end of user space) is -EFAULT");
	CHECK_EQ(sc_readv(0, NULL, 1), -EFAULT, "readv(0, vec = NULL, 1) is -EFAULT");
	CHECK_EQ(sc_readv(0, KERNEL_ADDR, 1), -EFAULT,
		 "readv(0, vec = a kernel address, 1) is -EFAULT");
	CHECK_EQ(sc_readv(0, NONCANONICAL_ADDR, 1), -EFAULT,
		 "readv(0, vec = a non-canonical address, 1) is -EFAULT");
	memcpy(end - sizeof(r1[0]), &r1[0], sizeof(r1[0]));
	CHECK_EQ(sc_readv(0, end - sizeof(r1[0]), 2), -EFAULT,
		 "readv(0, vec = the end of the bss into the unmapped page, 2) is -EFAULT");
	struct iovec rk[2] = { { rbuf, sizeof(rbuf) }, { KERNEL_ADDR, 10 } };

	CHECK_EQ(sc_readv(0, rk, 2), -EFAULT,
		 "readv(0, [good, a kernel address], 2) is -EFAULT");
	CHECK_EQ(rbuf[0], 'x', "and read nothing");
	fill_lastpage();

	/* uname */
	for (int i = 0; i < nbad; i++) {
		if (bad[i].p == (void *)(STACK_TOP - 100))
			continue;	/* would overwrite argv's strings */
		td_snprintf(what, sizeof(what), "uname(%s) is -EFAULT", bad[i].name);
		CHECK_EQ(sc_uname(bad[i].p), -EFAULT, what);
	}
	CHECK_EQ(sc_uname(end - sizeof(struct utsname) + 1), -EFAULT,
		 "uname whose last byte is past the end of the bss is -EFAULT");

	/* int $0x80: ebx/ecx/edx are 32-bit */
	CHECK_EQ(i80_write(1, KERNEL_ADDR, 10), -EFAULT,
		 "int $0x80 write(1, a kernel address, 10) is -EFAULT");
	CHECK_EQ(i80_write(1, NULL, 10), -EFAULT, "int $0x80 write(1, NULL, 10) is -EFAULT");
	CHECK_EQ(i80_write(1, end - 100, 200), -EFAULT,
		 "int $0x80 write(1, the end of the bss into the unmapped page) is -EFAULT");
	CHECK_EQ(i80_uname(NULL), -EFAULT, "int $0x80 uname(NULL) is -EFAULT");
	CHECK_EQ(i80_uname(KERNEL_ADDR), -EFAULT, "int $0x80 uname(a kernel address) is -EFAULT");
	CHECK_EQ(i80_uname(end - 100), -EFAULT,
		 "int $0x80 uname(the end of the bss into the unmapped page) is -EFAULT");

	/* Still alive, and the kernel still answers. */
	static const char alive[] = "still running after every bad pointer\n";

	CHECK_EQ(sc_write(1, alive, sizeof(alive) - 1), sizeof(alive) - 1,
		 "a good write after all of it returns its count");
	CHECK_EQ(sc_getpid(), 1, "getpid still answers 1");
	static struct utsname u = { { "x" } };

	CHECK_EQ(sc_uname(&u), 0, "a good uname returns 0");
	CHECK(!strcmp(u.f[0], "trapdoor"), "and says \"trapdoor\"");
	check_done();
}
