/*
 * sig_xstate: the FPU image in a signal frame is Linux's: with xsave,
 * uc_flags has UC_FP_XSTATE, the software-reserved bytes of the fxsave
 * area carry FP_XSTATE_MAGIC1 and the sizes, FP_XSTATE_MAGIC2 follows the
 * xsave area, and the xsave header's reserved bytes are zero.  Then a
 * handler corrupts the header of its own frame: rt_sigreturn refuses it
 * (SIGSEGV), and the next frames must be clean again: the SIGSEGV
 * handler's frame has a zero header, and its return (redirected to
 * recover()) and every later handler's return work.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#define UC_FP_XSTATE		0x1
#define MAGIC1	0x46505853u
#define MAGIC2	0x46505845u

static volatile int corrupt, usr1_runs;

static uint8_t *fpstate(void *ucv)
{
	return (uint8_t *)((ucontext_t *)ucv)->uc_mcontext.fpregs;
}

static uint32_t u32(const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return v;
}

/* One line per fact, the same on any x86-64 CPU with xsave. */
static void describe(const char *who, void *ucv)
{
	ucontext_t *uc = ucv;
	uint8_t *fp = fpstate(ucv);
	uint32_t xsize = u32(fp + 480);
	int header_zero = 1;

	for (int i = 520; i < 576; i++)
		header_zero &= fp[i] == 0;
	printf("%s: UC_FP_XSTATE %s, magic1 %s, extended_size = xstate_size + 4 %s, "
	       "x87 and SSE in xfeatures %s, magic2 %s, header reserved bytes zero %s\n",
	       who, uc->uc_flags & UC_FP_XSTATE ? "yes" : "no",
	       u32(fp + 464) == MAGIC1 ? "yes" : "no",
	       u32(fp + 468) == xsize + 4 ? "yes" : "no",
	       (fp[472] & 3) == 3 ? "yes" : "no",
	       xsize > 576 && u32(fp + xsize) == MAGIC2 ? "yes" : "no",
	       header_zero ? "yes" : "no");
}

static void on_usr1(int sig, siginfo_t *si, void *ucv)
{
	(void)sig;
	(void)si;
	usr1_runs++;
	describe("SIGUSR1 frame", ucv);
	if (corrupt) {
		corrupt = 0;
		fpstate(ucv)[528] = 1;	/* a reserved header byte */
		printf("SIGUSR1 handler: header byte 528 set, returning\n");
	}
	fflush(stdout);
}

static void recover(void)
{
	printf("recovered after the refused rt_sigreturn\n");
	for (int i = 0; i < 3; i++) {
		raise(SIGUSR1);
		printf("handler return %d: back in the program\n", i + 1);
	}
	printf("SIGUSR1 handler ran %d times\n", usr1_runs);
	fflush(stdout);
	exit(0);
}

static void on_segv(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;

	(void)sig;
	printf("SIGSEGV, si_code %s\n", si->si_code == SI_KERNEL ? "SI_KERNEL" : "other");
	describe("SIGSEGV frame", ucv);
	fflush(stdout);
	uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)recover;
	uc->uc_mcontext.gregs[REG_RSP] = (greg_t)((uc->uc_mcontext.gregs[REG_RSP] & ~15l) - 8);
	sigemptyset(&uc->uc_sigmask);
}

int main(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_flags = SA_SIGINFO;
	sa.sa_sigaction = on_usr1;
	sigaction(SIGUSR1, &sa, 0);
	sa.sa_sigaction = on_segv;
	sigaction(SIGSEGV, &sa, 0);

	raise(SIGUSR1);
	printf("first handler returned\n");
	corrupt = 1;
	raise(SIGUSR1);
	printf("FAIL: the corrupted frame was restored\n");
	return 1;
}
