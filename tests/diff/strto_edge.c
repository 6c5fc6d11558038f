/* strto_edge: strtol strtoul strtoll strtoull strtod strtof strtold atoi
 * edge cases: bases 0/2/8/16/36, prefixes, signs, leading space, overflow
 * to the limits with ERANGE, negative input to strtoul, empty and invalid
 * input (endptr), hex floats, inf/nan, subnormals and underflow. */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>
#include <stdint.h>
#include <math.h>

static void tl(const char *s, int base)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, base);
	int e = errno;
	/* only ERANGE: musl also sets EINVAL when nothing converts, glibc not */
	printf("strtol(\"%s\", %d) = %ld end=%td %s\n", s, base, v, end - s,
	       e == ERANGE ? "ERANGE" : "-");
}

static void tul(const char *s, int base)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(s, &end, base);
	int e = errno;
	printf("strtoul(\"%s\", %d) = %lu end=%td %s\n", s, base, v, end - s,
	       e == ERANGE ? "ERANGE" : "-");
}

static void td(const char *s)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	int e = errno;
	/* the bits are exact (%a writes subnormals differently in musl and
	 * glibc); ERANGE on underflow is allowed either way by C, so only
	 * overflow's ERANGE is printed. */
	uint64_t bits;
	memcpy(&bits, &v, sizeof bits);
	if (isnan(v))	/* the payload of "nan(123)" differs: only the sign */
		bits = signbit(v) ? 0xfff8000000000000ull : 0x7ff8000000000000ull;
	printf("strtod(\"%s\") = %016llx (%.17g) end=%td%s\n", s,
	       (unsigned long long)bits, v, end - s,
	       e == ERANGE && (v > 1 || v < -1) ? " ERANGE" : "");
}

int main(void)
{
	tl("0", 10); tl("123", 10); tl("  -456xyz", 10); tl("+789", 10);
	tl("0x1F", 0); tl("0X1f", 16); tl("0x", 16); tl("017", 0); tl("08", 0);
	tl("0b101", 0); tl("101", 2); tl("zz", 36); tl("ZZ", 36); tl("7", 7);
	tl("9223372036854775807", 10); tl("9223372036854775808", 10);
	tl("-9223372036854775808", 10); tl("-9223372036854775809", 10);
	tl("99999999999999999999999", 0); tl("", 10); tl("   ", 10);
	tl("abc", 10); tl("- 5", 10); tl("--5", 10); tl("\t\n\v\f\r 12", 10);
	tul("18446744073709551615", 10); tul("18446744073709551616", 10);
	tul("-1", 10); tul("-18446744073709551615", 10); tul("0xffffffffffffffff", 0);
	tul("1777777777777777777777", 8); tul("2000000000000000000000", 8);
	char *end;
	errno = 0;
	long long ll = strtoll("-9223372036854775809", &end, 10);
	printf("strtoll underflow: %lld %s\n", ll, errno == ERANGE ? "ERANGE" : "-");
	errno = 0;
	unsigned long long ull = strtoull("123456789012345678901", &end, 10);
	printf("strtoull overflow: %llu %s\n", ull, errno == ERANGE ? "ERANGE" : "-");
	printf("atoi: %d %d %d %d\n", atoi("42"), atoi("  -17abc"), atoi("x"),
	       atoi("+0"));
	printf("atol: %ld  atoll: %lld\n", atol("-123456789012"),
	       atoll("9223372036854775807"));

	td("0"); td("-0"); td("1.5"); td("  -2.25e3x"); td(".5"); td("5."); td(".");
	td("1e"); td("1e+"); td("1e-2"); td("0.1"); td("3.141592653589793238462643");
	td("1e308"); td("1.7976931348623157e308"); td("1e309"); td("-1e309");
	td("2.2250738585072014e-308"); td("4.9406564584124654e-324");
	td("2.4703282292062328e-324"); td("0x1p-1074"); td("0x1.8p1");
	td("0X1.FFFFFFFFFFFFFP+1023"); td("0x.8"); td("0x"); td("inf");
	td("-Infinity"); td("INFINITE"); td("nan"); td("NaN(123)"); td("nanx");
	td("1e-400"); td("123456789012345678901234567890");
	td("0.30000000000000004"); td("9007199254740993");
	td("1.00000000000000011102230246251565404236316680908203125");
	td("1.000000000000000111022302462515654042363166809082031251");

	errno = 0;
	float f = strtof("3.4028235e38", &end);
	printf("strtof max: %a %s\n", f, errno == ERANGE ? "ERANGE" : "-");
	errno = 0;
	f = strtof("3.5e38", &end);
	printf("strtof overflow: %a %s\n", f, errno == ERANGE ? "ERANGE" : "-");
	f = strtof("0.1", &end);
	printf("strtof 0.1: %a  1.0000001: %a\n", f, strtof("1.0000001", &end));
	long double ld = strtold("0.1", &end);
	printf("strtold 0.1: %.25Lg  1e4000: %Lg\n", ld, strtold("1e4000", &end));
	return 0;
}
