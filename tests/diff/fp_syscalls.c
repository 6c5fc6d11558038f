/* fp_syscalls: the FPU/SSE state survives system calls: all 16 xmm
 * registers, the x87 stack (8 values) and control word, and MXCSR (with a
 * non-default rounding mode) are loaded in assembly, a system call
 * (getpid, then write, nanosleep, sched_yield, and a 20 ms sleep that gives
 * the kernel time to switch to something else) is made from the same
 * assembly, and everything is read back and compared; then ordinary
 * computation before and after system calls gives the same results. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stddef.h>
#include <unistd.h>
#include <time.h>
#include <sys/syscall.h>

struct state {
	uint8_t xmm[16][16];
	uint8_t x87[8][10];
	uint16_t fcw;
	uint32_t mxcsr;
};

/* load xmm0-15 from in, x87 from in, fcw and mxcsr; syscall(nr, a1, a2,
 * a3); store everything to out.  The x87 stack is pushed in and popped out
 * in reverse order, so out.x87 equals in.x87. */
static long roundtrip(const struct state *in, struct state *out, long nr,
		      long a1, long a2, long a3)
{
	long ret = nr;
	uint16_t fcw_saved;
	uint32_t mxcsr_saved;
	__asm__ volatile("fnstcw %0\n\tstmxcsr %1" : "=m"(fcw_saved), "=m"(mxcsr_saved));
	register long r_a1 __asm__("rdi") = a1;
	register long r_a2 __asm__("rsi") = a2;
	__asm__ volatile(
		"fldcw 336(%[in])\n\t"
		"ldmxcsr 340(%[in])\n\t"
		"movdqu 0(%[in]), %%xmm0\n\t"   "movdqu 16(%[in]), %%xmm1\n\t"
		"movdqu 32(%[in]), %%xmm2\n\t"  "movdqu 48(%[in]), %%xmm3\n\t"
		"movdqu 64(%[in]), %%xmm4\n\t"  "movdqu 80(%[in]), %%xmm5\n\t"
		"movdqu 96(%[in]), %%xmm6\n\t"  "movdqu 112(%[in]), %%xmm7\n\t"
		"movdqu 128(%[in]), %%xmm8\n\t" "movdqu 144(%[in]), %%xmm9\n\t"
		"movdqu 160(%[in]), %%xmm10\n\t" "movdqu 176(%[in]), %%xmm11\n\t"
		"movdqu 192(%[in]), %%xmm12\n\t" "movdqu 208(%[in]), %%xmm13\n\t"
		"movdqu 224(%[in]), %%xmm14\n\t" "movdqu 240(%[in]), %%xmm15\n\t"
		"fldt 256+70(%[in])\n\t" "fldt 256+60(%[in])\n\t"
		"fldt 256+50(%[in])\n\t" "fldt 256+40(%[in])\n\t"
		"fldt 256+30(%[in])\n\t" "fldt 256+20(%[in])\n\t"
		"fldt 256+10(%[in])\n\t" "fldt 256+0(%[in])\n\t"
		"syscall\n\t"
		"fstpt 256+0(%[out])\n\t" "fstpt 256+10(%[out])\n\t"
		"fstpt 256+20(%[out])\n\t" "fstpt 256+30(%[out])\n\t"
		"fstpt 256+40(%[out])\n\t" "fstpt 256+50(%[out])\n\t"
		"fstpt 256+60(%[out])\n\t" "fstpt 256+70(%[out])\n\t"
		"movdqu %%xmm0, 0(%[out])\n\t"   "movdqu %%xmm1, 16(%[out])\n\t"
		"movdqu %%xmm2, 32(%[out])\n\t"  "movdqu %%xmm3, 48(%[out])\n\t"
		"movdqu %%xmm4, 64(%[out])\n\t"  "movdqu %%xmm5, 80(%[out])\n\t"
		"movdqu %%xmm6, 96(%[out])\n\t"  "movdqu %%xmm7, 112(%[out])\n\t"
		"movdqu %%xmm8, 128(%[out])\n\t" "movdqu %%xmm9, 144(%[out])\n\t"
		"movdqu %%xmm10, 160(%[out])\n\t" "movdqu %%xmm11, 176(%[out])\n\t"
		"movdqu %%xmm12, 192(%[out])\n\t" "movdqu %%xmm13, 208(%[out])\n\t"
		"movdqu %%xmm14, 224(%[out])\n\t" "movdqu %%xmm15, 240(%[out])\n\t"
		"fnstcw 336(%[out])\n\t"
		"stmxcsr 340(%[out])\n\t"
		: "+a"(ret), "+r"(r_a1), "+r"(r_a2), "+d"(a3)
		: [in] "b"(in), [out] "r"(out)
		: "rcx", "r11", "memory", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4",
		  "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12",
		  "xmm13", "xmm14", "xmm15", "st", "st(1)", "st(2)", "st(3)",
		  "st(4)", "st(5)", "st(6)", "st(7)");
	__asm__ volatile("fldcw %0\n\tldmxcsr %1" :: "m"(fcw_saved), "m"(mxcsr_saved));
	return ret;
}

_Static_assert(offsetof(struct state, fcw) == 336, "layout");
_Static_assert(offsetof(struct state, mxcsr) == 340, "layout");

static double work(int n)	/* deterministic double arithmetic */
{
	double x = 1.0, y = 0.5;
	for (int i = 1; i <= n; i++) {
		x = x * 1.0000001 + y / i;
		y = y * 0.999 + x / (i + 1.0);
	}
	return x + y;
}

int main(void)
{
	struct state in, out;
	for (unsigned i = 0; i < sizeof in.xmm; i++)
		((uint8_t *)in.xmm)[i] = (uint8_t)(i * 37 + 11);
	long double vals[8] = { 1.0L, -2.5L, 3.14159265358979323846L, 1e-300L,
		1e300L, 1.0L / 3, -0.0L, 123456789.125L };
	for (int i = 0; i < 8; i++)
		memcpy(in.x87[i], &vals[i], 10);
	in.fcw = 0x0f7f;	/* round toward zero, extended precision */
	in.mxcsr = 0x7f80;	/* round toward zero, exceptions masked */

	struct timespec ms20 = { 0, 20000000 }, zero = { 0, 0 };
	static const char msg[] = "(write from the FP test)\n";
	struct { const char *name; long nr, a1, a2, a3; } calls[] = {
		{ "getpid", SYS_getpid, 0, 0, 0 },
		{ "write", SYS_write, 1, (long)msg, sizeof msg - 1 },
		{ "sched_yield", SYS_sched_yield, 0, 0, 0 },
		{ "nanosleep 0", SYS_nanosleep, (long)&zero, 0, 0 },
		{ "nanosleep 20 ms", SYS_nanosleep, (long)&ms20, 0, 0 },
		{ "unknown 500", 500, 0, 0, 0 },
	};
	fflush(stdout);
	for (unsigned c = 0; c < sizeof calls / sizeof calls[0]; c++) {
		memset(&out, 0, sizeof out);
		roundtrip(&in, &out, calls[c].nr, calls[c].a1, calls[c].a2, calls[c].a3);
		printf("%-16s xmm0-15 %s, x87 stack %s, fcw %s, mxcsr %s\n",
		       calls[c].name,
		       memcmp(in.xmm, out.xmm, sizeof in.xmm) ? "CHANGED" : "intact",
		       memcmp(in.x87, out.x87, sizeof in.x87) ? "CHANGED" : "intact",
		       in.fcw == out.fcw ? "intact" : "CHANGED",
		       in.mxcsr == out.mxcsr ? "intact" : "CHANGED");
		fflush(stdout);
	}

	double before = work(100000);
	for (int i = 0; i < 50; i++) {
		syscall(SYS_getpid);
		nanosleep(&zero, NULL);
	}
	double after = work(100000);
	printf("computation before and after 100 system calls: %s (%a)\n",
	       before == after ? "same" : "DIFFERENT", after);
	return 0;
}
