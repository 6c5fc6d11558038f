/*
 * Bounds that hold under speculation too (Spectre v1).  After `if (nr <
 * size)` the CPU may guess the branch wrongly and run table[nr] with a
 * huge nr before it knows better; a load from there can leave a trace in
 * the cache that user space can time.  array_index_nospec clamps the index
 * with arithmetic instead of a branch, so the guessed path reads table[0]
 * at worst.  Linux has the same helper under the same name.
 */
#ifndef NOSPEC_H
#define NOSPEC_H

/* ~0 when idx < size, else 0.  cmp sets CF exactly when idx < size, and
 * sbb of a register from itself turns CF into all ones or all zeros: no
 * branch for the CPU to predict. */
static inline unsigned long array_index_mask_nospec(unsigned long idx,
						    unsigned long size)
{
	unsigned long mask;

	asm volatile("cmpq %2, %1\n\tsbbq %0, %0"
		     : "=r"(mask) : "r"(idx), "r"(size) : "cc");
	return mask;
}

/* idx if idx < size, else 0, even on a mispredicted path. */
#define array_index_nospec(idx, size) \
	((idx) & array_index_mask_nospec((idx), (size)))

#endif
