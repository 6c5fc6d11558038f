/*
 * hostile_struct_padding: no system call may copy kernel stack bytes to
 * user space through a structure's padding (or a field it leaves unset).
 * Before each call the program paints the kernel stack with 0xc3, deep
 * and shallow, by two harmless calls: a writev whose first buffer is 2047
 * bytes of the pattern and whose second a bad pointer copies them into the
 * kernel's 2 KiB chunk buffer, then fails with -EFAULT having written
 * nothing; and an rt_sigreturn to the very next instruction, whose
 * ucontext (copied to the top of the kernel stack) is the pattern in every
 * field that does not matter; and, for the top of the handlers' frames,
 * an ioctl(TCSETS) and an rt_sigaction whose argument runs into an
 * unmapped page: the kernel copies the pattern up to the fault and says
 * -EFAULT, changing nothing.  Each struct-returning call then gets a
 * buffer pre-filled with 0xaa; afterwards no four bytes in a row of what
 * it wrote may be the pattern, padding Linux zeroes must be zero, and the
 * bytes past the structure must still be 0xaa.  sigaltstack's old stack
 * (padding after ss_flags) leaked 0xffffc900 or 0x00007fff this way.
 * The signal frame (siginfo, ucontext) is checked from a handler.
 */
#include "ulib.h"
#include "usignal.h"

#define PAT		0xc3
#define FILL		0xaa
#define BUF		512

struct iovec { const void *base; unsigned long len; };

static char pattern[2047];
static unsigned char buf[BUF];

#define USER_CS		0x33
#define USER_DS		0x2b

static struct {
	unsigned long pretcode;		/* rt_sigreturn reads the frame at sp - 8 */
	struct ucontext_64 uc;
} pframe;

/*
 * paint_top(&pframe): rt_sigreturn with the callee-saved registers, RSP
 * and a RIP just after the syscall put into pframe's sigcontext, so that
 * it comes back here as from a call (rax, rcx, rdx, rsi, rdi, r8-r11 are
 * the pattern afterwards: caller-saved, and paint_top returns nothing).
 */
void paint_top(void *frame);
asm(".text\n"
    "paint_top:\n\t"
    "movq %r12, 48+32(%rdi)\n\t"
    "movq %r13, 48+40(%rdi)\n\t"
    "movq %r14, 48+48(%rdi)\n\t"
    "movq %r15, 48+56(%rdi)\n\t"
    "movq %rbp, 48+80(%rdi)\n\t"
    "movq %rbx, 48+88(%rdi)\n\t"
    "movq %rsp, 48+120(%rdi)\n\t"
    "leaq 1f(%rip), %rax\n\t"
    "movq %rax, 48+128(%rdi)\n\t"
    "leaq 8(%rdi), %rsp\n\t"
    "movl $15, %eax\n\t"		/* rt_sigreturn */
    "syscall\n"
    "1:\tret\n");

static char *edge;	/* the end of a page of pattern; unmapped above */

static void paint_kernel_stack(void)
{
	struct iovec iov[2] = { { pattern, sizeof(pattern) }, { (void *)8, 1 } };
	long r = sc_writev(1, iov, 2);

	if (r != -14)
		printf("FAIL - the painting writev returned %ld, not -EFAULT\n", r);
	/* 35 and 31 bytes of pattern, then the fault */
	if (sc_ioctl(1, 0x5402, edge - 35) != -14 ||	/* TCSETS */
	    sc_rt_sigaction(SIGUSR1, edge - 31, 0, 8) != -14)
		printf("FAIL - the painting ioctl or rt_sigaction did not fault\n");
	memset(&pframe, PAT, sizeof(pframe));
	pframe.uc.uc_mcontext.flags = 0x202;
	pframe.uc.uc_mcontext.cs = USER_CS;
	pframe.uc.uc_mcontext.ss = USER_DS;
	pframe.uc.uc_mcontext.fpstate = 0;
	pframe.uc.uc_sigmask = 0;
	paint_top(&pframe);
}

static void before(void)
{
	paint_kernel_stack();
	memset(buf, FILL, sizeof(buf));
}

/* What the call wrote, [0, len): no pattern run; [len, BUF): untouched. */
static void after(const char *what, long r, unsigned long len)
{
	char line[160];
	int run = 0, leak = -1, over = -1;

	for (unsigned long i = 0; i < len; i++) {
		run = buf[i] == PAT ? run + 1 : 0;
		if (run == 4 && leak < 0)
			leak = (int)(i - 3);
	}
	for (unsigned long i = len; i < BUF; i++)
		if (buf[i] != FILL && over < 0)
			over = (int)i;
	td_snprintf(line, sizeof(line), "%s (returned %ld): no kernel stack bytes "
		 "(first at %d), nothing past its %lu bytes (first at %d)",
		 what, r, leak, len, over);
	check_report(leak < 0 && over < 0, line, "", __LINE__);
}

static void zero_at(const char *what, unsigned long off, unsigned long n)
{
	char line[120];
	int ok = 1;

	for (unsigned long i = off; i < off + n; i++)
		ok &= buf[i] == 0;
	td_snprintf(line, sizeof(line), "%s: padding at %lu..%lu is zero",
		 what, off, off + n - 1);
	check_report(ok, line, "", __LINE__);
}

static unsigned char altstack[16384];
static unsigned char frame_copy[512];
static unsigned long frame_len;

static void handler(int sig, void *info, void *uc)
{
	(void)sig;
	memcpy(frame_copy, uc, 304);
	memcpy(frame_copy + 304, info, 128);
	frame_len = 432;
}

int main(void)
{
	long r;

	memset(pattern, PAT, sizeof(pattern));
	edge = (char *)sc_mmap(0, 8192, 3, 0x22, -1, 0);
	memset(edge, PAT, 4096);
	edge += 4096;
	CHECK_EQ(sc_munmap(edge, 4096), 0, "a page of pattern with a hole above");

	before();
	r = sc_sigaltstack(0, buf);
	after("sigaltstack old stack", r, 24);
	zero_at("sigaltstack old stack", 12, 4);

	/* again with an alternate stack set, and from a painted stack */
	struct { void *sp; int flags; unsigned long size; } ss = {
		altstack, 0, sizeof(altstack) };
	sc_sigaltstack(&ss, 0);
	before();
	r = sc_sigaltstack(0, buf);
	after("sigaltstack old stack, one set", r, 24);
	zero_at("sigaltstack old stack, one set", 12, 4);

	before();
	r = sc_rt_sigaction(SIGUSR1, 0, buf, 8);
	after("rt_sigaction old action", r, 32);
	before();
	r = sc_rt_sigprocmask(0, 0, buf, 8);
	after("rt_sigprocmask old mask", r, 8);
	before();
	r = sc_rt_sigpending(buf, 8);
	after("rt_sigpending", r, 8);
	before();
	r = sc_uname(buf);
	after("uname", r, 390);
	before();
	r = sc_sysinfo(buf);
	after("sysinfo", r, 112);
	zero_at("sysinfo", 84, 4);	/* after procs, pad */
	zero_at("sysinfo", 108, 4);	/* after mem_unit */
	before();
	r = sc_fstat(1, buf);
	after("fstat", r, 144);
	before();
	r = sc_newfstatat(1, "", buf, 0x1000);
	after("newfstatat AT_EMPTY_PATH", r, 144);
	before();
	r = sc_ioctl(1, 0x5401, buf);		/* TCGETS */
	after("ioctl TCGETS", r, 36);
	before();
	r = sc_ioctl(1, 0x5413, buf);		/* TIOCGWINSZ */
	after("ioctl TIOCGWINSZ", r, 8);
	before();
	r = sc_ioctl(1, 0x540f, buf);		/* TIOCGPGRP */
	after("ioctl TIOCGPGRP", r, 4);
	before();
	r = sc_arch_prctl(0x1003, buf);		/* ARCH_GET_FS */
	after("arch_prctl ARCH_GET_FS", r, 8);
	before();
	r = sc_prlimit64(0, 3, 0, buf);		/* RLIMIT_STACK */
	after("prlimit64", r, 16);
	before();
	r = sc_getrlimit(3, buf);
	after("getrlimit", r, 16);
	before();
	r = sc_clock_gettime(1, buf);
	after("clock_gettime", r, 16);
	before();
	r = sc_clock_getres(1, buf);
	after("clock_getres", r, 16);
	before();
	r = sc_gettimeofday(buf, buf + 16);
	after("gettimeofday and its timezone", r, 24);
	before();
	r = sc_time(buf);
	after("time", r, 8);
	before();
	r = sc_prctl(16, buf, 0, 0, 0);		/* PR_GET_NAME */
	after("prctl PR_GET_NAME", r, 16);
	before();
	r = sc_seccomp(3, 0, buf);		/* SECCOMP_GET_NOTIF_SIZES */
	after("seccomp GET_NOTIF_SIZES", r, 6);
	before();
	r = sc_getcwd(buf, BUF);
	after("getcwd", r, 2);

	/* The signal frame: siginfo and ucontext as the handler sees them. */
	sig_handle(SIGUSR1, handler, SA_ONSTACK);
	paint_kernel_stack();
	sc_kill(sc_getpid(), SIGUSR1);
	memcpy(buf, frame_copy, frame_len);
	memset(buf + frame_len, FILL, BUF - frame_len);
	after("signal frame: ucontext and siginfo", 0, frame_len);
	zero_at("signal frame: uc_stack", 16 + 12, 4);
	zero_at("signal frame: siginfo after si_code", 304 + 12, 4);
	check_done();
}
