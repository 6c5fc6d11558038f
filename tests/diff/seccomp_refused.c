/* seccomp_refused: what SECCOMP_SET_MODE_FILTER refuses, and with which
 * errno.  EFAULT: the struct sock_fprog or the program unreadable.
 * EINVAL: a NULL program, length 0 or > 4096, an opcode seccomp does not
 * run (byte loads, BPF_MOD...), a load outside struct seccomp_data or not
 * 4-byte aligned, scratch index >= 16, a scratch word read before some
 * path stored it, division by a constant 0, a constant shift >= 32, a jump
 * out of the program, no return at the end.  ENOMEM: the filters together
 * would exceed 32768 instructions, counted as Linux runs them (eBPF: 3 more
 * per filter, 2 per "return constant"), each filter but the newest 4 more:
 * exact to the instruction. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

/* From Linux's uapi headers (linux/filter.h, linux/seccomp.h),
 * spelled out: musl-gcc does not see the kernel's. */
struct sock_filter { unsigned short code; unsigned char jt, jf; unsigned int k; };
struct sock_fprog { unsigned short len; struct sock_filter *filter; };
#define BPF_LD		0x00
#define BPF_LDX		0x01
#define BPF_ST		0x02
#define BPF_ALU		0x04
#define BPF_JMP		0x05
#define BPF_RET		0x06
#define BPF_W		0x00
#define BPF_H		0x08
#define BPF_B		0x10
#define BPF_IMM		0x00
#define BPF_ABS		0x20
#define BPF_IND		0x40
#define BPF_MEM		0x60
#define BPF_DIV		0x30
#define BPF_LSH		0x60
#define BPF_MOD		0x90
#define BPF_JA		0x00
#define BPF_JEQ		0x10
#define BPF_K		0x00
#define BPF_STMT(code, k)		{ (code), 0, 0, (k) }
#define BPF_JUMP(code, k, jt, jf)	{ (code), (jt), (jf), (k) }
#define SECCOMP_SET_MODE_FILTER	1
#define SECCOMP_RET_ALLOW	0x7fff0000u
#define BPF_MAXINSNS		4096

#define RET_ALLOW	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)

static const char *ename(int e)
{
	switch (e) {
	case EINVAL: return "EINVAL";
	case EFAULT: return "EFAULT";
	case ENOMEM: return "ENOMEM";
	case EACCES: return "EACCES";
	default: return "other";
	}
}

static long install(const void *uargs)
{
	errno = 0;
	return syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, uargs);
}

static void show(const char *what, long r)
{
	printf("%-30s %ld %s\n", what, r, r == -1 ? ename(errno) : "");
}

#define TRY(what, ...) do {						\
	struct sock_filter f_[] = { __VA_ARGS__ };			\
	struct sock_fprog p_ = { sizeof(f_) / sizeof(f_[0]), f_ };	\
	show(what, install(&p_));					\
} while (0)

static struct sock_filter big[BPF_MAXINSNS + 1];

int main(void)
{
	struct sock_filter one[] = { RET_ALLOW };
	struct sock_fprog p;

	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	show("sock_fprog at 0x8", install((void *)8));
	p = (struct sock_fprog){ 1, (struct sock_filter *)8 };
	show("program at 0x8", install(&p));
	p = (struct sock_fprog){ 1, NULL };
	show("program NULL", install(&p));
	p = (struct sock_fprog){ 0, one };
	show("length 0", install(&p));

	TRY("load byte", BPF_STMT(BPF_LD | BPF_B | BPF_ABS, 0), RET_ALLOW);
	TRY("load half-word", BPF_STMT(BPF_LD | BPF_H | BPF_ABS, 0), RET_ALLOW);
	TRY("load indirect", BPF_STMT(BPF_LD | BPF_W | BPF_IND, 0), RET_ALLOW);
	TRY("A %= 3 (BPF_MOD)", BPF_STMT(BPF_ALU | BPF_MOD | BPF_K, 3), RET_ALLOW);
	TRY("opcode 0xff", BPF_STMT(0xff, 0), RET_ALLOW);
	TRY("load at 64", BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 64), RET_ALLOW);
	TRY("load at 2", BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 2), RET_ALLOW);
	TRY("load at 60", BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 60), RET_ALLOW);
	TRY("store M[16]", BPF_STMT(BPF_ST, 16), RET_ALLOW);
	TRY("read M[0] never stored", BPF_STMT(BPF_LD | BPF_MEM, 0), RET_ALLOW);
	TRY("read M[0] stored on one path",
	    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1),
	    BPF_STMT(BPF_ST, 0), BPF_STMT(BPF_LDX | BPF_MEM, 0), RET_ALLOW);
	TRY("read M[0] stored first", BPF_STMT(BPF_ST, 0),
	    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1),
	    BPF_STMT(BPF_LDX | BPF_MEM, 0), RET_ALLOW);
	TRY("A / 0", BPF_STMT(BPF_ALU | BPF_DIV | BPF_K, 0), RET_ALLOW);
	TRY("A << 32", BPF_STMT(BPF_ALU | BPF_LSH | BPF_K, 32), RET_ALLOW);
	TRY("A << 31", BPF_STMT(BPF_ALU | BPF_LSH | BPF_K, 31), RET_ALLOW);
	TRY("jump past the end", BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 1, 0),
	    RET_ALLOW);
	TRY("ja past the end", BPF_STMT(BPF_JMP | BPF_JA, 1), RET_ALLOW);
	TRY("no return at the end", RET_ALLOW, BPF_STMT(BPF_LD | BPF_IMM, 0));
	TRY("return X (no such thing)", BPF_STMT(BPF_RET | 0x08, 0));

	for (int i = 0; i < BPF_MAXINSNS + 1; i++)
		big[i] = (struct sock_filter)BPF_STMT(BPF_LDX | BPF_IMM, (unsigned)i);
	big[BPF_MAXINSNS] = (struct sock_filter)RET_ALLOW;
	p = (struct sock_fprog){ BPF_MAXINSNS + 1, big };
	show("length 4097", install(&p));
	big[BPF_MAXINSNS - 1] = (struct sock_filter)RET_ALLOW;
	p = (struct sock_fprog){ BPF_MAXINSNS, big };
	int n = 0;
	long r;
	while ((r = install(&p)) == 0)
		n++;
	printf("4096-instruction filters: %d fit, the next one %ld %s\n",
	       n, r, ename(errno));
	/* Installed, in eBPF instructions + 4 each: 10 + 12 + 10 for the
	 * three small filters above, 7 x 4104 for the big ones: 28760.
	 * Room is left for 4008: a filler of 4004 (4003 loads, 3 + 4003 + 2
	 * for the return).  Then not even the smallest (5) fits. */
	p = (struct sock_fprog){ 4005, big + BPF_MAXINSNS - 4005 };
	show("then 4005 instructions", install(&p));
	p = (struct sock_fprog){ 4004, big + BPF_MAXINSNS - 4004 };
	show("then 4004 instructions", install(&p));
	p = (struct sock_fprog){ 1, one };
	show("then 1 more", install(&p));
	return 0;
}
