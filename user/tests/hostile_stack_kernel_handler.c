/*
 * hostile_stack_kernel_handler: like hostile_stack_kernel_push (rsp =
 * 0xffffffff80200000, then a push: #PF on a kernel address), but the
 * program has a SIGSEGV handler.  The kernel would build the handler's
 * signal frame below the user's rsp, that is in its own image: it must
 * refuse (the frame is written with copy_to_user, which takes no kernel
 * address) and kill the program with SIGSEGV instead of running the
 * handler.  Linux: the same (get_sigframe's frame fails the access
 * check, force_sigsegv), status 128 + 11.  The kernel keeps running.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV */
/* expect-log: kernel healthy */
#include "ulib.h"
#include "usignal.h"

static void on_segv(int sig, void *info, void *uc)
{
	(void)info;
	(void)uc;
	printf("FAIL - the SIGSEGV handler ran (signal %d) with rsp in the "
	       "kernel's half\n", sig);
	exit(1);
}

int main(void)
{
	sig_handle(SIGSEGV, on_segv, 0);
	printf("SIGSEGV handler set; push with rsp = 0xffffffff80200000\n");
	asm volatile("movq %%rsp, %%rbx\n\t"
		     "movabsq $0xffffffff80200000, %%rsp\n\t"
		     "pushq $0\n\t"
		     "movq %%rbx, %%rsp"
		     : : : "rbx", "memory");
	printf("FAIL - the push to a kernel address returned\n");
	return 1;
}
