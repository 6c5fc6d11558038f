/*
 * Classic BPF, the subset Linux's seccomp runs: the loader's checks
 * (bpf_check: Linux's bpf_check_classic and seccomp_check_filter together)
 * and an interpreter (bpf_run) whose "packet" is a struct seccomp_data.
 * Pure functions of their arguments, with no kernel state, so the host
 * unit tests (tests/unit/test_bpf.c) build this file as it is.
 *
 * The machine: a 32-bit accumulator A, an index register X, 16 words of
 * scratch memory M[], all unsigned.  An instruction is { code, jt, jf, k };
 * jumps only go forward (jt/jf/k count instructions after the next one),
 * so every checked program ends, in at most `len` steps.
 */
#ifndef SECCOMP_BPF_H	/* not BPF_H: that is the half-word size */
#define SECCOMP_BPF_H

#include <stdint.h>

/* Linux's uapi layouts (linux/filter.h, linux/seccomp.h). */
struct sock_filter {
	uint16_t code;
	uint8_t jt, jf;
	uint32_t k;
};

struct seccomp_data {
	int nr;				/* the system call number */
	uint32_t arch;			/* AUDIT_ARCH_*: which table nr is from */
	uint64_t instruction_pointer;	/* user RIP after the syscall insn */
	uint64_t args[6];		/* the six argument registers */
};

_Static_assert(sizeof(struct sock_filter) == 8, "sock_filter is 8 bytes");
_Static_assert(sizeof(struct seccomp_data) == 64, "seccomp_data is 64 bytes");

#define BPF_MAXINSNS	4096		/* longest program */
#define BPF_MEMWORDS	16		/* scratch words M[0..15] */

/* code = class | size | mode, or class | op | source. */
#define BPF_CLASS(code)	((code) & 0x07)
#define BPF_LD		0x00
#define BPF_LDX		0x01
#define BPF_ST		0x02
#define BPF_STX		0x03
#define BPF_ALU		0x04
#define BPF_JMP		0x05
#define BPF_RET		0x06
#define BPF_MISC	0x07

#define BPF_W		0x00		/* ld/ldx size: 32 bits (H 0x08, B 0x10) */
#define BPF_H		0x08
#define BPF_B		0x10
#define BPF_IMM		0x00		/* ld/ldx mode */
#define BPF_ABS		0x20
#define BPF_IND		0x40
#define BPF_MEM		0x60
#define BPF_LEN		0x80
#define BPF_MSH		0xa0

#define BPF_OP(code)	((code) & 0xf0)
#define BPF_ADD		0x00		/* alu op */
#define BPF_SUB		0x10
#define BPF_MUL		0x20
#define BPF_DIV		0x30
#define BPF_OR		0x40
#define BPF_AND		0x50
#define BPF_LSH		0x60
#define BPF_RSH		0x70
#define BPF_NEG		0x80
#define BPF_MOD		0x90
#define BPF_XOR		0xa0
#define BPF_JA		0x00		/* jmp op */
#define BPF_JEQ		0x10
#define BPF_JGT		0x20
#define BPF_JGE		0x30
#define BPF_JSET	0x40

#define BPF_SRC(code)	((code) & 0x08)
#define BPF_K		0x00		/* operand: the constant k */
#define BPF_X		0x08		/* operand: X */
#define BPF_A		0x10		/* ret: A */

#define BPF_TAX		0x00		/* misc op */
#define BPF_TXA		0x80

#define BPF_STMT(code, k)		{ (uint16_t)(code), 0, 0, (k) }
#define BPF_JUMP(code, k, jt, jf)	{ (uint16_t)(code), (jt), (jf), (k) }

/*
 * 0 if prog[0..len) is a program Linux's seccomp would load, -EINVAL if
 * not: len in 1..BPF_MAXINSNS; only seccomp's opcodes; loads from
 * seccomp_data 4-byte aligned and inside it; scratch index < 16 and no
 * load of a word that some path has not stored; no division by a constant
 * 0 or shift by a constant >= 32; every jump forward and inside; the last
 * instruction a return.
 */
int bpf_check(const struct sock_filter *prog, unsigned int len);

/*
 * The length of the eBPF program Linux translates a checked prog into
 * (net/core/filter.c, bpf_convert_filter): Linux's seccomp limits the
 * filters of a process by that count, not by their classic length.
 */
unsigned int bpf_ebpf_len(const struct sock_filter *prog, unsigned int len);

/* Runs a program bpf_check accepted on sd; its 32-bit return value. */
uint32_t bpf_run(const struct sock_filter *prog, unsigned int len,
		 const struct seccomp_data *sd);

#endif
