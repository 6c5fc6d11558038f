/*
 * hostile_mremap_oom: mremap under memory pressure must move a mapping
 * whole or not at all.  The program uses up every free frame (it touches
 * a large MAP_NORESERVE mapping page by page until a fault finds no frame
 * and its SIGSEGV handler, on a ready alternate stack, steers it on), then
 * moves a page of data to an address whose page tables do not exist yet.
 * Before, the move left the page behind for want of a page-table frame,
 * unmapped the old range (freeing the page) and returned the new address:
 * the data was gone and the call said it had succeeded.  Now the call is
 * -ENOMEM and the old mapping still holds the data.
 */
/* expect-log: kernel healthy */
#include "ulib.h"
#include "usignal.h"

#define MREMAP_MAYMOVE	1
#define MREMAP_FIXED	2
#define ENOMEM		12
#define BIG		(512ul << 20)	/* more than the guest's memory */
/* A PML4 slot nothing else uses: new PDPT, PD and PT to move into it. */
#define TARGET		0x600000000000ul

static unsigned char altstack[32768];
static volatile int stage;	/* 0: filling memory, 1: after */
static volatile unsigned long touched;
static char *src;
static char *big;

static void after_fill(void);

static void on_segv(int sig, void *info, void *ucv)
{
	struct ucontext_64 *uc = ucv;

	(void)sig;
	(void)info;
	if (stage != 0) {
		printf("FAIL - a fault after memory was full, at 0x%lx\n",
		       uc->uc_mcontext.cr2);
		exit(1);
	}
	stage = 1;
	uc->uc_mcontext.ip = (unsigned long)after_fill;
	uc->uc_mcontext.sp = (uc->uc_mcontext.sp & ~15ul) - 8;
}

/* Touches 64 KiB of stack now, so that nothing later needs a frame. */
static void __attribute__((noinline)) pretouch_stack(void)
{
	volatile char pad[65536];

	for (unsigned long i = 0; i < sizeof(pad); i += 4096)
		pad[i] = 1;
}

static void after_fill(void)
{
	printf("memory full after %lu pages\n", touched);
	long r = sc_mremap(src, 4096, 4096, MREMAP_MAYMOVE | MREMAP_FIXED,
			   TARGET);

	CHECK_EQ(r, -ENOMEM, "mremap that needs page tables it cannot get is -ENOMEM");
	CHECK_EQ(src[0], 'S', "the old mapping still has its data");
	CHECK_EQ(src[4095], 'E', "all of it");
	CHECK_EQ(sc_munmap(big, BIG), 0, "memory given back");
	stage = 2;
	r = sc_mremap(src, 4096, 4096, MREMAP_MAYMOVE | MREMAP_FIXED, TARGET);
	CHECK_EQ(r, TARGET, "with memory again, the same mremap moves");
	CHECK_EQ(((char *)TARGET)[0], 'S', "and the data came along");
	check_done();
}

int main(void)
{
	struct { void *sp; int flags; unsigned long size; } ss = {
		altstack, 0, sizeof(altstack) };

	memset(altstack, 0, sizeof(altstack));
	pretouch_stack();
	CHECK_EQ(sc_sigaltstack(&ss, 0), 0, "an alternate signal stack");
	sig_handle(SIGSEGV, on_segv, SA_ONSTACK);
	src = (char *)sc_mmap(0, 4096, 3, 0x22, -1, 0);
	src[0] = 'S';
	src[4095] = 'E';
	big = (char *)sc_mmap(0, BIG, 3, 0x4022, -1, 0);	/* MAP_NORESERVE */
	CHECK((long)big > 0, "a mapping larger than memory");
	for (unsigned long off = 0; off < BIG; off += 4096) {
		big[off] = 1;
		touched++;
	}
	printf("FAIL - touched all of %lu MiB without running out\n", BIG >> 20);
	exit(1);
}
