/*
 * stac/clac for assembly.  With CR4.SMAP on, the kernel may touch user
 * pages only while RFLAGS.AC is set; stac sets it, clac clears it.  On a
 * CPU without SMAP both instructions raise #UD, hence the test of
 * smap_enabled (protect.c) first.
 */
#ifndef SMAP_H
#define SMAP_H

.macro ASM_STAC
	testb	$1, smap_enabled(%rip)
	jz	.Lno_stac\@
	stac
.Lno_stac\@:
.endm

.macro ASM_CLAC
	testb	$1, smap_enabled(%rip)
	jz	.Lno_clac\@
	clac
.Lno_clac\@:
.endm

#endif
