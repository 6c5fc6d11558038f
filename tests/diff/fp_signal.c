/* fp_signal: a signal handler that does floating point (SSE and x87) and
 * changes MXCSR and the x87 control word does not disturb the interrupted
 * code: xmm0-15, the x87 stack, the control word and MXCSR are loaded in
 * assembly, the signal is sent by a tgkill from the same assembly (so it
 * is delivered before the next instruction), and all is compared after the
 * handler returned.  The handler itself starts with Linux's clean FP
 * state: MXCSR 0x1f80 and x87 control word 0x037f. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <stddef.h>
#include <signal.h>
#include <unistd.h>
#include <sys/syscall.h>

struct state {
	uint8_t xmm[16][16];
	uint8_t x87[8][10];
	uint16_t fcw;
	uint32_t mxcsr;
};
_Static_assert(offsetof(struct state, fcw) == 336, "layout");
_Static_assert(offsetof(struct state, mxcsr) == 340, "layout");

static volatile uint32_t handler_mxcsr;
static volatile uint16_t handler_fcw;
static volatile double handler_result;
static volatile int handled;

static void handler(int sig)
{
	(void)sig;
	uint32_t m;
	uint16_t c;
	__asm__ volatile("stmxcsr %0\n\tfnstcw %1" : "=m"(m), "=m"(c));
	handler_mxcsr = m;
	handler_fcw = c;
	/* clobber everything: compute with SSE and x87, change the modes */
	uint32_t m2 = 0x7f80;
	uint16_t c2 = 0x0c7f;
	__asm__ volatile("ldmxcsr %0\n\tfldcw %1" :: "m"(m2), "m"(c2));
	volatile double x = 1.0;
	volatile long double lx = 2.0L;
	for (int i = 0; i < 1000; i++) {
		x = x * 1.5 / 1.25 + 0.125;
		lx = lx * 1.5L / 1.25L + 0.125L;
	}
	__asm__ volatile("xorps %%xmm0, %%xmm0\n\txorps %%xmm7, %%xmm7\n\t"
			 "xorps %%xmm15, %%xmm15\n\tfldpi\n\tfldz\n\tfstp %%st(0)\n\tfstp %%st(0)"
			 ::: "xmm0", "xmm7", "xmm15", "st");
	handler_result = x + (double)lx;
	handled++;
}

static void roundtrip(const struct state *in, struct state *out, long pid, long tid)
{
	long nr = SYS_tgkill;
	uint16_t fcw_saved;
	uint32_t mxcsr_saved;
	__asm__ volatile("fnstcw %0\n\tstmxcsr %1" : "=m"(fcw_saved), "=m"(mxcsr_saved));
	register long r_a1 __asm__("rdi") = pid;
	register long r_a2 __asm__("rsi") = tid;
	long sig = SIGUSR1;
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
		: "+a"(nr), "+r"(r_a1), "+r"(r_a2), "+d"(sig)
		: [in] "b"(in), [out] "r"(out)
		: "rcx", "r11", "memory", "xmm0", "xmm1", "xmm2", "xmm3", "xmm4",
		  "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12",
		  "xmm13", "xmm14", "xmm15", "st", "st(1)", "st(2)", "st(3)",
		  "st(4)", "st(5)", "st(6)", "st(7)");
	__asm__ volatile("fldcw %0\n\tldmxcsr %1" :: "m"(fcw_saved), "m"(mxcsr_saved));
}

int main(void)
{
	signal(SIGUSR1, handler);
	struct state in, out;
	for (unsigned i = 0; i < sizeof in.xmm; i++)
		((uint8_t *)in.xmm)[i] = (uint8_t)(i * 53 + 7);
	long double vals[8] = { -1.0L, 2.5L, 2.718281828459045235360L, 1e-4000L,
		1e4000L, 2.0L / 3, 0.0L, -987654321.0625L };
	for (int i = 0; i < 8; i++)
		memcpy(in.x87[i], &vals[i], 10);
	in.fcw = 0x0b7f;	/* round up, extended precision */
	in.mxcsr = 0x5f80;	/* round up */
	long pid = getpid(), tid = syscall(SYS_gettid);
	for (int round = 0; round < 3; round++) {
		memset(&out, 0, sizeof out);
		roundtrip(&in, &out, pid, tid);
		printf("round %d: handled %d, xmm0-15 %s, x87 stack %s, fcw %s, mxcsr %s\n",
		       round, handled,
		       memcmp(in.xmm, out.xmm, sizeof in.xmm) ? "CHANGED" : "intact",
		       memcmp(in.x87, out.x87, sizeof in.x87) ? "CHANGED" : "intact",
		       in.fcw == out.fcw ? "intact" : "CHANGED",
		       in.mxcsr == out.mxcsr ? "intact" : "CHANGED");
		printf("  handler started with mxcsr %04x, fcw %04x; its result %a\n",
		       (unsigned)handler_mxcsr, (unsigned)handler_fcw, handler_result);
	}
	return 0;
}
