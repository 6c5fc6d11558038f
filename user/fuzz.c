/*
 * fuzz: a system call fuzzer in the spirit of trinity, for trapdoor's
 * libc-free runtime.
 *
 *     fuzz [-v] [--from K] [--allow-exit] [N [SEED]]     (N 20000, SEED 1)
 *
 * N calls, each through `syscall` (80%, x86-64 numbers) or `int $0x80`
 * (20%, i386 numbers), with a number that is mostly a real one of that
 * table (half the time one that has answered something other than -ENOSYS
 * before) and sometimes not: negative, just past the table, with the x32
 * bit, 0x7fffffff, or a 64-bit value (only the low 32 bits count, so junk
 * in the high half over a real number is that real call).  The six
 * arguments come from values that find bugs: 0, -1, small integers, page
 * sizes and boundaries, NULL, kernel and non-canonical addresses, the top
 * of user space, huge lengths, pointers into a 64 KiB buffer of this
 * program (some so near its end that the length runs into the guard page
 * after it), pointers into a private arena and into mappings the kernel
 * made for earlier mmap and mremap calls, good and bad fds.  For the
 * calls it knows (the table `specs`) each argument is, most of the time,
 * of the kind the call expects (an fd, a signal, a clock, a request of
 * ioctl, a struct sigaction, a path...), so the fuzzing gets past the
 * first argument check.  A small xorshift64* generator seeded from SEED
 * makes a run repeatable: the same seed and kernel make the same calls
 * (another kernel may not: which numbers answer, and where mmap puts
 * things, steer the choices).
 *
 * Besides the kernel surviving (no panic, no hang, every frame back at
 * the exit: the kernel's own self-check), the fuzzer checks after each
 * call that the kernel kept every register it must (all general ones but
 * rax, and rcx and r11 for `syscall`; xmm0-15), that no mapping it made
 * covers the fuzzer, and that its own memory does not change under it
 * (the generator's state, a canary page before the buffer, its text).
 *
 * The fuzzer has to survive its own calls, so some are shaped or skipped:
 *   - exit, exit_group, rt_sigreturn and i386 sigreturn, execve(at), and
 *     kill, tkill, tgkill (and the sigqueue kin) with a real signal aimed
 *     at this process are skipped unless --allow-exit; calls that would
 *     block forever or fork once they exist (pause, sigsuspend, fork,
 *     clone, alarm, setitimer, seccomp, rseq...) are always skipped.  A
 *     skip draws another call: N is the number of calls made.
 *   - the memory calls (brk, mmap, munmap, mprotect, mremap, madvise...)
 *     get their addresses from a 64 MiB PROT_NONE arena at 1 GiB (below
 *     4 GiB, for int $0x80), from the kernel's earlier mappings or from
 *     the bad ones, and lengths that keep the range off this program's
 *     image and stack (a range the kernel must refuse, running past 2^64
 *     or out of user space, is kept: that check is the test).
 *   - nanosleep and the other calls with a timeout get timespecs of at
 *     most 2 ms (or invalid ones, or bad pointers, never NULL).
 *   - the output goes through fd 1000, a dup of the console: no argument
 *     is ever 1000, so no close or dup2 takes it away.  Random writes
 *     (write, writev...) to any fd write at most 64 bytes from valid
 *     memory, control characters made '.'; the fuzzer's next line
 *     starts on a line of its own.  When a close takes fd 0, 1 or 2, the
 *     fuzzer dups it back from fd 1000, or every fd call would be EBADF.
 *   - reads of fd 0 wait for a line when stdin is a terminal or an open
 *     pipe: run it with stdin at its end (</dev/null), as the tests do.
 *   - structures the kernel reads (iovecs, timespecs, paths, sigactions)
 *     are built at the end of the buffer, just before the guard page.
 * A fault in the fuzzer itself kills it: that is a failure, not hidden.
 *
 * Output: the seed and N, a progress line every 10%, then the summary:
 *   fuzz: seed S, N calls, D distinct numbers, E errors (-errno),
 *         F faults survived (-EFAULT), Y ENOSYS, K skipped
 * (one line), details, and "fuzz: done" last.  -v prints every call
 * before it is made ("#i door nr(a1, ..., a6)") and its result after, so
 * a hang or a panic shows its culprit; --from K does that from call K on.
 * Exit status 0; 1 after a "fuzz: FAIL" line (a register changed, a
 * mapping over the fuzzer, its memory changed); 2: a bad command
 * line or the set-up failed; 3: the output fd was lost.
 */
#include "ulib.h"
#include "vsprintf.h"

#define FD_OUT		1000
#define PAGE		4096ul
#define BUF_SIZE	(64 * 1024)
#define ARENA_BASE	0x40000000ul		/* 1 GiB */
#define ARENA_SIZE	(64ul << 20)
#define USER_TOP	0x00007ffffffff000ul	/* Linux's TASK_SIZE_MAX */
#define USER_END	0x0000800000000000ul	/* 2^47: not user space */
#define X32_BIT		0x40000000u

/* The highest real number of each table (both: rseq_slice_yield, 471). */
#define MAX_NR64	__NR_rseq_slice_yield
#define MAX_NR32	__NR_ia32_rseq_slice_yield
#define MAX_NR		(MAX_NR64 > MAX_NR32 ? MAX_NR64 : MAX_NR32)

#define EINTR		4
#define EAGAIN		11
#define EFAULT		14
#define ENOSYS		38
#define NERR		134		/* errno values counted one by one */

#define PROT_NONE	0
#define MAP_PRIVATE	0x02
#define MAP_FIXED	0x10
#define MAP_ANONYMOUS	0x20
#define MAP_FIXED_NOREPLACE 0x100000
#define MREMAP_FIXED	2
#define RLIMIT_CPU	0
#define PR_SET_SECCOMP	22
#define PR_GET_SECCOMP	21
#define CLOCK_MONOTONIC	1

enum { SC, I80 };			/* the doors */
static const char *const door_name[] = { "syscall", "int80" };

#define N_ELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define PICK(a)		((a)[below(N_ELEM(a))])

/* ---------------------------------------------------------------- */
/* The two doors.                                                     */

/*
 * Both doors go through fuzz_door(): every general register and xmm0-15 are
 * loaded from `in` (the number in rax, the arguments where the door's ABI
 * wants them, patterns elsewhere) and stored to `out` after the call, so
 * that the caller can check that the kernel changed none but rax (and
 * rcx and r11, which `syscall` itself uses): a register the kernel
 * forgets to restore is a bug a C program would trip over much later.
 */
enum { RAX, RBX, RCX, RDX, RSI, RDI, RBP, R8, R9, R10, R11, R12, R13, R14,
       R15, NREG };
static const char *const reg_name[NREG] = { "rax", "rbx", "rcx", "rdx",
	"rsi", "rdi", "rbp", "r8", "r9", "r10", "r11", "r12", "r13", "r14",
	"r15" };

struct regs {
	uint64_t r[16];			/* NREG, and a pad: xmm at 128 */
	uint64_t xmm[16][2];
};

long fuzz_door(const struct regs *in, struct regs *out, long int80);
asm(".text\n"
"	.globl fuzz_door\n"
"	.type fuzz_door, @function\n"
"fuzz_door:\n"
"	pushq %rbx\n"
"	pushq %rbp\n"
"	pushq %r12\n"
"	pushq %r13\n"
"	pushq %r14\n"
"	pushq %r15\n"
"	pushq %rsi\n"			/* 8(%rsp): out */
"	pushq %rdi\n"			/* (%rsp): room for rdi after */
"	movdqu 128(%rdi), %xmm0\n"
"	movdqu 144(%rdi), %xmm1\n"
"	movdqu 160(%rdi), %xmm2\n"
"	movdqu 176(%rdi), %xmm3\n"
"	movdqu 192(%rdi), %xmm4\n"
"	movdqu 208(%rdi), %xmm5\n"
"	movdqu 224(%rdi), %xmm6\n"
"	movdqu 240(%rdi), %xmm7\n"
"	movdqu 256(%rdi), %xmm8\n"
"	movdqu 272(%rdi), %xmm9\n"
"	movdqu 288(%rdi), %xmm10\n"
"	movdqu 304(%rdi), %xmm11\n"
"	movdqu 320(%rdi), %xmm12\n"
"	movdqu 336(%rdi), %xmm13\n"
"	movdqu 352(%rdi), %xmm14\n"
"	movdqu 368(%rdi), %xmm15\n"
"	testq %rdx, %rdx\n"		/* the flags survive the movs */
"	movq 0(%rdi), %rax\n"
"	movq 8(%rdi), %rbx\n"
"	movq 16(%rdi), %rcx\n"
"	movq 24(%rdi), %rdx\n"
"	movq 32(%rdi), %rsi\n"
"	movq 48(%rdi), %rbp\n"
"	movq 56(%rdi), %r8\n"
"	movq 64(%rdi), %r9\n"
"	movq 72(%rdi), %r10\n"
"	movq 80(%rdi), %r11\n"
"	movq 88(%rdi), %r12\n"
"	movq 96(%rdi), %r13\n"
"	movq 104(%rdi), %r14\n"
"	movq 112(%rdi), %r15\n"
"	movq 40(%rdi), %rdi\n"
"	jnz 1f\n"
"	syscall\n"
"	jmp 2f\n"
"1:	int $0x80\n"
"2:	movq %rdi, (%rsp)\n"
"	movq 8(%rsp), %rdi\n"
"	movq %rax, 0(%rdi)\n"
"	movq %rbx, 8(%rdi)\n"
"	movq %rcx, 16(%rdi)\n"
"	movq %rdx, 24(%rdi)\n"
"	movq %rsi, 32(%rdi)\n"
"	movq %rbp, 48(%rdi)\n"
"	movq %r8, 56(%rdi)\n"
"	movq %r9, 64(%rdi)\n"
"	movq %r10, 72(%rdi)\n"
"	movq %r11, 80(%rdi)\n"
"	movq %r12, 88(%rdi)\n"
"	movq %r13, 96(%rdi)\n"
"	movq %r14, 104(%rdi)\n"
"	movq %r15, 112(%rdi)\n"
"	movq (%rsp), %rbx\n"
"	movq %rbx, 40(%rdi)\n"
"	movdqu %xmm0, 128(%rdi)\n"
"	movdqu %xmm1, 144(%rdi)\n"
"	movdqu %xmm2, 160(%rdi)\n"
"	movdqu %xmm3, 176(%rdi)\n"
"	movdqu %xmm4, 192(%rdi)\n"
"	movdqu %xmm5, 208(%rdi)\n"
"	movdqu %xmm6, 224(%rdi)\n"
"	movdqu %xmm7, 240(%rdi)\n"
"	movdqu %xmm8, 256(%rdi)\n"
"	movdqu %xmm9, 272(%rdi)\n"
"	movdqu %xmm10, 288(%rdi)\n"
"	movdqu %xmm11, 304(%rdi)\n"
"	movdqu %xmm12, 320(%rdi)\n"
"	movdqu %xmm13, 336(%rdi)\n"
"	movdqu %xmm14, 352(%rdi)\n"
"	movdqu %xmm15, 368(%rdi)\n"
"	addq $16, %rsp\n"
"	popq %r15\n"
"	popq %r14\n"
"	popq %r13\n"
"	popq %r12\n"
"	popq %rbp\n"
"	popq %rbx\n"
"	ret\n"
"	.size fuzz_door, . - fuzz_door\n");

/* ---------------------------------------------------------------- */
/* Random numbers: splitmix64 for the seed, xorshift64* for the stream. */

static uint64_t rng;
static uint64_t *rng_mirror;	/* a copy on the stack: see memory_ok() */

static void seed_rng(uint64_t seed)
{
	uint64_t z = seed + 0x9e3779b97f4a7c15ull;

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	rng = z ^ (z >> 31);
	if (!rng)
		rng = 1;
	*rng_mirror = rng;
}

static uint64_t rnd(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	*rng_mirror = rng;
	return rng * 0x2545f4914f6cdd1dull;
}

static uint64_t below(uint64_t n)
{
	return n ? rnd() % n : 0;
}

static int pct(unsigned p)
{
	return below(100) < p;
}

/* ---------------------------------------------------------------- */
/* Memory: the buffer (with a canary page before it and a guard page    */
/* after it), the arena, and the regions no call may touch.            */

static struct {
	unsigned char canary[PAGE];	/* never handed out: must not change */
	unsigned char buf[BUF_SIZE];
	unsigned char guard[PAGE];	/* PROT_NONE */
} mem __attribute__((aligned(4096)));

#define BUF		(mem.buf)
#define BUF_END		(mem.buf + BUF_SIZE)

extern char __executable_start[], _end[];
static uint64_t img_lo, img_hi;		/* this program, bss included */
static uint64_t stk_lo, stk_hi;		/* its stack: the 8 MiB under the top */

static uint64_t page_down(uint64_t a)
{
	return a & ~(PAGE - 1);
}

static int overlaps(uint64_t lo, uint64_t hi, uint64_t a, uint64_t b)
{
	return lo < b && a < hi;
}

/* What the kernel sees of a value that came in through `door`. */
static uint64_t seen(int door, uint64_t v)
{
	return door == I80 ? (uint32_t)v : v;
}

/* A pointer argument must not reach this program's code, data or stack,
 * except the buffer and its guard page, which are there to be reached. */
static int forbidden_ptr(int door, uint64_t v)
{
	v = seen(door, v);
	if (overlaps(img_lo, img_hi, v, v + 1) &&
	    !overlaps((uint64_t)BUF, (uint64_t)mem.guard + PAGE, v, v + 1))
		return 1;
	return overlaps(stk_lo, stk_hi, v, v + 1);
}

/* Surely unmapped, as the kernel sees it: below this program (nothing is
 * ever mapped there, see range_ok) or past the end of user space. */
static int is_bad(int door, uint64_t v)
{
	v = seen(door, v);
	return v < img_lo || v >= USER_TOP;
}

/*
 * May a memory call act on [a, a+len)?  Yes if the kernel must refuse the
 * range (not in user space, or running past 2^64), else only if it stays
 * off the image and the stack (Linux's madvise acts on whatever is
 * mapped in a range, even one that runs past the end of user space).
 * A range that creates a mapping must also stay off the low memory below
 * the image, so that NULL and small values stay bad pointers; NULL
 * without MAP_FIXED asks the kernel to choose, which is fine.
 */
static int range_ok(int door, uint64_t a, uint64_t len, int creating)
{
	a = seen(door, a);
	len = seen(door, len);
	uint64_t lo = page_down(a), hi = a + len;

	if (lo >= USER_END)
		return 1;
	if (hi < a || hi + PAGE - 1 < hi)
		return 1;
	hi = page_down(hi + PAGE - 1);
	if (hi == lo)
		hi = lo + PAGE;		/* an unaligned start counts its page */
	if (overlaps(lo, hi, img_lo, img_hi) || overlaps(lo, hi, stk_lo, stk_hi))
		return 0;
	return !(creating && overlaps(lo, hi, 0, img_lo));
}

/* Objects the kernel reads (iovecs, timespecs, paths) are built at the
 * end of the buffer, growing down from the guard page; reset per call. */
static unsigned char *obj_top;

static void *obj(uint64_t size)
{
	obj_top = (unsigned char *)(((uint64_t)obj_top - size) & ~7ul);
	return obj_top;
}

/* ---------------------------------------------------------------- */
/* Values.                                                            */

/* Kernel addresses, which every call must refuse: trapdoor's layout. */
static const uint64_t kernel_addrs[] = {
	0xffffffff80000000ul,		/* the kernel image */
	0xffffffff80100000ul,		/* its text */
	0xffff800000000000ul,		/* the direct map of all RAM */
	0xffff800000100000ul,		/* the kernel, through it */
	0xffffc90000000000ul,		/* the kernel stacks */
};

static const uint64_t bad_addrs[] = {
	0,				/* NULL */
	0xffffffff80100000ul,		/* the kernel's text */
	0xffff800000000000ul,		/* the direct map */
	0x0000800000000000ul,		/* non-canonical, just past user space */
	0x8000000000000000ul,		/* non-canonical */
	USER_TOP,			/* the top of user space */
	USER_TOP - 1,
	0xfffffffffffff000ul,
	0xfffffffffffffffful,
};

static const uint64_t lengths[] = {
	0, 1, 2, 7, 8, 16, 63, 64, 65, 255, 256, 4095, 4096, 4097, 8192,
	65535, 65536, 65537, 1ul << 20, 1ul << 31, 0x7fffffff, 0xffffffff,
	1ul << 32, 1ul << 40, 1ul << 47, 1ul << 63, 0xfffffffffffff000ul,
	0xfffffffffffffffful,
};

static const uint64_t bad_fds[] = {
	3, 4, 5, 6, 7, 8, 9, 63, 64, 255, 256, 999, 1001, 1023, 1024, 1025,
	4096, 65536, 0x7fffffff, 0x80000000, 0xffffffff,
	0xfffffffffffffffful, (uint64_t)-100 /* AT_FDCWD */,
	0x100000001ul /* fd 1 with junk above: only the low 32 bits count */,
};

static uint64_t bad_addr(void)
{
	return pct(25) ? PICK(kernel_addrs) : PICK(bad_addrs);
}

static uint64_t bad_nonnull(void)
{
	return pct(25) ? PICK(kernel_addrs)
		       : bad_addrs[1 + below(N_ELEM(bad_addrs) - 1)];
}

/* A pointer to a structure that must not be read from just anywhere
 * (iovecs, i386 mmap's arguments): through int $0x80 only the low 32
 * bits count, and the kernel's addresses cut to them may be mapped. */
static uint64_t bad_ptr(int door)
{
	static const uint64_t low[] = { 0, 1, 8, 0xfff, 0x1000, 0x10000,
					0x3ffff8 };

	return door == I80 ? PICK(low) : bad_addr();
}

static uint64_t buf_ptr(void)
{
	switch (below(10)) {
	case 0: case 1:		/* the last bytes: lengths run into the guard */
		return (uint64_t)BUF_END - 1 - below(64);
	case 2:			/* the last page */
		return (uint64_t)BUF_END - PAGE + below(PAGE);
	case 3:			/* page aligned */
		return (uint64_t)BUF + below(BUF_SIZE / PAGE) * PAGE;
	case 4:			/* the guard page itself */
		return (uint64_t)mem.guard + below(16);
	default:
		return (uint64_t)BUF + below(BUF_SIZE);
	}
}

static uint64_t arena_ptr(void)
{
	switch (below(6)) {
	case 0:			/* its last pages, or its end */
		return ARENA_BASE + ARENA_SIZE - below(5) * PAGE;
	case 1:			/* not page aligned */
		return ARENA_BASE + below(ARENA_SIZE);
	default:
		return ARENA_BASE + below(ARENA_SIZE / PAGE) * PAGE;
	}
}

/* Mappings the kernel chose (what mmap and mremap returned): memory
 * calls act on them too, and pointers point into them. */
#define POOL	16
static uint64_t pool[POOL];
static unsigned npool;

static uint64_t pool_ptr(void)
{
	uint64_t a = pool[below(npool)];

	return pct(80) ? a : a + below(4) * PAGE + (pct(20) ? below(PAGE) : 0);
}

static uint64_t any_ptr(void)
{
	unsigned r = below(10);

	if (r == 9 && npool)
		return pool_ptr();
	return r < 6 ? buf_ptr() : r < 8 ? arena_ptr() : bad_addr();
}

static uint64_t pick_fd(void)
{
	return pct(60) ? below(3) : PICK(bad_fds);
}

static uint64_t pick_len(void)
{
	return pct(40) ? below(65) : PICK(lengths);
}

/* The generic pool, for any argument. */
static uint64_t pick_any(void)
{
	static const uint64_t pages[] = {
		4095, 4096, 4097, 8191, 8192, 8193, 1ul << 16, 1ul << 20,
		(1ul << 20) + 1, 1ul << 21, 1ul << 30, 1ul << 32,
	};
	static const uint64_t odd[] = {
		0x7fffffff, 0x80000000, 0xffffffff, 0x7ffffffffffffffful,
		0x8000000000000000ul, 0xfffffffffffffffeul, 0xffffffff80000000ul,
		0x100000000ul, 0xffff, 0x10000,
	};

	switch (below(16)) {
	case 0: case 1:	return 0;
	case 2:		return (uint64_t)-1;
	case 3: case 4:	return 1 + below(64);
	case 5:		return pct(50) ? PICK(pages) : PAGE * (1 + below(16));
	case 6:		return bad_addr();
	case 7:		return PICK(lengths);
	case 8: case 9:	return buf_ptr();
	case 10:	return arena_ptr();
	case 11:	return pick_fd();
	case 12:	return PICK(odd);
	case 13:	return (uint64_t)-(int64_t)(1 + below(64));
	case 14:	return rnd() & 0xffffffff;
	default:	return rnd();
	}
}

/* ---------------------------------------------------------------- */
/* What the fuzzer knows of each call: the kind of each argument.       */

enum kind {
	K_ANY,
	/* drawn as the kind most of the time, from the generic pool else */
	K_FD, K_PTR, K_LEN, K_SIG, K_SSZ, K_PID, K_CLOCK, K_RES, K_HOW,
	K_WHENCE, K_FCNTL, K_IOCTL, K_ARCH, K_GRND, K_ATFL, K_OFL, K_DIRFD,
	K_PROT, K_MFLAGS, K_MRFLAGS, K_MADV, K_TFLAGS, K_RLEN, K_PRCTL, K_OFF,
	K_PATH, K_SIGACT, K_STACK, K_RLIM,
	/* always the kind: what keeps the fuzzer alive */
	K_FORCED,
	K_MADDR = K_FORCED,	/* an arena or a bad address */
	K_MLEN,			/* a memory length, checked by range_ok */
	K_BRK,
	K_OLDMMAP,		/* i386 mmap: a pointer to six u32 */
	K_WPTR, K_WLEN,		/* what a write writes: <= 64 bytes */
	K_IOVW, K_IOVR,		/* an iovec array; the count follows it */
	K_TS, K_TV, K_MS,	/* a timeout: timespec, timeval, ms */
	K_OLDSEL,		/* i386 select: a pointer to its arguments */
};

enum {
	F_EXIT = 1,		/* ends the process: skipped */
	F_HAZARD = 2,		/* blocks forever or forks: always skipped */
	F_KILL = 4,		/* skipped when it would signal this process */
	F_MEM = 8,		/* K_MADDR, K_MLEN: a range, checked */
	F_CREATE = 16,		/* ... that may create a mapping */
	F_MREMAP = 32,
	F_OUT = 64,		/* writes to an fd: may leave a partial line */
	F_CLOSE_RANGE = 128,
	F_CLOSES = 256,		/* may close fds 0-2: they are restored */
};

struct spec {
	short nr[2];		/* x86-64, i386; -1: none */
	unsigned short flags;
	unsigned char k[6];
};

#define NONE (-1)
#define BOTH(name)	{ __NR_##name, __NR_ia32_##name }
#define ONLY64(name)	{ __NR_##name, NONE }
#define ONLY32(name)	{ NONE, __NR_ia32_##name }

static const struct spec specs[] = {
	/* leaving */
	{ BOTH(exit), F_EXIT, { 0 } },
	{ BOTH(exit_group), F_EXIT, { 0 } },
	{ BOTH(rt_sigreturn), F_EXIT, { 0 } },
	{ ONLY32(sigreturn), F_EXIT, { 0 } },
	{ BOTH(execve), F_EXIT, { K_PATH, K_PTR, K_PTR } },
	{ BOTH(execveat), F_EXIT, { K_DIRFD, K_PATH, K_PTR, K_PTR, K_ATFL } },
	/* would block forever, fork, or arm a signal: ENOSYS today, but the
	 * fuzzer must not die or hang the day they are written */
	{ BOTH(pause), F_HAZARD, { 0 } },
	{ BOTH(rt_sigsuspend), F_HAZARD, { 0 } },
	{ ONLY32(sigsuspend), F_HAZARD, { 0 } },
	{ BOTH(fork), F_HAZARD, { 0 } },
	{ BOTH(vfork), F_HAZARD, { 0 } },
	{ BOTH(clone), F_HAZARD, { 0 } },
	{ BOTH(clone3), F_HAZARD, { 0 } },
	{ BOTH(alarm), F_HAZARD, { 0 } },
	{ BOTH(setitimer), F_HAZARD, { 0 } },
	{ BOTH(timer_create), F_HAZARD, { 0 } },
	{ BOTH(process_vm_writev), F_HAZARD, { 0 } },
	{ BOTH(process_madvise), F_HAZARD, { 0 } },
	{ BOTH(seccomp), F_HAZARD, { 0 } },
	{ BOTH(rseq), F_HAZARD, { 0 } },
	/* signals to itself */
	{ BOTH(kill), F_KILL, { K_PID, K_SIG } },
	{ BOTH(tkill), F_KILL, { K_PID, K_SIG } },
	{ BOTH(tgkill), F_KILL, { K_PID, K_PID, K_SIG } },
	{ BOTH(rt_sigqueueinfo), F_KILL, { K_PID, K_SIG, K_PTR } },
	{ BOTH(rt_tgsigqueueinfo), F_KILL, { K_PID, K_PID, K_SIG, K_PTR } },
	{ BOTH(pidfd_send_signal), F_KILL, { K_FD, K_SIG, K_PTR } },
	/* memory */
	{ ONLY64(mmap), F_MEM | F_CREATE,
	  { K_MADDR, K_MLEN, K_PROT, K_MFLAGS, K_FD, K_OFF } },
	{ ONLY32(mmap2), F_MEM | F_CREATE,
	  { K_MADDR, K_MLEN, K_PROT, K_MFLAGS, K_FD, K_OFF } },
	{ ONLY32(mmap), F_CREATE, { K_OLDMMAP } },
	{ BOTH(munmap), F_MEM, { K_MADDR, K_MLEN } },
	{ BOTH(mprotect), F_MEM, { K_MADDR, K_MLEN, K_PROT } },
	{ BOTH(pkey_mprotect), F_MEM, { K_MADDR, K_MLEN, K_PROT } },
	{ BOTH(madvise), F_MEM, { K_MADDR, K_MLEN, K_MADV } },
	{ BOTH(msync), F_MEM, { K_MADDR, K_MLEN } },
	{ BOTH(mlock), F_MEM, { K_MADDR, K_MLEN } },
	{ BOTH(munlock), F_MEM, { K_MADDR, K_MLEN } },
	{ BOTH(mlock2), F_MEM, { K_MADDR, K_MLEN } },
	{ BOTH(mincore), F_MEM, { K_MADDR, K_MLEN, K_PTR } },
	{ BOTH(remap_file_pages), F_MEM, { K_MADDR, K_MLEN, K_PROT } },
	{ BOTH(mseal), F_MEM, { K_MADDR, K_MLEN } },
	{ BOTH(map_shadow_stack), F_MEM | F_CREATE, { K_MADDR, K_MLEN } },
	{ BOTH(mremap), F_MREMAP,
	  { K_MADDR, K_MLEN, K_MLEN, K_MRFLAGS, K_MADDR } },
	{ BOTH(brk), 0, { K_BRK } },
	{ BOTH(shmat), 0, { K_ANY, K_MADDR } },
	{ BOTH(shmdt), 0, { K_MADDR } },
	{ ONLY32(ipc), 0, { K_ANY, K_ANY, K_ANY, K_ANY, K_MADDR } },
	/* output */
	{ BOTH(write), F_OUT, { K_FD, K_WPTR, K_WLEN } },
	{ BOTH(pwrite64), F_OUT, { K_FD, K_WPTR, K_WLEN } },
	{ BOTH(writev), F_OUT, { K_FD, K_IOVW } },
	{ BOTH(pwritev), F_OUT, { K_FD, K_IOVW } },
	{ BOTH(pwritev2), F_OUT, { K_FD, K_IOVW } },
	{ BOTH(vmsplice), F_OUT, { K_FD, K_IOVW } },
	{ BOTH(sendfile), F_OUT, { K_FD, K_FD, K_PTR, K_WLEN } },
	{ ONLY32(sendfile64), F_OUT, { K_FD, K_FD, K_PTR, K_WLEN } },
	{ BOTH(splice), F_OUT, { K_FD, K_PTR, K_FD, K_PTR, K_WLEN } },
	{ BOTH(copy_file_range), F_OUT, { K_FD, K_PTR, K_FD, K_PTR, K_WLEN } },
	/* input */
	{ BOTH(read), 0, { K_FD, K_PTR, K_LEN } },
	{ BOTH(readv), 0, { K_FD, K_IOVR } },
	{ BOTH(preadv), 0, { K_FD, K_IOVR } },
	{ BOTH(preadv2), 0, { K_FD, K_IOVR } },
	/* timeouts: never longer than 2 ms */
	{ BOTH(nanosleep), 0, { K_TS, K_PTR } },
	{ BOTH(clock_nanosleep), 0, { K_CLOCK, K_TFLAGS, K_TS, K_PTR } },
	{ ONLY32(clock_nanosleep_time64), 0, { K_CLOCK, K_TFLAGS, K_TS, K_PTR } },
	{ BOTH(poll), 0, { K_PTR, K_ANY, K_MS } },
	{ BOTH(ppoll), 0, { K_PTR, K_ANY, K_TS, K_PTR, K_SSZ } },
	{ ONLY32(ppoll_time64), 0, { K_PTR, K_ANY, K_TS, K_PTR, K_SSZ } },
	{ ONLY64(select), 0, { K_ANY, K_PTR, K_PTR, K_PTR, K_TV } },
	{ ONLY32(_newselect), 0, { K_ANY, K_PTR, K_PTR, K_PTR, K_TV } },
	{ ONLY32(select), 0, { K_OLDSEL } },
	{ BOTH(pselect6), 0, { K_ANY, K_PTR, K_PTR, K_PTR, K_TS, K_PTR } },
	{ ONLY32(pselect6_time64), 0,
	  { K_ANY, K_PTR, K_PTR, K_PTR, K_TS, K_PTR } },
	{ BOTH(rt_sigtimedwait), 0, { K_PTR, K_PTR, K_TS, K_SSZ } },
	{ ONLY32(rt_sigtimedwait_time64), 0, { K_PTR, K_PTR, K_TS, K_SSZ } },
	{ BOTH(futex), 0, { K_PTR, K_ANY, K_ANY, K_TS, K_PTR } },
	{ ONLY32(futex_time64), 0, { K_PTR, K_ANY, K_ANY, K_TS, K_PTR } },
	{ BOTH(futex_waitv), 0, { K_PTR, K_ANY, K_ANY, K_TS, K_CLOCK } },
	{ BOTH(futex_wait), 0, { K_PTR, K_ANY, K_ANY, K_ANY, K_TS, K_CLOCK } },
	{ BOTH(epoll_wait), 0, { K_FD, K_PTR, K_ANY, K_MS } },
	{ BOTH(epoll_pwait), 0, { K_FD, K_PTR, K_ANY, K_MS, K_PTR, K_SSZ } },
	{ BOTH(epoll_pwait2), 0, { K_FD, K_PTR, K_ANY, K_TS, K_PTR, K_SSZ } },
	{ BOTH(io_getevents), 0, { K_ANY, K_ANY, K_ANY, K_PTR, K_TS } },
	{ BOTH(io_pgetevents), 0, { K_ANY, K_ANY, K_ANY, K_PTR, K_TS } },
	{ ONLY32(io_pgetevents_time64), 0, { K_ANY, K_ANY, K_ANY, K_PTR, K_TS } },
	{ ONLY64(semtimedop), 0, { K_ANY, K_PTR, K_ANY, K_TS } },
	{ ONLY32(semtimedop_time64), 0, { K_ANY, K_PTR, K_ANY, K_TS } },
	{ BOTH(mq_timedsend), 0, { K_FD, K_PTR, K_LEN, K_ANY, K_TS } },
	{ BOTH(mq_timedreceive), 0, { K_FD, K_PTR, K_LEN, K_ANY, K_TS } },
	{ ONLY32(mq_timedsend_time64), 0, { K_FD, K_PTR, K_LEN, K_ANY, K_TS } },
	{ ONLY32(mq_timedreceive_time64), 0, { K_FD, K_PTR, K_LEN, K_ANY, K_TS } },
	{ BOTH(recvmmsg), 0, { K_FD, K_PTR, K_ANY, K_ANY, K_TS } },
	{ ONLY32(recvmmsg_time64), 0, { K_FD, K_PTR, K_ANY, K_ANY, K_TS } },
	/* fds */
	{ BOTH(close), F_CLOSES, { K_FD } },
	{ BOTH(close_range), F_CLOSE_RANGE | F_CLOSES, { K_FD, K_FD } },
	{ BOTH(dup), 0, { K_FD } },
	{ BOTH(dup2), 0, { K_FD, K_FD } },
	{ BOTH(dup3), 0, { K_FD, K_FD, K_OFL } },
	{ BOTH(fcntl), 0, { K_FD, K_FCNTL, K_ANY } },
	{ ONLY32(fcntl64), 0, { K_FD, K_FCNTL, K_ANY } },
	{ BOTH(ioctl), 0, { K_FD, K_IOCTL, K_PTR } },
	{ ONLY64(fstat), 0, { K_FD, K_PTR } },
	{ BOTH(lseek), 0, { K_FD, K_ANY, K_WHENCE } },
	{ ONLY64(newfstatat), 0, { K_DIRFD, K_PATH, K_PTR, K_ATFL } },
	{ BOTH(readlink), 0, { K_PATH, K_PTR, K_LEN } },
	{ BOTH(getcwd), 0, { K_PTR, K_LEN } },
	/* signals */
	{ BOTH(rt_sigaction), 0, { K_SIG, K_SIGACT, K_PTR, K_SSZ } },
	{ BOTH(rt_sigprocmask), 0, { K_HOW, K_PTR, K_PTR, K_SSZ } },
	{ BOTH(rt_sigpending), 0, { K_PTR, K_SSZ } },
	{ BOTH(sigaltstack), 0, { K_STACK, K_PTR } },
	/* the rest */
	{ BOTH(uname), 0, { K_PTR } },
	{ BOTH(gettimeofday), 0, { K_PTR, K_PTR } },
	{ BOTH(getrlimit), 0, { K_RES, K_PTR } },
	{ ONLY32(ugetrlimit), 0, { K_RES, K_PTR } },
	{ BOTH(setrlimit), 0, { K_RES, K_RLIM } },
	{ BOTH(prlimit64), 0, { K_PID, K_RES, K_RLIM, K_PTR } },
	{ BOTH(sysinfo), 0, { K_PTR } },
	{ BOTH(arch_prctl), 0, { K_ARCH, K_ANY } },
	{ BOTH(prctl), 0, { K_PRCTL } },
	{ BOTH(time), 0, { K_PTR } },
	{ BOTH(set_tid_address), 0, { K_PTR } },
	{ BOTH(clock_gettime), 0, { K_CLOCK, K_PTR } },
	{ BOTH(clock_getres), 0, { K_CLOCK, K_PTR } },
	{ ONLY32(clock_gettime64), 0, { K_CLOCK, K_PTR } },
	{ ONLY32(clock_getres_time64), 0, { K_CLOCK, K_PTR } },
	{ BOTH(set_robust_list), 0, { K_PTR, K_RLEN } },
	{ BOTH(getrandom), 0, { K_PTR, K_LEN, K_GRND } },
};

static const struct spec no_spec;		/* every argument K_ANY */
static const struct spec *spec_of[2][MAX_NR + 1];

/* ---------------------------------------------------------------- */
/* Building the arguments.                                            */

static int allow_exit;
static long mypid;

static uint64_t pick_sig(void)
{
	static const uint64_t odd[] = { 0, 64, 65, (uint64_t)-1, 0x7fffffff,
					0x80000000, 0x100000009ul };

	return pct(85) ? below(66) : PICK(odd);
}

static uint64_t pick_pid(void)
{
	static const uint64_t pids[] = { 0, 1, 2, (uint64_t)-1, (uint64_t)-2,
					 0x7fffffff, 0x80000000, 4194304,
					 0x100000001ul };

	return pct(30) ? (uint64_t)mypid : PICK(pids);
}

static uint64_t pick_list(const uint64_t *v, unsigned n)
{
	return pct(90) ? v[below(n)] : pick_any();
}
#define FROM(list)	pick_list(list, N_ELEM(list))

static uint64_t pick_mflags(void)
{
	static const uint64_t types[] = { 0x01, 0x02, 0x02, 0x02, 0x02, 0x02,
					  0x03, 0, 0x0f };
	uint64_t f = PICK(types);

	if (pct(85)) f |= MAP_ANONYMOUS;
	if (pct(30)) f |= MAP_FIXED;
	if (pct(10)) f |= MAP_FIXED_NOREPLACE;
	if (pct(10)) f |= 0x4000;		/* MAP_NORESERVE */
	if (pct(5)) f |= 0x8000;		/* MAP_POPULATE */
	if (pct(5)) f |= 0x0100;		/* MAP_GROWSDOWN */
	if (pct(5)) f |= 0x0040;		/* MAP_32BIT */
	if (pct(5)) f |= 1ul << below(64);	/* anything */
	return f;
}

static uint64_t pick_mlen(void)
{
	static const uint64_t v[] = {
		0, 1, 4095, 4096, 4097, 8192, 65536, 1ul << 20, 2ul << 20,
		ARENA_SIZE, ARENA_SIZE + PAGE, 1ul << 30, 1ul << 40, 1ul << 47,
		0x7fffffff, 0x80000000, 0xffffffff, 0xfffffffffffff000ul,
		0xfffffffffffffffful,
	};

	switch (below(4)) {
	case 0:	return PAGE * (1 + below(16));
	case 1:	return below(ARENA_SIZE);
	default: return PICK(v);
	}
}

static uint64_t pick_maddr(void)
{
	unsigned r = below(100);

	if (r < 20 && npool)
		return pool_ptr();
	if (r < 75)
		return arena_ptr();
	return pct(50) ? PICK(kernel_addrs) : bad_addr();
}

/* A path: a string the kernel copies, or no string at all. */
static uint64_t make_path(void)
{
	static const char *const paths[] = {
		"", "/", ".", "..", "/dev/tty", "/proc/self/exe", "/init",
		"/nonexistent", "//./../a/b/c/", "\x01\xff\x7f",
	};
	unsigned r = below(10);

	if (r == 0 && obj_top == BUF_END) {
		/* no NUL before the guard page: EFAULT, or ENAMETOOLONG */
		uint64_t n = pct(50) ? 5000 : 1 + below(64);
		char *p = obj(n);

		memset(p, 'a', BUF_END - (unsigned char *)p);
		return (uint64_t)p;
	}
	if (r == 1) {		/* longer than PATH_MAX */
		char *p = obj(4200);

		memset(p, 'b', 4199);
		p[4199] = 0;
		return (uint64_t)p;
	}
	const char *s = PICK(paths);
	uint64_t n = strlen(s) + 1;
	char *p = obj(n);

	memcpy(p, s, n);
	return (uint64_t)p;
}

static uint64_t make_sigaction(void)
{
	static const uint64_t handlers[] = { 0 /* SIG_DFL */, 1 /* SIG_IGN */,
					     2, 0xffffffff80100000ul,
					     0x0000800000000000ul };
	static const uint64_t flag_bits[] = { 0x4 /* SIGINFO */,
		0x04000000 /* RESTORER */, 0x08000000 /* ONSTACK */,
		0x10000000 /* RESTART */, 0x40000000 /* NODEFER */,
		0x80000000 /* RESETHAND */, 0x1 /* NOCLDSTOP */ };
	uint64_t *sa = obj(32), flags = 0;

	for (unsigned i = below(4); i; i--)
		flags |= PICK(flag_bits);
	if (pct(10))
		flags = rnd();
	sa[0] = pct(70) ? PICK(handlers) : any_ptr();
	sa[1] = flags;
	sa[2] = pct(50) ? any_ptr() : 0;
	sa[3] = pct(50) ? rnd() : 0;
	return (uint64_t)sa;
}

static uint64_t make_stack(void)
{
	static const uint64_t flags[] = { 0, 1 /* SS_ONSTACK */,
		2 /* SS_DISABLE */, 0x80000000 /* SS_AUTODISARM */, 3,
		0xffffffff };
	static const uint64_t sizes[] = { 0, 1, 2047, 2048, 8192, 65536,
		1ul << 40, 0xfffffffffffffffful };
	uint64_t *ss = obj(24);

	ss[0] = any_ptr();
	ss[1] = PICK(flags);
	ss[2] = PICK(sizes);
	return (uint64_t)ss;
}

static uint64_t make_rlimit(int infinite)
{
	static const uint64_t v[] = { 0, 1, 64, 1024, 4096, 8ul << 20,
		0x7fffffffffffffff, 0xfffffffffffffffful /* RLIM_INFINITY */ };
	uint64_t *r = obj(16);

	r[0] = infinite ? (uint64_t)-1 : PICK(v);
	r[1] = infinite ? (uint64_t)-1 : PICK(v);
	return (uint64_t)r;
}

/*
 * A timeout: at most 2 ms, or invalid, or a bad pointer (never NULL,
 * which is "forever" for most of these calls).  Each value also reads as
 * a harmless 32-bit timespec or timeval ({0, 0} or invalid), for the
 * i386 calls that take those.  Through int $0x80 a bad pointer must stay
 * bad in its low 32 bits (0x7fffffffefff is 0xffffefff there, which a
 * random mmap2 may have mapped, with anything in it): so it is one below
 * this program, where nothing is ever mapped.
 */
static uint64_t make_timeout(int door, int timeval)
{
	static const uint64_t low[] = { 1, 8, 0xfff, 0x1000, 0x10000,
					0x3ffff8 };

	static const int64_t ns[] = { 0, 1, 999, 1000, 100000, 1000000, 2000000 };
	static const int64_t us[] = { 0, 1, 10, 100, 1000, 2000 };
	static const int64_t bad[][2] = {
		{ 0, 1000000000 }, { 0, -1 }, { -1, 0 }, { -1, -1 },
		{ 0x7fffffffffffffff, -1 }, { (int64_t)0x8000000000000000ul, 0 },
	};
	unsigned r = below(100);

	if (r < 10)
		return door == I80 ? PICK(low) : bad_nonnull();
	if (r < 15 && obj_top == BUF_END) {	/* its second half in the guard */
		memset(BUF_END - 8, 0, 8);
		return (uint64_t)(BUF_END - 8);
	}
	if (r < 18)
		return (uint64_t)mem.guard;
	int64_t *t = obj(16);

	if (r < 85) {
		t[0] = 0;
		t[1] = timeval ? PICK(us) : PICK(ns);
	} else {
		unsigned i = below(N_ELEM(bad));

		t[0] = bad[i][0];
		t[1] = bad[i][1];
		if (timeval && i == 0)
			t[1] = 1000000;
	}
	return (uint64_t)t;
}

/* Bytes of the buffer a random write may print: no control characters
 * (an escape sequence would garble a terminal), '.' instead. */
static void tame(int door, uint64_t p, uint64_t len)
{
	p = seen(door, p);
	len = seen(door, len);
	for (uint64_t i = 0; i < len && i < 64; i++) {
		unsigned char *c = (unsigned char *)(p + i);

		if (c < BUF || c >= BUF_END)
			break;
		if ((*c < 0x20 && *c != '\n' && *c) || *c >= 0x7f)
			*c = '.';
	}
}

/* An iovec array, built just before the guard page (it is the first
 * object of a call): a count past its end reads the guard, EFAULT.  For
 * a write, the entries that point at memory that may be mapped carry 64
 * bytes at most in all; the others may say anything. */
static void make_iov(int door, int write, uint64_t *ptr, uint64_t *cnt)
{
	static const uint64_t huge[] = { 1024, 1025, 0xffffffff, 0x7fffffff,
		0xfffffffffffffffful, 0x100000001ul };
	unsigned n = below(9), esz = door == I80 ? 8 : 16;
	uint64_t budget = 64;

	if (pct(10)) {
		*ptr = pct(80) ? bad_ptr(door) : (uint64_t)mem.guard;
		*cnt = 1 + below(8);
		return;
	}
	unsigned char *v = obj(n * esz);

	for (unsigned i = 0; i < n; i++) {
		uint64_t base = pct(80) ? (pct(85) ? buf_ptr() : arena_ptr())
					: bad_addr();
		uint64_t len = pick_len();

		if (write && !is_bad(door, base)) {
			if (seen(door, len) > budget)
				len = below(budget + 1);
			budget -= seen(door, len);
			tame(door, base, len);
		}
		if (door == I80) {
			((uint32_t *)v)[2 * i] = (uint32_t)base;
			((uint32_t *)v)[2 * i + 1] = (uint32_t)len;
		} else {
			((uint64_t *)v)[2 * i] = base;
			((uint64_t *)v)[2 * i + 1] = len;
		}
	}
	*ptr = (uint64_t)v;
	switch (below(10)) {
	case 0:		*cnt = n + 1 + below(4); break;	/* into the guard */
	case 1:		*cnt = 0; break;
	case 2:		*cnt = PICK(huge); break;
	default:	*cnt = n;
	}
}

/* Memory ranges: redraw the length until range_ok, else give up on the
 * address (a kernel one, which any kernel must refuse). */
static void fix_range(int door, uint64_t *a, uint64_t *len, int creating)
{
	for (int i = 0; i < 8 && !range_ok(door, *a, *len, creating); i++)
		*len = pick_mlen();
	if (!range_ok(door, *a, *len, creating))
		*a = 0xffffffff80100000ul;
}

static int fixed_map(uint64_t flags)
{
	return (flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) != 0;
}

/* mremap(old, old_len, new_len, flags, new): the old range may be
 * unmapped, the new one (with MREMAP_FIXED, or any non-NULL new address)
 * mapped over.  Growing in place needs free room, so it clobbers nothing. */
static int mremap_ok(int door, const uint64_t a[6])
{
	if (!range_ok(door, a[0], a[1], 0))
		return 0;
	if (seen(door, a[4]) == 0 && !(a[3] & MREMAP_FIXED))
		return 1;
	return range_ok(door, a[4], a[2], 1);
}

static void fix_mremap(int door, uint64_t a[6])
{
	for (int i = 0; i < 8 && !mremap_ok(door, a); i++) {
		a[1] = pick_mlen();
		a[2] = pick_mlen();
	}
	if (!mremap_ok(door, a)) {
		a[0] = 0xffffffff80100000ul;
		a[4] = 0xffffffff80100000ul;
	}
}

/* mmap's address: NULL without MAP_FIXED asks the kernel to choose. */
static void fix_mmap(int door, uint64_t *a, uint64_t *len, uint64_t flags)
{
	if (seen(door, *a) == 0 && !fixed_map(flags))
		return;
	fix_range(door, a, len, 1);
}

/* i386 mmap: six u32 in memory. */
static uint64_t make_oldmmap(void)
{
	if (pct(15))
		return pct(50) ? bad_ptr(I80) : (uint64_t)mem.guard;
	uint64_t a = pick_maddr(), len = pick_mlen(), flags = pick_mflags();

	fix_mmap(I80, &a, &len, flags);
	uint32_t *m = obj(24);

	m[0] = (uint32_t)a;
	m[1] = (uint32_t)len;
	m[2] = below(8);
	m[3] = (uint32_t)flags;
	m[4] = (uint32_t)pick_fd();
	m[5] = pct(80) ? 0 : (uint32_t)pick_any();
	return (uint64_t)m;
}

/* i386 select: n, in, out, ex, tvp as five u32 in memory. */
static uint64_t make_oldsel(void)
{
	if (pct(15))
		return pct(50) ? bad_ptr(I80) + 8 : (uint64_t)mem.guard;
	uint64_t tv = make_timeout(I80, 1);
	uint32_t *s = obj(20);

	s[0] = below(70);
	for (int i = 1; i < 4; i++)
		s[i] = (uint32_t)(pct(30) ? 0 : any_ptr());
	s[4] = (uint32_t)tv;
	return (uint64_t)s;
}

static uint64_t pick_kind(int door, enum kind k)
{
	static const uint64_t clocks[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
		11, 12, 16, (uint64_t)-1, (uint64_t)-6, 0x7fffffff };
	static const uint64_t res[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
		12, 13, 14, 15, 16, 0x7fffffff, (uint64_t)-1 };
	static const uint64_t how[] = { 0, 1, 2, 3, (uint64_t)-1 };
	static const uint64_t whence[] = { 0, 1, 2, 3, 4, 5, (uint64_t)-1 };
	static const uint64_t fcntl_cmds[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
		10, 11, 1024, 1025, 1026, 1030, 1031, 1033, 1034,
		(uint64_t)-1 };
	static const uint64_t ioctls[] = { 0x5401, 0x5402, 0x5403, 0x5404,
		0x5405, 0x540f, 0x5410, 0x5413, 0x5414, 0x541b, 0x5421,
		0x5422, 0x80045432, 0x40045431, 0, (uint64_t)-1 };
	static const uint64_t arch[] = { 0x1001, 0x1002, 0x1003, 0x1004,
		0x1011, 0x1012, 0x1021, 0x1022, 0x1023, 0x2001, 0x2002,
		0x2003, 0x4001, 0x4002, 0x4003, 0x5001, 0, (uint64_t)-1 };
	static const uint64_t grnd[] = { 0, 1, 2, 3, 4, 5, 7, 8,
					 (uint64_t)-1 };
	static const uint64_t atfl[] = { 0, 0, 0x100, 0x200, 0x400, 0x800,
		0x1000, 0x1000, 0x1000, 0x1100, 0x6000, (uint64_t)-1 };
	static const uint64_t ofl[] = { 0, 0, 0, 0x80000 /* O_CLOEXEC */,
					0x80000, 1, 0x800, (uint64_t)-1 };
	static const uint64_t dirfd[] = { (uint64_t)-100, 0, 1, 2, 3, 9,
					  (uint64_t)-1 };
	static const uint64_t prot[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8,
		0x01000000 /* GROWSDOWN */, 0x02000000 /* GROWSUP */, 0x01000003,
		(uint64_t)-1 };
	static const uint64_t mrflags[] = { 0, 0, 1, 1, 1, 1, 3, 3, 5, 2, 4, 7,
					    8 };
	static const uint64_t madv[] = { 0, 1, 2, 3, 4, 4, 4, 4, 8, 8, 8,
		5, 9, 10, 11, 12,
		13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 100, 101,
		(uint64_t)-1 };
	static const uint64_t tflags[] = { 0, 0, 1 /* TIMER_ABSTIME */, 2,
					   (uint64_t)-1 };
	static const uint64_t ssz[] = { 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8,
					0, 4, 16, 128 };
	static const uint64_t rlen[] = { 24, 24, 24, 24, 24, 24, 24, 0, 23,
					 25, 4096 };

	if (k < K_FORCED && k != K_ANY && pct(10))
		return pick_any();
	switch (k) {
	case K_FD:	return pick_fd();
	case K_PTR:	return any_ptr();
	case K_LEN:	return pick_len();
	case K_SIG:	return pick_sig();
	case K_SSZ:	return PICK(ssz);
	case K_PID:	return pick_pid();
	case K_CLOCK:	return FROM(clocks);
	case K_RES:	return FROM(res);
	case K_HOW:	return FROM(how);
	case K_WHENCE:	return FROM(whence);
	case K_FCNTL:	return FROM(fcntl_cmds);
	case K_IOCTL:	return FROM(ioctls);
	case K_ARCH:	return FROM(arch);
	case K_GRND:	return FROM(grnd);
	case K_ATFL:	return FROM(atfl);
	case K_OFL:	return FROM(ofl);
	case K_DIRFD:	return pct(50) ? FROM(dirfd) : pick_fd();
	case K_PROT:	return FROM(prot);
	case K_MFLAGS:	return pick_mflags();
	case K_MRFLAGS:	return FROM(mrflags);
	case K_MADV:	return FROM(madv);
	case K_TFLAGS:	return FROM(tflags);
	case K_RLEN:	return PICK(rlen);
	case K_OFF:	return pct(80) ? 0 : pct(50) ? PAGE * below(16) : pick_any();
	case K_PRCTL:	return pct(80) ? 1 + below(80) : pick_any();
	case K_PATH:	return pct(85) ? make_path() : any_ptr();
	case K_SIGACT:	return pct(85) ? make_sigaction() : any_ptr();
	case K_STACK:	return pct(85) ? make_stack() : any_ptr();
	case K_RLIM:	return pct(85) ? make_rlimit(0) : any_ptr();
	case K_MADDR:	return pick_maddr();
	case K_MLEN:	return pick_mlen();
	case K_BRK:	return pct(70) ? arena_ptr() : bad_addr();
	case K_OLDMMAP:	return make_oldmmap();
	case K_WPTR:	return any_ptr();
	case K_WLEN:	return pick_len();
	case K_TS:	return make_timeout(door, 0);
	case K_TV:	return make_timeout(door, 1);
	case K_MS:	return below(3);
	case K_OLDSEL:	return make_oldsel();
	case K_IOVW:
	case K_IOVR:		/* made by make_iov */
	case K_ANY:
	default:	return pick_any();
	}
}

static int selfish(uint64_t v)
{
	int32_t p = (int32_t)v;

	return p == 0 || p == 1 || p == -1 || p == mypid || p == -mypid;
}

/* Skip counters, by reason. */
static uint64_t skip_exit, skip_kill, skip_hazard;

/*
 * The arguments of one call of `nr` (already cut to what the kernel
 * sees) through `door`.  Returns 0 when the call is to be skipped.
 */
static int make_args(int door, uint32_t nr, const struct spec *s,
		     uint64_t a[6])
{
	int iov = -1, wptr = -1;

	obj_top = BUF_END;
	if ((s->flags & F_EXIT) && !allow_exit) {
		skip_exit++;
		return 0;
	}
	if (s->flags & F_HAZARD) {
		skip_hazard++;
		return 0;
	}
	/* an iovec array first: it must sit right before the guard page */
	for (int i = 0; i < 5; i++)
		if (s->k[i] == K_IOVW || s->k[i] == K_IOVR) {
			make_iov(door, s->k[i] == K_IOVW, &a[i], &a[i + 1]);
			iov = i;
		}
	for (int i = 0; i < 6; i++) {
		if (iov >= 0 && (i == iov || i == iov + 1))
			continue;
		a[i] = pick_kind(door, s->k[i]);
		if (s->k[i] == K_WPTR)
			wptr = i;
	}
	/* no argument is the output fd, or points into this program */
	for (int i = 0; i < 6; i++) {
		if ((uint32_t)a[i] == FD_OUT)
			a[i] ^= 1;
		if (forbidden_ptr(door, a[i]))
			a[i] = 0xffff800000000000ul;
	}
	/* the classes */
	if (s->flags & F_KILL) {
		int self = 1, sig = 0;

		for (int i = 0; i < 6; i++) {
			if (s->k[i] == K_PID)
				self &= selfish(a[i]);
			if (s->k[i] == K_SIG)
				sig = (int32_t)a[i] >= 1 && (int32_t)a[i] <= 64;
		}
		if (self && sig && !allow_exit) {
			skip_kill++;
			return 0;
		}
	}
	if (s->flags & F_MEM) {
		if (s->flags & F_CREATE)
			fix_mmap(door, &a[0], &a[1], a[3]);
		else
			fix_range(door, &a[0], &a[1], 0);
	}
	if (s->flags & F_MREMAP)
		fix_mremap(door, a);
	for (int i = 0; i < 6; i++) {
		if (s->k[i] != K_WLEN)
			continue;
		if (seen(door, a[i]) > 64 && (wptr < 0 || !is_bad(door, a[wptr])))
			a[i] = below(65);
		if (wptr >= 0)
			tame(door, a[wptr], a[i]);
	}
	/* RLIMIT_CPU: a limit would end the run with SIGXCPU */
	for (int i = 0; i < 5; i++)
		if (s->k[i] == K_RES && (uint32_t)a[i] == RLIMIT_CPU &&
		    s->k[i + 1] == K_RLIM && !is_bad(door, a[i + 1]))
			a[i + 1] = make_rlimit(1);
	if (nr == (door == SC ? __NR_prctl : __NR_ia32_prctl) &&
	    (uint32_t)a[0] == PR_SET_SECCOMP)
		a[0] = PR_GET_SECCOMP;
	if ((s->flags & F_CLOSE_RANGE) && (uint32_t)a[0] <= FD_OUT &&
	    (uint32_t)a[1] >= FD_OUT) {
		if ((uint32_t)a[0] < FD_OUT)
			a[1] = FD_OUT - 1;
		else
			a[0] = FD_OUT + 1;
	}
	return 1;
}

/* ---------------------------------------------------------------- */
/* Output, through fd 1000 only.                                      */

static int dirty;	/* a random write may have left a partial line */

static void put(const char *p, long n)
{
	int tries = 0;

	while (n > 0) {
		long r = __sc3(__NR_write, FD_OUT, (long)p, n);

		if (r > 0) {
			p += r;
			n -= r;
		} else if ((r == -EINTR || r == -EAGAIN || r == 0) &&
			   ++tries < 1000) {
			continue;
		} else {
			for (;;)	/* the output is gone: nothing to say */
				__sc1(__NR_exit_group, 3);
		}
	}
}

__attribute__((format(printf, 1, 2)))
static void say(const char *fmt, ...)
{
	static char line[1024];
	int n = 0;
	va_list ap;

	if (dirty) {
		line[n++] = '\n';
		dirty = 0;
	}
	va_start(ap, fmt);
	int m = td_vsnprintf(line + n, sizeof(line) - n, fmt, ap);
	va_end(ap);
	if (m > (int)sizeof(line) - n - 1)
		m = sizeof(line) - n - 1;
	put(line, n + m);
}

static const char *errno_name(int e)
{
	static const char *const names[] = {
		[1] = "EPERM", [2] = "ENOENT", [3] = "ESRCH", [4] = "EINTR",
		[5] = "EIO", [6] = "ENXIO", [7] = "E2BIG", [8] = "ENOEXEC",
		[9] = "EBADF", [10] = "ECHILD", [11] = "EAGAIN", [12] = "ENOMEM",
		[13] = "EACCES", [14] = "EFAULT", [16] = "EBUSY",
		[17] = "EEXIST", [19] = "ENODEV", [20] = "ENOTDIR",
		[21] = "EISDIR", [22] = "EINVAL", [23] = "ENFILE",
		[24] = "EMFILE", [25] = "ENOTTY", [27] = "EFBIG",
		[28] = "ENOSPC", [29] = "ESPIPE", [32] = "EPIPE",
		[33] = "EDOM", [34] = "ERANGE", [36] = "ENAMETOOLONG",
		[38] = "ENOSYS", [40] = "ELOOP", [61] = "ENODATA",
		[75] = "EOVERFLOW", [88] = "ENOTSOCK", [95] = "EOPNOTSUPP",
		[110] = "ETIMEDOUT",
	};

	return e > 0 && e < (int)N_ELEM(names) ? names[e] : 0;
}

/* ---------------------------------------------------------------- */

static uint64_t parse_num(const char *s, int *ok)
{
	uint64_t v = 0;
	unsigned base = 10;

	*ok = *s != 0;
	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
		*ok = *s != 0;
	}
	for (; *s; s++) {
		unsigned d;

		if (*s >= '0' && *s <= '9')
			d = *s - '0';
		else if (base == 16 && *s >= 'a' && *s <= 'f')
			d = *s - 'a' + 10;
		else if (base == 16 && *s >= 'A' && *s <= 'F')
			d = *s - 'A' + 10;
		else {
			*ok = 0;
			return 0;
		}
		v = v * base + d;
	}
	return v;
}

static void usage(void)
{
	printf("usage: fuzz [-v] [--from K] [--allow-exit] [N [SEED]]\n"
	       "  N calls (default 20000) from SEED (default 1); -v prints "
	       "each call,\n  --from K from call K on; --allow-exit lets "
	       "exit and self-kills through\n");
	exit(2);
}

/* The number of one call: mostly a real one of the door's table. */
static uint64_t pick_nr(int door, const uint16_t *live, unsigned nlive)
{
	unsigned max = door == SC ? MAX_NR64 : MAX_NR32;

	if (pct(85))
		return nlive && pct(50) ? live[below(nlive)] : below(max + 1);
	switch (below(7)) {
	case 0:	return (uint64_t)-(int64_t)(1 + below(pct(50) ? 8 : 1u << 20));
	case 1:	return max + 1 + below(600 - max);
	case 2:	return X32_BIT | below(600);
	case 3:	return pct(50) ? 0x7fffffff : 0xffffffff;
	case 4:	return 0x80000000u | below(600);
	case 5:	/* junk above a real number: only the low 32 bits count */
		return (rnd() & ~0xfffffffful) | below(max + 1);
	default: return rnd();
	}
}

/* A mapping the kernel made: into the pool, unless it covers this
 * program, which is a kernel bug (returns 0 then). */
static int new_mapping(int door, long ret)
{
	uint64_t a = seen(door, (uint64_t)ret);

	if (ret < 0 && ret >= -4095)
		return 1;
	if (a == 0 || a >= USER_TOP || (a & (PAGE - 1)))
		return 1;
	if (!range_ok(door, a, PAGE, 0)) {
		say("fuzz: FAIL: the kernel mapped 0x%lx, inside this program "
		    "(image 0x%lx-0x%lx, stack 0x%lx-0x%lx)\n", a, img_lo,
		    img_hi, stk_lo, stk_hi);
		return 0;
	}
	pool[npool < POOL ? npool++ : below(POOL)] = a;
	return 1;
}

/* fds 0-2, if a close took them: else every fd call would be EBADF. */
static void restore_fds(int verbose, uint64_t i)
{
	for (int fd = 0; fd < 3; fd++) {
		if (__sc2(__NR_fcntl, fd, 1 /* F_GETFD */) >= 0)
			continue;
		if (verbose)
			say("#%lu: fd %d is closed: dup2(%d, %d)\n", i, fd,
			    FD_OUT, fd);
		__sc2(__NR_dup2, FD_OUT, fd);
	}
}

/* Which registers the kernel changed that it must not have: all but rax,
 * and rcx and r11 for `syscall`.  The first few are reported. */
static uint64_t regs_changed;

static int check_regs(int d, const struct regs *in, const struct regs *out,
		      uint64_t i, uint64_t raw)
{
	int bad = 0;

	for (int r = 0; r < NREG; r++) {
		if (r == RAX || (d == SC && (r == RCX || r == R11)) ||
		    in->r[r] == out->r[r])
			continue;
		if (regs_changed + bad++ < 10)
			say("fuzz: FAIL: call #%lu (%s %ld) changed %s: 0x%lx -> "
			    "0x%lx\n", i, door_name[d], (long)raw, reg_name[r],
			    in->r[r], out->r[r]);
	}
	for (int x = 0; x < 16; x++) {
		if (in->xmm[x][0] == out->xmm[x][0] &&
		    in->xmm[x][1] == out->xmm[x][1])
			continue;
		if (regs_changed + bad++ < 10)
			say("fuzz: FAIL: call #%lu (%s %ld) changed xmm%d\n", i,
			    door_name[d], (long)raw, x);
	}
	return bad;
}

static int canary_ok(void)
{
	for (unsigned i = 0; i < PAGE; i++)
		if (mem.canary[i] != (unsigned char)(0xa5 ^ i))
			return 0;
	return 1;
}

/* A sum of this program's text and read-only data. */
extern char etext[];

static uint64_t text_sum(void)
{
	uint64_t sum = 0;

	for (const uint64_t *p = (const uint64_t *)img_lo;
	     p < (const uint64_t *)page_down((uint64_t)etext); p++)
		sum = (sum + *p) * 31;
	return sum;
}

/*
 * Did the kernel change this program's memory behind its back (a frame
 * freed while still mapped, and used again)?  The generator's state is
 * kept in .bss and on the stack, and is never 0; the canary page never
 * changes; the text's sum is checked at each tenth.
 */
static uint64_t text_sum0;

static int memory_ok(int full, uint64_t i)
{
	const char *what = 0;

	if (rng != *rng_mirror || !rng)
		what = "the generator's state";
	else if (full && !canary_ok())
		what = "the page before the buffer";
	else if (full && text_sum() != text_sum0)
		what = "its text";
	if (!what)
		return 1;
	say("fuzz: FAIL: the fuzzer's memory changed under it (%s), after "
	    "call #%lu\n", what, i);
	return 0;
}

static long now_ms(void)
{
	int64_t ts[2];

	if (__sc2(__NR_clock_gettime, CLOCK_MONOTONIC, (long)ts))
		return 0;
	return ts[0] * 1000 + ts[1] / 1000000;
}

int main(int argc, char **argv)
{
	uint64_t n = 20000, seed = 1, from = (uint64_t)-1;
	int npos = 0, ok;

	for (int i = 1; i < argc; i++) {
		const char *s = argv[i];

		if (!strcmp(s, "-v")) {
			from = 0;
		} else if (!strcmp(s, "--from") && i + 1 < argc) {
			from = parse_num(argv[++i], &ok);
			if (!ok)
				usage();
		} else if (!strcmp(s, "--allow-exit")) {
			allow_exit = 1;
		} else if (s[0] == '-' || npos == 2) {
			usage();
		} else {
			uint64_t v = parse_num(s, &ok);

			if (!ok)
				usage();
			if (npos++ == 0)
				n = v;
			else
				seed = v;
		}
	}

	/* The regions no call may touch. */
	int here;
	uint64_t mirror;

	rng_mirror = &mirror;

	img_lo = page_down((uint64_t)__executable_start);
	img_hi = page_down((uint64_t)_end + PAGE - 1) + PAGE;
	stk_hi = page_down((uint64_t)&here) + (1ul << 20);
	stk_lo = page_down((uint64_t)&here) - (8ul << 20) - (512ul << 10);
	if (stk_hi > USER_TOP)
		stk_hi = USER_TOP;

	/* The output fd, the guard page, the canary, the arena. */
	long r = sc_dup2(1, FD_OUT);

	if (r != FD_OUT) {
		printf("fuzz: dup2(1, %d) = %ld\n", FD_OUT, r);
		return 2;
	}
	r = sc_mprotect(mem.guard, PAGE, PROT_NONE);
	if (r) {
		say("fuzz: mprotect of the guard page = %ld\n", r);
		return 2;
	}
	for (unsigned i = 0; i < PAGE; i++)
		mem.canary[i] = (unsigned char)(0xa5 ^ i);
	r = sc_mmap(ARENA_BASE, ARENA_SIZE, PROT_NONE,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if ((uint64_t)r != ARENA_BASE) {
		say("fuzz: mmap of the arena at 0x%lx = %ld\n", ARENA_BASE, r);
		return 2;
	}
	mypid = sc_getpid();

	/* What the fuzzer knows of each number. */
	for (unsigned i = 0; i < N_ELEM(specs); i++)
		for (int d = 0; d < 2; d++)
			if (specs[i].nr[d] >= 0 && specs[i].nr[d] <= MAX_NR)
				spec_of[d][specs[i].nr[d]] = &specs[i];

	seed_rng(seed);
	text_sum0 = text_sum();
	say("fuzz: seed %lu, %lu calls%s\n", seed, n,
	    allow_exit ? ", exits allowed" : "");

	static uint16_t live[2][MAX_NR + 1];
	static unsigned char is_live[2][MAX_NR + 1], hit[2][MAX_NR + 1];
	static uint64_t errs[NERR];
	unsigned nlive[2] = { 0, 0 };
	uint64_t calls = 0, by_door[2] = { 0, 0 }, out_of_range = 0;
	uint64_t errors = 0, other_err = 0, next_mark = n / 10;
	unsigned tenth = 1;
	long t0 = now_ms();

	while (calls < n) {
		int door = pct(80) ? SC : I80;
		uint64_t raw = pick_nr(door, live[door], nlive[door]);
		uint32_t eff = (uint32_t)raw, nr = eff;
		unsigned max = door == SC ? MAX_NR64 : MAX_NR32;
		uint64_t a[6];

		/* an x32 number: shaped as its x86-64 call, in case the
		 * kernel ever drops the bit instead of refusing it */
		if (door == SC && (nr & X32_BIT) && (nr & ~X32_BIT) <= max)
			nr &= ~X32_BIT;
		const struct spec *s = nr <= max && spec_of[door][nr] ?
				       spec_of[door][nr] : &no_spec;

		if (!make_args(door, nr, s, a))
			continue;
		if (calls >= from)
			say("#%lu %s %ld(0x%lx, 0x%lx, 0x%lx, 0x%lx, 0x%lx, 0x%lx)\n",
			    calls, door_name[door], (long)raw, a[0], a[1],
			    a[2], a[3], a[4], a[5]);
		static const int arg_reg[2][6] = {
			{ RDI, RSI, RDX, R10, R8, R9 },
			{ RBX, RCX, RDX, RSI, RDI, RBP },
		};
		static struct regs in, out;

		for (int i = 0; i < NREG; i++)
			in.r[i] = rnd();
		for (int i = 0; i < 16; i++) {
			in.xmm[i][0] = rnd();
			in.xmm[i][1] = rnd();
		}
		in.r[RAX] = raw;
		for (int i = 0; i < 6; i++)
			in.r[arg_reg[door][i]] = a[i];
		long ret = fuzz_door(&in, &out, door == I80);

		if (!(s->flags & F_EXIT))
			regs_changed += check_regs(door, &in, &out, calls, raw);

		if ((s->flags & F_OUT) && ret > 0)
			dirty = 1;
		if (calls >= from)
			say("#%lu = %ld\n", calls, ret);
		if ((s->flags & (F_CREATE | F_MREMAP)) && !new_mapping(door, ret))
			return 1;
		if (s->flags & F_CLOSES)
			restore_fds(calls >= from, calls);
		calls++;
		by_door[door]++;
		if (eff <= max) {
			hit[door][eff] = 1;
			if (ret != -ENOSYS && !is_live[door][eff]) {
				is_live[door][eff] = 1;
				live[door][nlive[door]++] = eff;
			}
		} else {
			out_of_range++;
		}
		if (ret < 0 && ret >= -4095) {
			errors++;
			if (-ret < NERR)
				errs[-ret]++;
			else
				other_err++;
		}
		if (!memory_ok(calls == next_mark, calls - 1))
			return 1;
		if (calls == next_mark && tenth <= 10) {
			say("fuzz: %u%%: %lu calls, %lu EFAULT, %lu ENOSYS, "
			    "%lu skipped\n", tenth * 10, calls, errs[EFAULT],
			    errs[ENOSYS], skip_exit + skip_kill + skip_hazard);
			tenth++;
			next_mark = n * tenth / 10;
		}
	}

	long ms = now_ms() - t0;
	unsigned distinct = 0, nl = nlive[SC] + nlive[I80];

	for (int d = 0; d < 2; d++)
		for (unsigned i = 0; i <= MAX_NR; i++)
			distinct += hit[d][i];
	if (!memory_ok(1, calls - 1))
		return 1;
	say("fuzz: seed %lu, %lu calls, %u distinct numbers, %lu errors "
	    "(-errno), %lu faults survived (-EFAULT), %lu ENOSYS, %lu skipped\n",
	    seed, calls, distinct, errors, errs[EFAULT], errs[ENOSYS],
	    skip_exit + skip_kill + skip_hazard);
	say("fuzz: %lu through syscall, %lu through int $0x80, %lu out of "
	    "the tables; %u (door, number) pairs answered other than ENOSYS\n",
	    by_door[SC], by_door[I80], out_of_range, nl);
	say("fuzz: skipped %lu exits, %lu signals to itself, %lu hazards\n",
	    skip_exit, skip_kill, skip_hazard);

	static char line[1024];
	int len = td_snprintf(line, sizeof(line), "fuzz: errors:");

	for (int e = 1; e < NERR; e++) {
		if (!errs[e] || len >= (int)sizeof(line) - 32)
			continue;
		const char *name = errno_name(e);

		if (name)
			len += td_snprintf(line + len, sizeof(line) - len,
					   " %s %lu", name, errs[e]);
		else
			len += td_snprintf(line + len, sizeof(line) - len,
					   " E%d %lu", e, errs[e]);
	}
	if (other_err)
		len += td_snprintf(line + len, sizeof(line) - len, " other %lu",
				   other_err);
	say("%s\n", line);
	say("fuzz: %lu calls in %ld.%03ld s\n", calls, ms / 1000, ms % 1000);
	if (regs_changed) {
		say("fuzz: FAIL: the kernel changed %lu registers it must keep\n",
		    regs_changed);
		say("fuzz: done\n");
		return 1;
	}
	say("fuzz: done\n");
	return 0;
}
