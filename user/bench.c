/*
 * bench: what one kernel crossing costs, in guest instructions.
 *
 * One static program for both kernels, built with
 *
 *	musl-gcc -static -O2 -o build/bench/bench user/bench.c
 *
 * (not with trapdoor's user runtime), so that the very same file runs on
 * trapdoor (tools/trapdoor-run) and on Linux (as /init of an initramfs);
 * tools/bench-syscalls does both and prints the table.
 *
 * The clock: under QEMU with `-icount shift=0,sleep=off` the guest's TSC
 * advances by one per guest instruction, so `lfence; rdtsc` around a loop
 * of N system calls counts the instructions executed, in user mode and in
 * the kernel, exactly and the same way on every run.  From each loop we
 * subtract an empty loop of the same shape (the same instructions, minus
 * the one that enters the kernel), so what is left is the kernel's share
 * plus the trapping instruction itself.  Each figure is the median of REPS
 * repetitions of N calls, divided by N: a timer interrupt that lands in a
 * repetition adds its handler's instructions there, and the median drops
 * it.  Without -icount (or on real hardware) the same numbers are TSC
 * ticks per call, which is no longer an instruction count.
 *
 * The figures, one "name value" line each (value = instructions per call):
 *
 *	getpid_syscall   getpid (39) through `syscall`
 *	enosys_syscall   number 500 through `syscall`: unassigned on both
 *	                 kernels (Linux's x86-64 table ends below 500 and x32
 *	                 starts at 512), so it is the -ENOSYS path: entry,
 *	                 the range check, exit
 *	getpid_int80     getpid (20) through `int $0x80`, the i386 door (Linux
 *	                 needs CONFIG_IA32_EMULATION, which Debian's has)
 *	write_devnull    a 1-byte write to /dev/null, when it can be opened;
 *	                 trapdoor has no file system, so there it prints
 *	                 "write_devnull skipped"
 *
 * The calls are raw `syscall` / `int $0x80` in inline asm, never libc's
 * wrappers, so both kernels run exactly the same user instructions.
 *
 * As pid 1 on Linux (rdinit=/init) it mounts devtmpfs on /dev (for
 * /dev/null and, when the kernel could not open one, /dev/console for
 * stdout), and at the end powers the machine off with reboot(2): init must
 * never exit there, the kernel would panic.  On trapdoor it is pid 1 as
 * well, but mount and reboot are -ENOSYS: it just exits 0.
 */
#include <stdint.h>
#include <stdio.h>

#define N	10000	/* calls per repetition */
#define REPS	11	/* repetitions; the figure is their median */

/* Linux's x86-64 numbers (trapdoor uses the same table). */
#define NR_write	1
#define NR_open		2
#define NR_getpid	39
#define NR_fcntl	72
#define NR_dup2		33
#define NR_exit_group	231
#define NR_mount	165
#define NR_reboot	169
#define NR_UNASSIGNED	500	/* -ENOSYS on both kernels */
#define NR32_getpid	20	/* the i386 table, for int $0x80 */

#define ENOSYS		38
#define O_WRONLY	1
#define O_RDWR		2
#define F_GETFD		1

#define LINUX_REBOOT_MAGIC1		0xfee1deadUL
#define LINUX_REBOOT_MAGIC2		672274793UL
#define LINUX_REBOOT_CMD_POWER_OFF	0x4321fedcUL

/* A raw system call through `syscall`, for the set-up (not measured). */
static long sys(long nr, long a, long b, long c, long d, long e)
{
	register long r10 asm("r10") = d;
	register long r8 asm("r8") = e;
	long ret;

	asm volatile("syscall"
		     : "=a"(ret)
		     : "0"(nr), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8)
		     : "rcx", "r11", "memory");
	return ret;
}

/* The same through `int $0x80` (i386 numbers and registers). */
static long sys32(long nr)
{
	long ret;

	asm volatile("int $0x80"
		     : "=a"(ret)
		     : "0"(nr)
		     : "r8", "r9", "r10", "r11", "memory");
	return ret;
}

static inline uint64_t tsc(void)
{
	uint32_t lo, hi;

	asm volatile("lfence; rdtsc" : "=a"(lo), "=d"(hi) :: "memory");
	return (uint64_t)hi << 32 | lo;
}

/*
 * LOOP(fn, body, clobbers...): fn(n, a0, a1) runs BODY n times and returns
 * the TSC ticks it took.  BODY may use %[a0] and %[a1] (two inputs in
 * registers); the counter is a register of the compiler's choice, never
 * one that BODY or the kernel clobbers.  Each measured loop has an empty
 * twin: the same BODY without the instruction that enters the kernel.
 */
#define LOOP(fn, body, ...)						\
static uint64_t fn(long n, long a0, long a1)				\
{									\
	uint64_t t0 = tsc();						\
	asm volatile("1:\n\t" body "\n\t"				\
		     "dec %[n]\n\t"					\
		     "jnz 1b"						\
		     : [n] "+r"(n)					\
		     : [a0] "r"(a0), [a1] "r"(a1)			\
		     : __VA_ARGS__);					\
	return tsc() - t0;						\
}

#define SC_CLOBBERS	"rax", "rcx", "r11", "memory", "cc"
#define I80_CLOBBERS	"rax", "r8", "r9", "r10", "r11", "memory", "cc"
#define WR_CLOBBERS	"rax", "rcx", "r11", "rdi", "rsi", "rdx", "memory", "cc"

/* getpid through syscall: rax = 39. */
LOOP(getpid_sc,		"mov $39, %%eax\n\tsyscall", SC_CLOBBERS)
LOOP(getpid_sc_empty,	"mov $39, %%eax", SC_CLOBBERS)
/* An unassigned number through syscall: rax = 500, -ENOSYS. */
LOOP(enosys_sc,		"mov $500, %%eax\n\tsyscall", SC_CLOBBERS)
LOOP(enosys_sc_empty,	"mov $500, %%eax", SC_CLOBBERS)
/* getpid through int $0x80: eax = 20 (i386). */
LOOP(getpid_i80,	"mov $20, %%eax\n\tint $0x80", I80_CLOBBERS)
LOOP(getpid_i80_empty,	"mov $20, %%eax", I80_CLOBBERS)
/* write(a0, a1, 1) through syscall. */
LOOP(write_sc,		"mov $1, %%eax\n\tmov %[a0], %%rdi\n\t"
			"mov %[a1], %%rsi\n\tmov $1, %%edx\n\tsyscall",
			WR_CLOBBERS)
LOOP(write_sc_empty,	"mov $1, %%eax\n\tmov %[a0], %%rdi\n\t"
			"mov %[a1], %%rsi\n\tmov $1, %%edx",
			WR_CLOBBERS)

typedef uint64_t (*loop_fn)(long, long, long);

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

static void sort_u64(uint64_t *v, int n)	/* insertion sort: n is 11 */
{
	for (int i = 1; i < n; i++)
		for (int j = i; j > 0 && cmp_u64(&v[j - 1], &v[j]) > 0; j--) {
			uint64_t t = v[j];
			v[j] = v[j - 1];
			v[j - 1] = t;
		}
}

/*
 * The cost per call of FULL minus EMPTY: the median over REPS of the
 * difference, over N, rounded.  One short warm-up run of each first, so
 * that first-touch page faults (trapdoor and Linux both map pages on
 * demand) fall outside the measurement.
 */
static uint64_t per_call(loop_fn full, loop_fn empty, long a0, long a1)
{
	uint64_t d[REPS];

	full(16, a0, a1);
	empty(16, a0, a1);
	for (int r = 0; r < REPS; r++) {
		uint64_t e = empty(N, a0, a1);
		uint64_t f = full(N, a0, a1);

		d[r] = f > e ? f - e : 0;
	}
	sort_u64(d, REPS);
	return (d[REPS / 2] + N / 2) / N;
}

/* Output through write(2) on fd 1, one whole line per call. */
static void say(int fd, const char *fmt_name, const char *value)
{
	char line[128];
	int len = snprintf(line, sizeof(line), "%s %s\n", fmt_name, value);

	if (len > 0)
		sys(NR_write, fd, (long)line, len, 0, 0);
}

static void figure(const char *name, uint64_t v)
{
	char num[32];

	snprintf(num, sizeof(num), "%llu", (unsigned long long)v);
	say(1, name, num);
}

static int is_init;

/* The end: power off as Linux's init, exit elsewhere (and on trapdoor,
 * where reboot is -ENOSYS). */
static void finish(int status)
{
	if (is_init)
		sys(NR_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2,
		    LINUX_REBOOT_CMD_POWER_OFF, 0, 0);
	for (;;)
		sys(NR_exit_group, status, 0, 0, 0, 0);
}

static void check(int ok, const char *what)
{
	if (!ok) {
		say(2, "bench: unexpected result:", what);
		finish(1);
	}
}

int main(void)
{
	is_init = sys(NR_getpid, 0, 0, 0, 0, 0) == 1;
	if (is_init) {
		/* Linux's init in a bare initramfs: /dev for /dev/null,
		 * and a console if the kernel found none (the cpio has no
		 * /dev/console node).  Both fail harmlessly on trapdoor. */
		sys(NR_mount, (long)"devtmpfs", (long)"/dev", (long)"devtmpfs",
		    0, 0);
		if (sys(NR_fcntl, 1, F_GETFD, 0, 0, 0) < 0) {
			long fd = sys(NR_open, (long)"/dev/console", O_RDWR,
				      0, 0, 0);
			if (fd >= 0) {
				for (long i = 0; i <= 2; i++)
					if (i != fd)
						sys(NR_dup2, fd, i, 0, 0, 0);
			}
		}
	}

	/* The calls do what they should, before we time them. */
	long pid = sys(NR_getpid, 0, 0, 0, 0, 0);
	check(pid > 0, "getpid through syscall");
	check(sys32(NR32_getpid) == pid, "getpid through int $0x80");
	check(sys(NR_UNASSIGNED, 0, 0, 0, 0, 0) == -ENOSYS,
	      "syscall 500 is not -ENOSYS");

	figure("getpid_syscall", per_call(getpid_sc, getpid_sc_empty, 0, 0));
	figure("enosys_syscall", per_call(enosys_sc, enosys_sc_empty, 0, 0));
	figure("getpid_int80", per_call(getpid_i80, getpid_i80_empty, 0, 0));

	static const char byte = 'x';
	long fd = sys(NR_open, (long)"/dev/null", O_WRONLY, 0, 0, 0);

	if (fd >= 0 && sys(NR_write, fd, (long)&byte, 1, 0, 0) == 1)
		figure("write_devnull",
		       per_call(write_sc, write_sc_empty, fd, (long)&byte));
	else
		say(1, "write_devnull", "skipped");

	finish(0);
	return 0;
}
