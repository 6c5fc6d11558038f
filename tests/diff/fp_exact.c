/* fp_exact: floating point whose results IEEE 754 fixes exactly, so any
 * libm and any kernel give the same bits: + - * / sqrt fma on doubles and
 * floats, conversions (int <-> double, double -> float, long double),
 * rint/nearbyint/lrint and plain arithmetic under all four rounding
 * modes set with fesetround, exception flags, signed zeros, infinities,
 * NaN comparisons, subnormals.  Results are printed as bit patterns. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <math.h>
#include <fenv.h>
#include <float.h>

static uint64_t bits(double x)
{
	uint64_t u;
	memcpy(&u, &x, 8);
	return u;
}

static uint32_t fbits(float x)
{
	uint32_t u;
	memcpy(&u, &x, 4);
	return u;
}

static volatile double va = 1.0, vb = 3.0, vc = 0.1, vd = 1e308, ve = 2.0,
	vtiny = 0x1p-1070, vneg = -5.5, vhalf = 2.5, vbig = 0x1p53;
static volatile float fa = 1.0f, fb = 3.0f;

static void ops(const char *mode)
{
	double x = va / vb, y = vc * vb, z = vd * ve, w = sqrt(ve);
	double f = fma(vc, vb, -y), s = vbig + va, t = vtiny / ve;
	float q = fa / fb, r = sqrtf(fb);
	printf("%-8s 1/3=%016llx 0.1*3=%016llx 1e308*2=%016llx sqrt2=%016llx\n", mode,
	       (unsigned long long)bits(x), (unsigned long long)bits(y),
	       (unsigned long long)bits(z), (unsigned long long)bits(w));
	printf("%-8s fma=%016llx 2^53+1=%016llx tiny/2=%016llx f1/3=%08x fsqrt3=%08x\n",
	       mode, (unsigned long long)bits(f), (unsigned long long)bits(s),
	       (unsigned long long)bits(t), fbits(q), fbits(r));
	printf("%-8s rint(2.5)=%g rint(-5.5)=%g nearbyint(2.5)=%g lrint(2.5)=%ld (float)0.1=%08x (int)-5.5=%d llrint(-5.5)=%lld\n",
	       mode, rint(vhalf), rint(vneg), nearbyint(vhalf), lrint(vhalf),
	       fbits((float)vc), (int)vneg, llrint(vneg));
}

int main(void)
{
	static const struct { int m; const char *n; } modes[] = {
		{ FE_TONEAREST, "nearest" }, { FE_UPWARD, "upward" },
		{ FE_DOWNWARD, "downward" }, { FE_TOWARDZERO, "zero" } };
	for (int i = 0; i < 4; i++) {
		int r = fesetround(modes[i].m);
		printf("fesetround(%s) = %d, fegetround right: %s\n", modes[i].n, r,
		       fegetround() == modes[i].m ? "yes" : "no");
		ops(modes[i].n);
	}
	fesetround(FE_TONEAREST);

	feclearexcept(FE_ALL_EXCEPT);
	volatile double one = 1.0, zero = 0.0, r;
	r = one / zero;
	printf("1/0 = %g, FE_DIVBYZERO: %d\n", r, fetestexcept(FE_DIVBYZERO) != 0);
	feclearexcept(FE_ALL_EXCEPT);
	r = zero / zero;
	printf("0/0 is NaN: %d, FE_INVALID: %d, NaN == NaN: %d, NaN != NaN: %d\n",
	       isnan(r), fetestexcept(FE_INVALID) != 0, r == r, r != r);
	feclearexcept(FE_ALL_EXCEPT);
	r = va / vb;
	printf("1/3 FE_INEXACT: %d, FE_OVERFLOW: %d\n", fetestexcept(FE_INEXACT) != 0,
	       fetestexcept(FE_OVERFLOW) != 0);
	feclearexcept(FE_ALL_EXCEPT);
	r = vd * ve;
	printf("1e308*2 FE_OVERFLOW: %d\n", fetestexcept(FE_OVERFLOW) != 0);
	feclearexcept(FE_ALL_EXCEPT);
	r = vtiny / ve;
	printf("subnormal/2 FE_UNDERFLOW: %d, is subnormal: %d\n",
	       fetestexcept(FE_UNDERFLOW) != 0, fpclassify(r) == FP_SUBNORMAL);
	printf("-0.0: bits %016llx, == 0.0: %d, 1/-0 = %g\n",
	       (unsigned long long)bits(-zero), -zero == zero, one / -zero);
	printf("int conversions: %d %lld %u %.1f %.1f\n", (int)2147483647.9,
	       (long long)-9.223372036854775808e18, (unsigned)4294967295.0,
	       (double)9007199254740993LL, (double)(float)16777217);
	volatile long double l = 1.0L;
	l /= 3;
	printf("long double 1/3 as double: %016llx, sqrtl(2) as double: %016llx\n",
	       (unsigned long long)bits((double)l),
	       (unsigned long long)bits((double)sqrtl(2.0L)));
	printf("DBL_EPSILON %a, FLT_EPSILON %a, FLT_EVAL_METHOD %d\n", DBL_EPSILON,
	       (double)FLT_EPSILON, FLT_EVAL_METHOD);
	return 0;
}
