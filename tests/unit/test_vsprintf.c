/*
 * kernel/lib/vsprintf.c: each conversion with its flags, widths and length
 * modifiers, truncation, and a comparison with the host's snprintf wherever
 * both promise the same output.
 */
#include <limits.h>
#include <stddef.h>
#include <sys/types.h>
#include "check.h"
#include "vsprintf.h"

/* td_snprintf into a 128-byte buffer; CHECKs the output and its length. */
#define EXPECT(want, ...) do {						\
	char b_[128];							\
	int n_ = td_snprintf(b_, sizeof(b_), __VA_ARGS__);		\
	CHECK_STR(b_, want);						\
	CHECK_EQ_U64(n_, strlen(want));					\
} while (0)

/* The same format and arguments through td_snprintf and the host's. */
#define SAME(...) do {							\
	char td_[128], host_[128];					\
	int ntd_ = td_snprintf(td_, sizeof(td_), __VA_ARGS__);		\
	int nhost_ = snprintf(host_, sizeof(host_), __VA_ARGS__);	\
	CHECK_STR(td_, host_);						\
	CHECK_EQ_U64(ntd_, nhost_);					\
} while (0)

TEST(plain_text_and_percent)
{
	EXPECT("", "%s", "");
	EXPECT("hello, world", "hello, world");
	EXPECT("100%", "100%%");
	EXPECT("%%", "%%%%");
}

TEST(signed_decimal)
{
	EXPECT("42", "%d", 42);
	EXPECT("-42", "%i", -42);
	EXPECT("0", "%d", 0);
	EXPECT("2147483647", "%d", INT_MAX);
	EXPECT("-2147483648", "%d", INT_MIN);
	EXPECT("-9223372036854775808", "%ld", LONG_MIN);
	EXPECT("9223372036854775807", "%li", LONG_MAX);
	EXPECT("-9223372036854775808", "%lld", LLONG_MIN);
	EXPECT("-3", "%zd", (ssize_t)-3);
}

TEST(unsigned_and_hex)
{
	EXPECT("4294967295", "%u", UINT_MAX);
	EXPECT("ffffffff", "%x", -1);		/* an int's 32 bits, no more */
	EXPECT("deadbeef", "%x", 0xdeadbeefu);
	EXPECT("DEADBEEF", "%X", 0xdeadbeefu);
	EXPECT("18446744073709551615", "%lu", ULONG_MAX);
	EXPECT("ffffffffffffffff", "%lx", -1l);
	EXPECT("123456789abcdef0", "%llx", 0x123456789abcdef0ull);
	EXPECT("18446744073709551615", "%zu", (size_t)-1);
	EXPECT("0", "%x", 0);
}

TEST(pointer)
{
	EXPECT("0x1234", "%p", (void *)0x1234);
	EXPECT("0xffff800000001000", "%p", (void *)0xffff800000001000ull);
}

TEST(string_and_char)
{
	const char *volatile null = NULL;	/* hidden from -Wformat */

	EXPECT("abc", "%s", "abc");
	EXPECT("(null)", "%s", null);
	EXPECT("  (null)", "%8s", null);
	EXPECT("x", "%c", 'x');
	EXPECT("a-b", "%c-%c", 'a', 'b');
	EXPECT("\xe9", "%c", 0xe9);
}

TEST(width_and_flags)
{
	EXPECT("   42", "%5d", 42);
	EXPECT("42   |", "%-5d|", 42);
	EXPECT("00042", "%05d", 42);
	EXPECT("-0042", "%05d", -42);
	EXPECT("  -42", "%5d", -42);
	EXPECT("-42  |", "%-5d|", -42);
	EXPECT("123456", "%3d", 123456);	/* width is a minimum */
	EXPECT("0000beef", "%08x", 0xbeef);
	EXPECT("BEEF    |", "%-8X|", 0xbeef);
	EXPECT("  abc|abc  |", "%5s|%-5s|", "abc", "abc");
}

TEST(star_width_and_precision)
{
	EXPECT("   42", "%*d", 5, 42);
	EXPECT("42   |", "%-*d|", 5, 42);
	EXPECT("abc", "%.3s", "abcdef");
	EXPECT("ab", "%.*s", 2, "abcdef");
	EXPECT("", "%.*s", 0, "abcdef");
	EXPECT("abc", "%.*s", 10, "abc");
	EXPECT("   ab", "%*.*s", 5, 2, "abcdef");
	EXPECT("ab   |", "%-5.2s|", "abcdef");
}

TEST(precision_stops_reading_an_unterminated_string)
{
	char raw[3] = { 'x', 'y', 'z' };	/* no NUL: ASan sees a 4th read */

	EXPECT("xyz", "%.3s", raw);
	EXPECT("xy", "%.*s", 2, raw);
}

TEST(truncation_keeps_full_length_and_nul)
{
	char b[16];
	int n;

	memset(b, 'X', sizeof(b));
	n = td_snprintf(b, 5, "hello world");
	CHECK_EQ_U64(n, 11);
	CHECK_STR(b, "hell");
	CHECK_EQ_U64(b[5], 'X');

	n = td_snprintf(b, 1, "hello %d", 42);
	CHECK_EQ_U64(n, 8);
	CHECK_STR(b, "");

	memset(b, 'X', sizeof(b));
	n = td_snprintf(b, 4, "%08d|", -7);
	CHECK_EQ_U64(n, 9);
	CHECK_STR(b, "-00");
	CHECK_EQ_U64(b[4], 'X');
}

TEST(exact_fit_and_one_short)
{
	char b[6];		/* exact size: ASan flags a byte past it */
	int n;

	n = td_snprintf(b, sizeof(b), "%s", "abcde");
	CHECK_EQ_U64(n, 5);
	CHECK_STR(b, "abcde");
	n = td_snprintf(b, sizeof(b), "%s", "abcdef");
	CHECK_EQ_U64(n, 6);
	CHECK_STR(b, "abcde");
}

TEST(size_zero_writes_nothing)
{
	char b[4] = { 'X', 'X', 'X', 'X' };
	int n;

	n = td_snprintf(b, 0, "%s %d", "abc", 12345);
	CHECK_EQ_U64(n, 9);
	for (int i = 0; i < 4; i++)
		CHECK_EQ_U64(b[i], 'X');
	CHECK_EQ_U64(td_snprintf(NULL, 0, "%5d", 1), 5);
}

TEST(same_as_host_integers)
{
	SAME("%d|%i|%u", 0, -1, 0u);
	SAME("%d %d", INT_MIN, INT_MAX);
	SAME("%5d|%-5d|%05d", -12, -12, -12);
	SAME("%1d|%2d|%02d", 7, 7, 7);
	SAME("[%10u] [%-10u] [%010u]", 3000000000u, 3000000000u, 1u);
	SAME("%x %X %08x %-8x|", 0xabcu, 0xabcu, 0xabcu, 0xabcu);
	SAME("%ld %lu %lx", LONG_MIN, ULONG_MAX, 0x8000000000000000ul);
	SAME("%lld %llu %llX", LLONG_MAX, 0ull, 0xfedcba9876543210ull);
	SAME("%zu %zx %zd", (size_t)12345, (size_t)0xffff, (ssize_t)-9);
	SAME("%020ld|%-20ld|", LONG_MIN, LONG_MIN);
	SAME("%*d|%-*u|%0*x", 6, -5, 6, 5u, 6, 0x5u);
}

TEST(same_as_host_strings_and_chars)
{
	SAME("%s|%10s|%-10s|", "trap", "trap", "door");
	SAME("%.0s|%.2s|%.9s", "abc", "abc", "abc");
	SAME("%*.*s|%-*.*s|", 6, 3, "abcdef", 6, 3, "abcdef");
	SAME("%c%c%c", 't', 'd', '!');
	SAME("%%%d%%", 50);
	SAME("%p", (void *)0xdeadbeef);
}

/*
 * The next three are C's behaviour that vsprintf.h promises ("a width
 * (number or '*')" for every conversion) but td_vsnprintf does not keep.
 */
TEST(char_takes_a_width)
{
	SAME("[%3c]", 'x');
	SAME("[%-3c]", 'x');
}

TEST(pointer_width_counts_the_0x)
{
	SAME("[%12p]", (void *)0x1234);
	SAME("[%-12p]", (void *)0x1234);
}

TEST(negative_star_width_means_left_justify)
{
	SAME("[%*d]", -5, 42);
	SAME("[%*s]", -4, "ab");
}
