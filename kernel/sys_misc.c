/*
 * The small calls a C library makes at start-up or on the way: the thread
 * pointer (arch_prctl), set_tid_address, set_robust_list, resource limits,
 * sysinfo, getcwd, readlink, getrandom.
 */
#include "syscalls.h"
#include "cpu.h"
#include "cpufeature.h"
#include "errno.h"
#include "layout.h"
#include "memory.h"
#include "string.h"
#include "task.h"
#include "time.h"
#include "sysinfo.h"

#define ARCH_SET_GS		0x1001
#define ARCH_SET_FS		0x1002
#define ARCH_GET_FS		0x1003
#define ARCH_GET_GS		0x1004
#define ARCH_GET_CPUID		0x1011
#define ARCH_SET_CPUID		0x1012

/*
 * FS is the user's thread pointer.  GS: while we are in the kernel, the
 * user's GS base is in KERNEL_GS_BASE (swapgs put it there), so that is
 * the MSR to read and write.  A base must be a user address (Linux:
 * -EPERM otherwise), or the next swapgs would hand the kernel's GS to user
 * space or a user base to the kernel.
 */
long sys_arch_prctl(int option, unsigned long arg2)
{
	uint64_t v;

	switch (option) {
	case ARCH_SET_FS:
	case ARCH_SET_GS:
		if (arg2 >= USER_TOP)
			return -EPERM;
		wrmsr(option == ARCH_SET_FS ? MSR_FS_BASE : MSR_KERNEL_GS_BASE,
		      arg2);
		return 0;
	case ARCH_GET_FS:
	case ARCH_GET_GS:
		v = rdmsr(option == ARCH_GET_FS ? MSR_FS_BASE : MSR_KERNEL_GS_BASE);
		return copy_to_user((void __user *)arg2, &v, sizeof(v)) ?
		       -EFAULT : 0;
	case ARCH_GET_CPUID:
		return 1;		/* cpuid is not faulting */
	case ARCH_SET_CPUID:
		return arg2 ? 0 : -ENODEV;	/* no CPUID faulting here */
	default:
		return -EINVAL;
	}
}

long sys_set_tid_address(int __user *tidptr)
{
	current->clear_child_tid = tidptr;
	return current->pid;
}

struct robust_list_head { void *list; long futex_offset; void *pending; };

long sys_set_robust_list(struct robust_list_head __user *head, size_t len)
{
	if (len != sizeof(struct robust_list_head))
		return -EINVAL;
	current->robust_list = (uint64_t)head;
	current->robust_len = len;
	return 0;
}

/* Resource limits: Linux's defaults for init, kept per process. */
#define RLIM_NLIMITS	16
#define RLIM_INFINITY	(~0ul)
#define RLIMIT_STACK	3
#define RLIMIT_CORE	4
#define RLIMIT_NPROC	6
#define RLIMIT_NOFILE	7
#define RLIMIT_MEMLOCK	8
#define RLIMIT_SIGPENDING 11
#define RLIMIT_MSGQUEUE	12

struct rlimit64 {
	uint64_t rlim_cur, rlim_max;
};

struct rlimit {
	unsigned long rlim_cur, rlim_max;
};

static struct rlimit64 limits[RLIM_NLIMITS];
static bool limits_ready;

static struct rlimit64 *rlim(unsigned int resource)
{
	if (!limits_ready) {
		for (int i = 0; i < RLIM_NLIMITS; i++)
			limits[i] = (struct rlimit64){ RLIM_INFINITY, RLIM_INFINITY };
		limits[RLIMIT_STACK].rlim_cur = 8 << 20;
		limits[RLIMIT_CORE].rlim_cur = 0;
		limits[RLIMIT_NPROC] = (struct rlimit64){ 1024, 1024 };
		limits[RLIMIT_NOFILE] = (struct rlimit64){ 1024, 4096 };
		limits[RLIMIT_MEMLOCK] = (struct rlimit64){ 8 << 20, 8 << 20 };
		limits[RLIMIT_SIGPENDING] = (struct rlimit64){ 1024, 1024 };
		limits[RLIMIT_MSGQUEUE] = (struct rlimit64){ 819200, 819200 };
		limits[13] = limits[14] = (struct rlimit64){ 0, 0 };	/* NICE, RTPRIO */
		limits_ready = true;
	}
	return &limits[resource];
}

long sys_prlimit64(pid_t pid, unsigned int resource,
		   const struct rlimit64 __user *new_rlim,
		   struct rlimit64 __user *old_rlim)
{
	struct rlimit64 new;

	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	if (pid != 0 && pid != current->pid)
		return -ESRCH;
	if (new_rlim) {
		if (copy_from_user(&new, new_rlim, sizeof(new)))
			return -EFAULT;
		if (new.rlim_cur > new.rlim_max)
			return -EINVAL;
		if (resource == RLIMIT_NOFILE && new.rlim_max > 1048576)
			return -EPERM;		/* past fs.nr_open */
	}
	if (old_rlim && copy_to_user(old_rlim, rlim(resource), sizeof(new)))
		return -EFAULT;
	if (new_rlim)
		*rlim(resource) = new;
	return 0;
}

long sys_getrlimit(unsigned int resource, struct rlimit __user *r)
{
	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	struct rlimit64 *l = rlim(resource);
	struct rlimit v = { l->rlim_cur, l->rlim_max };

	return copy_to_user(r, &v, sizeof(v)) ? -EFAULT : 0;
}

long sys_setrlimit(unsigned int resource, struct rlimit __user *r)
{
	struct rlimit v;

	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	if (copy_from_user(&v, r, sizeof(v)))
		return -EFAULT;
	if (v.rlim_cur > v.rlim_max)
		return -EINVAL;
	*rlim(resource) = (struct rlimit64){ v.rlim_cur, v.rlim_max };
	return 0;
}

long sys_sysinfo(struct sysinfo __user *info)
{
	struct sysinfo si;

	memset(&si, 0, sizeof(si));
	si.uptime = (long)((ktime_ns() + NSEC_PER_SEC - 1) / NSEC_PER_SEC);
	si.totalram = memory_top();
	si.freeram = frames_free() * PAGE_SIZE;
	si.procs = 1;
	si.mem_unit = 1;
	return copy_to_user(info, &si, sizeof(si)) ? -EFAULT : 0;
}

long sys_getcwd(char __user *buf, unsigned long size)
{
	if (size < 2)
		return -ERANGE;
	return copy_to_user(buf, "/", 2) ? -EFAULT : 2;
}

/* No file system yet: nothing is a symbolic link, or anything at all. */
long sys_readlink(const char __user *path, char __user *buf, int bufsiz)
{
	char c;
	long n = strncpy_from_user(&c, path, 1);

	(void)buf;
	if (n < 0)
		return n;
	if (bufsiz <= 0)
		return -EINVAL;
	return -ENOENT;
}

#define GRND_NONBLOCK	0x0001
#define GRND_RANDOM	0x0002
#define GRND_INSECURE	0x0004
#define MAX_RW_COUNT	0x7ffff000

/* RDRAND where the CPU has it, else a xorshift generator seeded from the
 * TSC: fine for a teaching kernel, not for keys. */
static uint64_t random64(void)
{
	static uint64_t state;

	if (cpu_has(X86_FEATURE_RDRAND)) {
		uint64_t v;
		unsigned char ok;

		for (int tries = 0; tries < 10; tries++) {
			asm volatile("rdrand %0; setc %1" : "=r"(v), "=qm"(ok));
			if (ok)
				return v;
		}
	}
	if (!state)
		state = rdtsc() | 1;
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

long sys_getrandom(char __user *buf, size_t count, unsigned int flags)
{
	char chunk[256];
	size_t done = 0;

	if (flags & ~(unsigned int)(GRND_NONBLOCK | GRND_RANDOM | GRND_INSECURE))
		return -EINVAL;
	if ((flags & GRND_INSECURE) && (flags & GRND_RANDOM))
		return -EINVAL;
	if (count > MAX_RW_COUNT)
		count = MAX_RW_COUNT;
	while (done < count) {
		size_t n = count - done < sizeof(chunk) ? count - done : sizeof(chunk);

		for (size_t i = 0; i < n; i += 8) {
			uint64_t r = random64();

			memcpy(chunk + i, &r, n - i < 8 ? n - i : 8);
		}
		if (copy_to_user(buf + done, chunk, n))
			return done ? (long)done : -EFAULT;
		done += n;
	}
	return (long)done;
}
