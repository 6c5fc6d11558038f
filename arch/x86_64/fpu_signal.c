/* See fpu_signal.h. */
#include "fpu_signal.h"
#include "errno.h"
#include "fpu.h"
#include "string.h"

/*
 * The xsave image in a frame is marked as Linux marks it: the 48
 * software-reserved bytes of the fxsave area (464..511, which the CPU
 * never writes) say that an xsave image follows and how big it is, and a
 * second magic word sits just past it.  rt_sigreturn trusts the xsave
 * part only when both are there (else it takes the fxsave part alone).
 */
#define FP_XSTATE_MAGIC1	0x46505853u
#define FP_XSTATE_MAGIC2	0x46505845u
#define FX_SW_BYTES		464
#define XSAVE_HDR		512	/* XSTATE_BV, XCOMP_BV, reserved */
#define XSAVE_HDR_END		576

struct fpx_sw_bytes {
	uint32_t magic1;
	uint32_t extended_size;		/* xstate_size + the magic2 word */
	uint64_t xfeatures;
	uint32_t xstate_size;
	uint32_t padding[7];
};

_Static_assert(sizeof(struct fpx_sw_bytes) == 48, "fpx_sw_bytes");

/* One process runs at a time: one buffer, between the CPU and a frame. */
static uint8_t fpbuf[4096] __attribute__((aligned(64)));

uint32_t fpu_sigframe_size(void)
{
	return fpu_state_size() + (fpu_xfeatures() ? 4 : 0);
}

/*
 * fpbuf is static, and xsave writes only XSTATE_BV of the header, so the
 * rest of the header (and the software bytes) would keep what the last
 * rt_sigreturn copied in: a bad header refused once would come back in
 * every later frame.  So both are cleared before each save, as Linux does.
 */
int copy_fpstate_to_sigframe(void __user *buf)
{
	uint32_t size = fpu_state_size();

	memset(fpbuf + FX_SW_BYTES, 0, XSAVE_HDR_END - FX_SW_BYTES);
	fpu_save(fpbuf);
	if (fpu_xfeatures()) {
		struct fpx_sw_bytes sw = {
			.magic1 = FP_XSTATE_MAGIC1, .extended_size = size + 4,
			.xfeatures = fpu_xfeatures(), .xstate_size = size,
		};
		uint32_t magic2 = FP_XSTATE_MAGIC2;

		memcpy(fpbuf + FX_SW_BYTES, &sw, sizeof(sw));
		memcpy(fpbuf + size, &magic2, 4);
	}
	return copy_to_user(buf, fpbuf, fpu_sigframe_size()) ? -EFAULT : 0;
}

/*
 * Whether the frame's image is an xsave one (Linux's
 * check_xstate_in_sigframe): magic1 with sane sizes, and magic2 just past
 * the xsave area.  If not, only the fxsave part is restored, the other
 * components from their initial state; that is no error.
 */
static bool xstate_marked(const uint8_t __user *ufp, uint64_t *xfeatures)
{
	struct fpx_sw_bytes sw;
	uint32_t magic2;

	memcpy(&sw, fpbuf + FX_SW_BYTES, sizeof(sw));
	if (sw.magic1 != FP_XSTATE_MAGIC1 || sw.xstate_size < XSAVE_HDR_END ||
	    sw.xstate_size > fpu_state_size() ||
	    sw.xstate_size > sw.extended_size)
		return false;
	if (copy_from_user(&magic2, ufp + sw.xstate_size, 4) ||
	    magic2 != FP_XSTATE_MAGIC2)
		return false;
	*xfeatures = sw.xfeatures;
	return true;
}

/*
 * The image is the user's to change: before xrstor takes it from kernel
 * memory, what would make xrstor fault must be refused (a feature the
 * kernel did not enable, a compacted header, reserved header bytes, MXCSR
 * bits the CPU does not have).  Linux's hardware restore faults on the
 * same and the sigreturn fails.  An image not marked as xsave gets a
 * header of its own: x87 and SSE from the image, the rest initial.
 */
bool fpstate_from_sigframe(const void __user *buf)
{
	uint32_t mxcsr;
	uint64_t xfeatures, bv, comp;

	if (copy_from_user(fpbuf, buf, fpu_state_size()))
		return false;
	/* The CPU's own rule, not a fixed 0xffff0000: a CPU without DAZ
	 * faults on bit 6 too. */
	memcpy(&mxcsr, fpbuf + 24, 4);
	if (mxcsr & ~fpu_mxcsr_mask())
		return false;
	if (!fpu_xfeatures())
		return true;
	if (!xstate_marked(buf, &xfeatures)) {
		memset(fpbuf + XSAVE_HDR, 0, XSAVE_HDR_END - XSAVE_HDR);
		fpbuf[XSAVE_HDR] = 3;		/* XSTATE_BV: x87, SSE */
		return true;
	}
	memcpy(&bv, fpbuf + XSAVE_HDR, 8);
	memcpy(&comp, fpbuf + XSAVE_HDR + 8, 8);
	if (bv & ~fpu_xfeatures() || comp)
		return false;
	for (int i = XSAVE_HDR + 16; i < XSAVE_HDR_END; i++)
		if (fpbuf[i])
			return false;
	/* Components the frame does not list come back initial. */
	bv &= xfeatures;
	memcpy(fpbuf + XSAVE_HDR, &bv, 8);
	return true;
}

void fpu_restore_sigframe(void)
{
	fpu_restore(fpbuf);
}
