/* mmap_guard: anonymous mmap/mprotect/munmap with faults caught by a
 * SIGSEGV handler (sigsetjmp/siglongjmp): a PROT_NONE guard page between
 * two read/write pages faults on read and on write (SEGV_ACCERR, at the
 * right address); a page made read-only keeps its data and faults on
 * write; PROT_READ|PROT_WRITE again works; an unmapped page faults with
 * SEGV_MAPERR; fresh anonymous memory is zero. */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include <stdint.h>
#include <sys/mman.h>

static sigjmp_buf env;
static volatile uintptr_t fault_addr;
static volatile int fault_code;

static void handler(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	fault_addr = (uintptr_t)si->si_addr;
	fault_code = si->si_code;
	siglongjmp(env, sig);
}

static const char *code_name(int c)
{
	return c == SEGV_MAPERR ? "SEGV_MAPERR" : c == SEGV_ACCERR ? "SEGV_ACCERR" : "other";
}

static void try(const char *what, volatile char *p, int write)
{
	fault_addr = 0;
	fault_code = 0;
	if (sigsetjmp(env, 1) == 0) {
		if (write)
			*p = 'w';
		else
			(void)*p;
		printf("%-28s ok\n", what);
	} else {
		printf("%-28s caught %s, address right: %s\n", what,
		       code_name(fault_code),
		       fault_addr == (uintptr_t)p ? "yes" : "no");
	}
}

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = handler;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);

	char *p = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED) {
		printf("mmap failed\n");
		return 1;
	}
	int nz = 0;
	for (int i = 0; i < 3 * 4096; i++)
		nz += p[i] != 0;
	printf("fresh mapping nonzero bytes: %d, page-aligned: %s\n", nz,
	       ((uintptr_t)p & 4095) ? "no" : "yes");
	memset(p, 'a', 3 * 4096);
	printf("mprotect middle PROT_NONE: %d\n", mprotect(p + 4096, 4096, PROT_NONE));
	try("read first page", p + 100, 0);
	try("write last page", p + 2 * 4096 + 5, 1);
	try("read guard page", p + 4096 + 17, 0);
	try("write guard page", p + 2 * 4096 - 1, 1);
	printf("mprotect first PROT_READ: %d\n", mprotect(p, 4096, PROT_READ));
	try("read read-only page", p + 8, 0);
	try("write read-only page", p + 9, 1);
	printf("read-only page kept its data: %s\n", p[9] == 'a' ? "yes" : "no");
	printf("mprotect all RW: %d\n", mprotect(p, 3 * 4096, PROT_READ | PROT_WRITE));
	try("write guard page again", p + 4096 + 17, 1);
	printf("guard page kept its data: %s\n",
	       p[4096] == 'a' && p[4096 + 17] == 'w' ? "yes" : "no");
	printf("munmap last page: %d\n", munmap(p + 2 * 4096, 4096));
	try("read unmapped page", p + 2 * 4096 + 64, 0);
	try("read below it", p + 2 * 4096 - 64, 0);
	printf("munmap rest: %d\n", munmap(p, 2 * 4096));
	try("write unmapped page", p + 4096, 1);
	printf("munmap of nothing: %d\n", munmap(p, 4096));
	return 0;
}
