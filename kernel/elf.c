/* elf_check(): every rule an executable must pass before we load it. */
#include "elf.h"
#include "string.h"
#include "vsprintf.h"

#define PAGE	4096ull

#define REFUSE(...) do {					\
		td_snprintf(err, errsz, __VA_ARGS__);		\
		return -1;					\
	} while (0)

/* The PT_INTERP string, for the message (printable part, at most 60). */
static void interp_name(const uint8_t *img, uint64_t size,
			const Elf64_Phdr *ph, char *out, size_t outsz)
{
	size_t n = 0;

	if (ph->p_offset < size)
		for (uint64_t i = ph->p_offset; i < size && n + 1 < outsz &&
		     i - ph->p_offset < ph->p_filesz && img[i] >= ' ' &&
		     img[i] < 127; i++)
			out[n++] = (char)img[i];
	out[n] = '\0';
}

static int check_header(const Elf64_Ehdr *eh, uint64_t size, char *err,
			size_t errsz)
{
	if (size < 4 || memcmp(eh->e_ident, "\177ELF", 4))
		REFUSE("not an ELF executable (no ELF magic)");
	if (size < sizeof(*eh))
		REFUSE("not an ELF executable: truncated to %lu bytes, shorter than an ELF header",
		       (unsigned long)size);
	if (eh->e_ident[4] != ELFCLASS64)
		REFUSE("not a 64-bit ELF file (ELF class %u)", eh->e_ident[4]);
	if (eh->e_ident[5] != ELFDATA2LSB)
		REFUSE("not a little-endian ELF file");
	if (eh->e_machine != EM_X86_64)
		REFUSE("built for ELF machine %u, not x86-64 (62)",
		       eh->e_machine);
	if (eh->e_type != ET_EXEC && eh->e_type != ET_DYN)
		REFUSE("ELF type %u is not an executable", eh->e_type);
	if (eh->e_phentsize != sizeof(Elf64_Phdr))
		REFUSE("program header size %u, expected %zu",
		       eh->e_phentsize, sizeof(Elf64_Phdr));
	if (eh->e_phnum == 0 || eh->e_phnum > 128)
		REFUSE("%u program headers (1..128 allowed)", eh->e_phnum);
	if (eh->e_phoff > size ||
	    (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr) > size - eh->e_phoff)
		REFUSE("truncated: the program headers run past the file's "
		       "%lu bytes", (unsigned long)size);
	return 0;
}

int elf_check(const void *img, uint64_t size, uint64_t user_top,
	      struct elf_info *info, char *err, size_t errsz)
{
	const uint8_t *bytes = img;
	Elf64_Ehdr eh;

	memset(info, 0, sizeof(*info));
	memset(&eh, 0, sizeof(eh));
	memcpy(&eh, img, size < sizeof(eh) ? size : sizeof(eh));
	if (check_header(&eh, size, err, errsz))
		return -1;

	/* Program headers: copied out, the image need not be aligned. */
	uint64_t min_vaddr = ~0ull;

	for (int i = 0; i < eh.e_phnum; i++) {
		Elf64_Phdr ph;

		memcpy(&ph, bytes + eh.e_phoff + i * sizeof(ph), sizeof(ph));
		if (ph.p_type == PT_INTERP) {
			char name[64];

			interp_name(bytes, size, &ph, name, sizeof(name));
			REFUSE("dynamically linked (it asks for the interpreter "
			       "%s); trapdoor runs static executables only",
			       name[0] ? name : "?");
		}
		if (ph.p_type == PT_GNU_STACK)
			info->exec_stack = ph.p_flags & PF_X;
		if (ph.p_type == PT_PHDR)
			info->phdr = ph.p_vaddr;
		if (ph.p_type != PT_LOAD)
			continue;
		if (info->nseg == ELF_MAX_LOAD)
			REFUSE("more than %d loadable segments", ELF_MAX_LOAD);
		if (ph.p_filesz > ph.p_memsz)
			REFUSE("segment %d: file size 0x%lx is larger than its "
			       "memory size 0x%lx", i, ph.p_filesz, ph.p_memsz);
		if (ph.p_offset > size || ph.p_filesz > size - ph.p_offset)
			REFUSE("truncated: segment %d needs bytes up to %lu, the "
			       "file has %lu", i, ph.p_offset + ph.p_filesz,
			       (unsigned long)size);
		/* Before any load bias, as Linux's BAD_ADDR checks: a bias
		 * must not wrap a kernel-half address into user space. */
		if (ph.p_vaddr >= user_top || ph.p_memsz > user_top - ph.p_vaddr)
			REFUSE("a segment at 0x%lx (0x%lx bytes) reaches into the "
			       "kernel half", ph.p_vaddr, ph.p_memsz);
		if ((ph.p_vaddr - ph.p_offset) % PAGE)
			REFUSE("segment %d: address 0x%lx and file offset 0x%lx "
			       "differ modulo the page size", i, ph.p_vaddr,
			       ph.p_offset);
		info->seg[info->nseg++] = (struct elf_segment){
			ph.p_vaddr, ph.p_memsz, ph.p_offset, ph.p_filesz,
			ph.p_flags & (PF_R | PF_W | PF_X) };
		if (ph.p_vaddr < min_vaddr)
			min_vaddr = ph.p_vaddr;
		if (!info->phdr && eh.e_phoff >= ph.p_offset &&
		    eh.e_phoff - ph.p_offset < ph.p_filesz)
			info->phdr = ph.p_vaddr + (eh.e_phoff - ph.p_offset);
	}
	if (!info->nseg)
		REFUSE("no loadable segment");

	/* A static PIE has no interpreter to place it: we do. */
	if (eh.e_type == ET_DYN)
		info->load_bias = ELF_ET_DYN_BASE - (min_vaddr & ~(PAGE - 1));
	info->entry = eh.e_entry + info->load_bias;
	if (info->phdr)
		info->phdr += info->load_bias;
	info->phnum = eh.e_phnum;

	int entry_ok = 0;

	for (int i = 0; i < info->nseg; i++) {
		struct elf_segment *s = &info->seg[i];

		s->vaddr += info->load_bias;
		if (s->vaddr < MMAP_MIN_ADDR)
			REFUSE("a segment starts at 0x%lx, below the lowest "
			       "mappable address 0x%llx", s->vaddr, MMAP_MIN_ADDR);
		if (s->memsz > user_top || s->vaddr > user_top - s->memsz)
			REFUSE("a segment at 0x%lx (0x%lx bytes) reaches into the "
			       "kernel half", s->vaddr, s->memsz);
		for (int j = 0; j < i; j++) {
			const struct elf_segment *t = &info->seg[j];

			if (s->vaddr < t->vaddr + t->memsz &&
			    t->vaddr < s->vaddr + s->memsz)
				REFUSE("segments at 0x%lx and 0x%lx overlap",
				       t->vaddr, s->vaddr);
		}
		if (info->entry >= s->vaddr && info->entry < s->vaddr + s->memsz)
			entry_ok = 1;
		if (s->vaddr + s->memsz > info->end)
			info->end = s->vaddr + s->memsz;
	}
	if (!entry_ok)
		REFUSE("entry point 0x%lx is outside every segment", info->entry);
	return 0;
}
