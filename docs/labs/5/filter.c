/*
 * Lab 5: your seccomp filter (docs/labs/5-seccomp.md).
 *
 * tests/labs/5/confine.c #includes this file and installs `filter` with
 * seccomp(SECCOMP_SET_MODE_FILTER) before it does anything else, so
 * every system call it makes afterwards, through either door, runs
 * through this program first.  You have <linux/filter.h> (BPF_STMT,
 * BPF_JUMP, the BPF_* codes), <linux/seccomp.h> (SECCOMP_RET_*, struct
 * seccomp_data), <linux/audit.h> (AUDIT_ARCH_*) and the x86-64 __NR_*
 * numbers of trapdoor's table (build/gen/user/unistd_64.h) and
 * __X32_SYSCALL_BIT.
 *
 * The starting point lets everything through.
 */
static struct sock_filter filter[] = {
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
};
