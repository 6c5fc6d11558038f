/*
 * prctl: the options trapdoor has, with Linux's checks; every other option
 * is -EINVAL, as Linux answers an option it does not know.
 */
#include "syscalls.h"
#include "errno.h"
#include "seccomp.h"
#include "string.h"
#include "task.h"

#define PR_SET_NAME		15
#define PR_GET_NAME		16
#define PR_GET_SECCOMP		21
#define PR_SET_SECCOMP		22
#define PR_SET_NO_NEW_PRIVS	38
#define PR_GET_NO_NEW_PRIVS	39

long sys_prctl(int option, unsigned long arg2, unsigned long arg3,
	       unsigned long arg4, unsigned long arg5)
{
	char name[sizeof(current->comm)];

	switch (option) {
	case PR_SET_NAME:
		/* at most 15 bytes and the NUL: the rest is cut, and the
		 * rest of the 16 zeroed, as Linux (no stale stack bytes) */
		memset(name, 0, sizeof(name));
		if (strncpy_from_user(name, (const char __user *)arg2,
				      sizeof(name) - 1) < 0)
			return -EFAULT;
		name[sizeof(name) - 1] = '\0';
		memcpy(current->comm, name, sizeof(name));
		return 0;
	case PR_GET_NAME:
		return copy_to_user((void __user *)arg2, current->comm,
				    sizeof(current->comm)) ? -EFAULT : 0;
	case PR_GET_SECCOMP:
		return prctl_get_seccomp();
	case PR_SET_SECCOMP:
		return prctl_set_seccomp(arg2, (void __user *)arg3);
	case PR_SET_NO_NEW_PRIVS:
		if (arg2 != 1 || arg3 || arg4 || arg5)
			return -EINVAL;
		current->no_new_privs = true;	/* for good */
		return 0;
	case PR_GET_NO_NEW_PRIVS:
		if (arg2 || arg3 || arg4 || arg5)
			return -EINVAL;
		return current->no_new_privs;
	default:
		return -EINVAL;
	}
}
