/*
 * exec_module(): from an ELF file in a boot module to an address space
 * and a stack that look to the program as Linux's execve leaves them.
 */
#include "exec.h"
#include "elf.h"
#include "layout.h"
#include "memory.h"
#include "multiboot.h"
#include "string.h"
#include "uaccess.h"
#include "vm.h"
#include "vsprintf.h"
#include "cpu.h"
#include "cpufeature.h"
#include "mm.h"

#define MAX_ARGS	32

/* auxv types (Linux include/uapi/linux/auxvec.h) */
#define AT_NULL		0
#define AT_PHDR		3
#define AT_PHENT	4
#define AT_PHNUM	5
#define AT_PAGESZ	6
#define AT_BASE		7
#define AT_FLAGS	8
#define AT_ENTRY	9
#define AT_UID		11
#define AT_EUID		12
#define AT_GID		13
#define AT_EGID		14
#define AT_PLATFORM	15
#define AT_HWCAP	16
#define AT_CLKTCK	17
#define AT_SECURE	23
#define AT_RANDOM	25
#define AT_EXECFN	31

static uint32_t seg_prot(uint32_t flags)
{
	return (flags & PF_R ? PROT_READ : 0) | (flags & PF_W ? PROT_WRITE : 0) |
	       (flags & PF_X ? PROT_EXEC : 0);
}

/* Copies one segment's file bytes in, page by page; the rest of each page
 * stays as alloc_frame left it, zero: that is the bss, including the tail
 * of a page the file part ends in.  The pages are mapped now (not on
 * demand), so their VMA is there for mprotect and munmap only. */
static int load_segment(struct mm *mm, const uint8_t *file,
			const struct elf_segment *s)
{
	uint64_t pml4 = mm->pml4;
	uint64_t start = s->vaddr & ~(uint64_t)(PAGE_SIZE - 1);
	uint64_t end = (s->vaddr + s->memsz + PAGE_SIZE - 1) &
		       ~(uint64_t)(PAGE_SIZE - 1);

	/* Pages shared with the previous segment keep one VMA: the union
	 * of the rights, as the page tables have them. */
	uint64_t from = vma_overlaps(&mm->vmas, start, start + PAGE_SIZE) ?
			start + PAGE_SIZE : start;

	if (from < end && vma_add(&mm->vmas, from, end, seg_prot(s->flags),
				  VMA_IMAGE))
		return -1;

	for (uint64_t va = start; va < s->vaddr + s->memsz; va += PAGE_SIZE) {
		uint64_t pa = vm_map_user(pml4, va, s->flags & PF_W,
					  s->flags & PF_X);

		if (!pa)
			return -1;
		/* The part of [vaddr, vaddr + filesz) inside this page. */
		uint64_t lo = va > s->vaddr ? va : s->vaddr;
		uint64_t hi = va + PAGE_SIZE;

		if (hi > s->vaddr + s->filesz)
			hi = s->vaddr + s->filesz;
		if (lo < hi)
			memcpy((uint8_t *)phys_to_virt(pa) + (lo - va),
			       file + s->offset + (lo - s->vaddr), hi - lo);
	}
	return 0;
}

/*
 * Splits the module's string into argv, in place, as a shell splits words:
 * spaces separate them; '...' keeps everything literally; "..." keeps all
 * but \\ escapes; outside quotes \\x is x.  That reads both the runner's
 * quoting (QEMU passes its string as it is) and GRUB's, which puts a
 * backslash before each \\ ' and " of a word and double-quotes a word
 * that has spaces.
 */
static int split_args(char *s, char *argv[])
{
	int argc = 0;

	while (argc < MAX_ARGS) {
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		char *out = s;
		char quote = 0;

		argv[argc++] = out;
		for (; *s && (quote || *s != ' '); s++) {
			if (quote == '\'' && *s != '\'') {
				*out++ = *s;
			} else if (*s == '\\' && quote != '\'' && s[1]) {
				*out++ = *++s;
			} else if ((*s == '\'' || *s == '"') && (!quote || quote == *s)) {
				quote = quote ? 0 : *s;
			} else {
				*out++ = *s;
			}
		}
		if (*s)
			s++;
		*out = '\0';
	}
	argv[argc] = 0;
	return argc;
}

/* Pushes len bytes on the user stack; their user address, or 0. */
static uint64_t push_bytes(uint64_t *sp, const void *p, size_t len)
{
	*sp -= len;
	return copy_to_user((void *)*sp, p, len) ? 0 : *sp;
}

/*
 * The start-up stack, as Linux's create_elf_tables() lays it out (low to
 * high): argc, argv[0..argc-1], NULL, envp..., NULL, auxv pairs ending in
 * AT_NULL, then padding, the 16 AT_RANDOM bytes, the platform string and
 * the argument strings.  rsp (pointing at argc) is 16-byte aligned.
 */
static int build_stack(const struct elf_info *ei, char *argv[], int argc,
		       uint64_t *sp_out)
{
	uint64_t sp = USER_STACK_TOP, uargv[MAX_ARGS + 1];
	uint8_t random[16];

	for (int i = argc - 1; i >= 0; i--)
		if (!(uargv[i] = push_bytes(&sp, argv[i], strlen(argv[i]) + 1)))
			return -1;
	uint64_t platform = push_bytes(&sp, "x86_64", 7);

	for (int i = 0; i < 16; i += 8) {
		uint64_t r = rdtsc() * 6364136223846793005ull + (uint64_t)i;

		memcpy(random + i, &r, 8);
	}
	sp &= ~15ull;
	uint64_t urandom = push_bytes(&sp, random, sizeof(random));

	uint64_t auxv[][2] = {
		{ AT_PHDR, ei->phdr }, { AT_PHENT, sizeof(Elf64_Phdr) },
		{ AT_PHNUM, ei->phnum }, { AT_PAGESZ, PAGE_SIZE },
		{ AT_BASE, 0 }, { AT_FLAGS, 0 }, { AT_ENTRY, ei->entry },
		{ AT_UID, 0 }, { AT_EUID, 0 }, { AT_GID, 0 }, { AT_EGID, 0 },
		{ AT_SECURE, 0 }, { AT_RANDOM, urandom },
		{ AT_HWCAP, cpuid(1, 0).edx }, { AT_CLKTCK, 100 },
		{ AT_PLATFORM, platform }, { AT_EXECFN, uargv[0] },
		{ AT_NULL, 0 },
	};
	int nauxv = sizeof(auxv) / sizeof(auxv[0]);
	/* argc, argv + NULL, envp NULL, auxv: keep the total 16-aligned */
	uint64_t words = 1 + (argc + 1) + 1 + 2 * nauxv;

	if (!platform || !urandom)
		return -1;
	sp -= (words * 8 + 15) & ~15ull;
	*sp_out = sp;

	uint64_t w[1 + MAX_ARGS + 1 + 1 + 2 * 20], n = 0;

	w[n++] = (uint64_t)argc;
	for (int i = 0; i < argc; i++)
		w[n++] = uargv[i];
	w[n++] = 0;			/* end of argv */
	w[n++] = 0;			/* envp: empty */
	for (int i = 0; i < nauxv; i++) {
		w[n++] = auxv[i][0];
		w[n++] = auxv[i][1];
	}
	return copy_to_user((void *)sp, w, n * 8) ? -1 : 0;
}

int exec_module(const struct bi_module *m, struct mm *mm,
		struct exec_result *r, char *err, size_t errsz)
{
	struct elf_info ei;
	const uint8_t *file = phys_to_virt(m->start);
	char args[sizeof(m->string)], *argv[MAX_ARGS + 1];

	if (elf_check(file, m->end - m->start, USER_TOP, &ei, err, errsz))
		return -1;
	memcpy(args, m->string, sizeof(args));
	int argc = split_args(args, argv);

	if (!argc) {
		td_snprintf(err, errsz, "the module has no name for argv[0]");
		return -1;
	}

	uint64_t pml4 = vm_create();

	if (!pml4)
		goto oom;
	mm->pml4 = pml4;
	mm->vmas.n = 0;
	for (int i = 0; i < ei.nseg; i++)
		if (load_segment(mm, file, &ei.seg[i]))
			goto oom_free;
	/* The stack: a VMA, filled in on demand (build_stack's first
	 * copy_to_user already faults its top page in). */
	if (vma_add(&mm->vmas, USER_STACK_TOP - STACK_MAX, USER_STACK_TOP,
		    PROT_READ | PROT_WRITE | (ei.exec_stack ? PROT_EXEC : 0),
		    VMA_STACK))
		goto oom_free;
	mm->brk_start = mm->brk = (ei.end + PAGE_SIZE - 1) &
				  ~(uint64_t)(PAGE_SIZE - 1);

	vm_switch(pml4);
	if (build_stack(&ei, argv, argc, &r->sp)) {
		td_snprintf(err, errsz, "the arguments do not fit the stack");
		goto fail_free;
	}
	r->entry = ei.entry;
	return 0;

oom_free:
	td_snprintf(err, errsz, "out of memory loading the program");
fail_free:
	vm_switch_kernel();
	vm_destroy(pml4);
	mm->pml4 = 0;
	return -1;
oom:
	td_snprintf(err, errsz, "out of memory loading the program");
	return -1;
}
