/*
 * strace in the kernel: with `strace` on the command line every system
 * call is printed, after it returns, as strace(1) prints it:
 *     write(1, "hello\n", 6) = 6
 * arguments formatted from the prototypes of the syscall table, strings
 * escaped and cut at 32 bytes (paths whole), flags and constants by
 * name, the structures a call reads or fills in (filled-in ones only
 * when it succeeded), errors as "-1 ENOSYS (Function not implemented)".
 * Calls through int $0x80 are marked "[i386]".  The trace goes to COM3
 * (the runner's --strace puts it on stderr or in a file), never into the
 * program's output.  Files: strace.c (the line), strace_args.c (which
 * argument is what), strace_fmt.c, strace_struct.c, strace_sig.c,
 * strace_tty.c (how each piece prints), strace_flags.c (the names).
 */
#ifndef STRACE_H
#define STRACE_H

#include <stdbool.h>
#include <stdint.h>

struct pt_regs;

struct flag_name {
	uint64_t value;
	const char *name;
};

extern bool strace_enabled;

void strace_init(bool enabled);
/* Around one system call: args saved at entry, the line printed at exit
 * (or at entry, with "= ?", for the calls that do not return). */
void strace_enter(const struct pt_regs *regs, unsigned long nr, bool i386);
void strace_exit(long ret);
/* "--- SIGSEGV {si_signo=...} ---", "+++ exited with 3 +++", ... */
void strace_signal(int sig, int code, uint64_t addr);
void strace_exited(int status);
void strace_killed(int sig);

/* strace_flags.c */
extern const struct flag_name open_flags[], prot_flags[], map_flags[],
	map_types[], clock_names[], arch_prctl_codes[], ioctl_cmds[],
	rlimit_names[], grnd_flags[], at_flags[], sigmask_how[],
	seek_whence[], madv_names[], fcntl_cmds[], sa_flags[], mremap_flags[],
	errno_names[], errno_texts[];

#endif
