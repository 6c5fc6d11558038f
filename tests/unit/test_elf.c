/*
 * kernel/elf.c: elf_check() on crafted executables.  build() makes a valid
 * static ET_EXEC x86-64 image with N PT_LOAD segments; each refusal case
 * breaks one thing in it.  check() hands elf_check() a heap copy of exactly
 * the image's size, so ASan reports any read past the end of the file.
 */
#include "check.h"
#include "elf.h"

char *strchr(const char *s, int c);	/* not in kernel/lib/string.h */

/* As the kernel passes it (arch/x86_64/layout.h). */
#define USER_TOP	0x00007ffffffff000ull
#define BASE		0x400000ull	/* where build() links segment 0 */
#define PG		0x1000ull
#define INTERP		"/lib64/ld-linux-x86-64.so.2"
#define NPH		24		/* program headers build() has room for */

/* The image being built: its header, its program headers (written at
 * e_phoff), the file's size, and the bytes of the rest of the file. */
static struct {
	Elf64_Ehdr eh;
	Elf64_Phdr ph[NPH];
	uint64_t size;
	uint8_t file[NPH * PG];
} b;

static struct elf_info info;
static char err[256];

/*
 * nload PT_LOAD segments, segment i at file offset i pages and address
 * BASE + i pages.  Segment 0 (R) is one page of file: the ELF header and
 * the program headers.  The others have 0x100 bytes of file and one page
 * of memory (the rest is bss), so neighbours touch without overlapping:
 * segment 1 is R+X and holds the entry point, the rest are R+W.
 */
static void build(int nload)
{
	memset(&b, 0, sizeof(b));
	for (size_t i = 0; i < sizeof(b.file); i++)
		b.file[i] = (uint8_t)(i * 7 + 1);	/* not zeros */
	memcpy(b.eh.e_ident, "\177ELF", 4);
	b.eh.e_ident[4] = ELFCLASS64;
	b.eh.e_ident[5] = ELFDATA2LSB;
	b.eh.e_ident[6] = 1;			/* EV_CURRENT */
	b.eh.e_type = ET_EXEC;
	b.eh.e_machine = EM_X86_64;
	b.eh.e_version = 1;
	b.eh.e_entry = nload > 1 ? BASE + PG + 0x10 : BASE + 0x100;
	b.eh.e_phoff = sizeof(Elf64_Ehdr);
	b.eh.e_ehsize = sizeof(Elf64_Ehdr);
	b.eh.e_phentsize = sizeof(Elf64_Phdr);
	b.eh.e_phnum = (uint16_t)nload;
	for (int i = 0; i < nload; i++) {
		Elf64_Phdr *p = &b.ph[i];

		p->p_type = PT_LOAD;
		p->p_offset = (uint64_t)i * PG;
		p->p_vaddr = p->p_paddr = BASE + (uint64_t)i * PG;
		p->p_filesz = i ? 0x100 : PG;
		p->p_memsz = PG;
		p->p_flags = i == 0 ? PF_R : i == 1 ? PF_R | PF_X : PF_R | PF_W;
		p->p_align = PG;
	}
	b.size = nload * PG;
}

/* Inserts a program header of the given type at index at (the ones from
 * there on move up); returns it for the case to fill in. */
static Elf64_Phdr *insert_ph(int at, uint32_t type)
{
	memmove(&b.ph[at + 1], &b.ph[at],
		(b.eh.e_phnum - at) * sizeof(Elf64_Phdr));
	memset(&b.ph[at], 0, sizeof(Elf64_Phdr));
	b.ph[at].p_type = type;
	b.eh.e_phnum++;
	return &b.ph[at];
}

/* Makes the image a static PIE: the same layout, linked at 0. */
static void make_pie(void)
{
	b.eh.e_type = ET_DYN;
	b.eh.e_entry -= BASE;
	for (int i = 0; i < b.eh.e_phnum; i++)
		if (b.ph[i].p_type == PT_LOAD)
			b.ph[i].p_vaddr -= BASE, b.ph[i].p_paddr -= BASE;
}

/* Lays the image out and runs elf_check() on exactly b.size bytes. */
static int check_top(uint64_t user_top)
{
	uint64_t n = b.eh.e_phnum < NPH ? b.eh.e_phnum : NPH;
	uint8_t *img;
	int r;

	memcpy(b.file, &b.eh, sizeof(b.eh));
	if (b.eh.e_phoff < sizeof(b.file))	/* as much as fits */
		memcpy(b.file + b.eh.e_phoff, b.ph,
		       sizeof(b.file) - b.eh.e_phoff < n * sizeof(b.ph[0]) ?
		       sizeof(b.file) - b.eh.e_phoff : n * sizeof(b.ph[0]));
	img = malloc(b.size ? b.size : 1);
	if (!img)
		abort();
	memcpy(img, b.file, b.size);
	memset(err, 'X', sizeof(err) - 1);	/* no NUL: it must write one */
	err[sizeof(err) - 1] = '\0';
	r = elf_check(img, b.size, user_top, &info, err, sizeof(err));
	free(img);
	return r;
}

static int check(void)
{
	return check_top(USER_TOP);
}

/* Refused, with a message that has phrase (and fits one line). */
#define CHECK_REFUSED(phrase) do {					\
	CHECK_EQ_U64(check(), -1);					\
	CHECK(strlen(err) < sizeof(err) - 1);				\
	CHECK(!strchr(err, '\n'));					\
	if (!strstr(err, (phrase))) {					\
		check_fail(__FILE__, __LINE__,				\
			   "err \"%s\" lacks \"%s\"", err, (phrase));	\
		return;							\
	}								\
} while (0)

/* ---- accepted ---- */

TEST(valid_exec_accepted)
{
	build(3);
	b.ph[2].p_flags |= 0xf0000000;		/* PF_MASKPROC: not ours */
	CHECK_EQ_U64(check(), 0);
	CHECK_EQ_U64(info.entry, BASE + PG + 0x10);
	CHECK_EQ_U64(info.load_bias, 0);
	CHECK_EQ_U64(info.phnum, 3);
	CHECK_EQ_U64(info.nseg, 3);
	for (int i = 0; i < 3; i++) {
		CHECK_EQ_U64(info.seg[i].vaddr, BASE + i * PG);
		CHECK_EQ_U64(info.seg[i].memsz, PG);
		CHECK_EQ_U64(info.seg[i].offset, i * PG);
		CHECK_EQ_U64(info.seg[i].filesz, i ? 0x100 : PG);
	}
	CHECK_EQ_U64(info.seg[0].flags, PF_R);
	CHECK_EQ_U64(info.seg[1].flags, PF_R | PF_X);
	CHECK_EQ_U64(info.seg[2].flags, PF_R | PF_W);
	CHECK_EQ_U64(info.end, BASE + 3 * PG);
	/* No PT_PHDR: from segment 0, which maps file offset 0 at BASE. */
	CHECK_EQ_U64(info.phdr, BASE + sizeof(Elf64_Ehdr));
	CHECK(!info.exec_stack);	/* no PT_GNU_STACK: not executable */
}

TEST(phdr_from_pt_phdr)
{
	Elf64_Phdr *p;

	/* Segment 1 maps the file's first 0x200 bytes a second time, a page
	 * up: the program headers are in memory twice, and PT_PHDR names
	 * the copy in segment 1, not the one in segment 0. */
	build(3);
	b.ph[1].p_offset = 0;
	b.ph[1].p_filesz = 0x200;
	p = insert_ph(0, PT_PHDR);	/* before any PT_LOAD, as the gABI says */
	p->p_offset = sizeof(Elf64_Ehdr);
	p->p_vaddr = p->p_paddr = BASE + PG + sizeof(Elf64_Ehdr);
	p->p_filesz = p->p_memsz = 4 * sizeof(Elf64_Phdr);
	p->p_flags = PF_R;
	p->p_align = 8;
	CHECK_EQ_U64(check(), 0);
	CHECK_EQ_U64(info.phdr, BASE + PG + sizeof(Elf64_Ehdr));
	CHECK_EQ_U64(info.phnum, 4);
	CHECK_EQ_U64(info.nseg, 3);
	CHECK_EQ_U64(info.seg[0].vaddr, BASE);
	CHECK_EQ_U64(info.seg[1].vaddr, BASE + PG);
	CHECK_EQ_U64(info.seg[1].offset, 0);
}

TEST(phdr_computed_from_the_covering_load)
{
	/* The program headers in segment 2's file bytes, not segment 0's. */
	build(3);
	b.ph[2].p_filesz = 0x400;
	b.eh.e_phoff = 2 * PG + 0x120;
	CHECK_EQ_U64(check(), 0);
	CHECK_EQ_U64(info.phdr, BASE + 2 * PG + 0x120);

	/* In segment 0's memory but past its file bytes (only the ELF
	 * header is in the file part): not there when the program starts,
	 * so unknown, 0, as Linux has it. */
	build(2);
	b.ph[0].p_filesz = sizeof(Elf64_Ehdr);
	CHECK_EQ_U64(check(), 0);
	CHECK_EQ_U64(info.phdr, 0);
}

TEST(exec_stack_from_pt_gnu_stack)
{
	Elf64_Phdr *p;

	build(2);
	p = insert_ph(2, PT_GNU_STACK);
	p->p_flags = PF_R | PF_W;
	CHECK_EQ_U64(check(), 0);
	CHECK(!info.exec_stack);
	CHECK_EQ_U64(info.phnum, 3);
	CHECK_EQ_U64(info.nseg, 2);

	build(2);
	p = insert_ph(2, PT_GNU_STACK);
	p->p_flags = PF_R | PF_W | PF_X;
	CHECK_EQ_U64(check(), 0);
	CHECK(info.exec_stack);
}

TEST(valid_static_pie_is_biased)
{
	const uint64_t bias = ELF_ET_DYN_BASE;	/* lowest page is 0 */
	Elf64_Phdr *p;

	build(3);
	make_pie();
	p = insert_ph(3, PT_GNU_STACK);
	p->p_flags = PF_R | PF_W;
	CHECK_EQ_U64(check(), 0);
	CHECK_EQ_U64(info.load_bias, bias);
	CHECK_EQ_U64(info.entry, bias + PG + 0x10);
	CHECK_EQ_U64(info.phdr, bias + sizeof(Elf64_Ehdr));
	CHECK_EQ_U64(info.phnum, 4);
	CHECK_EQ_U64(info.nseg, 3);
	for (int i = 0; i < 3; i++) {
		CHECK_EQ_U64(info.seg[i].vaddr, bias + i * PG);
		CHECK_EQ_U64(info.seg[i].memsz, PG);
		CHECK_EQ_U64(info.seg[i].offset, i * PG);	/* not biased */
	}
	CHECK_EQ_U64(info.end, bias + 3 * PG);
}

TEST(pie_bias_is_from_the_lowest_page)
{
	/* Linked at 0x200040 (the first segment starts mid-page), with the
	 * segments listed highest first: the bias still comes from the
	 * lowest one, rounded down to its page. */
	const uint64_t link = 0x200000, bias = ELF_ET_DYN_BASE - link;
	Elf64_Phdr tmp;

	build(2);
	make_pie();
	for (int i = 0; i < 2; i++)
		b.ph[i].p_vaddr = b.ph[i].p_paddr += link;
	b.ph[0].p_offset = 0x40;
	b.ph[0].p_vaddr = b.ph[0].p_paddr = link + 0x40;
	b.ph[0].p_filesz = b.ph[0].p_memsz = PG - 0x40;
	b.eh.e_entry += link;
	tmp = b.ph[0], b.ph[0] = b.ph[1], b.ph[1] = tmp;
	CHECK_EQ_U64(check(), 0);
	CHECK_EQ_U64(info.load_bias, bias);
	CHECK_EQ_U64(info.seg[1].vaddr, ELF_ET_DYN_BASE + 0x40);
	CHECK_EQ_U64(info.seg[0].vaddr, ELF_ET_DYN_BASE + PG);
	CHECK_EQ_U64(info.entry, ELF_ET_DYN_BASE + PG + 0x10);
	CHECK_EQ_U64(info.phdr, ELF_ET_DYN_BASE + sizeof(Elf64_Ehdr));
	CHECK_EQ_U64(info.end, ELF_ET_DYN_BASE + 2 * PG);
}

TEST(limits_are_inclusive)
{
	/* A segment at exactly 0x10000 and one ending exactly at user_top. */
	build(2);
	b.ph[0].p_vaddr = b.ph[0].p_paddr = MMAP_MIN_ADDR;
	b.ph[1].p_vaddr = b.ph[1].p_paddr = USER_TOP - PG;
	b.eh.e_entry = USER_TOP - 1;		/* the last byte */
	CHECK_EQ_U64(check(), 0);
	CHECK_EQ_U64(info.seg[0].vaddr, MMAP_MIN_ADDR);
	CHECK_EQ_U64(info.end, USER_TOP);
	CHECK_EQ_U64(info.entry, USER_TOP - 1);

	/* Exactly ELF_MAX_LOAD segments. */
	build(ELF_MAX_LOAD);
	CHECK_EQ_U64(check(), 0);
	CHECK_EQ_U64(info.nseg, ELF_MAX_LOAD);
	CHECK_EQ_U64(info.end, BASE + ELF_MAX_LOAD * PG);
}

TEST(segments_sharing_a_page_accepted)
{
	/* Segment 1 ends mid-page and segment 2 starts later in that page,
	 * as ld lays out small files: no byte in both, so no overlap. */
	build(3);
	b.ph[1].p_memsz = 0x800;
	b.ph[2].p_offset = 2 * PG + 0x900;
	b.ph[2].p_vaddr = b.ph[2].p_paddr = BASE + PG + 0x900;
	b.ph[2].p_memsz = 0x200;
	CHECK_EQ_U64(check(), 0);
	CHECK_EQ_U64(info.nseg, 3);
	CHECK_EQ_U64(info.end, BASE + PG + 0xb00);
}

TEST(empty_file_bytes_and_bss_only_segment_accepted)
{
	/* A bss-only segment (filesz 0) whose offset is the file's end. */
	build(3);
	b.ph[2].p_offset = 2 * PG;
	b.ph[2].p_filesz = 0;
	b.size = 2 * PG;
	CHECK_EQ_U64(check(), 0);
	CHECK_EQ_U64(info.seg[2].filesz, 0);
	CHECK_EQ_U64(info.seg[2].memsz, PG);
}

/* ---- refused: the ELF header ---- */

TEST(shorter_than_the_elf_header)
{
	build(1);
	b.size = sizeof(Elf64_Ehdr) - 1;	/* the magic is still there */
	CHECK_REFUSED("not an ELF");
	b.size = 0;
	CHECK_REFUSED("not an ELF");
}

TEST(bad_magic)
{
	build(2);
	b.eh.e_ident[1] = 'e';
	CHECK_REFUSED("not an ELF");
	CHECK(strstr(err, "magic"));

	build(2);
	b.eh.e_ident[0] = 0x7e;
	CHECK_REFUSED("not an ELF");
}

TEST(elfclass32)
{
	build(2);
	b.eh.e_ident[4] = 1;			/* ELFCLASS32 */
	CHECK_REFUSED("not a 64-bit ELF");
	CHECK(strstr(err, "class 1"));
}

TEST(big_endian)
{
	build(2);
	b.eh.e_ident[5] = 2;			/* ELFDATA2MSB */
	CHECK_REFUSED("little-endian");
}

TEST(machine_i386)
{
	build(2);
	b.eh.e_machine = 3;			/* EM_386 */
	CHECK_REFUSED("machine 3,");
	CHECK(strstr(err, "x86-64"));

	build(2);
	b.eh.e_machine = 183;			/* EM_AARCH64 */
	CHECK_REFUSED("machine 183");
}

TEST(relocatable_object)
{
	build(2);
	b.eh.e_type = 1;			/* ET_REL */
	CHECK_REFUSED("type 1 is not an executable");

	build(2);
	b.eh.e_type = 4;			/* ET_CORE */
	CHECK_REFUSED("type 4 is not an executable");
}

TEST(bad_phentsize)
{
	build(2);
	b.eh.e_phentsize = 32;			/* an ELF32 program header */
	CHECK_REFUSED("program header size 32");

	build(2);
	b.eh.e_phentsize = sizeof(Elf64_Phdr) + 8;
	CHECK_REFUSED("program header size 64");
}

TEST(no_program_headers)
{
	build(2);
	b.eh.e_phnum = 0;
	CHECK_REFUSED("0 program headers");
}

TEST(program_headers_truncated)
{
	/* The last program header is one byte short. */
	build(2);
	b.size = sizeof(Elf64_Ehdr) + 2 * sizeof(Elf64_Phdr) - 1;
	CHECK_REFUSED("truncated");
	CHECK(strstr(err, "program headers"));

	/* e_phoff past the end, and so large that e_phoff + size wraps. */
	build(2);
	b.eh.e_phoff = b.size + 8;
	CHECK_REFUSED("truncated");
	build(2);
	b.eh.e_phoff = ~0ull - 8;
	CHECK_REFUSED("truncated");

	/* So many that their size is more than the file. */
	build(2);
	b.eh.e_phnum = 100;
	b.size = 0x1000;
	CHECK_REFUSED("truncated");
}

/* ---- refused: the program headers ---- */

TEST(dynamically_linked)
{
	Elf64_Phdr *p;

	build(2);
	memcpy(b.file + 0x300, INTERP, sizeof(INTERP));	/* in segment 0 */
	p = insert_ph(0, PT_INTERP);
	p->p_offset = 0x300;
	p->p_vaddr = p->p_paddr = BASE + 0x300;
	p->p_filesz = p->p_memsz = sizeof(INTERP);
	p->p_flags = PF_R;
	p->p_align = 1;
	CHECK_REFUSED("dynamically linked");
	CHECK(strstr(err, "interpreter " INTERP ")"));

	/* After the PT_LOADs too, and with its string past the file's end
	 * (only what is in the file is read: ASan checks). */
	build(2);
	p = insert_ph(2, PT_INTERP);
	p->p_offset = b.size - 4;
	memcpy(b.file + p->p_offset, "/lib", 4);
	p->p_filesz = sizeof(INTERP);
	CHECK_REFUSED("dynamically linked");
	CHECK(strstr(err, "interpreter /lib)"));
}

TEST(filesz_larger_than_memsz)
{
	build(3);
	b.ph[2].p_filesz = b.ph[2].p_memsz + 1;
	CHECK_REFUSED("larger than its memory size");
	CHECK(strstr(err, "segment 2"));
}

TEST(segment_file_bytes_truncated)
{
	/* The file ends one byte before segment 2's file bytes do. */
	build(3);
	b.size = 2 * PG + b.ph[2].p_filesz - 1;
	CHECK_REFUSED("truncated");
	CHECK(strstr(err, "segment 2"));

	/* An offset past the end, and one where offset + filesz wraps. */
	build(3);
	b.ph[2].p_offset = b.size + PG;
	b.ph[2].p_vaddr = b.ph[2].p_paddr = BASE + 2 * PG + b.size + PG;
	CHECK_REFUSED("truncated");
	build(3);
	b.ph[2].p_offset = 0x1000;
	b.ph[2].p_filesz = b.ph[2].p_memsz = ~0ull - 0x800;
	CHECK_REFUSED("truncated");
}

TEST(vaddr_offset_misaligned)
{
	build(3);
	b.ph[2].p_vaddr += 0x10;
	CHECK_REFUSED("differ modulo the page size");
	CHECK(strstr(err, "segment 2"));
}

TEST(segment_below_mmap_min_addr)
{
	build(2);
	b.ph[0].p_vaddr = b.ph[0].p_paddr = MMAP_MIN_ADDR - PG;
	CHECK_REFUSED("below the lowest mappable address");

	/* One byte below. */
	build(2);
	b.ph[0].p_offset = PG - 1;
	b.ph[0].p_vaddr = b.ph[0].p_paddr = MMAP_MIN_ADDR - 1;
	b.ph[0].p_filesz = b.ph[0].p_memsz = 1;
	CHECK_REFUSED("below the lowest mappable address");

	/* Address 0, the classic: NULL would be a valid pointer. */
	build(2);
	b.ph[0].p_vaddr = b.ph[0].p_paddr = 0;
	CHECK_REFUSED("below the lowest mappable address");
}

TEST(segment_past_user_top)
{
	/* One byte into the page at user_top. */
	build(3);
	b.ph[2].p_vaddr = b.ph[2].p_paddr = USER_TOP - PG;
	b.ph[2].p_memsz = PG + 1;
	CHECK_REFUSED("reaches into the kernel half");

	/* Entirely above it, in the kernel half. */
	build(3);
	b.ph[2].p_vaddr = b.ph[2].p_paddr = 0xffffffff80002000ull;
	CHECK_REFUSED("reaches into the kernel half");

	/* user_top is the caller's: a lower one moves the limit. */
	build(3);
	CHECK_EQ_U64(check_top(BASE + 3 * PG), 0);
	CHECK_EQ_U64(check_top(BASE + 3 * PG - 1), -1);
	CHECK(strstr(err, "reaches into the kernel half"));
}

TEST(segment_wraps_around)
{
	/* vaddr + memsz wraps past 2^64 to a small "end". */
	build(3);
	b.ph[2].p_vaddr = b.ph[2].p_paddr = 0xfffffffffffff000ull;
	b.ph[2].p_offset = 2 * PG;
	b.ph[2].p_memsz = 0x11000;		/* ends at 0x10000 */
	CHECK_REFUSED("reaches into the kernel half");

	/* A memory size larger than all of user space. */
	build(3);
	b.ph[2].p_memsz = ~0ull - 0xfff;
	CHECK_REFUSED("reaches into the kernel half");
}

TEST(pie_segment_wrapping_with_the_bias_refused)
{
	/* A static PIE's segment 1 linked in the kernel half, at
	 * 2^64 - ELF_ET_DYN_BASE + 0x10000: vaddr + load_bias wraps to
	 * 0x10000, which passes every later check.  Linux refuses it
	 * (BAD_ADDR(p_vaddr) in load_elf_binary, before any bias). */
	build(2);
	make_pie();
	b.ph[1].p_vaddr = b.ph[1].p_paddr = 0 - ELF_ET_DYN_BASE + 0x10000;
	b.eh.e_entry = 0x10;			/* in segment 0 */
	CHECK_EQ_U64(check(), -1);
	CHECK(err[0] != '\0');
}

TEST(overlapping_segments)
{
	/* Segment 2 starts on segment 1's last byte. */
	build(3);
	b.ph[1].p_memsz = PG + 1;
	CHECK_REFUSED("overlap");

	/* Segment 2 entirely inside segment 1. */
	build(3);
	b.ph[1].p_memsz = 4 * PG;
	CHECK_REFUSED("overlap");

	/* Two segments at the same address. */
	build(3);
	b.ph[1].p_vaddr = b.ph[1].p_paddr = BASE + 2 * PG;
	b.ph[2].p_vaddr = b.ph[2].p_paddr = BASE + 2 * PG;
	b.eh.e_entry = BASE + 2 * PG;
	CHECK_REFUSED("overlap");
}

TEST(entry_outside_every_segment)
{
	build(3);
	b.eh.e_entry = 0x300000;
	CHECK_REFUSED("outside every segment");
	CHECK(strstr(err, "0x300000"));

	/* One past the end of the last segment. */
	build(3);
	b.eh.e_entry = BASE + 3 * PG;
	CHECK_REFUSED("outside every segment");

	/* In a gap between two segments. */
	build(3);
	b.ph[2].p_vaddr = b.ph[2].p_paddr = BASE + 8 * PG;
	b.eh.e_entry = BASE + 5 * PG;
	CHECK_REFUSED("outside every segment");

	/* Inside a PT_PHDR (not a loadable segment). */
	build(2);
	Elf64_Phdr *p = insert_ph(0, PT_PHDR);
	p->p_vaddr = BASE + 4 * PG;
	p->p_memsz = PG;
	b.eh.e_entry = BASE + 4 * PG;
	CHECK_REFUSED("outside every segment");
}

TEST(no_loadable_segment)
{
	build(2);
	b.ph[0].p_type = 4;			/* PT_NOTE */
	b.ph[1].p_type = PT_GNU_STACK;
	CHECK_REFUSED("no loadable segment");
}

TEST(too_many_loadable_segments)
{
	build(ELF_MAX_LOAD + 1);
	CHECK_REFUSED("more than 16 loadable segments");
}

/* ---- the message itself ---- */

TEST(err_always_terminated_and_fits)
{
	char small[16];

	/* A long message (the interpreter's) and a short one, into 8. */
	for (int round = 0; round < 2; round++) {
		build(2);
		if (round == 0) {
			Elf64_Phdr *p = insert_ph(0, PT_INTERP);

			memcpy(b.file + 0x300, INTERP, sizeof(INTERP));
			p->p_offset = 0x300;
			p->p_filesz = sizeof(INTERP);
		} else {
			b.eh.e_ident[1] = 'e';
		}
		check();			/* lays out b.file */
		memset(small, 'X', sizeof(small));
		CHECK_EQ_U64(elf_check(b.file, b.size, USER_TOP, &info, small, 8),
			     -1);
		CHECK_EQ_U64(strnlen(small, sizeof(small)), 7);
		CHECK(!memcmp(small, round ? "not an " : "dynamic", 7));
		for (size_t i = 8; i < sizeof(small); i++)
			CHECK_EQ_U64(small[i], 'X');

		/* errsz 1: only the NUL; errsz 0: not a byte written. */
		memset(small, 'X', sizeof(small));
		CHECK_EQ_U64(elf_check(b.file, b.size, USER_TOP, &info, small, 1),
			     -1);
		CHECK_EQ_U64(small[0], '\0');
		CHECK_EQ_U64(small[1], 'X');
		memset(small, 'X', sizeof(small));
		CHECK_EQ_U64(elf_check(b.file, b.size, USER_TOP, &info, small, 0),
			     -1);
		CHECK_EQ_U64(small[0], 'X');
	}
}
