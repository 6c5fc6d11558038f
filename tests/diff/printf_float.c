/* printf_float: the floating conversions e f g E G a A on doubles with
 * widths, precisions and flags (- + space # 0), infinities, NaN, negative
 * zero, large and tiny values.  Every value here is exactly representable
 * or printed with a fixed precision, so both libcs' exact conversion
 * gives the same digits. */
#include <stdio.h>
#include <math.h>
#include <float.h>

int main(void)
{
	static const double vals[] = { 0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 0.1,
		2.5, 3.5, -2.5, 123.456, 1e-5, 1e-300, 6.02214076e23, 1e100,
		DBL_MAX, DBL_MIN, DBL_EPSILON, 0.125, 9.999999, 99.5, 1.0 / 3,
		1234567.0, 0x1.fffffffffffffp-1 };
	static const char *fmts[] = { "%f", "%.0f", "%.1f", "%#.0f", "%12.4f",
		"%-12.3f|", "%+f", "% f", "%012.2f", "%e", "%.0e", "%#.0e",
		"%15.3E", "%-+12.2e|", "%g", "%.3g", "%#g", "%#.3g", "%G", "%10.4G",
		"%.17g", "%.0g", "%a", "%A", "%.3a", "%.0a", "%+15.2a", "%-12a|",
		"%#a" };
	for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
		printf("[%u]", i);
		for (unsigned f = 0; f < sizeof fmts / sizeof fmts[0]; f++) {
			if (vals[i] > 1e50 && (fmts[f][1] == 'f' || fmts[f][2] == 'f'
			    || fmts[f][3] == 'f'))
				continue;	/* done below, once */
			putchar(' ');
			printf(fmts[f], vals[i]);
		}
		putchar('\n');
	}
	printf("1e100 %%f: %f\n", 1e100);
	printf("DBL_MAX %%.3f: %.3f\n", DBL_MAX);
	static const double specials[4] = { INFINITY, -INFINITY, NAN, -NAN };
	for (int i = 0; i < 4; i++) {
		double v = specials[i];
		printf("special: [%f] [%F] [%e] [%E] [%g] [%G] [%8.2f] [%-8f] [%+f] [%a] [%A]\n",
		       v, v, v, v, v, v, v, v, v, v, v);
	}
	printf("float arg: %f %e %g\n", 1.1f, 3.4e38f, 1e-7f);
	printf("rounding: %.2f %.2f %.2f %.1f %.1f %.0f %.0f %.0f\n", 2.675,
	       1.005, 0.125, 0.25, 0.35, 0.5, 1.5, 2.5);
	printf("width star: [%*.*f] [%-*.*e]\n", 10, 3, 3.14159, 14, 2, -271.828);
	printf("big precision: %.40f\n", 0.1);
	printf("%.60e\n", 1.0 / 3);
	return 0;
}
