/*
 * enosys: a number the kernel does not implement returns -ENOSYS (-38)
 * and does nothing else, through both doors.
 *   syscall: -1, 335 (uretprobe: a real name, not implemented here; Linux
 *   6.11+ would send SIGILL to a caller outside its uprobe trampoline),
 *   423 (unused), 512 and 547 (x32 numbers without the x32 bit), 39 with
 *   the x32 bit (0x40000000) set, 0x7fffffff, 0x80000000, and real but
 *   unimplemented calls (2 open, 57 fork), 472 (the first number past
 *   the table) and the numbers Linux itself never implements (134
 *   uselib, 156 _sysctl, 174 create_module, ... 236 vserver); all with nonzero
 *   arguments, and a buffer passed as every pointer argument stays as it
 *   was.
 *   As on Linux since 5.12, only eax is the number: (1 << 32) + 39 and
 *   0xffffffff00000027 are getpid.
 *   int $0x80: 0x7fffffff, 500, 0xffffffff -> -38; eax alone is the number,
 *   so (1 << 32) + 20 is getpid.
 * And registers: across `syscall` every register but rax, rcx and r11
 * keeps its value (rbx rbp rsp r12-r15 and the argument registers rdi rsi
 * rdx r10 r8 r9), for a real call and an unknown one, and the flags come
 * back as they were (DF and CF set by the caller stay set); across
 * int $0x80 every register but rax keeps its value.
 */
#include "ulib.h"
#include "vsprintf.h"

#define ENOSYS	38

/* What the register checks compare: the value put in each register before
 * the call and read back after it. */
enum { R_RBX, R_RBP, R_R12, R_R13, R_R14, R_R15, R_RDI, R_RSI, R_RDX,
       R_R8, R_R9, R_R10, R_RCX, R_R11, R_RSP, R_FLAGS, R_RAX, R_N };

static const char *const reg_names[R_N] = {
	"rbx", "rbp", "r12", "r13", "r14", "r15", "rdi", "rsi", "rdx",
	"r8", "r9", "r10", "rcx", "r11", "rsp", "rflags", "rax",
};

/* The pattern: distinct, with all 64 bits in use. */
#define PAT(i)	(0x0123456789abcd00ul + 0x1111111100000000ul * (i) + (i))

unsigned long saved_rsp;

/*
 * long regs_across(long nr, unsigned long out[R_N], int door)
 * Saves the callee-saved registers, loads every register with PAT(i) (rax
 * with nr), sets DF and CF, enters the kernel (door 0: syscall, door 1:
 * int $0x80), then stores every register and rflags into out.
 */
asm(
"	.text\n"
"	.globl regs_across\n"
"	.type regs_across, @function\n"
"regs_across:\n"
"	pushq	%rbx\n"
"	pushq	%rbp\n"
"	pushq	%r12\n"
"	pushq	%r13\n"
"	pushq	%r14\n"
"	pushq	%r15\n"
"	pushq	%rsi\n"				/* out */
"	pushq	%rdx\n"				/* door */
"	movq	%rsp, saved_rsp(%rip)\n"
"	movq	%rdi, %rax\n"
"	movabsq	$0x0123456789abcd00, %rbx\n"	/* PAT(0) */
"	movabsq	$0x1234567889abcd01, %rbp\n"	/* PAT(1) */
"	movabsq	$0x2345678989abcd02, %r12\n"	/* PAT(2) */
"	movabsq	$0x3456789a89abcd03, %r13\n"	/* PAT(3) */
"	movabsq	$0x456789ab89abcd04, %r14\n"	/* PAT(4) */
"	movabsq	$0x56789abc89abcd05, %r15\n"	/* PAT(5) */
"	movabsq	$0x6789abcd89abcd06, %rdi\n"	/* PAT(6) */
"	movabsq	$0x789abcde89abcd07, %rsi\n"	/* PAT(7) */
"	movabsq	$0x89abcdef89abcd08, %rdx\n"	/* PAT(8) */
"	movabsq	$0x9abcdf0089abcd09, %r8\n"	/* PAT(9) */
"	movabsq	$0xabcdf01189abcd0a, %r9\n"	/* PAT(10) */
"	movabsq	$0xbcdf012289abcd0b, %r10\n"	/* PAT(11) */
"	movabsq	$0xcdf0123389abcd0c, %rcx\n"	/* PAT(12) */
"	movabsq	$0xdf01234489abcd0d, %r11\n"	/* PAT(13) */
"	cmpl	$0, (%rsp)\n"			/* door (an int) */
"	jne	1f\n"
"	std\n"
"	stc\n"
"	syscall\n"
"	jmp	2f\n"
"1:	std\n"
"	stc\n"
"	int	$0x80\n"
"2:	pushfq\n"
"	cld\n"
"	pushq	%rax\n"
"	movq	24(%rsp), %rax\n"		/* out (above flags, rax, door) */
"	movq	%rbx, 0(%rax)\n"
"	movq	%rbp, 8(%rax)\n"
"	movq	%r12, 16(%rax)\n"
"	movq	%r13, 24(%rax)\n"
"	movq	%r14, 32(%rax)\n"
"	movq	%r15, 40(%rax)\n"
"	movq	%rdi, 48(%rax)\n"
"	movq	%rsi, 56(%rax)\n"
"	movq	%rdx, 64(%rax)\n"
"	movq	%r8, 72(%rax)\n"
"	movq	%r9, 80(%rax)\n"
"	movq	%r10, 88(%rax)\n"
"	movq	%rcx, 96(%rax)\n"
"	movq	%r11, 104(%rax)\n"
"	leaq	16(%rsp), %rcx\n"		/* rsp as it was at the call */
"	movq	%rcx, 112(%rax)\n"
"	movq	8(%rsp), %rcx\n"		/* rflags */
"	movq	%rcx, 120(%rax)\n"
"	popq	%rcx\n"				/* the call's rax */
"	movq	%rcx, 128(%rax)\n"
"	addq	$24, %rsp\n"			/* rflags, door, out */
"	popq	%r15\n"
"	popq	%r14\n"
"	popq	%r13\n"
"	popq	%r12\n"
"	popq	%rbp\n"
"	popq	%rbx\n"
"	movq	%rcx, %rax\n"
"	ret\n"
"	.size regs_across, .-regs_across\n"
);

long regs_across(long nr, unsigned long out[R_N], int door);

#define X86_EFLAGS_CF	(1ul << 0)
#define X86_EFLAGS_DF	(1ul << 10)

static void check_regs(long nr, int door, long want_ret)
{
	unsigned long out[R_N];
	const char *dname = door ? "int $0x80" : "syscall";
	char what[128];
	int bad = 0;

	memset(out, 0, sizeof(out));
	long ret = regs_across(nr, out, door);

	td_snprintf(what, sizeof(what), "%s %ld returns %ld", dname, nr, want_ret);
	CHECK_EQ(ret, want_ret, what);
	for (int i = R_RBX; i <= R_R11; i++) {
		if (!door && (i == R_RCX || i == R_R11))
			continue;	/* the CPU's: return rip and rflags */
		if (out[i] != PAT(i)) {
			printf("  %s: %s is 0x%lx after the call, was 0x%lx\n",
			       dname, reg_names[i], out[i], PAT(i));
			bad++;
		}
	}
	td_snprintf(what, sizeof(what), "%s %ld: rbx rbp r12-r15 rdi rsi rdx "
		    "r8 r9 r10%s keep their values", dname, nr,
		    door ? " rcx r11" : "");
	CHECK_EQ(bad, 0, what);
	td_snprintf(what, sizeof(what), "%s %ld: rsp is unchanged", dname, nr);
	CHECK_EQ(out[R_RSP], saved_rsp, what);
	td_snprintf(what, sizeof(what), "%s %ld: DF and CF are still set",
		    dname, nr);
	CHECK_EQ(out[R_FLAGS] & (X86_EFLAGS_DF | X86_EFLAGS_CF),
		 X86_EFLAGS_DF | X86_EFLAGS_CF, what);
}

static unsigned char buf[64];

static int buf_untouched(void)
{
	for (size_t i = 0; i < sizeof(buf); i++)
		if (buf[i] != 0x5a)
			return 0;
	return 1;
}

int main(void)
{
	static const long unknown64[] = {
		-1, 335, 423, 472, 512, 547, 0x40000000 | 39, 0x7fffffff,
		0x80000000l, 0xffffffffl,
		/* Numbers Linux itself leaves to sys_ni_syscall: uselib,
		 * _sysctl, create_module, get_kernel_syms, query_module,
		 * nfsservctl, getpmsg, putpmsg, afs_syscall, tuxcall,
		 * security, vserver. */
		134, 156, 174, 177, 178, 180, 181, 182, 183, 184, 185, 236,
		/* Real calls trapdoor does not implement (yet): open, fork.
		 * Take them out of this list when they land. */
		2, 57,
	};
	char what[128];

	
	memset(buf, 0x5a, sizeof(buf));
	for (size_t i = 0; i < sizeof(unknown64) / sizeof(unknown64[0]); i++) {
		long nr = unknown64[i];
		long p = (long)buf;

		td_snprintf(what, sizeof(what), "syscall number %ld (0x%lx) with "
			    "buf as every pointer is -ENOSYS", nr, nr);
		CHECK_EQ(__sc6(nr, p, p, sizeof(buf), p, p, p), -ENOSYS, what);
		td_snprintf(what, sizeof(what), "syscall number %ld (0x%lx) with "
			    "arguments 1-6 is -ENOSYS", nr, nr);
		CHECK_EQ(__sc6(nr, 1, 2, 3, 4, 5, 6), -ENOSYS, what);
	}
	CHECK(buf_untouched(), "the buffer passed to them is untouched");

	CHECK_EQ(__sc6((1l << 32) + 39, 1, 2, 3, 4, 5, 6), 1,
		 "syscall (1 << 32) + 39 is getpid: rax's upper half is ignored");
	CHECK_EQ(__sc6((long)0xffffffff00000027ul, 1, 2, 3, 4, 5, 6), 1,
		 "syscall 0xffffffff00000027 is getpid");

	long p = (long)buf;

	CHECK_EQ(__i80_6(0x7fffffff, p, p, sizeof(buf), p, p, p), -ENOSYS,
		 "int $0x80 number 0x7fffffff is -ENOSYS");
	CHECK_EQ(__i80_6(500, p, p, sizeof(buf), p, p, p), -ENOSYS,
		 "int $0x80 number 500 is -ENOSYS");
	CHECK_EQ(__i80_6(0xffffffffl, 1, 2, 3, 4, 5, 6), -ENOSYS,
		 "int $0x80 number 0xffffffff is -ENOSYS");
	CHECK_EQ(__i80_6(-1, 1, 2, 3, 4, 5, 6), -ENOSYS,
		 "int $0x80 number -1 is -ENOSYS");
	CHECK(buf_untouched(), "the buffer passed to them is untouched");
	CHECK_EQ(__i80_6((1l << 32) + 20, 1, 2, 3, 4, 5, 6), 1,
		 "int $0x80 (1 << 32) + 20 is getpid: the number is eax only");

	check_regs(39, 0, 1);			/* getpid */
	check_regs(423, 0, -ENOSYS);
	check_regs(-1, 0, -ENOSYS);
	check_regs(20, 1, 1);			/* i386 getpid */
	check_regs(500, 1, -ENOSYS);
	check_done();
}
