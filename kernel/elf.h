/*
 * Checking a static ELF64 x86-64 executable before anything is loaded.
 * elf_check() is pure (no kernel state), so the host tests run it on
 * crafted and broken files; exec.c does the loading.
 */
#ifndef ELF_H
#define ELF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The ELF64 structures and constants (System V gABI, x86-64 psABI). */
#define EI_NIDENT	16
#define ELFCLASS64	2
#define ELFDATA2LSB	1
#define ET_EXEC		2
#define ET_DYN		3
#define EM_X86_64	62
#define PT_LOAD		1
#define PT_INTERP	3
#define PT_PHDR		6
#define PT_GNU_STACK	0x6474e551
#define PF_X		1
#define PF_W		2
#define PF_R		4

typedef struct {
	unsigned char e_ident[EI_NIDENT];
	uint16_t e_type, e_machine;
	uint32_t e_version;
	uint64_t e_entry, e_phoff, e_shoff;
	uint32_t e_flags;
	uint16_t e_ehsize, e_phentsize, e_phnum;
	uint16_t e_shentsize, e_shnum, e_shstrndx;
} Elf64_Ehdr;

typedef struct {
	uint32_t p_type, p_flags;
	uint64_t p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
} Elf64_Phdr;

#define ELF_MAX_LOAD	16
/* Where a static PIE goes (no interpreter to choose), as gdb shows
 * PIEs without ASLR. */
#define ELF_ET_DYN_BASE	0x555555554000ull
/* Linux's default vm.mmap_min_addr: nothing is mapped below it. */
#define MMAP_MIN_ADDR	0x10000ull

struct elf_segment {
	uint64_t vaddr, memsz;		/* load bias applied */
	uint64_t offset, filesz;
	uint32_t flags;			/* PF_R | PF_W | PF_X */
};

struct elf_info {
	uint64_t entry;			/* load bias applied */
	uint64_t load_bias;		/* 0 for ET_EXEC */
	uint64_t phdr;			/* address of the program headers */
	uint16_t phnum;
	uint64_t end;			/* highest byte + 1 of any segment */
	bool exec_stack;		/* PT_GNU_STACK asks for PF_X */
	int nseg;
	struct elf_segment seg[ELF_MAX_LOAD];
};

/*
 * 0 if img (size bytes) is a static x86-64 executable trapdoor can load
 * below user_top; otherwise -1, with a one-line reason in err.
 */
int elf_check(const void *img, uint64_t size, uint64_t user_top,
	      struct elf_info *info, char *err, size_t errsz);

#endif
