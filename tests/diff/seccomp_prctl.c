/* seccomp_prctl: the prctl options around seccomp, with Linux's argument
 * checks.  PR_SET_NO_NEW_PRIVS takes exactly (1, 0, 0, 0) and cannot be
 * undone; PR_GET_NO_NEW_PRIVS wants zeros.  PR_GET_SECCOMP says 0, then 2
 * once a filter is in (PR_SET_SECCOMP with SECCOMP_MODE_FILTER); modes 0
 * and 3 are EINVAL.  PR_SET_NAME keeps 15 bytes; PR_GET_NAME gives all 16.
 * An unknown option is EINVAL; a bad pointer EFAULT. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

/* From Linux's uapi headers (linux/filter.h, linux/seccomp.h),
 * spelled out: musl-gcc does not see the kernel's. */
struct sock_filter { unsigned short code; unsigned char jt, jf; unsigned int k; };
struct sock_fprog { unsigned short len; struct sock_filter *filter; };
#define BPF_RET_K		0x06	/* BPF_RET | BPF_K */
#define SECCOMP_MODE_FILTER	2
#define SECCOMP_RET_ALLOW	0x7fff0000u

static const char *ename(int e)
{
	switch (e) {
	case EINVAL: return "EINVAL";
	case EFAULT: return "EFAULT";
	case EACCES: return "EACCES";
	default: return "other";
	}
}

static int zeros(const char *p, int n)
{
	while (n--)
		if (*p++)
			return 0;
	return 1;
}

#define SHOW(what, call) do {						\
	errno = 0;							\
	long r_ = (call);						\
	printf("%-40s %ld %s\n", what, r_, r_ == -1 ? ename(errno) : "");\
} while (0)

int main(int argc, char **argv)
{
	struct sock_filter allow = { BPF_RET_K, 0, 0, SECCOMP_RET_ALLOW };
	struct sock_fprog prog = { 1, &allow };
	char name[32], base[16];
	const char *slash = strrchr(argv[0], '/');

	(void)argc;
	memset(name, 'x', sizeof(name));
	SHOW("PR_GET_NAME", prctl(PR_GET_NAME, name, 0, 0, 0));
	snprintf(base, sizeof(base), "%s", slash ? slash + 1 : argv[0]);
	printf("  the name is argv[0]'s base name (15 bytes at most): %s\n",
	       strcmp(name, base) == 0 ? "yes" : "no");
	SHOW("PR_SET_NAME \"sandboxed\"", prctl(PR_SET_NAME, "sandboxed", 0, 0, 0));
	memset(name, 'x', sizeof(name));
	SHOW("PR_GET_NAME", prctl(PR_GET_NAME, name, 0, 0, 0));
	printf("  \"%s\", zero-filled to 16 bytes: %s, byte 16 untouched: %s\n",
	       name, zeros(name + 9, 7) ? "yes" : "no",
	       name[16] == 'x' ? "yes" : "no");
	SHOW("PR_SET_NAME of 20 letters", prctl(PR_SET_NAME,
	     "abcdefghijklmnopqrst", 0, 0, 0));
	SHOW("PR_GET_NAME", prctl(PR_GET_NAME, name, 0, 0, 0));
	printf("  \"%s\"\n", name);
	SHOW("PR_SET_NAME \"ab\"", prctl(PR_SET_NAME, "ab", 0, 0, 0));
	memset(name, 'x', sizeof(name));
	SHOW("PR_GET_NAME", prctl(PR_GET_NAME, name, 0, 0, 0));
	printf("  \"%s\", zero-filled to 16 bytes: %s\n", name,
	       zeros(name + 2, 14) ? "yes" : "no");
	SHOW("PR_SET_NAME bad pointer", prctl(PR_SET_NAME, (char *)8, 0, 0, 0));
	SHOW("PR_GET_NAME bad pointer", prctl(PR_GET_NAME, (char *)8, 0, 0, 0));

	SHOW("PR_GET_NO_NEW_PRIVS", prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));
	SHOW("PR_GET_NO_NEW_PRIVS (1, 0, 0, 0)", prctl(PR_GET_NO_NEW_PRIVS, 1, 0, 0, 0));
	SHOW("PR_SET_NO_NEW_PRIVS (0, 0, 0, 0)", prctl(PR_SET_NO_NEW_PRIVS, 0, 0, 0, 0));
	SHOW("PR_SET_NO_NEW_PRIVS (2, 0, 0, 0)", prctl(PR_SET_NO_NEW_PRIVS, 2, 0, 0, 0));
	SHOW("PR_SET_NO_NEW_PRIVS (1, 0, 0, 1)", prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 1));
	SHOW("PR_SET_NO_NEW_PRIVS (1, 0, 0, 0)", prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0));
	SHOW("PR_GET_NO_NEW_PRIVS", prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));
	SHOW("PR_SET_NO_NEW_PRIVS (1, 0, 0, 0) again", prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0));

	SHOW("PR_GET_SECCOMP", prctl(PR_GET_SECCOMP, 0, 0, 0, 0));
	SHOW("PR_SET_SECCOMP mode 0", prctl(PR_SET_SECCOMP, 0, 0, 0, 0));
	SHOW("PR_SET_SECCOMP mode 3", prctl(PR_SET_SECCOMP, 3, &prog, 0, 0));
	SHOW("PR_SET_SECCOMP filter, bad pointer", prctl(PR_SET_SECCOMP,
	     SECCOMP_MODE_FILTER, (void *)8, 0, 0));
	SHOW("PR_GET_SECCOMP", prctl(PR_GET_SECCOMP, 0, 0, 0, 0));
	SHOW("PR_SET_SECCOMP filter", prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER,
	     &prog, 0, 0));
	SHOW("PR_GET_SECCOMP", prctl(PR_GET_SECCOMP, 0, 0, 0, 0));
	SHOW("prctl option 1000", prctl(1000, 0, 0, 0, 0));
	return 0;
}
