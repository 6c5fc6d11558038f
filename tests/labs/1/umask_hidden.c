/*
 * Lab 1's hidden checks: umask (x86-64 95, i386 60) as Linux has it.
 * Each check's text starts with its group's [tag]; tools/grade scores
 * the groups (tests/labs/1/checks.sh).  The order matters: the first
 * call must see init's mask, 022.
 */
#include "ulib.h"

int main(void)
{
	/* first: pid 1 starts with Linux's init mask */
	CHECK_EQ(sc_umask(0), 022, "[first] the first umask(0) returns 022 (init's mask)");

	/* old: each call returns the mask before it */
	CHECK_EQ(sc_umask(077), 0, "[old] umask(077) returns the 0 set before");
	CHECK_EQ(sc_umask(027), 077, "[old] umask(027) returns 077");
	CHECK_EQ(sc_umask(027), 027, "[old] umask(027) again returns 027");
	CHECK_EQ(sc_umask(0), 027, "[old] umask(0) returns 027");

	/* bits: only mask & 0777 is kept */
	CHECK_EQ(sc_umask(07777), 0, "[bits] umask(07777) returns 0");
	CHECK_EQ(sc_umask(0), 0777, "[bits] umask(07777) kept 0777 (setuid/setgid/sticky dropped)");
	CHECK_EQ(sc_umask(-1), 0, "[bits] umask(-1) returns 0");
	CHECK_EQ(sc_umask(0), 0777, "[bits] umask(-1) kept 0777");
	CHECK_EQ(sc_umask(0x12345), 0, "[bits] umask(0x12345) returns 0");
	CHECK_EQ(sc_umask(0), 0505, "[bits] umask(0x12345) kept 0505");
	/* The argument is an int: the upper half of rdi is not part of it. */
	CHECK_EQ(__sc1(__NR_umask, 0x7700000000000000l | 0644), 0,
		 "[bits] garbage above bit 31 of rdi is ignored (returns 0)");
	CHECK_EQ(sc_umask(0), 0644, "[bits] ... and the mask is 0644");

	/* i386: int $0x80 with eax = 60 reaches the same handler and mask */
	CHECK_EQ(i80_umask(022), 0, "[i386] umask through int $0x80 (60) returns the mask syscall set");
	CHECK_EQ(sc_umask(0750), 022, "[i386] syscall sees the mask int $0x80 set");
	CHECK_EQ(i80_umask(0xffffff), 0750, "[i386] int $0x80 umask(0xffffff) returns 0750");
	CHECK_EQ(i80_umask(0), 0777, "[i386] int $0x80 keeps only 0777");
	CHECK_EQ(i80_umask(0), 0, "[i386] and returns it: 0");
	check_done();
}
