/*
 * The scalar types Linux's system call prototypes use (include/linux/
 * types.h, include/uapi/asm-generic/posix_types.h), so that build/gen/
 * syscalls.h can declare every handler exactly as the table writes it.
 */
#ifndef SYSCALL_TYPES_H
#define SYSCALL_TYPES_H

#include <stddef.h>
#include <stdint.h>
#include "uaccess.h"		/* __user */

typedef int8_t s8;
typedef uint8_t u8;
typedef int16_t s16;
typedef uint16_t u16;
typedef int32_t s32, __s32;
typedef uint32_t u32, __u32;
typedef int64_t s64, __s64;
typedef uint64_t u64, __u64;

typedef long ssize_t;
typedef int pid_t;
typedef unsigned int uid_t, gid_t, qid_t;
typedef long long loff_t;
typedef long off_t;
typedef unsigned short umode_t;
typedef int clockid_t;
typedef void *timer_t;
typedef unsigned long aio_context_t;
typedef int mqd_t;
typedef int key_t;
typedef int32_t key_serial_t;
typedef int rwf_t;
typedef long __kernel_old_time_t;

typedef struct { unsigned long sig[1]; } sigset_t;		/* _NSIG 64 */
typedef struct { unsigned long fds_bits[1024 / 64]; } fd_set;
typedef struct siginfo siginfo_t;
typedef struct __user_cap_header_struct *cap_user_header_t;
typedef struct __user_cap_data_struct *cap_user_data_t;

enum landlock_rule_type { LANDLOCK_RULE_PATH_BENEATH = 1,
			  LANDLOCK_RULE_NET_PORT };

#endif
