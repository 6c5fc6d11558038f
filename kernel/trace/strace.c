/*
 * The tracer: see strace.h.  Each argument is formatted from its type in
 * the generated signature table (syscall_names.c): char pointers as
 * strings, other pointers in hex (NULL as NULL), integers in decimal;
 * the arguments whose meaning the type does not tell (flags, clock ids,
 * ioctl requests, structures) are decoded by strace_args.c.
 */
#include <stdarg.h>
#include "strace.h"
#include "strace_fmt.h"
#include "ptrace.h"
#include "serial.h"
#include "signal.h"
#include "string.h"
#include "syscall_names.h"
#include "uaccess.h"
#include "vsprintf.h"
#include "syscall.h"

#define COM3		0x3e8
#define MAX_ERRNO	4095

bool strace_enabled;

static struct {
	unsigned long nr;
	bool i386;
	uint64_t arg[6];
	const struct syscall_desc *desc;
} call;

static void emit(struct line *l)
{
	put(l, "\n");
	serial_write(COM3, l->s, l->n, true);
}

void strace_init(bool enabled)
{
	strace_enabled = enabled && serial_init(COM3);
	if (strace_enabled)
		syscall_work = true;
}

static bool is(const char *a, const char *b)
{
	return !strcmp(a, b);
}

/* The string arguments that are paths: strace shows them whole. */
static bool path_name(const char *name)
{
	static const char *const names[] = {
		"filename", "path", "pathname", "oldname", "newname",
		"specialfile", "to_path", "put_old", "new_root", 0
	};

	for (int i = 0; names[i]; i++)
		if (is(name, names[i]))
			return true;
	return false;
}

/* By type: strings, pointers, or integers of the type's signedness. */
static void put_by_type(struct line *l, const char *type, const char *name,
			uint64_t v)
{
	size_t n = strlen(type);
	bool ptr = n && type[n - 1] == '*';

	if (ptr && strstr(type, "char") && strstr(type, "const") &&
	    path_name(name))
		put_pathname(l, v);
	else if (ptr && strstr(type, "char") && strstr(type, "const"))
		put_str(l, v);
	else if (ptr)
		put_ptr(l, v);
	else if (strstr(type, "unsigned") || strstr(type, "size_t") ||
		 strstr(type, "u32") || strstr(type, "u64"))
		put(l, "%lu", v);
	else if (strstr(type, "long") || strstr(type, "off_t"))
		put(l, "%ld", (long)v);
	else
		put(l, "%d", (int)v);
}

/* The types and names of the args string ("int fd, char __user *buf");
 * an unnamed parameter gets the name "". */
static int split_args(const char *args, char types[6][64], char names[6][32])
{
	int n = 0;

	while (*args && n < 6) {
		size_t k = 0;

		while (*args == ' ')
			args++;
		while (*args && *args != ',' && k < 63)
			types[n][k++] = *args++;
		types[n][k] = '\0';
		while (k && types[n][k - 1] == ' ')
			types[n][--k] = '\0';
		names[n][0] = '\0';
		/* the name is the last word, unless that ends the type */
		size_t e = k;

		while (e && types[n][e - 1] != ' ' && types[n][e - 1] != '*')
			e--;
		const char *last = types[n] + e;

		if (e && strcmp(last, "int") && strcmp(last, "long") &&
		    strcmp(last, "unsigned") && strcmp(last, "size_t")) {
			size_t m = strnlen(last, 31);

			memcpy(names[n], last, m);
			names[n][m] = '\0';
			types[n][e] = '\0';
		}
		n++;
		if (*args == ',')
			args++;
	}
	return n;
}

/* Integers that are addresses: strace shows them in hex. */
static bool address_name(const char *name)
{
	static const char *const names[] = {
		"addr", "start", "brk", "arg", "arg2", "new_addr", "old_addr", 0
	};

	for (int i = 0; names[i]; i++)
		if (is(name, names[i]))
			return true;
	return false;
}

/* File descriptors: strace prints them as ints, whatever the type. */
static bool fd_name(const char *name)
{
	size_t n = strlen(name);

	return n >= 2 && !strcmp(name + n - 2, "fd");
}

void strace_enter(const struct pt_regs *regs, unsigned long nr, bool i386)
{
	call.nr = nr;
	call.i386 = i386;
	if (i386) {
		uint64_t r[6] = { (uint32_t)regs->bx, (uint32_t)regs->cx,
				  (uint32_t)regs->dx, (uint32_t)regs->si,
				  (uint32_t)regs->di, (uint32_t)regs->bp };

		memcpy(call.arg, r, sizeof(r));
		call.desc = nr < IA32_NR_syscalls && syscall_desc_32[nr].name ?
			    &syscall_desc_32[nr] : 0;
	} else {
		uint64_t r[6] = { regs->di, regs->si, regs->dx, regs->r10,
				  regs->r8, regs->r9 };

		memcpy(call.arg, r, sizeof(r));
		call.desc = nr < NR_syscalls && syscall_desc_64[nr].name ?
			    &syscall_desc_64[nr] : 0;
	}
	/* exit and exit_group never come back: print now, as strace does. */
	if (call.desc && (is(call.desc->name, "exit") ||
			  is(call.desc->name, "exit_group")))
		strace_exit(0);
}

static void put_call(struct line *l, long ret)
{
	const struct syscall_desc *d = call.desc;
	char types[6][64];

	if (call.i386)
		put(l, "[i386] ");
	if (!d) {
		put(l, "syscall_0x%lx(", call.nr);
		for (int i = 0; i < 6; i++)
			put(l, "%s0x%lx", i ? ", " : "", call.arg[i]);
		put(l, ")");
		return;
	}
	char names[6][32];
	int n = d->nargs >= 0 ? split_args(d->args, types, names) : 6;

	if (d->nargs >= 0 && d->nargs < n)
		n = d->nargs;
	n = shown_args(d->name, call.arg, n);
	put(l, "%s(", d->name);
	for (int i = 0; i < n; i++) {
		put(l, i ? ", " : "");
		if (d->nargs < 0)
			put(l, "0x%lx", call.arg[i]);
		else if (put_special(l, d->name, i, call.arg, ret, call.i386))
			continue;
		else if (address_name(names[i]))
			put_ptr(l, call.arg[i]);
		else if (fd_name(names[i]))	/* even if unsigned */
			put(l, "%d", (int)call.arg[i]);
		else
			put_by_type(l, types[i], names[i], call.arg[i]);
	}
	put(l, ")");
}

void strace_exit(long ret)
{
	struct line l = { .n = 0 };
	const char *name = call.desc ? call.desc->name : "";
	bool noreturn = is(name, "exit") || is(name, "exit_group");

	put_call(&l, ret);
	while (l.n < 39)		/* strace aligns the results */
		put(&l, " ");
	if (noreturn)
		put(&l, " = ?");
	else if (ret < 0 && ret >= -MAX_ERRNO) {
		const char *e = lookup(errno_names, (uint64_t)-ret);
		const char *t = lookup(errno_texts, (uint64_t)-ret);

		put(&l, " = -1 %s (%s)", e ? e : "E?", t ? t : "Unknown error");
	} else if (call.desc) {
		put_result(&l, name, call.arg, ret);
	} else {
		put(&l, " = %ld", ret);
	}
	emit(&l);
}

/* si_code by name, as strace shows it (the codes trapdoor sends). */
static const char *si_code_name(int sig, int code)
{
	switch (code) {
	case SI_USER:	return "SI_USER";
	case SI_KERNEL:	return "SI_KERNEL";
	case SI_TKILL:	return "SI_TKILL";
	}
	if (sig == SIGSEGV)
		return code == SEGV_MAPERR ? "SEGV_MAPERR" :
		       code == SEGV_ACCERR ? "SEGV_ACCERR" : 0;
	if (sig == SIGILL && code == ILL_ILLOPN)
		return "ILL_ILLOPN";
	if (sig == SIGFPE && code == FPE_INTDIV)
		return "FPE_INTDIV";
	if (sig == SIGBUS && code == BUS_ADRALN)
		return "BUS_ADRALN";
	return 0;
}

void strace_signal(int sig, int code, uint64_t addr)
{
	struct line l = { .n = 0 };
	const char *cn = si_code_name(sig, code);

	put(&l, "--- %s {si_signo=%s, si_code=", signal_name(sig),
	    signal_name(sig));
	if (cn)
		put(&l, "%s", cn);
	else
		put(&l, "%d", code);
	if (sig == SIGSEGV || sig == SIGBUS || sig == SIGILL || sig == SIGFPE) {
		put(&l, ", si_addr=");
		put_ptr(&l, addr);
	}
	put(&l, "} ---");
	emit(&l);
}

void strace_exited(int status)
{
	struct line l = { .n = 0 };

	put(&l, "+++ exited with %d +++", status);
	emit(&l);
}

void strace_killed(int sig)
{
	struct line l = { .n = 0 };

	put(&l, "+++ killed by %s +++", signal_name(sig));
	emit(&l);
}
