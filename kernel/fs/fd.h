/*
 * File descriptors.  The only open file there is, so far, is the console
 * (a terminal: ttyS0); fd 0, 1 and 2 start on it, and dup and friends make
 * more.  Each process has its table; close-on-exec is kept per fd.
 */
#ifndef FD_H
#define FD_H

#include <stdbool.h>
#include "vfs.h"	/* struct file */

#define NR_OPEN		1024	/* Linux's default RLIMIT_NOFILE */

struct fdtable {
	struct file *fd[NR_OPEN];
	bool cloexec[NR_OPEN];
};

/* fd 0, 1 and 2 on the console. */
void fdtable_init(struct fdtable *t);
/* The file behind fd in the current process, or 0 (-EBADF). */
struct file *fd_file(unsigned int fd);

static inline bool fd_is_console(unsigned int fd)
{
	struct file *f = fd_file(fd);

	return f && f->kind == FILE_CONSOLE;
}

#endif
