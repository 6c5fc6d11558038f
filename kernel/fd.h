/* File descriptors.  For now fd 0, 1 and 2 are the console, as a
 * terminal's are: each can be read and written. */
#ifndef FD_H
#define FD_H

#include <stdbool.h>

static inline bool fd_is_console(unsigned int fd)
{
	return fd <= 2;
}

#endif
