/*
 * hostile_sysret_lastpage: the SYSRET hole, from the top of user space.
 * User space ends at 0x7ffffffff000 (one page below 2^47, as Linux's
 * TASK_SIZE_MAX): mmap of that last page below 2^47 must fail with
 * -ENOMEM, mmap of the page below it (0x7fffffffe000) works.  The program
 * writes `mov $39, %eax; syscall` (b8 27 00 00 00 0f 05) so that the
 * syscall's two bytes are the page's last two, and jumps there.  getpid
 * returns to RCX = 0x7ffffffff000: canonical, but outside user space.
 * sysretq to it would fault on the first fetch in ring 3 (fine) -- but a
 * RCX at 2^47 would have made sysretq #GP in ring 0 with the user's rsp on
 * Intel, which is why that page may never be mapped and why the kernel
 * returns through iretq for any rip >= USER_TOP.  Either way the program
 * must die of a #PF on the instruction fetch at 0x7ffffffff000 (not
 * present, user): SIGSEGV, status 128 + 11.  Linux: the same, mmap
 * included.  The kernel keeps running.
 */
/* expect: exit 139 */
/* expect-log: killed by SIGSEGV: #PF page fault at rip 0x7ffffffff000, address 0x7ffffffff000 \(not-present page on instruction fetch, user\)$ */
/* expect-log: kernel healthy */
#include "ulib.h"

#define PROT_RWX	7
#define MAP_PRIVATE	0x02
#define MAP_FIXED	0x10
#define MAP_ANONYMOUS	0x20
#define LAST_PAGE	0x7fffffffe000ul	/* the highest user page */
#define PAST_END	0x7ffffffff000ul	/* USER_TOP: never mapped */

int main(void)
{
	static const unsigned char code[] = {
		0xb8, 0x27, 0x00, 0x00, 0x00,	/* mov $39, %eax (getpid) */
		0x0f, 0x05,			/* syscall */
	};
	long r = sc_mmap(PAST_END, 4096, PROT_RWX,
			 MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	CHECK_EQ(r, -12, "mmap MAP_FIXED at 0x7ffffffff000 fails with ENOMEM");
	r = sc_mmap(LAST_PAGE, 4096, PROT_RWX,
		    MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK_EQ(r, (long)LAST_PAGE, "mmap MAP_FIXED at 0x7fffffffe000");
	if (check_failures) {
		printf("FAIL - cannot set the stage\n");
		return 1;
	}

	unsigned char *at = (unsigned char *)(PAST_END - sizeof(code));

	memcpy(at, code, sizeof(code));
	printf("jumping to %p: getpid's syscall ends at 0x%lx\n", (void *)at,
	       PAST_END);
	asm volatile("call *%0" : : "r"(at) : "rax", "rcx", "r11", "memory");
	printf("FAIL - came back from the last page\n");
	return 1;
}
