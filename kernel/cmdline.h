/* The kernel command line: `quiet`, `selftest=NAME`, `log=com1|com2|none`,
 * `init=NAME`. */
#ifndef CMDLINE_H
#define CMDLINE_H

#include <stdbool.h>

#define CMDLINE_MAX_WARN	4

enum log_target { LOG_COM1, LOG_COM2, LOG_NONE };

struct cmdline_opts {
	bool quiet;
	enum log_target log;
	char selftest[32];
	char init[64];		/* the module to run first; "": the first */
	bool console_framed;	/* console=framed (console.c) */
	bool strace;		/* trace every system call (strace.c) */
	int nwarn;		/* problems to report once the log is up */
	char warn[CMDLINE_MAX_WARN][96];
};

/* Never fails: unknown options become warnings and are ignored. */
void cmdline_parse(const char *cmdline, struct cmdline_opts *o);

#endif
