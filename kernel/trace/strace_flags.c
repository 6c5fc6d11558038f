/*
 * The symbolic names strace prints for flags and constants, as tables:
 * (value, name) pairs, Linux's values.  strace.c picks the table by the
 * system call and argument.
 */
#include "strace.h"

#define F(v, n)	{ v, n }
#define END	{ 0, 0 }

const struct flag_name open_flags[] = {	/* the access mode is separate */
	F(00000100, "O_CREAT"), F(00000200, "O_EXCL"), F(00000400, "O_NOCTTY"),
	F(00001000, "O_TRUNC"), F(00002000, "O_APPEND"),
	F(00004000, "O_NONBLOCK"), F(00010000, "O_DSYNC"),
	F(00040000, "O_DIRECT"), F(00100000, "O_LARGEFILE"),
	F(00200000, "O_DIRECTORY"), F(00400000, "O_NOFOLLOW"),
	F(01000000, "O_NOATIME"), F(02000000, "O_CLOEXEC"), F(04000000, "O_SYNC"),
	F(010000000, "O_PATH"), END
};

const struct flag_name prot_flags[] = {
	F(0, "PROT_NONE"), F(0x1, "PROT_READ"), F(0x2, "PROT_WRITE"), F(0x4, "PROT_EXEC"),
	F(0x8, "PROT_SEM"),
	F(0x01000000, "PROT_GROWSDOWN"), F(0x02000000, "PROT_GROWSUP"), END
};

const struct flag_name map_flags[] = {	/* the type is separate */
	F(0x10, "MAP_FIXED"), F(0x20, "MAP_ANONYMOUS"), F(0x40, "MAP_32BIT"),
	F(0x100, "MAP_GROWSDOWN"), F(0x800, "MAP_DENYWRITE"),
	F(0x1000, "MAP_EXECUTABLE"), F(0x2000, "MAP_LOCKED"),
	F(0x4000, "MAP_NORESERVE"), F(0x8000, "MAP_POPULATE"),
	F(0x10000, "MAP_NONBLOCK"), F(0x20000, "MAP_STACK"),
	F(0x40000, "MAP_HUGETLB"), F(0x80000, "MAP_SYNC"),
	F(0x100000, "MAP_FIXED_NOREPLACE"), END
};

const struct flag_name map_types[] = {
	F(1, "MAP_SHARED"), F(2, "MAP_PRIVATE"), F(3, "MAP_SHARED_VALIDATE"), END
};

const struct flag_name clock_names[] = {
	F(0, "CLOCK_REALTIME"), F(1, "CLOCK_MONOTONIC"),
	F(2, "CLOCK_PROCESS_CPUTIME_ID"), F(3, "CLOCK_THREAD_CPUTIME_ID"),
	F(4, "CLOCK_MONOTONIC_RAW"), F(5, "CLOCK_REALTIME_COARSE"),
	F(6, "CLOCK_MONOTONIC_COARSE"), F(7, "CLOCK_BOOTTIME"),
	F(8, "CLOCK_REALTIME_ALARM"), F(9, "CLOCK_BOOTTIME_ALARM"),
	F(11, "CLOCK_TAI"), END
};

const struct flag_name arch_prctl_codes[] = {
	F(0x1001, "ARCH_SET_GS"), F(0x1002, "ARCH_SET_FS"),
	F(0x1003, "ARCH_GET_FS"), F(0x1004, "ARCH_GET_GS"),
	F(0x1011, "ARCH_GET_CPUID"), F(0x1012, "ARCH_SET_CPUID"), END
};

/* strace names a number that two drivers share by both (OSS's
 * sequencer timer reuses the TCSETS numbers). */
const struct flag_name ioctl_cmds[] = {
	F(0x5401, "TCGETS"), F(0x5402, "SNDCTL_TMR_START or TCSETS"),
	F(0x5403, "SNDCTL_TMR_STOP or TCSETSW"),
	F(0x5404, "SNDCTL_TMR_CONTINUE or TCSETSF"), F(0x540f, "TIOCGPGRP"), F(0x5410, "TIOCSPGRP"),
	F(0x5413, "TIOCGWINSZ"), F(0x5414, "TIOCSWINSZ"), F(0x541b, "FIONREAD"),
	F(0x5421, "FIONBIO"), END
};

const struct flag_name rlimit_names[] = {
	F(0, "RLIMIT_CPU"), F(1, "RLIMIT_FSIZE"), F(2, "RLIMIT_DATA"),
	F(3, "RLIMIT_STACK"), F(4, "RLIMIT_CORE"), F(5, "RLIMIT_RSS"),
	F(6, "RLIMIT_NPROC"), F(7, "RLIMIT_NOFILE"), F(8, "RLIMIT_MEMLOCK"),
	F(9, "RLIMIT_AS"), F(10, "RLIMIT_LOCKS"), F(11, "RLIMIT_SIGPENDING"),
	F(12, "RLIMIT_MSGQUEUE"), F(13, "RLIMIT_NICE"), F(14, "RLIMIT_RTPRIO"),
	F(15, "RLIMIT_RTTIME"), END
};

const struct flag_name grnd_flags[] = {
	F(1, "GRND_NONBLOCK"), F(2, "GRND_RANDOM"), F(4, "GRND_INSECURE"), END
};

const struct flag_name at_flags[] = {
	F(0x100, "AT_SYMLINK_NOFOLLOW"), F(0x200, "AT_REMOVEDIR"),
	F(0x400, "AT_SYMLINK_FOLLOW"), F(0x800, "AT_NO_AUTOMOUNT"),
	F(0x1000, "AT_EMPTY_PATH"), END
};

const struct flag_name sigmask_how[] = {
	F(0, "SIG_BLOCK"), F(1, "SIG_UNBLOCK"), F(2, "SIG_SETMASK"), END
};

const struct flag_name seek_whence[] = {
	F(0, "SEEK_SET"), F(1, "SEEK_CUR"), F(2, "SEEK_END"), F(3, "SEEK_DATA"),
	F(4, "SEEK_HOLE"), END
};

const struct flag_name madv_names[] = {
	F(0, "MADV_NORMAL"), F(1, "MADV_RANDOM"), F(2, "MADV_SEQUENTIAL"),
	F(3, "MADV_WILLNEED"), F(4, "MADV_DONTNEED"), F(8, "MADV_FREE"), END
};

const struct flag_name fcntl_cmds[] = {
	F(0, "F_DUPFD"), F(1, "F_GETFD"), F(2, "F_SETFD"), F(3, "F_GETFL"),
	F(4, "F_SETFL"), F(1030, "F_DUPFD_CLOEXEC"), END
};

const struct flag_name sa_flags[] = {
	F(0x00000001, "SA_NOCLDSTOP"), F(0x00000002, "SA_NOCLDWAIT"),
	F(0x00000004, "SA_SIGINFO"), F(0x04000000, "SA_RESTORER"),
	F(0x08000000, "SA_ONSTACK"), F(0x10000000, "SA_RESTART"),
	F(0x40000000, "SA_NODEFER"), F(0x80000000, "SA_RESETHAND"), END
};

const struct flag_name mremap_flags[] = {
	F(1, "MREMAP_MAYMOVE"), F(2, "MREMAP_FIXED"), F(4, "MREMAP_DONTUNMAP"),
	END
};

/* errno names and strerror texts, as strace prints them. */
const struct flag_name errno_names[] = {
	F(1, "EPERM"), F(2, "ENOENT"), F(3, "ESRCH"), F(4, "EINTR"),
	F(5, "EIO"), F(6, "ENXIO"), F(7, "E2BIG"), F(8, "ENOEXEC"),
	F(9, "EBADF"), F(10, "ECHILD"), F(11, "EAGAIN"), F(12, "ENOMEM"),
	F(13, "EACCES"), F(14, "EFAULT"), F(16, "EBUSY"), F(17, "EEXIST"),
	F(19, "ENODEV"), F(20, "ENOTDIR"), F(21, "EISDIR"), F(22, "EINVAL"),
	F(24, "EMFILE"), F(25, "ENOTTY"), F(27, "EFBIG"), F(28, "ENOSPC"),
	F(29, "ESPIPE"), F(30, "EROFS"), F(32, "EPIPE"), F(33, "EDOM"),
	F(34, "ERANGE"), F(36, "ENAMETOOLONG"), F(38, "ENOSYS"),
	F(40, "ELOOP"), F(95, "EOPNOTSUPP"), F(110, "ETIMEDOUT"), END
};

const struct flag_name errno_texts[] = {
	F(1, "Operation not permitted"), F(2, "No such file or directory"),
	F(3, "No such process"), F(4, "Interrupted system call"),
	F(5, "Input/output error"), F(6, "No such device or address"),
	F(7, "Argument list too long"), F(8, "Exec format error"),
	F(9, "Bad file descriptor"), F(10, "No child processes"),
	F(11, "Resource temporarily unavailable"),
	F(12, "Cannot allocate memory"), F(13, "Permission denied"),
	F(14, "Bad address"), F(16, "Device or resource busy"),
	F(17, "File exists"), F(19, "No such device"), F(20, "Not a directory"),
	F(21, "Is a directory"), F(22, "Invalid argument"),
	F(24, "Too many open files"),
	F(25, "Inappropriate ioctl for device"), F(27, "File too large"),
	F(28, "No space left on device"), F(29, "Illegal seek"),
	F(30, "Read-only file system"), F(32, "Broken pipe"),
	F(33, "Numerical argument out of domain"),
	F(34, "Numerical result out of range"), F(36, "File name too long"),
	F(38, "Function not implemented"),
	F(40, "Too many levels of symbolic links"),
	F(95, "Operation not supported"), F(110, "Connection timed out"), END
};
