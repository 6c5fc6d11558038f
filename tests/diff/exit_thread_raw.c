/* exit_thread_raw: the exit system call (60, the thread's exit, not
 * exit_group) in a single-threaded process ends the process with status 9. */
#define _GNU_SOURCE
#include <stdio.h>
#include <unistd.h>
#include <sys/syscall.h>

int main(void)
{
	printf("before SYS_exit\n");
	fflush(stdout);
	syscall(SYS_exit, 9);
	printf("not reached\n");
	return 1;
}
