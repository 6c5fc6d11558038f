/* See fpu.h. */
#include "fpu.h"
#include "cpu.h"
#include "cpufeature.h"
#include "printk.h"

#define CR0_MP		(1ul << 1)	/* WAIT honours TS */
#define CR0_EM		(1ul << 2)	/* no FPU: every x87/SSE op traps */
#define CR0_TS		(1ul << 3)	/* lazy switching: we do not use it */
#define CR0_NE		(1ul << 5)	/* x87 errors as #MF, not IRQ 13 */
#define CR4_OSFXSR	(1ul << 9)	/* fxsave/fxrstor and SSE enabled */
#define CR4_OSXMMEXCPT	(1ul << 10)	/* SSE errors as #XM */
#define CR4_OSXSAVE	(1ul << 18)	/* xsave/xgetbv and XCR0 */
#define XFEATURE_X87	(1ull << 0)
#define XFEATURE_SSE	(1ull << 1)
#define XFEATURE_AVX	(1ull << 2)

static uint64_t xcr0;
static uint32_t state_size = 512;	/* fxsave's area */
/* The MXCSR bits this CPU lets software set (fxsave's MXCSR_MASK field,
 * bytes 28..31; 0 there means the original 0xffbf, without DAZ). */
static uint32_t mxcsr_mask = 0xffbf;

static void xsetbv(uint32_t reg, uint64_t v)
{
	asm volatile("xsetbv" : : "c"(reg), "a"((uint32_t)v),
		     "d"((uint32_t)(v >> 32)));
}

void fpu_init(void)
{
	write_cr0((read_cr0() & ~(CR0_EM | CR0_TS)) | CR0_MP | CR0_NE);
	write_cr4(read_cr4() | CR4_OSFXSR | CR4_OSXMMEXCPT);

	static uint8_t fx[512] __attribute__((aligned(16)));
	uint32_t mask;

	asm volatile("fxsave64 %0" : "=m"(fx));
	__builtin_memcpy(&mask, fx + 28, 4);
	if (mask)
		mxcsr_mask = mask;
	if (cpu_has(X86_FEATURE_XSAVE)) {
		write_cr4(read_cr4() | CR4_OSXSAVE);
		xcr0 = XFEATURE_X87 | XFEATURE_SSE;
		if (cpu_has(X86_FEATURE_AVX))
			xcr0 |= XFEATURE_AVX;
		xsetbv(0, xcr0);
		/* CPUID 0xd.0 ebx: the xsave area size for what XCR0 enables */
		state_size = cpuid(0xd, 0).ebx;
	}
	printk("fpu: x87 and SSE on%s, %s, %u-byte state\n",
	       xcr0 & XFEATURE_AVX ? ", AVX on" : "",
	       xcr0 ? "xsave" : "fxsave", state_size);
}

void fpu_reset(void)
{
	uint32_t mxcsr = 0x1f80;	/* all SSE exceptions masked */

	asm volatile("fninit\n\tldmxcsr %0" : : "m"(mxcsr));
	if (xcr0 & XFEATURE_AVX)
		asm volatile("vzeroall");
}

uint32_t fpu_mxcsr_mask(void)
{
	return mxcsr_mask;
}

uint64_t fpu_xfeatures(void)
{
	return xcr0;
}

uint32_t fpu_state_size(void)
{
	return state_size;
}

void fpu_save(void *buf)
{
	if (xcr0)
		asm volatile("xsave64 (%0)" : : "r"(buf), "a"((uint32_t)xcr0),
			     "d"((uint32_t)(xcr0 >> 32)) : "memory");
	else
		asm volatile("fxsave64 (%0)" : : "r"(buf) : "memory");
}

void fpu_restore(const void *buf)
{
	if (xcr0)
		asm volatile("xrstor64 (%0)" : : "r"(buf), "a"((uint32_t)xcr0),
			     "d"((uint32_t)(xcr0 >> 32)) : "memory");
	else
		asm volatile("fxrstor64 (%0)" : : "r"(buf) : "memory");
}
