/*
 * Lab 2's hidden checks: getrusage (x86-64 98) with good and bad
 * pointers.  argv[1] picks the part, so that a kernel panic in one part
 * costs only that part's points (tests/labs/2/checks.sh runs each in its
 * own boot):
 *
 *   good    results for good pointers, `who`, the i386 door; the CPU
 *           time against the CPU-time clock in 200 calls, so that one
 *           rounded up (or to the nearest) shows
 *   load    the CPU time after more than a second of it: tv_sec counts
 *           the seconds, tv_usec only the rest (the grader runs this part
 *           under QEMU -icount, where a guest second is a few million
 *           instructions)
 *   bad     NULL and 8 (user addresses nothing maps) and addresses
 *           outside user space: kernel, non-canonical, past the end
 *   mapped  user addresses the kernel may not write: a range that runs
 *           into an unmapped page, read-only text and rodata, PROT_READ
 *           and PROT_NONE mappings; and one it may: a page nobody has
 *           touched yet
 *
 * Each check's text starts with its group's [tag].
 */
#include "ulib.h"

#define EINVAL		22
#define EFAULT		14
#define ENOSYS		38
#define RUSAGE_SELF	0
#define RUSAGE_CHILDREN	(-1)
#define RUSAGE_THREAD	1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define PROT_NONE	0
#define PROT_READ	1
#define PROT_WRITE	2
#define MAP_PRIVATE	0x02
#define MAP_ANONYMOUS	0x20
#define USER_END	0x00007ffffffff000ul	/* Linux's TASK_SIZE_MAX */
#define PAGE		4096ul

struct tv { long sec, usec; };
struct rusage { struct tv utime, stime; long rest[14]; };
struct ts { long sec, nsec; };

_Static_assert(sizeof(struct rusage) == 144, "x86-64 struct rusage");

static const struct rusage zero;
static const char rodata[8192] = { 1 };		/* .rodata, read-only */

/* The only zero-initialised static: the last page of the bss, with
 * nothing mapped after it (brk has not moved). */
static char lastpage[4096] __attribute__((aligned(4096)));

static long cpu_us(void)
{
	struct ts t;

	sc_clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return t.sec * 1000000 + t.nsec / 1000;
}

static long times_us(const struct rusage *r)
{
	return r->utime.sec * 1000000 + r->utime.usec +
	       r->stime.sec * 1000000 + r->stime.usec;
}

/* Nothing of r is left as the 0xaa filler. */
static int all_written(const struct rusage *r)
{
	const unsigned char *p = (const void *)r;

	for (size_t i = 0; i + 8 <= sizeof(*r); i += 8) {
		unsigned long v;

		memcpy(&v, p + i, 8);
		if (v == 0xaaaaaaaaaaaaaaaaul)
			return 0;
	}
	return 1;
}

static void good(void)
{
	struct rusage ru;
	long t0, t1, got;
	struct ts nap = { 0, 30 * 1000 * 1000 };

	/* self: the whole struct is written, counts it does not keep are 0 */
	memset(&ru, 0xaa, sizeof(ru));
	CHECK_EQ(sc_getrusage(RUSAGE_SELF, &ru), 0, "[self] getrusage(RUSAGE_SELF, &ru) returns 0");
	CHECK(all_written(&ru), "[self] all 144 bytes of struct rusage are written");
	CHECK(memcmp(ru.rest, zero.rest, sizeof(ru.rest)) == 0,
	      "[self] ru_maxrss .. ru_nivcsw are 0");
	memset(&ru, 0xaa, sizeof(ru));
	CHECK_EQ(sc_getrusage(RUSAGE_THREAD, &ru), 0, "[self] getrusage(RUSAGE_THREAD, &ru) returns 0");
	CHECK(all_written(&ru), "[self] RUSAGE_THREAD writes all 144 bytes");
	CHECK(memcmp(ru.rest, zero.rest, sizeof(ru.rest)) == 0,
	      "[self] RUSAGE_THREAD: ru_maxrss .. ru_nivcsw are 0");

	/* time: CPU time, between two CLOCK_PROCESS_CPUTIME_ID readings,
	 * in whole microseconds rounded down as the clock's own: a value
	 * rounded up passes the reading after it whenever the two fall in
	 * the same microsecond, which some of 200 calls in a row do */
	int early = 0, late = 0;

	for (int i = 0; i < 200; i++) {
		t0 = cpu_us();
		sc_getrusage(RUSAGE_SELF, &ru);
		t1 = cpu_us();
		got = times_us(&ru);
		if ((got < t0 && early++ == 0) || (got > t1 && late++ == 0))
			printf("  call %d: utime + stime = %ld us, CPU-time clock %ld .. %ld us\n",
			       i, got, t0, t1);
	}
	if (early || late)
		printf("  %d of 200 below the clock before, %d above the clock after\n", early, late);
	CHECK(early == 0, "[time] never below the CPU-time clock read before it (200 calls)");
	CHECK(late == 0, "[time] never above the CPU-time clock read after it: rounded down (200 calls)");
	/* ... and a sleep does not count */
	for (int i = 0; i < 3; i++) {
		t0 = cpu_us();
		sc_getrusage(RUSAGE_SELF, &ru);
		t1 = cpu_us();
		got = times_us(&ru);
		CHECK(ru.utime.usec >= 0 && ru.utime.usec < 1000000 &&
		      ru.stime.usec >= 0 && ru.stime.usec < 1000000 &&
		      ru.utime.sec >= 0 && ru.stime.sec >= 0,
		      "[time] tv_sec >= 0 and 0 <= tv_usec < 1000000");
		if (!(t0 <= got && got <= t1))
			printf("  utime + stime = %ld us, CPU-time clock %ld .. %ld us\n",
			       got, t0, t1);
		CHECK(t0 <= got && got <= t1,
		      "[time] ru_utime + ru_stime lies between two CLOCK_PROCESS_CPUTIME_ID readings");
		sc_nanosleep(&nap, NULL);
	}
	t0 = cpu_us();
	sc_getrusage(RUSAGE_THREAD, &ru);
	t1 = cpu_us();
	got = times_us(&ru);
	CHECK(t0 <= got && got <= t1, "[time] RUSAGE_THREAD reports the same CPU time");

	/* children: there are none */
	memset(&ru, 0xaa, sizeof(ru));
	CHECK_EQ(sc_getrusage(RUSAGE_CHILDREN, &ru), 0, "[children] getrusage(RUSAGE_CHILDREN, &ru) returns 0");
	CHECK(memcmp(&ru, &zero, sizeof(ru)) == 0, "[children] all 144 bytes are 0 (no children, no stack leaked)");

	/* who: anything else is -EINVAL, before the pointer is looked at,
	 * and the buffer is left as it was */
	struct rusage filler;

	memset(&filler, 0xaa, sizeof(filler));
	memset(&ru, 0xaa, sizeof(ru));
	CHECK_EQ(sc_getrusage(2, &ru), -EINVAL, "[who] who = 2 is -EINVAL");
	CHECK_EQ(sc_getrusage(-2, &ru), -EINVAL, "[who] who = -2 is -EINVAL");
	CHECK_EQ(sc_getrusage(0x7fffffff, &ru), -EINVAL, "[who] who = INT_MAX is -EINVAL");
	CHECK(memcmp(&ru, &filler, sizeof(ru)) == 0,
	      "[who] -EINVAL leaves the buffer untouched (not one byte written)");
	CHECK_EQ(sc_getrusage(2, NULL), -EINVAL, "[who] getrusage(2, NULL) is -EINVAL: who first");
	CHECK_EQ(sc_getrusage(-2, KERNEL_ADDR), -EINVAL, "[who] getrusage(-2, kernel address) is -EINVAL");
	/* who is an int: rdi's upper half is not part of it */
	CHECK_EQ(__sc2(__NR_getrusage, 0x5a5a000000000000l | 0, (long)&ru), 0,
		 "[who] garbage above bit 31 of rdi: still RUSAGE_SELF");

	/* i386: Linux's i386 entry is compat_sys_getrusage (32-bit longs) */
	memset(&ru, 0xaa, sizeof(ru));
	CHECK_EQ(__i80_2(__NR_ia32_getrusage, 0, (long)&ru), -ENOSYS,
		 "[i386] int $0x80 getrusage (77) stays -ENOSYS (compat entry)");
	CHECK(ru.utime.sec == (long)0xaaaaaaaaaaaaaaaaul, "[i386] ... and writes nothing");
}

/* More than a second of CPU time, then one call: tv_sec counts the
 * seconds and tv_usec only the rest. */
static void load(void)
{
	struct rusage ru;
	long t0, t1, got;
	volatile unsigned long spin = 0;

	while (cpu_us() < 1100000)
		for (int i = 0; i < 1000; i++)
			spin++;
	for (int who = RUSAGE_SELF; who <= RUSAGE_THREAD; who++) {
		memset(&ru, 0xaa, sizeof(ru));
		t0 = cpu_us();
		CHECK_EQ(sc_getrusage(who, &ru), 0, "[load] getrusage returns 0 after 1.1 s of CPU time");
		t1 = cpu_us();
		got = times_us(&ru);
		printf("  who %d: utime %ld s %ld us, stime %ld s %ld us; clock %ld .. %ld us\n",
		       who, ru.utime.sec, ru.utime.usec, ru.stime.sec, ru.stime.usec, t0, t1);
		CHECK(ru.utime.usec >= 0 && ru.utime.usec < 1000000 &&
		      ru.stime.usec >= 0 && ru.stime.usec < 1000000,
		      "[load] 0 <= tv_usec < 1000000: the microseconds past the second");
		CHECK(ru.utime.sec + ru.stime.sec >= 1, "[load] tv_sec counts the whole seconds (>= 1)");
		CHECK(t0 <= got && got <= t1,
		      "[load] ru_utime + ru_stime lies between two CLOCK_PROCESS_CPUTIME_ID readings");
	}
}

static void try(void *p, const char *what)
{
	char text[128];

	/* printed first: if the kernel panics, the output says on what */
	printf("trying %s\n", what);
	td_snprintf(text, sizeof(text), "%s is -EFAULT", what);
	CHECK_EQ(sc_getrusage(RUSAGE_SELF, p), -EFAULT, text);
}

static void bad(void)
{
	try(NULL, "[bad] NULL");
	try((void *)8, "[bad] the address 8");
	try(KERNEL_ADDR, "[bad] a kernel address (0xffffffff80100000)");
	try((void *)0xffff800000000000ul, "[bad] the direct map (0xffff800000000000)");
	try(NONCANONICAL_ADDR, "[bad] a non-canonical address (0x0000800000000000)");
	try((void *)0x8000000000000000ul, "[bad] a non-canonical address (0x8000000000000000)");
	try((void *)(USER_END - 100), "[bad] a range running past the end of user space");
	try((void *)-1l, "[bad] the address -1 (wraps around)");
	try((void *)(-144l), "[bad] the last 144 bytes of the address space");
	CHECK_EQ(sc_getpid(), 1, "[bad] the program still runs afterwards");
}

static void mapped(void)
{
	char *end = lastpage + sizeof(lastpage);
	extern char _end[];

	CHECK_EQ((unsigned long)end, ((unsigned long)_end + 4095) & ~4095ul,
		 "[unwritable] (layout) lastpage is the last page of the bss");
	lastpage[0] = 1;
	try(end - 100, "[unwritable] a range running from the bss into the unmapped page after it");
	try((void *)good, "[unwritable] the program's text (read-only)");
	try((void *)rodata, "[unwritable] the program's rodata (read-only)");

	char *two = (char *)sc_mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE,
				    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK((long)two > 0, "[unwritable] (set-up) mmap of two pages");
	two[0] = 1;
	CHECK_EQ(sc_munmap(two + PAGE, PAGE), 0, "[unwritable] (set-up) munmap of the second");
	try(two + PAGE - 100, "[unwritable] a range running from a mapping into a page munmap'ed");

	char *rw_ro = (char *)sc_mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE,
				      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK((long)rw_ro > 0, "[unwritable] (set-up) mmap of two more pages");
	rw_ro[0] = 1;
	rw_ro[PAGE] = 1;
	CHECK_EQ(sc_mprotect(rw_ro + PAGE, PAGE, PROT_READ), 0, "[unwritable] (set-up) mprotect PROT_READ of the second");
	try(rw_ro + PAGE - 100, "[unwritable] a range running from a writable page into a read-only one");

	char *ro = (char *)sc_mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK((long)ro > 0, "[unwritable] (set-up) mmap PROT_READ");
	try(ro, "[unwritable] a PROT_READ mapping nobody touched");
	CHECK(ro[0] == 0, "[unwritable] (touch it: a read works)");
	try(ro, "[unwritable] a PROT_READ mapping that is present");

	char *none = (char *)sc_mmap(NULL, PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK((long)none > 0, "[unwritable] (set-up) mmap PROT_NONE");
	try(none, "[unwritable] a PROT_NONE mapping");

	/* untouched: a good page that is not there yet is faulted in */
	char *fresh = (char *)sc_mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE,
				      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK((long)fresh > 0, "[untouched] (set-up) mmap of two pages, not touched");
	struct rusage *r = (struct rusage *)(fresh + PAGE - 72);	/* across both */

	CHECK_EQ(sc_getrusage(RUSAGE_CHILDREN, r), 0,
		 "[untouched] a struct across two untouched pages: returns 0");
	CHECK(memcmp(r, &zero, sizeof(*r)) == 0, "[untouched] ... and it holds the zeros");
	struct rusage *top = (struct rusage *)(lastpage + sizeof(lastpage) - sizeof(*r));
	CHECK_EQ(sc_getrusage(RUSAGE_SELF, top), 0,
		 "[untouched] a struct ending exactly at the end of the bss: returns 0");
	CHECK_EQ(sc_getpid(), 1, "[untouched] the program still runs afterwards");
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		puts("usage: getrusage_hidden good|load|bad|mapped");
		return 2;
	}
	if (!strcmp(argv[1], "good"))
		good();
	else if (!strcmp(argv[1], "load"))
		load();
	else if (!strcmp(argv[1], "bad"))
		bad();
	else if (!strcmp(argv[1], "mapped"))
		mapped();
	check_done();
}
