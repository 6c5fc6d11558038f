/*
 * getpid_doors: the process's identity is the same whichever door asks.
 * getpid through `syscall` (x86-64 number 39) and through `int $0x80`
 * (i386 number 20) give the same pid, 1 (this program is init).  getppid
 * is 0 for init (as on Linux: pid 1's parent is the kernel's pid 0),
 * gettid equals the pid (one thread), and init runs as root: getuid,
 * geteuid, getgid and getegid are 0 through `syscall` and through the
 * i386 32-bit-id calls getuid32/geteuid32/getgid32/getegid32 (199-202).
 * sched_yield returns 0 through both doors.
 */
#include "ulib.h"

int main(void)
{
	long pid64 = sc_getpid(), pid32 = i80_getpid();

	CHECK_EQ(pid64, 1, "getpid through syscall (39) is 1");
	CHECK_EQ(pid32, 1, "getpid through int $0x80 (20) is 1");
	CHECK_EQ(pid64, pid32, "both doors give the same pid");
	CHECK_EQ(sc_getpid(), pid64, "getpid is stable across calls");

	CHECK_EQ(sc_getppid(), 0, "getppid through syscall (110) is 0 for init");
	CHECK_EQ(i80_getppid(), 0, "getppid through int $0x80 (64) is 0 for init");
	CHECK_EQ(sc_gettid(), pid64, "gettid through syscall (186) == pid");
	CHECK_EQ(i80_gettid(), pid64, "gettid through int $0x80 (224) == pid");

	CHECK_EQ(sc_getuid(), 0, "getuid through syscall (102) is 0");
	CHECK_EQ(sc_geteuid(), 0, "geteuid through syscall (107) is 0");
	CHECK_EQ(sc_getgid(), 0, "getgid through syscall (104) is 0");
	CHECK_EQ(sc_getegid(), 0, "getegid through syscall (108) is 0");

	CHECK_EQ(i80_getuid32(), 0, "getuid32 through int $0x80 (199) is 0");
	CHECK_EQ(i80_getgid32(), 0, "getgid32 through int $0x80 (200) is 0");
	CHECK_EQ(i80_geteuid32(), 0, "geteuid32 through int $0x80 (201) is 0");
	CHECK_EQ(i80_getegid32(), 0, "getegid32 through int $0x80 (202) is 0");

	CHECK_EQ(sc_sched_yield(), 0, "sched_yield through syscall (24) is 0");
	CHECK_EQ(i80_sched_yield(), 0, "sched_yield through int $0x80 (158) is 0");
	check_done();
}
