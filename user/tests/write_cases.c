/*
 * write_cases: write and writev on the console as Linux's tty does them.
 *   - write with count 0 returns 0 (even with a NULL buffer) and writes
 *     nothing; a bad fd is -EBADF (-9) before anything else, even with
 *     count 0; fd 2 is the console too; write's fd is an unsigned int, so
 *     the upper 32 bits of rdi are ignored.
 *   - writev with 3 iovecs returns the sum of their lengths (zero-length
 *     ones included), iovcnt 0 returns 0, iovcnt 1024 (UIO_MAXIOV) is
 *     accepted; iovcnt -1 or 1025 is -EINVAL (-22), as is a negative
 *     iov_len.  Linux narrows iovcnt to an unsigned int (import_iovec's
 *     nr_segs), so (1 << 32) | 3 means 3.  A total past MAX_RW_COUNT
 *     (0x7ffff000) is cut down to it, not refused: with a NULL second
 *     buffer that is -EFAULT (the tty's first 2048-byte chunk faults), not
 *     -EINVAL.
 *   - readv and writev on fd 7 (not open) are -EBADF; readv with iovcnt
 *     0 returns 0 without waiting for input.
 */
#include "ulib.h"

#define EBADF	9
#define EFAULT	14
#define EINVAL	22

struct iovec {
	const void *iov_base;
	size_t iov_len;
};

static struct iovec many[1025];

int main(void)
{
	static const char line[] = "a line through fd 1\n";
	static const char eline[] = "a line through fd 2 (the console as well)\n";

	/* write */
	CHECK_EQ(sc_write(1, line, 0), 0, "write(1, buf, 0) returns 0");
	CHECK_EQ(sc_write(1, NULL, 0), 0, "write(1, NULL, 0) returns 0");
	CHECK_EQ(sc_write(5, line, sizeof(line) - 1), -EBADF,
		 "write(5, ...) is -EBADF");
	CHECK_EQ(sc_write(5, line, 0), -EBADF, "write(5, buf, 0) is -EBADF");
	CHECK_EQ(sc_write(-1, line, 1), -EBADF, "write(-1, ...) is -EBADF");
	CHECK_EQ(sc_write(3, line, 1), -EBADF, "write(3, ...) is -EBADF");
	CHECK_EQ(sc_write(2, eline, sizeof(eline) - 1), sizeof(eline) - 1,
		 "write(2, ...) writes to the console and returns the count");
	CHECK_EQ(sc_write(1, line, sizeof(line) - 1), sizeof(line) - 1,
		 "write(1, ...) returns the count");
	CHECK_EQ(sc_write((1ul << 32) | 1, line, sizeof(line) - 1),
		 sizeof(line) - 1,
		 "write's fd is an unsigned int: (1 << 32) | 1 is fd 1");

	/* writev */
	struct iovec three[4] = {
		{ "three ", 6 }, { "iovecs ", 7 }, { "in one writev\n", 14 },
	};
	CHECK_EQ(sc_writev(1, three, 3), 6 + 7 + 14,
		 "writev with 3 iovecs returns the sum of their lengths");

	struct iovec holes[4] = {
		{ "zero-length ", 12 }, { NULL, 0 }, { "iovecs are skipped\n", 19 },
		{ line, 0 },
	};
	CHECK_EQ(sc_writev(1, holes, 4), 12 + 19,
		 "writev with zero-length iovecs (one NULL) returns the sum");
	CHECK_EQ(sc_writev(1, three, 0), 0, "writev with iovcnt 0 returns 0");

	for (int i = 0; i < 1025; i++)
		many[i] = (struct iovec){ line, 0 };
	many[1023] = (struct iovec){ "the 1024th iovec\n", 17 };
	CHECK_EQ(sc_writev(1, many, 1024), 17,
		 "writev with iovcnt 1024 (UIO_MAXIOV) is accepted");
	CHECK_EQ(sc_writev(1, many, 1025), -EINVAL,
		 "writev with iovcnt 1025 is -EINVAL");
	CHECK_EQ(sc_writev(1, three, -1), -EINVAL,
		 "writev with iovcnt -1 is -EINVAL");
	CHECK_EQ(sc_writev(1, NULL, 1025), -EINVAL,
		 "writev with iovcnt 1025 is -EINVAL before the array is read");

	struct iovec neg[2] = { { "x", 1 }, { "y", (size_t)-1 } };
	CHECK_EQ(sc_writev(1, neg, 2), -EINVAL,
		 "writev with a negative iov_len is -EINVAL");

	CHECK_EQ(sc_writev(1, three, (1ul << 32) | 3), 6 + 7 + 14,
		 "writev's iovcnt is narrowed to unsigned int: (1 << 32) | 3 is 3");

	struct iovec huge[2] = { { "ab", 2 }, { NULL, 0x7ffff000 } };
	CHECK_EQ(sc_writev(1, huge, 2), -EFAULT,
		 "writev: a total past MAX_RW_COUNT is cut down, not -EINVAL "
		 "(NULL second buffer: -EFAULT)");

	/* readv and writev on a closed fd */
	static char rbuf[16];
	struct iovec r[1] = { { rbuf, sizeof(rbuf) } };

	CHECK_EQ(sc_writev(7, three, 3), -EBADF, "writev(7, ...) is -EBADF");
	CHECK_EQ(sc_readv(7, r, 1), -EBADF, "readv(7, ...) is -EBADF");
	CHECK_EQ(sc_writev(7, three, 1025), -EBADF,
		 "writev(7, ...) is -EBADF before the count is looked at");
	CHECK_EQ(sc_readv(0, r, 0), 0,
		 "readv(0, iov, 0) returns 0 without waiting for input");
	CHECK_EQ(sc_readv(0, r, 1025), -EINVAL, "readv with iovcnt 1025 is -EINVAL");
	check_done();
}
