/* printf_longdouble: long double (x87 80-bit) through printf's L
 * conversions (Lf Le Lg LE LG with widths and precisions) and through
 * arithmetic that needs the 64-bit mantissa: 1 + 2^-63 is exact in long
 * double and not in double. */
#include <stdio.h>
#include <float.h>
#include <math.h>

int main(void)
{
	static const long double vals[] = { 0.0L, -0.0L, 1.0L, -1.5L, 0.1L,
		1.0L / 3, 2.0L / 3, 1e-4000L, 1e4000L, LDBL_MAX, LDBL_MIN,
		LDBL_EPSILON, 3.14159265358979323846264338327950288L,
		123456789012345678.0L, 0.5L };
	for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
		long double v = vals[i];
		printf("[%u] %.25Le | %LE | %.21Lg | %LG | %+30.10Le | %-12.3Lg|",
		       i, v, v, v, v, v, v);
		if (fabsl(v) < 1e30L)
			printf(" %Lf | %.30Lf | %20.4Lf", v, v, v);
		putchar('\n');
	}
	long double one = 1.0L, tiny = 1.0L;
	for (int i = 0; i < 63; i++)
		tiny /= 2;
	volatile long double sum = one + tiny;
	printf("LDBL_MANT_DIG=%d  1+2^-63 > 1: %s  (sum-1)*2^63 = %.1Lf\n",
	       LDBL_MANT_DIG, sum > one ? "yes" : "no",
	       (sum - one) * 9223372036854775808.0L);
	volatile double dsum = 1.0 + (double)tiny;
	printf("in double: %s\n", dsum > 1.0 ? "yes" : "no");
	printf("specials: %Lf %Le %Lg %Lf\n", (long double)INFINITY,
	       -(long double)INFINITY, (long double)NAN, -(long double)NAN);
	printf("sizeof(long double)=%zu\n", sizeof(long double));
	return 0;
}
