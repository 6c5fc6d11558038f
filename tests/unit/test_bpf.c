/*
 * kernel/seccomp/bpf.c: the loader's checks, one refusal rule at a time (each
 * next to a program that differs only in the checked detail and loads),
 * and the interpreter: every load, ALU and jump instruction with K and X,
 * scratch memory, division by zero, wrap-around and the returns.  The
 * expected verdicts are Linux's (its seccomp(2) gives the same -EINVAL).
 */
#include <stddef.h>
#include "check.h"
#include "bpf.h"
#include "errno.h"

#define N(a)		(sizeof(a) / sizeof((a)[0]))
#define RET_K(k)	BPF_STMT(BPF_RET | BPF_K, (k))
#define RET_A		BPF_STMT(BPF_RET | BPF_A, 0)
#define LD_IMM(k)	BPF_STMT(BPF_LD | BPF_IMM, (k))
#define LDX_IMM(k)	BPF_STMT(BPF_LDX | BPF_IMM, (k))
#define ALLOW		0x7fff0000u

#define ACCEPTED(prog)	CHECK_EQ_U64(bpf_check(prog, N(prog)), 0)
#define REFUSED(prog)	CHECK_EQ_U64(bpf_check(prog, N(prog)), -EINVAL)

/* A seccomp_data with a recognisable value in every field. */
static const struct seccomp_data sd = {
	.nr = 39,
	.arch = 0xc000003e,
	.instruction_pointer = 0x0000123456789abcull,
	.args = { 0x1111111122222222ull, 2, 3, 4, 5, 0xffffffff00000006ull },
};

/* Checks prog, then runs it on sd. */
static uint32_t run(const struct sock_filter *prog, unsigned int len)
{
	if (bpf_check(prog, len) != 0) {
		check_fail(__FILE__, __LINE__, "program refused");
		return 0xdeadbeef;
	}
	return bpf_run(prog, len, &sd);
}

#define RUN(prog)	run(prog, N(prog))

/* A = a; X = x; A = A op (K or X); return A. */
static uint32_t alu(uint16_t op, uint32_t a, uint32_t operand, uint16_t src)
{
	struct sock_filter p[] = {
		LD_IMM(a), LDX_IMM(operand),
		BPF_STMT(BPF_ALU | op | src, operand), RET_A,
	};

	return RUN(p);
}

/* Which branch "if (A jop operand) return 1; else return 2" takes. */
static uint32_t jump(uint16_t jop, uint32_t a, uint32_t operand, uint16_t src)
{
	struct sock_filter p[] = {
		LD_IMM(a), LDX_IMM(operand),
		BPF_JUMP(BPF_JMP | jop | src, operand, 0, 1),
		RET_K(1), RET_K(2),
	};

	return RUN(p);
}

/* ---- the loader ---- */

TEST(length_1_to_4096)
{
	static struct sock_filter p[BPF_MAXINSNS + 1];
	struct sock_filter one[] = { RET_K(ALLOW) };

	CHECK_EQ_U64(bpf_check(one, 0), -EINVAL);
	ACCEPTED(one);
	for (int i = 0; i < BPF_MAXINSNS + 1; i++)
		p[i] = (struct sock_filter)LD_IMM(i);
	p[BPF_MAXINSNS - 1] = (struct sock_filter)RET_K(ALLOW);
	CHECK_EQ_U64(bpf_check(p, BPF_MAXINSNS), 0);
	p[BPF_MAXINSNS] = (struct sock_filter)RET_K(ALLOW);
	CHECK_EQ_U64(bpf_check(p, BPF_MAXINSNS + 1), -EINVAL);
}

TEST(last_instruction_returns)
{
	struct sock_filter no_ret[] = { LD_IMM(0) };
	struct sock_filter ret_after_jump[] = {
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 0), RET_A,
	};
	struct sock_filter ret_x[] = { BPF_STMT(BPF_RET | BPF_X, 0) };

	REFUSED(no_ret);
	ACCEPTED(ret_after_jump);
	REFUSED(ret_x);		/* classic BPF has no "return X" */
}

TEST(every_seccomp_opcode_loads)
{
	static const uint16_t ok[] = {
		BPF_LD | BPF_W | BPF_LEN, BPF_LDX | BPF_W | BPF_LEN,
		BPF_LD | BPF_IMM, BPF_LDX | BPF_IMM,
		BPF_MISC | BPF_TAX, BPF_MISC | BPF_TXA,
		BPF_ALU | BPF_ADD | BPF_K, BPF_ALU | BPF_ADD | BPF_X,
		BPF_ALU | BPF_SUB | BPF_K, BPF_ALU | BPF_SUB | BPF_X,
		BPF_ALU | BPF_MUL | BPF_K, BPF_ALU | BPF_MUL | BPF_X,
		BPF_ALU | BPF_DIV | BPF_X,
		BPF_ALU | BPF_AND | BPF_K, BPF_ALU | BPF_AND | BPF_X,
		BPF_ALU | BPF_OR | BPF_K, BPF_ALU | BPF_OR | BPF_X,
		BPF_ALU | BPF_XOR | BPF_K, BPF_ALU | BPF_XOR | BPF_X,
		BPF_ALU | BPF_LSH | BPF_X, BPF_ALU | BPF_RSH | BPF_X,
		BPF_ALU | BPF_NEG,
	};

	for (size_t i = 0; i < N(ok); i++) {
		struct sock_filter p[] = { BPF_STMT(ok[i], 1), RET_A };

		if (bpf_check(p, N(p)) != 0) {
			check_fail(__FILE__, __LINE__, "opcode 0x%x refused", ok[i]);
			return;
		}
	}
}

TEST(other_opcodes_refused)
{
	static const uint16_t bad[] = {
		BPF_LD | BPF_H | BPF_ABS, BPF_LD | BPF_B | BPF_ABS,
		BPF_LD | BPF_W | BPF_IND, BPF_LD | BPF_H | BPF_IND,
		BPF_LD | BPF_B | BPF_IND, BPF_LDX | BPF_B | BPF_MSH,
		BPF_LDX | BPF_W | BPF_ABS,
		BPF_ALU | BPF_MOD | BPF_K, BPF_ALU | BPF_MOD | BPF_X,
		BPF_ALU | BPF_NEG | BPF_X, BPF_ALU | 0xb0 | BPF_K,
		BPF_JMP | BPF_JA | BPF_X, BPF_JMP | 0x50 | BPF_K,
		BPF_MISC | 0x10, BPF_ST | BPF_X, 0x00ff, 0xffff,
	};

	for (size_t i = 0; i < N(bad); i++) {
		struct sock_filter p[] = { BPF_STMT(bad[i], 1), RET_K(ALLOW) };

		if (bpf_check(p, N(p)) != -EINVAL) {
			check_fail(__FILE__, __LINE__, "opcode 0x%x loaded", bad[i]);
			return;
		}
	}
}

TEST(loads_aligned_inside_seccomp_data)
{
	struct sock_filter last[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 60), RET_A };
	struct sock_filter past[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 64), RET_A };
	struct sock_filter odd[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 2), RET_A };
	struct sock_filter anc[] = {	/* socket filters' SKF_AD_OFF */
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0xfffff000), RET_A,
	};

	ACCEPTED(last);
	REFUSED(past);
	REFUSED(odd);
	REFUSED(anc);
}

TEST(constant_division_by_zero_refused)
{
	struct sock_filter zero[] = { BPF_STMT(BPF_ALU | BPF_DIV | BPF_K, 0), RET_A };
	struct sock_filter one[] = { BPF_STMT(BPF_ALU | BPF_DIV | BPF_K, 1), RET_A };

	REFUSED(zero);
	ACCEPTED(one);
}

TEST(constant_shift_below_32)
{
	struct sock_filter l31[] = { BPF_STMT(BPF_ALU | BPF_LSH | BPF_K, 31), RET_A };
	struct sock_filter l32[] = { BPF_STMT(BPF_ALU | BPF_LSH | BPF_K, 32), RET_A };
	struct sock_filter r31[] = { BPF_STMT(BPF_ALU | BPF_RSH | BPF_K, 31), RET_A };
	struct sock_filter r32[] = { BPF_STMT(BPF_ALU | BPF_RSH | BPF_K, 32), RET_A };

	ACCEPTED(l31);
	REFUSED(l32);
	ACCEPTED(r31);
	REFUSED(r32);
}

TEST(scratch_index_below_16)
{
	static const uint16_t ops[] = {
		BPF_ST, BPF_STX, BPF_LD | BPF_MEM, BPF_LDX | BPF_MEM,
	};

	for (size_t i = 0; i < N(ops); i++) {
		struct sock_filter ok[] = {
			BPF_STMT(BPF_ST, 15), BPF_STMT(BPF_STX, 15),
			BPF_STMT(ops[i], 15), RET_A,
		};
		struct sock_filter bad[] = {
			BPF_STMT(BPF_ST, 15), BPF_STMT(BPF_STX, 15),
			BPF_STMT(ops[i], 16), RET_A,
		};

		ACCEPTED(ok);
		REFUSED(bad);
	}
}

TEST(jumps_forward_and_inside)
{
	struct sock_filter ja_last[] = {
		BPF_STMT(BPF_JMP | BPF_JA, 1), RET_K(1), RET_K(2),
	};
	struct sock_filter ja_out[] = {
		BPF_STMT(BPF_JMP | BPF_JA, 2), RET_K(1), RET_K(2),
	};
	struct sock_filter ja_huge[] = {	/* would wrap pc backwards */
		BPF_STMT(BPF_JMP | BPF_JA, 0xffffffff), RET_K(1),
	};
	struct sock_filter jt_last[] = {
		BPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, 0, 1, 0), RET_K(1), RET_K(2),
	};
	struct sock_filter jt_out[] = {
		BPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, 0, 2, 0), RET_K(1), RET_K(2),
	};
	struct sock_filter jf_out[] = {
		BPF_JUMP(BPF_JMP | BPF_JSET | BPF_X, 0, 0, 2), RET_K(1), RET_K(2),
	};

	ACCEPTED(ja_last);
	REFUSED(ja_out);
	REFUSED(ja_huge);
	ACCEPTED(jt_last);
	REFUSED(jt_out);
	REFUSED(jf_out);
}

TEST(load_of_unstored_scratch_refused)
{
	struct sock_filter never[] = { BPF_STMT(BPF_LD | BPF_MEM, 3), RET_A };
	struct sock_filter neverx[] = { BPF_STMT(BPF_LDX | BPF_MEM, 3), RET_A };
	struct sock_filter other[] = {
		BPF_STMT(BPF_ST, 2), BPF_STMT(BPF_LD | BPF_MEM, 3), RET_A,
	};
	struct sock_filter stx[] = {
		BPF_STMT(BPF_STX, 3), BPF_STMT(BPF_LD | BPF_MEM, 3), RET_A,
	};

	REFUSED(never);
	REFUSED(neverx);
	REFUSED(other);
	ACCEPTED(stx);
}

TEST(scratch_stored_on_every_path)
{
	/* if (A == 0) M[0] = A; A = M[0]: one path skips the store */
	struct sock_filter one_path[] = {
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 1),
		BPF_STMT(BPF_ST, 0),
		BPF_STMT(BPF_LD | BPF_MEM, 0), RET_A,
	};
	/* both branches store before they meet */
	struct sock_filter both[] = {
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 2),
		BPF_STMT(BPF_ST, 0),
		BPF_STMT(BPF_JMP | BPF_JA, 1),
		BPF_STMT(BPF_ST, 0),
		BPF_STMT(BPF_LD | BPF_MEM, 0), RET_A,
	};
	/* stored before the branch: every path has it */
	struct sock_filter before[] = {
		BPF_STMT(BPF_ST, 1),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 1, 1),
		RET_K(ALLOW),
		BPF_STMT(BPF_LD | BPF_MEM, 1), RET_A,
	};

	REFUSED(one_path);
	ACCEPTED(both);
	ACCEPTED(before);
}

/* Linux's check lets what falls through a return reach the next
 * instruction: here only the JA (which stored M[2]) leads to the load,
 * yet the return before it (reached without the store) refuses it. */
TEST(scratch_state_flows_through_return)
{
	struct sock_filter p[] = {
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 2),
		BPF_STMT(BPF_ST, 2),
		BPF_STMT(BPF_JMP | BPF_JA, 1),
		RET_K(ALLOW),
		BPF_STMT(BPF_LD | BPF_MEM, 2), RET_A,
	};

	REFUSED(p);
}

/* ---- the length Linux charges ---- */

/* Each expected count was measured on Linux 6.18 (x86-64): how much of
 * seccomp's 32768-instruction budget the program takes. */
TEST(ebpf_len_as_linux_counts)
{
	struct sock_filter ret_k[] = { RET_K(ALLOW) };
	struct sock_filter ret_a[] = { LD_IMM(ALLOW), RET_A };
	struct sock_filter ld[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0), RET_K(ALLOW) };
	struct sock_filter len[] = { BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0), RET_K(ALLOW) };
	struct sock_filter div_x[] = {
		LDX_IMM(1), BPF_STMT(BPF_ALU | BPF_DIV | BPF_X, 0), RET_K(ALLOW),
	};
	struct sock_filter div_k[] = { BPF_STMT(BPF_ALU | BPF_DIV | BPF_K, 3), RET_K(ALLOW) };
	struct sock_filter jeq_jf0[] = {
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 5, 1, 0), RET_K(ALLOW), RET_K(ALLOW),
	};
	struct sock_filter jeq_jt0[] = {
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 5, 0, 1), RET_K(ALLOW), RET_K(ALLOW),
	};
	struct sock_filter jset_jt0[] = {
		BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, 5, 0, 1), RET_K(ALLOW), RET_K(ALLOW),
	};
	struct sock_filter jge_x_jt0[] = {
		BPF_JUMP(BPF_JMP | BPF_JGE | BPF_X, 5, 0, 1), RET_K(ALLOW), RET_K(ALLOW),
	};
	struct sock_filter jeq_both[] = {
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 5, 1, 2), RET_K(ALLOW), RET_K(ALLOW),
		RET_K(ALLOW),
	};
	struct sock_filter jeq_none[] = {
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 5, 0, 0), RET_K(ALLOW),
	};
	struct sock_filter neg_k[] = {
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0xc000003e, 1, 0), RET_K(ALLOW),
		RET_K(ALLOW),
	};
	struct sock_filter neg_x[] = {
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_X, 0xc000003e, 1, 0), RET_K(ALLOW),
		RET_K(ALLOW),
	};
	struct sock_filter neg_k_both[] = {
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0xc000003e, 1, 2), RET_K(ALLOW),
		RET_K(ALLOW), RET_K(ALLOW),
	};
	struct sock_filter ja[] = { BPF_STMT(BPF_JMP | BPF_JA, 0), RET_K(ALLOW) };
	struct sock_filter mem[] = {
		BPF_STMT(BPF_ST, 0), BPF_STMT(BPF_LD | BPF_MEM, 0), RET_K(ALLOW),
	};

	CHECK_EQ_U64(bpf_ebpf_len(ret_k, N(ret_k)), 5);
	CHECK_EQ_U64(bpf_ebpf_len(ret_a, N(ret_a)), 5);
	CHECK_EQ_U64(bpf_ebpf_len(ld, N(ld)), 6);
	CHECK_EQ_U64(bpf_ebpf_len(len, N(len)), 6);
	CHECK_EQ_U64(bpf_ebpf_len(div_x, N(div_x)), 11);
	CHECK_EQ_U64(bpf_ebpf_len(div_k, N(div_k)), 6);
	CHECK_EQ_U64(bpf_ebpf_len(jeq_jf0, N(jeq_jf0)), 8);
	CHECK_EQ_U64(bpf_ebpf_len(jeq_jt0, N(jeq_jt0)), 8);
	CHECK_EQ_U64(bpf_ebpf_len(jset_jt0, N(jset_jt0)), 9);
	CHECK_EQ_U64(bpf_ebpf_len(jge_x_jt0, N(jge_x_jt0)), 8);
	CHECK_EQ_U64(bpf_ebpf_len(jeq_both, N(jeq_both)), 11);
	CHECK_EQ_U64(bpf_ebpf_len(jeq_none, N(jeq_none)), 6);
	CHECK_EQ_U64(bpf_ebpf_len(neg_k, N(neg_k)), 9);
	CHECK_EQ_U64(bpf_ebpf_len(neg_x, N(neg_x)), 8);
	CHECK_EQ_U64(bpf_ebpf_len(neg_k_both, N(neg_k_both)), 12);
	CHECK_EQ_U64(bpf_ebpf_len(ja, N(ja)), 6);
	CHECK_EQ_U64(bpf_ebpf_len(mem, N(mem)), 7);
}

/* ---- the interpreter ---- */

TEST(loads_from_seccomp_data)
{
	struct sock_filter nr[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0), RET_A };
	struct sock_filter arch[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 4), RET_A };
	struct sock_filter ip_lo[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 8), RET_A };
	struct sock_filter ip_hi[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 12), RET_A };
	struct sock_filter a0_lo[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 16), RET_A };
	struct sock_filter a0_hi[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 20), RET_A };
	struct sock_filter a5_hi[] = { BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 60), RET_A };

	CHECK_EQ_U64(RUN(nr), 39);
	CHECK_EQ_U64(RUN(arch), 0xc000003e);
	CHECK_EQ_U64(RUN(ip_lo), 0x56789abc);
	CHECK_EQ_U64(RUN(ip_hi), 0x1234);
	CHECK_EQ_U64(RUN(a0_lo), 0x22222222);
	CHECK_EQ_U64(RUN(a0_hi), 0x11111111);
	CHECK_EQ_U64(RUN(a5_hi), 0xffffffff);
}

TEST(len_immediates_and_registers)
{
	struct sock_filter len_a[] = { BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0), RET_A };
	struct sock_filter len_x[] = {
		BPF_STMT(BPF_LDX | BPF_W | BPF_LEN, 0), BPF_STMT(BPF_MISC | BPF_TXA, 0),
		RET_A,
	};
	struct sock_filter tax[] = {
		LD_IMM(7), BPF_STMT(BPF_MISC | BPF_TAX, 0), LD_IMM(1),
		BPF_STMT(BPF_ALU | BPF_ADD | BPF_X, 0), RET_A,
	};
	struct sock_filter zero[] = { RET_A };	/* A starts at 0 */
	struct sock_filter x_zero[] = { BPF_STMT(BPF_MISC | BPF_TXA, 0), RET_A };

	CHECK_EQ_U64(RUN(len_a), 64);
	CHECK_EQ_U64(RUN(len_x), 64);
	CHECK_EQ_U64(RUN(tax), 8);
	CHECK_EQ_U64(RUN(zero), 0);
	CHECK_EQ_U64(RUN(x_zero), 0);
}

TEST(scratch_memory)
{
	struct sock_filter p[] = {
		LD_IMM(100), BPF_STMT(BPF_ST, 0),
		LDX_IMM(23), BPF_STMT(BPF_STX, 15),
		LD_IMM(0), LDX_IMM(0),
		BPF_STMT(BPF_LD | BPF_MEM, 0),		/* A = 100 */
		BPF_STMT(BPF_LDX | BPF_MEM, 15),	/* X = 23 */
		BPF_STMT(BPF_ALU | BPF_SUB | BPF_X, 0), RET_A,
	};

	CHECK_EQ_U64(RUN(p), 77);
}

TEST(alu_with_k_and_x)
{
	static const struct { uint16_t op; uint32_t a, b, want; } t[] = {
		{ BPF_ADD, 40, 2, 42 },
		{ BPF_ADD, 0xffffffff, 2, 1 },			/* wraps */
		{ BPF_SUB, 5, 7, 0xfffffffe },			/* wraps */
		{ BPF_MUL, 6, 7, 42 },
		{ BPF_MUL, 0x10000, 0x10000, 0 },		/* 32 bits */
		{ BPF_DIV, 43, 5, 8 },
		{ BPF_DIV, 0xffffffff, 2, 0x7fffffff },		/* unsigned */
		{ BPF_AND, 0xf0f0, 0xff00, 0xf000 },
		{ BPF_OR, 0xf0f0, 0x0f00, 0xfff0 },
		{ BPF_XOR, 0xf0f0, 0xff00, 0x0ff0 },
		{ BPF_LSH, 1, 31, 0x80000000 },
		{ BPF_LSH, 3, 0, 3 },
		{ BPF_RSH, 0x80000000, 31, 1 },			/* logical */
	};

	for (size_t i = 0; i < N(t); i++) {
		CHECK_EQ_U64(alu(t[i].op, t[i].a, t[i].b, BPF_K), t[i].want);
		CHECK_EQ_U64(alu(t[i].op, t[i].a, t[i].b, BPF_X), t[i].want);
	}
}

TEST(neg)
{
	struct sock_filter p[] = { LD_IMM(5), BPF_STMT(BPF_ALU | BPF_NEG, 0), RET_A };
	struct sock_filter z[] = { BPF_STMT(BPF_ALU | BPF_NEG, 0), RET_A };

	CHECK_EQ_U64(RUN(p), 0xfffffffb);
	CHECK_EQ_U64(RUN(z), 0);
}

/* As Linux (and its x86-64 JIT): shift counts in X use their low 5 bits. */
TEST(shift_by_x_uses_low_5_bits)
{
	CHECK_EQ_U64(alu(BPF_LSH, 1, 32, BPF_X), 1);
	CHECK_EQ_U64(alu(BPF_LSH, 1, 33, BPF_X), 2);
	CHECK_EQ_U64(alu(BPF_RSH, 0x800, 32, BPF_X), 0x800);
	CHECK_EQ_U64(alu(BPF_RSH, 0x800, 33, BPF_X), 0x400);
}

/* Division by X = 0 ends the program with 0, whatever comes after. */
TEST(division_by_x_zero_returns_0)
{
	struct sock_filter p[] = {
		LD_IMM(7), LDX_IMM(0),
		BPF_STMT(BPF_ALU | BPF_DIV | BPF_X, 0),
		RET_K(ALLOW),
	};

	CHECK_EQ_U64(RUN(p), 0);
}

TEST(conditional_jumps_with_k_and_x)
{
	static const struct { uint16_t op; uint32_t a, b, want; } t[] = {
		{ BPF_JEQ, 5, 5, 1 }, { BPF_JEQ, 5, 6, 2 },
		{ BPF_JGT, 6, 5, 1 }, { BPF_JGT, 5, 5, 2 },
		{ BPF_JGT, 0x80000000, 1, 1 },			/* unsigned */
		{ BPF_JGE, 5, 5, 1 }, { BPF_JGE, 4, 5, 2 },
		{ BPF_JSET, 6, 2, 1 }, { BPF_JSET, 6, 1, 2 },
	};

	for (size_t i = 0; i < N(t); i++) {
		CHECK_EQ_U64(jump(t[i].op, t[i].a, t[i].b, BPF_K), t[i].want);
		CHECK_EQ_U64(jump(t[i].op, t[i].a, t[i].b, BPF_X), t[i].want);
	}
}

TEST(jump_offsets)
{
	struct sock_filter ja[] = {
		BPF_STMT(BPF_JMP | BPF_JA, 2), RET_K(1), RET_K(2), RET_K(3),
	};
	struct sock_filter far[] = {	/* jt 2, jf 1 */
		LD_IMM(9),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 9, 2, 1),
		RET_K(1), RET_K(2), RET_K(3),
	};
	struct sock_filter far_f[] = {
		LD_IMM(8),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 9, 2, 1),
		RET_K(1), RET_K(2), RET_K(3),
	};

	CHECK_EQ_U64(RUN(ja), 3);
	CHECK_EQ_U64(RUN(far), 3);
	CHECK_EQ_U64(RUN(far_f), 2);
}

TEST(returns)
{
	struct sock_filter k[] = { RET_K(0x00050001) };
	struct sock_filter a[] = { LD_IMM(0x80000000), RET_A };
	struct sock_filter first[] = { RET_K(1), RET_K(2) };

	CHECK_EQ_U64(RUN(k), 0x00050001);
	CHECK_EQ_U64(RUN(a), 0x80000000);
	CHECK_EQ_U64(RUN(first), 1);
}

/* The shape every seccomp filter has: arch first, then the number. */
TEST(a_typical_filter)
{
	struct sock_filter p[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0xc000003e, 1, 0),
		RET_K(0x80000000),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 39, 0, 1),
		RET_K(0x00050001),
		RET_K(ALLOW),
	};
	struct seccomp_data other = sd;

	CHECK_EQ_U64(RUN(p), 0x00050001);
	other.nr = 1;
	CHECK_EQ_U64(bpf_run(p, N(p), &other), ALLOW);
	other.arch = 0x40000003;
	CHECK_EQ_U64(bpf_run(p, N(p), &other), 0x80000000);
}
