/* Linux's numbers for open flags, fcntl commands and the *at() flags on
 * x86-64 (its asm-generic fcntl.h and fcntl.h): one copy, for the
 * descriptor calls and for the tracer that names them. */
#ifndef TRAPDOOR_FCNTL_H
#define TRAPDOOR_FCNTL_H

#define O_ACCMODE	00000003
#define O_RDONLY	00000000
#define O_WRONLY	00000001
#define O_RDWR		00000002
#define O_CREAT		00000100
#define O_EXCL		00000200
#define O_NOCTTY	00000400
#define O_TRUNC		00001000
#define O_APPEND	00002000
#define O_NONBLOCK	00004000
#define O_LARGEFILE	00100000	/* what Linux reports in F_GETFL */
#define O_DIRECTORY	00200000
#define O_NOFOLLOW	00400000
#define O_CLOEXEC	02000000

#define F_DUPFD		0
#define F_GETFD		1
#define F_SETFD		2
#define F_GETFL		3
#define F_SETFL		4
#define F_DUPFD_CLOEXEC	1030		/* F_LINUX_SPECIFIC_BASE + 6 */
#define FD_CLOEXEC	1

#define AT_FDCWD	(-100)
#define AT_SYMLINK_NOFOLLOW	0x100
#define AT_REMOVEDIR	0x200
#define AT_SYMLINK_FOLLOW	0x400
#define AT_EMPTY_PATH	0x1000

#endif
