/*
 * The arguments whose type does not say how strace prints them: flags
 * and constants by name, buffers as strings, and structures.  A
 * structure the kernel fills in (an output) is shown only when the call
 * succeeded, as strace does: after a failure it holds nothing the call
 * wrote, so strace shows the address.  Inputs are shown either way.
 */
#include "fcntl.h"
#include "strace_fmt.h"
#include "string.h"
#include "uaccess.h"

#define MAX_ERRNO	4095
#define SIGSET_SIZE	8	/* bytes in the kernel's sigset_t */
#define ARCH_GET_FS	0x1003
#define ARCH_GET_GS	0x1004
#define MREMAP_FIXED	2

enum dir { IN, OUT };

/* Which argument of which call is which structure.  size: the index of
 * the argument that gives the sigset size (-1: none); strace decodes
 * rt_sigprocmask's sets of Linux's size only (and so does the kernel),
 * but a sigaction whatever the size says. */
static const struct struct_arg {
	const char *call;
	int i;
	enum dir dir;
	void (*put)(struct line *l, uint64_t p);
	int size;
} struct_args[] = {
	{ "getrusage", 1, OUT, put_rusage, -1 },
	{ "times", 0, OUT, put_tms, -1 },
	{ "uname", 0, OUT, put_utsname, -1 },
	{ "sysinfo", 0, OUT, put_sysinfo, -1 },
	{ "fstat", 1, OUT, put_stat, -1 },
	{ "newfstatat", 2, OUT, put_stat, -1 },
	{ "clock_gettime", 1, OUT, put_timespec, -1 },
	{ "clock_getres", 1, OUT, put_timespec, -1 },
	{ "nanosleep", 0, IN, put_timespec, -1 },
	{ "clock_nanosleep", 2, IN, put_timespec, -1 },
	{ "gettimeofday", 0, OUT, put_timeval, -1 },
	{ "gettimeofday", 1, OUT, put_timezone, -1 },
	{ "time", 0, OUT, put_time, -1 },
	{ "getrlimit", 1, OUT, put_rlimit, -1 },
	{ "setrlimit", 1, IN, put_rlimit, -1 },
	{ "prlimit64", 2, IN, put_rlimit, -1 },
	{ "prlimit64", 3, OUT, put_rlimit, -1 },
	{ "rt_sigaction", 1, IN, put_sigaction, -1 },
	{ "rt_sigaction", 2, OUT, put_sigaction, -1 },
	{ "rt_sigprocmask", 1, IN, put_sigset, 3 },
	{ "rt_sigprocmask", 2, OUT, put_sigset, 3 },
	{ "sigaltstack", 0, IN, put_stack, -1 },
	{ "sigaltstack", 1, OUT, put_stack, -1 },
	{ "pipe", 0, OUT, put_fd_pair, -1 },
	{ "pipe2", 0, OUT, put_fd_pair, -1 },
	{ 0, 0, IN, 0, 0 }
};

static const struct flag_name rusage_who[] = {
	{ 0, "RUSAGE_SELF" }, { (uint64_t)-1, "RUSAGE_CHILDREN" },
	{ 1, "RUSAGE_THREAD" }, { 0, 0 }
};

static const struct flag_name fd_flags[] = {
	{ FD_CLOEXEC, "FD_CLOEXEC" }, { 0, 0 }
};

static bool is(const char *a, const char *b)
{
	return !strcmp(a, b);
}

/* open(2)'s flags: the access mode by name, then the flags. */
static void put_open_flags(struct line *l, uint64_t v)
{
	static const char *const modes[] = {
		"O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE"
	};

	put(l, "%s", modes[v & 3]);
	if (v & ~3ull) {
		put(l, "|");
		put_flags(l, open_flags, v & ~3ull, "O_???");
	}
}

/* fcntl's third argument, by command: strace leaves it out where the
 * command takes none. */
static void put_fcntl_arg(struct line *l, uint64_t cmd, uint64_t v)
{
	switch (cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		put(l, "%d", (int)v);
		break;
	case F_SETFD:
		put_flags(l, fd_flags, v, "FD_???");
		break;
	case F_SETFL:
		put_open_flags(l, v);
		break;
	default:
		put(l, "0x%lx", v);
	}
}

int shown_args(const char *name, const uint64_t *a, int n)
{
	if (is(name, "fcntl") && (a[1] == F_GETFD || a[1] == F_GETFL))
		return 2;
	/* mremap's new address means something only with MREMAP_FIXED */
	if (is(name, "mremap") && !(a[3] & MREMAP_FIXED) && n > 4)
		return 4;
	return n;
}

void put_result(struct line *l, const char *name, const uint64_t *a, long ret)
{
	if (is(name, "brk") || is(name, "mmap") || is(name, "mremap")) {
		put(l, " = 0x%lx", (uint64_t)ret);
	} else if (is(name, "time")) {
		put(l, " = %ld (", ret);
		put_date(l, ret);
		put(l, ")");
	} else if (is(name, "umask")) {
		put(l, " = 0%02lo", (uint64_t)ret);	/* the old mask, in octal */
	} else if (is(name, "fcntl") && a[1] == F_GETFL) {
		put(l, ret ? " = 0x%lx (flags " : " = %ld (flags ", ret);
		put_open_flags(l, (uint64_t)ret);
		put(l, ")");
	} else if (is(name, "fcntl") && a[1] == F_GETFD && ret) {
		put(l, " = 0x%lx (flags ", ret);
		put_flags(l, fd_flags, (uint64_t)ret, "FD_???");
		put(l, ")");
	} else {
		put(l, " = %ld", ret);
	}
}

static bool put_struct(struct line *l, const char *name, int i,
		       const uint64_t *a, bool ok)
{
	for (const struct struct_arg *s = struct_args; s->call; s++) {
		if (s->i != i || !is(s->call, name))
			continue;
		if ((s->dir == OUT && !ok) ||
		    (s->size >= 0 && a[s->size] != SIGSET_SIZE))
			put_ptr(l, a[i]);
		else
			s->put(l, a[i]);
		return true;
	}
	return false;
}

bool put_special(struct line *l, const char *name, int i, const uint64_t *a,
		 long ret, bool i386)
{
	bool ok = ret >= 0 || ret < -MAX_ERRNO;

	/* The i386 structures have 32-bit longs and pointers: rather than
	 * decode them with the x86-64 layout, show their addresses. */
	if (!i386 && put_struct(l, name, i, a, ok))
		return true;
	if ((is(name, "write") || is(name, "pwrite64")) && i == 1) {
		put_buf(l, a[1], a[2]);
	} else if ((is(name, "read") || is(name, "pread64")) && i == 1) {
		if (ok)
			put_buf(l, a[1], (uint64_t)ret);
		else
			put_ptr(l, a[1]);
	} else if (is(name, "writev") && i == 1) {
		put_iovec(l, a[1], a[2], -1);
	} else if (is(name, "readv") && i == 1) {
		put_iovec(l, a[1], a[2], ok ? ret : 0);
	} else if ((is(name, "mmap") || is(name, "mprotect")) && i == 2) {
		put_flags(l, prot_flags, a[2], "PROT_???");
	} else if (is(name, "mmap") && i == 3) {
		put_const(l, map_types, a[3] & 0xf);
		if (a[3] & ~0xfull) {
			put(l, "|");
			put_flags(l, map_flags, a[3] & ~0xfull, NULL);
		}
	} else if (is(name, "mmap") && i == 4) {
		put(l, "%d", (int)a[4]);
	} else if (is(name, "mremap") && i == 3) {
		put_flags(l, mremap_flags, a[3], "MREMAP_???");
	} else if (is(name, "madvise") && i == 2) {
		put_xval(l, madv_names, a[2], "MADV_???");
	} else if (is(name, "arch_prctl") && i == 0) {
		put_xval(l, arch_prctl_codes, a[0], "ARCH_???");
	} else if (is(name, "ioctl") && i == 1) {
		put_const(l, ioctl_cmds, a[1]);
	} else if (is(name, "ioctl") && i == 2 && !i386 &&
		   put_ioctl_arg(l, a[1], a[2], ok)) {
		/* printed */
	} else if (is(name, "arch_prctl") && i == 1 && !i386 &&
		   (a[0] == ARCH_GET_FS || a[0] == ARCH_GET_GS)) {
		if (ok)
			put_addr_ref(l, a[1]);
		else
			put_ptr(l, a[1]);
	} else if (is(name, "arch_prctl") && i == 1) {
		put(l, a[1] ? "0x%lx" : "0", a[1]);	/* a value, not NULL */
	} else if (is(name, "fcntl") && i == 1) {
		put_xval(l, fcntl_cmds, a[1], "F_???");
	} else if (is(name, "fcntl") && i == 2) {
		put_fcntl_arg(l, a[1], a[2]);
	} else if ((is(name, "prlimit64") && i == 1) ||
		   ((is(name, "getrlimit") || is(name, "setrlimit")) && i == 0)) {
		put_xval(l, rlimit_names, a[i], "RLIMIT_???");
	} else if (is(name, "getrusage") && i == 0) {
		put_xval(l, rusage_who, lookup(rusage_who, (uint64_t)(int)a[0]) ?
			 (uint64_t)(int)a[0] : (uint32_t)a[0], "RUSAGE_???");
	} else if (is(name, "getrandom") && i == 0) {
		if (ok)
			put_buf(l, a[0], (uint64_t)ret);
		else
			put_ptr(l, a[0]);
	} else if (is(name, "getrandom") && i == 2) {
		put_flags(l, grnd_flags, a[2], "GRND_???");
	} else if (is(name, "newfstatat") && i == 0) {
		put(l, (int)a[0] == -100 ? "AT_FDCWD" : "%d", (int)a[0]);
	} else if (is(name, "rt_sigpending") && i == 0) {
		/* Linux writes any size up to its own: so many bytes */
		uint64_t set = 0;

		if (ok && a[1] && a[1] <= SIGSET_SIZE &&
		    !copy_from_user(&set, (const void *)a[0], a[1]))
			put_sigset_val(l, set);
		else
			put_ptr(l, a[0]);
	} else if (is(name, "umask") && i == 0) {
		put(l, "0%02o", (unsigned)a[0]);	/* 022, 000, 0777 */
	} else if (is(name, "pipe2") && i == 1) {
		put_flags(l, open_flags, a[1], "O_???");
	} else if (is(name, "newfstatat") && i == 3) {
		put_flags(l, at_flags, a[3], "AT_???");
	} else if (is(name, "readlink") && i == 1 && ok) {
		put_buf(l, a[1], (uint64_t)ret);
	} else if (is(name, "getcwd") && i == 0) {
		/* the result counts the path's NUL */
		if (ok && ret > 0)
			put_path(l, a[0], (uint64_t)ret - 1);
		else
			put_ptr(l, a[0]);
	} else if ((is(name, "clock_gettime") || is(name, "clock_getres") ||
		    is(name, "clock_nanosleep")) && i == 0) {
		put_xval(l, clock_names, a[0], "CLOCK_???");
	} else if (is(name, "rt_sigprocmask") && i == 0) {
		put_xval(l, sigmask_how, a[0], "SIG_???");
	} else if ((is(name, "rt_sigaction") && i == 0) ||
		   ((is(name, "kill") || is(name, "tkill")) && i == 1) ||
		   (is(name, "tgkill") && i == 2)) {
		put_signame(l, (int)a[i]);
	} else if (is(name, "lseek") && i == 2) {
		put_xval(l, seek_whence, a[2], "SEEK_???");
	} else if (is(name, "brk") && i == 0) {
		put_ptr(l, a[0]);
	} else if (is(name, "rseq") && (i == 1 || i == 3)) {
		put(l, "0x%lx", a[i]);
	} else {
		return false;
	}
	return true;
}
