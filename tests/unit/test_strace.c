/*
 * The tracer's structure and signal formatting (kernel/trace/strace_struct.c,
 * strace_sig.c, strace_tty.c, strace_args.c): each expected string is what strace 6.1
 * printed on Linux for the same bytes, so these pin the shapes even for
 * calls trapdoor does not implement yet (getrusage, times).  "User
 * memory" is this program's memory (tests/unit/uaccess.h); 8 is a bad
 * address.
 */
#include "check.h"
#include "strace_fmt.c"
#include "strace_flags.c"
#include "strace_struct.c"
#include "strace_sig.c"
#include "strace_args.c"
#include "strace_tty.c"

#define BAD	8ull

/* The kernel's signal_name() (kernel/signal.c is not built for the host),
 * with Linux's names. */
const char *signal_name(int sig)
{
	static const char *const names[32] = {
		0, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP",
		"SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV",
		"SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT",
		"SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN",
		"SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM",
		"SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS",
	};

	return sig > 0 && sig < 32 ? names[sig] : "a signal";
}

static struct line L;

static const char *done(void)
{
	L.s[L.n] = '\0';
	return L.s;
}

/* One printer on user address p. */
static const char *show(void (*put_fn)(struct line *, uint64_t), const void *p)
{
	L.n = 0;
	put_fn(&L, (uint64_t)(uintptr_t)p);
	return done();
}

/* Argument i of a call with args a and result ret, "" if not special. */
static const char *arg(const char *name, int i, const uint64_t *a, long ret)
{
	L.n = 0;
	if (!put_special(&L, name, i, a, ret, false))
		return "";
	return done();
}

static const char *sigset(uint64_t mask)
{
	L.n = 0;
	put_sigset_val(&L, mask);
	return done();
}

static const char *date(int64_t t)
{
	L.n = 0;
	put_date(&L, t);
	return done();
}

#define SIG(n)	(1ull << ((n) - 1))

TEST(rusage_shows_the_two_times_then_dots)
{
	struct { int64_t tv[4]; int64_t rest[14]; } ru = { { 0, 2365, 0, 0 }, { 0 } };

	CHECK_STR(show(put_rusage, &ru), "{ru_utime={tv_sec=0, tv_usec=2365}, "
		  "ru_stime={tv_sec=0, tv_usec=0}, ...}");
	uint64_t a[6] = { 0, (uintptr_t)&ru };

	CHECK_STR(arg("getrusage", 1, a, 0), "{ru_utime={tv_sec=0, tv_usec=2365}, "
		  "ru_stime={tv_sec=0, tv_usec=0}, ...}");
	/* after a failure, the address: the kernel wrote nothing */
	a[1] = BAD;
	CHECK_STR(arg("getrusage", 1, a, -14), "0x8");
	a[1] = (uintptr_t)&ru;
	CHECK(strncmp(arg("getrusage", 1, a, -22), "0x", 2) == 0);
}

TEST(rusage_who_by_name)
{
	uint64_t a[6] = { 0 };

	CHECK_STR(arg("getrusage", 0, a, 0), "RUSAGE_SELF");
	a[0] = (uint64_t)-1;
	CHECK_STR(arg("getrusage", 0, a, 0), "RUSAGE_CHILDREN");
	a[0] = 0xffffffffull;		/* an int's upper half is not the ABI's */
	CHECK_STR(arg("getrusage", 0, a, 0), "RUSAGE_CHILDREN");
	a[0] = 1;
	CHECK_STR(arg("getrusage", 0, a, 0), "RUSAGE_THREAD");
	a[0] = 5;
	CHECK_STR(arg("getrusage", 0, a, -22), "0x5 /* RUSAGE_??? */");
}

TEST(times_uname_sysinfo)
{
	int64_t tms[4] = { 0, 0, 0, 0 };
	char uts[6][65] = { "Linux", "vm", "6.18", "#1", "x86_64", "(none)" };
	struct {
		int64_t uptime;
		uint64_t loads[3], totalram, freeram, sharedram, bufferram,
			 totalswap, freeswap;
		uint16_t procs, pad;
		uint64_t totalhigh, freehigh;
		uint32_t mem_unit;
		char f[4];
	} si = { 3405, { 14848, 38208, 27744 }, 25276157952, 24975060992,
		 10395648, 1093632, 0, 0, 96, 0, 0, 0, 1, { 0 } };

	CHECK_EQ_U64(sizeof(si), 112);
	CHECK_STR(show(put_tms, tms), "{tms_utime=0, tms_stime=0, tms_cutime=0, tms_cstime=0}");
	CHECK_STR(show(put_utsname, uts), "{sysname=\"Linux\", nodename=\"vm\", ...}");
	memcpy(uts[1], "a\"b\n", 5);
	CHECK_STR(show(put_utsname, uts), "{sysname=\"Linux\", nodename=\"a\\\"b\\n\", ...}");
	CHECK_STR(show(put_sysinfo, &si), "{uptime=3405, loads=[14848, 38208, 27744], "
		  "totalram=25276157952, freeram=24975060992, sharedram=10395648, "
		  "bufferram=1093632, totalswap=0, freeswap=0, procs=96, totalhigh=0, "
		  "freehigh=0, mem_unit=1}");
	CHECK_STR(show(put_sysinfo, (void *)BAD), "0x8");
}

TEST(timeval_timezone_time)
{
	int64_t tv[2] = { 1796400712, 105346 }, t = 1796400712;
	int32_t tz[2] = { 0, 0 };

	CHECK_STR(show(put_timeval, tv), "{tv_sec=1796400712, tv_usec=105346}");
	CHECK_STR(show(put_timezone, tz), "{tz_minuteswest=0, tz_dsttime=0}");
	CHECK_STR(show(put_time, &t), "[1796400712 /* 2026-12-04T16:11:52+0000 */]");
	CHECK_STR(show(put_time, NULL), "NULL");
}

/* Dates from GNU date -u, around leap days, centuries and the epoch. */
TEST(dates_as_utc)
{
	CHECK_STR(date(0), "1970-01-01T00:00:00+0000");
	CHECK_STR(date(-1), "1969-12-31T23:59:59+0000");
	CHECK_STR(date(-86401), "1969-12-30T23:59:59+0000");
	CHECK_STR(date(-2208988800), "1900-01-01T00:00:00+0000");
	CHECK_STR(date(68169600), "1972-02-29T00:00:00+0000");
	CHECK_STR(date(951782400), "2000-02-29T00:00:00+0000");
	CHECK_STR(date(951868799), "2000-02-29T23:59:59+0000");
	CHECK_STR(date(1709251199), "2024-02-29T23:59:59+0000");
	CHECK_STR(date(4102444800), "2100-01-01T00:00:00+0000");
	CHECK_STR(date(253402300799), "9999-12-31T23:59:59+0000");
}

TEST(signal_sets)
{
	CHECK_STR(sigset(0), "[]");
	CHECK_STR(sigset(SIG(10) | SIG(15)), "[USR1 TERM]");
	CHECK_STR(sigset(SIG(32) | SIG(33) | SIG(64)), "[RTMIN RT_1 RT_32]");
	CHECK_STR(sigset(~0ull), "~[]");
	/* glibc's and musl's sigfillset leave out the signals they keep */
	CHECK_STR(sigset(~(SIG(32) | SIG(33))), "~[RTMIN RT_1]");
	CHECK_STR(sigset(~(SIG(32) | SIG(33) | SIG(34))), "~[RTMIN RT_1 RT_2]");
	/* strace 6.1 turns to the complement at 42 of the 64 signals */
	CHECK_STR(sigset((1ull << 41) - 1), "[HUP INT QUIT ILL TRAP ABRT BUS FPE "
		  "KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT CHLD CONT STOP TSTP "
		  "TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO PWR SYS RTMIN RT_1 "
		  "RT_2 RT_3 RT_4 RT_5 RT_6 RT_7 RT_8 RT_9]");
	CHECK_STR(sigset((1ull << 42) - 1), "~[RT_11 RT_12 RT_13 RT_14 RT_15 "
		  "RT_16 RT_17 RT_18 RT_19 RT_20 RT_21 RT_22 RT_23 RT_24 RT_25 "
		  "RT_26 RT_27 RT_28 RT_29 RT_30 RT_31 RT_32]");
}

TEST(sigprocmask_and_sigpending)
{
	uint64_t set = SIG(10) | SIG(15), old = 0;
	uint64_t a[6] = { 0, (uintptr_t)&set, (uintptr_t)&old, 8 };

	CHECK_STR(arg("rt_sigprocmask", 0, a, 0), "SIG_BLOCK");
	CHECK_STR(arg("rt_sigprocmask", 1, a, 0), "[USR1 TERM]");
	CHECK_STR(arg("rt_sigprocmask", 2, a, 0), "[]");
	/* failed: the input is shown, the output is an address */
	a[2] = BAD;
	CHECK_STR(arg("rt_sigprocmask", 1, a, -14), "[USR1 TERM]");
	CHECK_STR(arg("rt_sigprocmask", 2, a, -14), "0x8");
	/* a set of another size is not decoded */
	a[3] = 4;
	CHECK(strncmp(arg("rt_sigprocmask", 1, a, -22), "0x", 2) == 0);
	a[0] = 3;
	CHECK_STR(arg("rt_sigprocmask", 0, a, -22), "0x3 /* SIG_??? */");
	uint64_t p[6] = { (uintptr_t)&old, 8 };

	CHECK_STR(arg("rt_sigpending", 0, p, 0), "[]");
	/* Linux takes a smaller size for sigpending, and strace shows it */
	old = SIG(10) | SIG(40);
	p[1] = 4;
	CHECK_STR(arg("rt_sigpending", 0, p, 0), "[USR1]");
	p[1] = 16;
	CHECK(strncmp(arg("rt_sigpending", 0, p, -22), "0x", 2) == 0);
}

TEST(sigaction_old_and_new)
{
	struct { uint64_t handler, flags, restorer, mask; }
		sa = { 0x401930, 0x04000000 | 0x10000000, 0x4089b0, SIG(12) },
		dfl = { 0, 0, 0, 0 }, ign = { 1, 4, 0, 0 },
		odd = { 0, 0x04000000 | 0x1200, 0, 0 };
	uint64_t a[6] = { 10, (uintptr_t)&sa, (uintptr_t)&dfl, 8 };

	CHECK_STR(arg("rt_sigaction", 0, a, 0), "SIGUSR1");
	CHECK_STR(arg("rt_sigaction", 1, a, 0), "{sa_handler=0x401930, sa_mask=[USR2], "
		  "sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x4089b0}");
	CHECK_STR(arg("rt_sigaction", 2, a, 0), "{sa_handler=SIG_DFL, sa_mask=[], sa_flags=0}");
	CHECK_STR(show(put_sigaction, &ign), "{sa_handler=SIG_IGN, sa_mask=[], sa_flags=SA_SIGINFO}");
	CHECK_STR(show(put_sigaction, &odd), "{sa_handler=SIG_DFL, sa_mask=[], "
		  "sa_flags=SA_RESTORER|0x1200, sa_restorer=NULL}");
	a[2] = BAD;
	CHECK_STR(arg("rt_sigaction", 2, a, -14), "0x8");
	/* strace shows the new action whatever the size says */
	a[3] = 7;
	CHECK_STR(arg("rt_sigaction", 1, a, -22), "{sa_handler=0x401930, sa_mask=[USR2], "
		  "sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x4089b0}");
	a[0] = 34;
	CHECK_STR(arg("rt_sigaction", 0, a, 0), "SIGRT_2");
	a[0] = 32;
	CHECK_STR(arg("rt_sigaction", 0, a, 0), "SIGRTMIN");
}

TEST(sigaltstack_both_ways)
{
	struct { uint64_t sp; int32_t flags, pad; uint64_t size; }
		off = { 0, 2, 0, 0 }, on = { 0x7ffc03e98fb0, 0, 0, 4096 },
		bad = { 0x7ffc03e98fb0, 1 | 4, 0, 4096 },
		dis = { 0, (int32_t)(2u | 1u << 31), 0, 0 };

	CHECK_STR(show(put_stack, &off), "{ss_sp=NULL, ss_flags=SS_DISABLE, ss_size=0}");
	CHECK_STR(show(put_stack, &on), "{ss_sp=0x7ffc03e98fb0, ss_flags=0, ss_size=4096}");
	CHECK_STR(show(put_stack, &bad), "{ss_sp=0x7ffc03e98fb0, ss_flags=SS_ONSTACK|0x4, ss_size=4096}");
	CHECK_STR(show(put_stack, &dis), "{ss_sp=NULL, ss_flags=SS_DISABLE|SS_AUTODISARM, ss_size=0}");
	uint64_t a[6] = { (uintptr_t)&bad, BAD };

	CHECK_STR(arg("sigaltstack", 0, a, -22), "{ss_sp=0x7ffc03e98fb0, ss_flags=SS_ONSTACK|0x4, ss_size=4096}");
	CHECK_STR(arg("sigaltstack", 1, a, -22), "0x8");
}

TEST(getcwd_shows_the_whole_path)
{
	static const char cwd[] = "/a/directory/whose/name/is/longer/than/32";
	uint64_t a[6] = { (uintptr_t)cwd, 256 };

	CHECK_STR(arg("getcwd", 0, a, sizeof(cwd)),
		  "\"/a/directory/whose/name/is/longer/than/32\"");
	a[0] = BAD;
	CHECK_STR(arg("getcwd", 0, a, -14), "0x8");
}

TEST(empty_flags_and_signal_numbers)
{
	uint64_t a[6] = { 0x1000, 4096, 0 };

	CHECK_STR(arg("mprotect", 2, a, 0), "PROT_NONE");
	uint64_t f[6] = { (uint64_t)-100, 0, 0, 0 };

	CHECK_STR(arg("newfstatat", 3, f, -2), "0");
	uint64_t k[6] = { 1, 0 };

	CHECK_STR(arg("kill", 1, k, 0), "0");
	k[1] = 10;
	CHECK_STR(arg("kill", 1, k, 0), "SIGUSR1");
}

TEST(i386_structures_stay_addresses)
{
	char uts[6][65] = { "trapdoor" };
	uint64_t a[6] = { (uintptr_t)uts };

	L.n = 0;
	CHECK(put_special(&L, "uname", 0, a, 0, false));
	L.n = 0;
	CHECK(!put_special(&L, "uname", 0, a, 0, true));
}

/* A result line's tail for a call with args a. */
static const char *result(const char *name, const uint64_t *a, long ret)
{
	L.n = 0;
	put_result(&L, name, a, ret);
	return done();
}

TEST(termios_as_strace_prints_it)
{
	uint32_t t[9] = { 0400 | 02000, 01 | 04, 017 | 060 | 0200,
			  01 | 02 | 010 | 020 | 040 | 0100000 | 01000 | 04000 };

	CHECK_STR(show(put_termios, t), "{c_iflag=ICRNL|IXON, "
		  "c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
		  "c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|"
		  "ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}");
	/* every bit: unknown ones in hex, the input speed after IBSHIFT */
	t[0] = t[1] = t[2] = t[3] = ~0u;
	CHECK_STR(show(put_termios, t), "{c_iflag=IGNBRK|BRKINT|IGNPAR|PARMRK|"
		  "INPCK|ISTRIP|INLCR|IGNCR|ICRNL|IUCLC|IXON|IXANY|IXOFF|IMAXBEL|"
		  "IUTF8|0xffff8000, c_oflag=NL1|CR3|XTABS|BS1|VT1|FF1|OPOST|OLCUC|"
		  "ONLCR|OCRNL|ONOCR|ONLRET|OFILL|OFDEL|0xffff0000, "
		  "c_cflag=B4000000|B4000000<<IBSHIFT|CS8|CSTOPB|CREAD|PARENB|"
		  "PARODD|HUPCL|CLOCAL|CMSPAR|CRTSCTS|0x2ff0e000, c_lflag=ISIG|"
		  "ICANON|XCASE|ECHO|ECHOE|ECHOK|ECHONL|NOFLSH|IEXTEN|ECHOCTL|"
		  "ECHOPRT|ECHOKE|FLUSHO|PENDIN|TOSTOP|EXTPROC|0xfffe2000, ...}");
	/* no flags: strace prints nothing, or a lone "|" after the fields */
	t[0] = 0;
	t[1] = 0400 | 01000 | 04000 | 020000 | 040000 | 0100000;
	t[2] = 017 | 060 | 0x80000000u;
	t[3] = 0;
	CHECK_STR(show(put_termios, t), "{c_iflag=, c_oflag=NL1|CR1|TAB1|BS1|"
		  "VT1|FF1|, c_cflag=B38400|CS8|CRTSCTS, c_lflag=, ...}");
	t[1] = 03000 | 014000;
	t[2] = 010001 | (015 << 16);
	CHECK_STR(show(put_termios, t), "{c_iflag=, c_oflag=NL0|CR3|XTABS|BS0|"
		  "VT0|FF0|, c_cflag=B57600|B9600<<IBSHIFT|CS5|, c_lflag=, ...}");
}

TEST(terminal_ioctls)
{
	uint16_t ws[4] = { 24, 80, 0, 0 };
	int32_t pgrp = 30098;
	uint64_t a[6] = { 0, 0x5413, (uintptr_t)ws };

	CHECK_STR(arg("ioctl", 1, a, 0), "TIOCGWINSZ");
	CHECK_STR(arg("ioctl", 2, a, 0), "{ws_row=24, ws_col=80, ws_xpixel=0, ws_ypixel=0}");
	CHECK(strncmp(arg("ioctl", 2, a, -25), "0x", 2) == 0);
	a[1] = 0x5414;		/* TIOCSWINSZ: an input, shown even on failure */
	CHECK_STR(arg("ioctl", 2, a, -25), "{ws_row=24, ws_col=80, ws_xpixel=0, ws_ypixel=0}");
	a[1] = 0x540f;
	a[2] = (uintptr_t)&pgrp;
	CHECK_STR(arg("ioctl", 2, a, 0), "[30098]");
	a[1] = 0x5402;
	CHECK_STR(arg("ioctl", 1, a, 0), "SNDCTL_TMR_START or TCSETS");
	a[2] = BAD;
	CHECK_STR(arg("ioctl", 2, a, -14), "0x8");
	a[1] = 0x5401;		/* TCGETS */
	CHECK_STR(arg("ioctl", 2, a, -9), "0x8");
	a[1] = 0x1234;		/* not decoded: left to the type */
	CHECK_STR(arg("ioctl", 2, a, -25), "");
}

TEST(arch_prctl_get_fs)
{
	uint64_t fs = 0x3353f380, gs = 0;
	uint64_t a[6] = { 0x1003, (uintptr_t)&fs };

	CHECK_STR(arg("arch_prctl", 1, a, 0), "[0x3353f380]");
	a[0] = 0x1004;
	a[1] = (uintptr_t)&gs;
	CHECK_STR(arg("arch_prctl", 1, a, 0), "[NULL]");
	a[1] = BAD;
	CHECK_STR(arg("arch_prctl", 1, a, -14), "0x8");
}

TEST(fcntl_by_command)
{
	uint64_t a[6] = { 0, 1 };	/* F_GETFD */

	CHECK_EQ_U64(shown_args("fcntl", a, 3), 2);
	CHECK_STR(result("fcntl", a, 1), " = 0x1 (flags FD_CLOEXEC)");
	CHECK_STR(result("fcntl", a, 0), " = 0");
	a[1] = 3;			/* F_GETFL */
	CHECK_EQ_U64(shown_args("fcntl", a, 3), 2);
	CHECK_STR(result("fcntl", a, 0x8001), " = 0x8001 (flags O_WRONLY|O_LARGEFILE)");
	a[1] = 2;			/* F_SETFD */
	a[2] = 1 | 4;
	CHECK_EQ_U64(shown_args("fcntl", a, 3), 3);
	CHECK_STR(arg("fcntl", 2, a, 0), "FD_CLOEXEC|0x4");
	a[2] = 0;
	CHECK_STR(arg("fcntl", 2, a, 0), "0");
	a[1] = 4;			/* F_SETFL */
	CHECK_STR(arg("fcntl", 2, a, 0), "O_RDONLY");
	a[2] = 01 | 04000;
	CHECK_STR(arg("fcntl", 2, a, 0), "O_WRONLY|O_NONBLOCK");
	a[1] = 1030;			/* F_DUPFD_CLOEXEC */
	a[2] = 10;
	CHECK_STR(arg("fcntl", 2, a, 0), "10");
	a[1] = 999;
	a[2] = 5;
	CHECK_STR(arg("fcntl", 1, a, -22), "0x3e7 /* F_??? */");
	CHECK_STR(arg("fcntl", 2, a, -22), "0x5");
}

TEST(results)
{
	uint64_t a[6] = { 0 };

	/* umask in octal, as strace: umask(022) = 000, umask(0777) = 022 */
	a[0] = 022;
	CHECK_STR(arg("umask", 0, a, 0), "022");
	CHECK_STR(result("umask", a, 0), " = 000");
	a[0] = 0777;
	CHECK_STR(arg("umask", 0, a, 022), "0777");
	CHECK_STR(result("umask", a, 022), " = 022");
	a[0] = 0;

	CHECK_STR(result("time", a, 1796400712), " = 1796400712 (2026-12-04T16:11:52+0000)");
	CHECK_STR(result("brk", a, 0x4c9000), " = 0x4c9000");
	CHECK_STR(result("times", a, 1718297309), " = 1718297309");
}

TEST(pipe_pair_and_flags)
{
	int32_t fds[2] = { 3, 4 };
	uint64_t a[6] = { (uintptr_t)fds, 02000000 };	/* O_CLOEXEC */

	CHECK_STR(arg("pipe2", 0, a, 0), "[3, 4]");
	CHECK_STR(arg("pipe2", 1, a, 0), "O_CLOEXEC");
	a[1] = 0;
	CHECK_STR(arg("pipe2", 1, a, 0), "0");
	a[1] = 04000 | 040000;
	CHECK_STR(arg("pipe2", 1, a, 0), "O_NONBLOCK|O_DIRECT");
	a[0] = BAD;
	CHECK_STR(arg("pipe2", 0, a, -14), "0x8");
}

TEST(paths_whole_strings_cut)
{
	/* longer than one 64-byte piece, and past strace's -s 32 */
	static const char path[] = "/nonexistent/a-rather-long-path-name-"
		"that-goes-past-32/and-past-64-bytes-too\n";

	L.n = 0;
	put_pathname(&L, (uintptr_t)path);
	CHECK_STR(done(), "\"/nonexistent/a-rather-long-path-name-that-goes-"
		  "past-32/and-past-64-bytes-too\\n\"");
	L.n = 0;
	put_pathname(&L, BAD);
	CHECK_STR(done(), "0x8");
	L.n = 0;
	put_str(&L, (uintptr_t)path);
	CHECK_STR(done(), "\"/nonexistent/a-rather-long-path-\"...");
}

/* strace's forms for values it has no name for (measured on the host). */
TEST(unknown_values)
{
	uint64_t a[6] = { 0x10000, 4096, 0x10 };

	CHECK_STR(arg("mprotect", 2, a, -22), "0x10 /* PROT_??? */");
	a[2] = 0x8 | 0x01000000;
	CHECK_STR(arg("mprotect", 2, a, -22), "PROT_SEM|PROT_GROWSDOWN");
	a[2] = 77;
	CHECK_STR(arg("madvise", 2, a, -22), "0x4d /* MADV_??? */");
	uint64_t m[6] = { 0, 4096, 3, 0x22 | 0x400 };

	CHECK_STR(arg("mmap", 3, m, 0), "MAP_PRIVATE|MAP_ANONYMOUS|0x400");
	uint64_t r[6] = { 0x10000, 4096, 8192, 8, 0x20000 };

	CHECK_STR(arg("mremap", 3, r, -22), "0x8 /* MREMAP_??? */");
	CHECK_EQ_U64(shown_args("mremap", r, 5), 4);
	r[3] = 3;
	CHECK_EQ_U64(shown_args("mremap", r, 5), 5);	/* MREMAP_FIXED */
	uint64_t c[6] = { 99 };

	CHECK_STR(arg("clock_gettime", 0, c, -22), "0x63 /* CLOCK_??? */");
	uint64_t w[6] = { (uint64_t)-5 };

	CHECK_STR(arg("getrusage", 0, w, -22), "0xfffffffb /* RUSAGE_??? */");
	uint64_t p[6] = { 0x9999, 0 };

	CHECK_STR(arg("arch_prctl", 0, p, -22), "0x9999 /* ARCH_??? */");
	CHECK_STR(arg("arch_prctl", 1, p, -22), "0");
	p[0] = 0x1001;			/* ARCH_SET_GS: a value, never NULL */
	p[1] = 0x1000;
	CHECK_STR(arg("arch_prctl", 1, p, 0), "0x1000");
	struct { uint64_t handler, flags, restorer, mask; } sa = { 1, 0x200, 0, 0 };

	CHECK_STR(show(put_sigaction, &sa), "{sa_handler=SIG_IGN, sa_mask=[], "
		  "sa_flags=0x200 /* SA_??? */}");
}
