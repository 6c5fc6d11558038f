/* exit_group_raw: output by raw write(2) and then the exit_group system
 * call with 0x1234: the status is its low byte, 0x34 = 52, and stdio's
 * buffer (never flushed) is lost, as nothing runs after exit_group. */
#define _GNU_SOURCE
#include <stdio.h>
#include <unistd.h>
#include <sys/syscall.h>

int main(void)
{
	static const char msg[] = "written with write(2)\n";
	setvbuf(stdout, NULL, _IOFBF, 4096);
	printf("this line stays in stdio's buffer and is lost\n");
	syscall(SYS_write, 1, msg, sizeof msg - 1);
	syscall(SYS_exit_group, 0x1234);
	return 99;
}
