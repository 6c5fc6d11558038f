/*
 * The loader zeroes the bss, including the part that shares a page with
 * the end of the file-backed data (the "tail of a mid-page segment"), and
 * maps the segments with their permissions: text read-only, data writable.
 */
#include "ulib.h"

static char data[100] = "initialized";	/* .data, ends mid-page */
static char bss_small[100];		/* .bss, likely the same page */
static char bss_big[3 * 4096 + 123];	/* .bss over several pages */

int main(void)
{
	int nonzero = 0;

	for (unsigned i = 0; i < sizeof(bss_small); i++)
		nonzero += bss_small[i] != 0;
	for (unsigned i = 0; i < sizeof(bss_big); i++)
		nonzero += bss_big[i] != 0;
	CHECK_EQ(nonzero, 0, "every bss byte is zero");
	CHECK(!strcmp(data, "initialized"), ".data holds its initial value");
	CHECK(data[20] == 0, ".data's zero-initialized tail is zero");

	bss_big[sizeof(bss_big) - 1] = 'x';
	data[0] = 'I';
	CHECK(bss_big[sizeof(bss_big) - 1] == 'x' && data[0] == 'I',
	      "data and bss are writable");

	/* The kernel can write into our bss (uname fills it) but not into
	 * our text: that is -EFAULT, the page is read-only. */
	CHECK_EQ(sc_uname(bss_big), 0, "uname into the bss works");
	CHECK_EQ(sc_uname((void *)main), -14,
		 "uname into read-only text is -EFAULT");
	check_done();
}
