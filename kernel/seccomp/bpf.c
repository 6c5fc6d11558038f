/*
 * Classic BPF for seccomp: the loader's checks and the interpreter.  See
 * bpf.h.  Linux checks a filter twice, with bpf_check_classic (any classic
 * program: ranges, jumps, the final return, scratch memory) and then with
 * seccomp_check_filter (seccomp's opcodes and its loads); every refusal is
 * -EINVAL, so bpf_check does both in one pass and the order of its tests
 * does not show.
 */
#include "bpf.h"
#include "errno.h"
#include "string.h"

#include <stdbool.h>

/*
 * Linux's check_load_and_stores, for the one scratch word `cell`: a load
 * of M[cell] is refused unless every path to it stored M[cell] first.  It
 * walks forward once (jumps only go forward): `valid` is what holds on the
 * way into pc; a jump ANDs its state into its targets (bit pc of `reach`)
 * and leaves the next instruction "all valid", since only jumps reach it.
 * As in Linux, a return does not reset the state: whatever falls through a
 * return is ANDed into the next instruction too, which refuses a few
 * programs that never read an unstored word (Linux refuses them as well).
 * One word at a time, so the per-instruction state is one bit: 512 bytes
 * of stack where Linux allocates a u16 per instruction.
 */
static bool loads_follow_stores(const struct sock_filter *prog,
				unsigned int len, unsigned int cell)
{
	uint64_t reach[BPF_MAXINSNS / 64];
	bool valid = false;

	memset(reach, 0xff, sizeof(reach));
	for (unsigned int pc = 0; pc < len; pc++) {
		const struct sock_filter *f = &prog[pc];

		valid = valid && (reach[pc / 64] >> (pc % 64) & 1);
		switch (f->code) {
		case BPF_ST:
		case BPF_STX:
			if (f->k == cell)
				valid = true;
			break;
		case BPF_LD | BPF_MEM:
		case BPF_LDX | BPF_MEM:
			if (f->k == cell && !valid)
				return false;
			break;
		case BPF_JMP | BPF_JA:
			if (!valid) {
				unsigned int t = pc + 1 + f->k;

				reach[t / 64] &= ~(1ull << (t % 64));
			}
			valid = true;
			break;
		case BPF_JMP | BPF_JEQ | BPF_K:
		case BPF_JMP | BPF_JEQ | BPF_X:
		case BPF_JMP | BPF_JGT | BPF_K:
		case BPF_JMP | BPF_JGT | BPF_X:
		case BPF_JMP | BPF_JGE | BPF_K:
		case BPF_JMP | BPF_JGE | BPF_X:
		case BPF_JMP | BPF_JSET | BPF_K:
		case BPF_JMP | BPF_JSET | BPF_X:
			if (!valid) {
				unsigned int t = pc + 1 + f->jt, e = pc + 1 + f->jf;

				reach[t / 64] &= ~(1ull << (t % 64));
				reach[e / 64] &= ~(1ull << (e % 64));
			}
			valid = true;
			break;
		}
	}
	return true;
}

int bpf_check(const struct sock_filter *prog, unsigned int len)
{
	if (len == 0 || len > BPF_MAXINSNS)
		return -EINVAL;
	for (unsigned int pc = 0; pc < len; pc++) {
		const struct sock_filter *f = &prog[pc];
		unsigned int after = len - pc - 1;	/* instructions after f */

		switch (f->code) {
		case BPF_LD | BPF_W | BPF_ABS:
			/* seccomp's "packet": aligned words of seccomp_data */
			if (f->k >= sizeof(struct seccomp_data) || f->k & 3)
				return -EINVAL;
			break;
		case BPF_LD | BPF_W | BPF_LEN:
		case BPF_LDX | BPF_W | BPF_LEN:
		case BPF_LD | BPF_IMM:
		case BPF_LDX | BPF_IMM:
		case BPF_MISC | BPF_TAX:
		case BPF_MISC | BPF_TXA:
		case BPF_ALU | BPF_ADD | BPF_K:
		case BPF_ALU | BPF_ADD | BPF_X:
		case BPF_ALU | BPF_SUB | BPF_K:
		case BPF_ALU | BPF_SUB | BPF_X:
		case BPF_ALU | BPF_MUL | BPF_K:
		case BPF_ALU | BPF_MUL | BPF_X:
		case BPF_ALU | BPF_DIV | BPF_X:
		case BPF_ALU | BPF_AND | BPF_K:
		case BPF_ALU | BPF_AND | BPF_X:
		case BPF_ALU | BPF_OR | BPF_K:
		case BPF_ALU | BPF_OR | BPF_X:
		case BPF_ALU | BPF_XOR | BPF_K:
		case BPF_ALU | BPF_XOR | BPF_X:
		case BPF_ALU | BPF_LSH | BPF_X:
		case BPF_ALU | BPF_RSH | BPF_X:
		case BPF_ALU | BPF_NEG:
		case BPF_RET | BPF_K:
		case BPF_RET | BPF_A:
			break;
		case BPF_ALU | BPF_DIV | BPF_K:
			if (f->k == 0)
				return -EINVAL;
			break;
		case BPF_ALU | BPF_LSH | BPF_K:
		case BPF_ALU | BPF_RSH | BPF_K:
			if (f->k >= 32)
				return -EINVAL;
			break;
		case BPF_LD | BPF_MEM:
		case BPF_LDX | BPF_MEM:
		case BPF_ST:
		case BPF_STX:
			if (f->k >= BPF_MEMWORDS)
				return -EINVAL;
			break;
		case BPF_JMP | BPF_JA:
			if (f->k >= after)
				return -EINVAL;
			break;
		case BPF_JMP | BPF_JEQ | BPF_K:
		case BPF_JMP | BPF_JEQ | BPF_X:
		case BPF_JMP | BPF_JGT | BPF_K:
		case BPF_JMP | BPF_JGT | BPF_X:
		case BPF_JMP | BPF_JGE | BPF_K:
		case BPF_JMP | BPF_JGE | BPF_X:
		case BPF_JMP | BPF_JSET | BPF_K:
		case BPF_JMP | BPF_JSET | BPF_X:
			if (f->jt >= after || f->jf >= after)
				return -EINVAL;
			break;
		default:
			/* Not for seccomp: byte/half-word and indirect loads,
			 * LDX MSH, and BPF_MOD (classic BPF has it, seccomp
			 * never accepted it), or no opcode at all. */
			return -EINVAL;
		}
	}
	if (BPF_CLASS(prog[len - 1].code) != BPF_RET)
		return -EINVAL;
	for (unsigned int cell = 0; cell < BPF_MEMWORDS; cell++)
		if (!loads_follow_stores(prog, len, cell))
			return -EINVAL;
	return 0;
}

/*
 * Linux runs classic programs as eBPF: a 3-instruction prologue (clear A
 * and X, keep the context pointer), then one instruction for most, but two
 * for a return of a constant (mov, exit), five for a division by X (the
 * X == 0 test returns 0 first), and for a conditional jump one, plus one
 * when both branches jump (only a JEQ, JGT or JGE can be inverted when
 * just the true one falls through), plus one for a constant with its top
 * bit set (a signed eBPF immediate: it goes through a register).
 */
unsigned int bpf_ebpf_len(const struct sock_filter *prog, unsigned int len)
{
	unsigned int n = 3;

	for (unsigned int pc = 0; pc < len; pc++) {
		const struct sock_filter *f = &prog[pc];

		switch (f->code) {
		case BPF_RET | BPF_K:
			n += 2;
			break;
		case BPF_ALU | BPF_DIV | BPF_X:
			n += 5;
			break;
		case BPF_JMP | BPF_JEQ | BPF_K:
		case BPF_JMP | BPF_JEQ | BPF_X:
		case BPF_JMP | BPF_JGT | BPF_K:
		case BPF_JMP | BPF_JGT | BPF_X:
		case BPF_JMP | BPF_JGE | BPF_K:
		case BPF_JMP | BPF_JGE | BPF_X:
		case BPF_JMP | BPF_JSET | BPF_K:
		case BPF_JMP | BPF_JSET | BPF_X:
			n += 1;
			if (BPF_SRC(f->code) == BPF_K && (int32_t)f->k < 0)
				n += 1;
			if (f->jf != 0 &&
			    (f->jt != 0 || BPF_OP(f->code) == BPF_JSET))
				n += 1;
			break;
		default:
			n += 1;
		}
	}
	return n;
}

/*
 * Unsigned 32-bit arithmetic throughout.  Two cases classic BPF defines
 * at run time: division by X = 0 ends the program with return value 0
 * (for seccomp: SECCOMP_RET_KILL_THREAD), and a shift by X uses X's low 5
 * bits, as x86's shl/shr do (and Linux's x86-64 JIT with them).
 */
uint32_t bpf_run(const struct sock_filter *prog, unsigned int len,
		 const struct seccomp_data *sd)
{
	uint32_t a = 0, x = 0, mem[BPF_MEMWORDS] = { 0 };

	for (unsigned int pc = 0; pc < len; pc++) {
		const struct sock_filter *f = &prog[pc];
		uint32_t k = f->k;

		switch (f->code) {
		case BPF_LD | BPF_W | BPF_ABS:
			memcpy(&a, (const char *)sd + k, sizeof(a));
			break;
		case BPF_LD | BPF_W | BPF_LEN:	a = sizeof(*sd); break;
		case BPF_LDX | BPF_W | BPF_LEN:	x = sizeof(*sd); break;
		case BPF_LD | BPF_IMM:		a = k; break;
		case BPF_LDX | BPF_IMM:		x = k; break;
		case BPF_LD | BPF_MEM:		a = mem[k]; break;
		case BPF_LDX | BPF_MEM:		x = mem[k]; break;
		case BPF_ST:			mem[k] = a; break;
		case BPF_STX:			mem[k] = x; break;
		case BPF_MISC | BPF_TAX:	x = a; break;
		case BPF_MISC | BPF_TXA:	a = x; break;

		case BPF_ALU | BPF_ADD | BPF_K:	a += k; break;
		case BPF_ALU | BPF_ADD | BPF_X:	a += x; break;
		case BPF_ALU | BPF_SUB | BPF_K:	a -= k; break;
		case BPF_ALU | BPF_SUB | BPF_X:	a -= x; break;
		case BPF_ALU | BPF_MUL | BPF_K:	a *= k; break;
		case BPF_ALU | BPF_MUL | BPF_X:	a *= x; break;
		case BPF_ALU | BPF_DIV | BPF_K:	a /= k; break;	/* k != 0: checked */
		case BPF_ALU | BPF_DIV | BPF_X:
			if (x == 0)
				return 0;
			a /= x;
			break;
		case BPF_ALU | BPF_AND | BPF_K:	a &= k; break;
		case BPF_ALU | BPF_AND | BPF_X:	a &= x; break;
		case BPF_ALU | BPF_OR | BPF_K:	a |= k; break;
		case BPF_ALU | BPF_OR | BPF_X:	a |= x; break;
		case BPF_ALU | BPF_XOR | BPF_K:	a ^= k; break;
		case BPF_ALU | BPF_XOR | BPF_X:	a ^= x; break;
		case BPF_ALU | BPF_LSH | BPF_K:	a <<= k; break;	/* k < 32: checked */
		case BPF_ALU | BPF_LSH | BPF_X:	a <<= x & 31; break;
		case BPF_ALU | BPF_RSH | BPF_K:	a >>= k; break;
		case BPF_ALU | BPF_RSH | BPF_X:	a >>= x & 31; break;
		case BPF_ALU | BPF_NEG:		a = 0u - a; break;

		case BPF_JMP | BPF_JA:		pc += k; break;
		case BPF_JMP | BPF_JEQ | BPF_K:	pc += a == k ? f->jt : f->jf; break;
		case BPF_JMP | BPF_JEQ | BPF_X:	pc += a == x ? f->jt : f->jf; break;
		case BPF_JMP | BPF_JGT | BPF_K:	pc += a > k ? f->jt : f->jf; break;
		case BPF_JMP | BPF_JGT | BPF_X:	pc += a > x ? f->jt : f->jf; break;
		case BPF_JMP | BPF_JGE | BPF_K:	pc += a >= k ? f->jt : f->jf; break;
		case BPF_JMP | BPF_JGE | BPF_X:	pc += a >= x ? f->jt : f->jf; break;
		case BPF_JMP | BPF_JSET | BPF_K: pc += a & k ? f->jt : f->jf; break;
		case BPF_JMP | BPF_JSET | BPF_X: pc += a & x ? f->jt : f->jf; break;

		case BPF_RET | BPF_K:		return k;
		case BPF_RET | BPF_A:		return a;
		default:
			return 0;	/* not a checked program: fail closed */
		}
	}
	return 0;			/* ditto: checked programs end in a return */
}
