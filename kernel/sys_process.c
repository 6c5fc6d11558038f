/*
 * The calls about the process itself: its ids (pid 1, the first process,
 * run as root: everything 0 as on Linux's init), leaving, and yielding.
 */
#include "syscalls.h"
#include "task.h"

long sys_getpid(void)
{
	return current->pid;
}

long sys_gettid(void)
{
	return current->pid;		/* one thread per process */
}

long sys_getppid(void)
{
	return current->ppid;
}

long sys_getuid(void)
{
	return 0;
}

long sys_geteuid(void)
{
	return 0;
}

long sys_getgid(void)
{
	return 0;
}

long sys_getegid(void)
{
	return 0;
}

/* One process, one thread: ending the thread ends the process. */
long sys_exit(int error_code)
{
	do_exit(error_code & 0xff);
}

long sys_exit_group(int error_code)
{
	do_exit(error_code & 0xff);
}

long sys_sched_yield(void)
{
	return 0;		/* nobody else to run */
}
