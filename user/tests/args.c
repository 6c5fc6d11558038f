/*
 * args: the start-up stack is Linux's.  With the arguments "one two
 * three": argc is 4, argv[1..3] are the strings and argv[4] is NULL, the
 * environment is empty (envp[0] == NULL), and the stack pointer at _start
 * (the address of argc, just below argv) was 16-byte aligned.  Past
 * envp's NULL is the auxiliary vector, each type at most once, ending in
 * AT_NULL: AT_PAGESZ is 4096, AT_ENTRY is _start, AT_PHDR/AT_PHENT/AT_PHNUM
 * describe this program's headers (one PT_LOAD holds _start and is
 * executable), AT_RANDOM points to 16 readable bytes above the vectors,
 * AT_PLATFORM to "x86_64", AT_EXECFN to the same string as argv[0], the
 * ids (AT_UID, AT_EUID, AT_GID, AT_EGID) are 0 as for root, AT_SECURE is
 * 0 and AT_CLKTCK is 100.
 */
/* args: one two three */
#include "ulib.h"
#include "vsprintf.h"

#define AT_NULL		0
#define AT_PHDR		3
#define AT_PHENT	4
#define AT_PHNUM	5
#define AT_PAGESZ	6
#define AT_ENTRY	9
#define AT_UID		11
#define AT_EUID		12
#define AT_GID		13
#define AT_EGID		14
#define AT_PLATFORM	15
#define AT_CLKTCK	17
#define AT_SECURE	23
#define AT_RANDOM	25
#define AT_EXECFN	31
#define AT_MAX		64

#define PT_LOAD		1
#define PF_X		1

struct elf64_phdr {
	uint32_t p_type, p_flags;
	uint64_t p_offset, p_vaddr, p_paddr, p_filesz, p_memsz, p_align;
};

extern char _start[];

static int ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), m = strlen(tail);

	return n >= m && !strcmp(s + n - m, tail) &&
	       (n == m || s[n - m - 1] == '/');
}

int main(int argc, char **argv, char **envp)
{
	char what[128];

	/* argc, argv, envp */
	CHECK_EQ(argc, 4, "argc is 4");
	CHECK(argv[0] && ends_with(argv[0], "args"), "argv[0] names the program");
	CHECK(argv[1] && !strcmp(argv[1], "one"), "argv[1] is \"one\"");
	CHECK(argv[2] && !strcmp(argv[2], "two"), "argv[2] is \"two\"");
	CHECK(argv[3] && !strcmp(argv[3], "three"), "argv[3] is \"three\"");
	CHECK(argv[4] == NULL, "argv[4] is NULL");
	CHECK(envp == argv + argc + 1, "envp starts right after argv's NULL");
	CHECK(envp[0] == NULL, "envp[0] is NULL: no environment");

	/* The entry stack: rsp -> argc, then argv. */
	long *sp = (long *)argv - 1;

	CHECK_EQ((unsigned long)sp % 16, 0, "rsp at _start was 16-byte aligned");
	CHECK_EQ(*sp, argc, "the word at rsp is argc");

	/* auxv */
	char **e = envp;

	while (*e)
		e++;
	unsigned long *auxv = (unsigned long *)(e + 1), *a = auxv;
	unsigned long val[AT_MAX];
	int seen[AT_MAX], dup = 0, pairs = 0, ended = 0;

	memset(seen, 0, sizeof(seen));
	memset(val, 0, sizeof(val));
	for (; pairs < 100; pairs++, a += 2) {
		if (a[0] == AT_NULL) {
			ended = 1;
			break;
		}
		if (a[0] < AT_MAX) {
			dup += seen[a[0]];
			seen[a[0]] = 1;
			val[a[0]] = a[1];
		}
	}
	printf("auxv: %d pairs before AT_NULL\n", pairs);
	CHECK(ended, "the auxiliary vector ends with AT_NULL");
	CHECK_EQ(dup, 0, "no auxv type appears twice");

	static const int required[] = {
		AT_PHDR, AT_PHENT, AT_PHNUM, AT_PAGESZ, AT_ENTRY, AT_UID,
		AT_EUID, AT_GID, AT_EGID, AT_PLATFORM, AT_CLKTCK, AT_SECURE,
		AT_RANDOM, AT_EXECFN,
	};
	for (size_t i = 0; i < sizeof(required) / sizeof(required[0]); i++) {
		td_snprintf(what, sizeof(what), "auxv has type %d", required[i]);
		CHECK(seen[required[i]], what);
	}

	CHECK_EQ(val[AT_PAGESZ], 4096, "AT_PAGESZ is 4096");
	CHECK_EQ(val[AT_ENTRY], (unsigned long)_start, "AT_ENTRY is _start");
	CHECK(val[AT_PHNUM] > 0, "AT_PHNUM > 0");
	CHECK_EQ(val[AT_PHENT], sizeof(struct elf64_phdr), "AT_PHENT is 56");

	/* The program headers: a PT_LOAD that holds _start, executable. */
	int text = 0;

	if (val[AT_PHDR] && val[AT_PHENT] == sizeof(struct elf64_phdr) &&
	    val[AT_PHNUM] < 64) {
		const struct elf64_phdr *ph = (const void *)val[AT_PHDR];

		for (unsigned long i = 0; i < val[AT_PHNUM]; i++)
			if (ph[i].p_type == PT_LOAD &&
			    ph[i].p_vaddr <= (unsigned long)_start &&
			    (unsigned long)_start < ph[i].p_vaddr + ph[i].p_memsz &&
			    (ph[i].p_flags & PF_X))
				text = 1;
	}
	CHECK(text, "AT_PHDR's headers have an executable PT_LOAD holding _start");

	const unsigned char *rnd = (const void *)val[AT_RANDOM];
	unsigned char r[16], any = 0;

	if (rnd) {
		memcpy(r, rnd, 16);
		for (int i = 0; i < 16; i++)
			any |= r[i];
	}
	CHECK(rnd != NULL && any, "AT_RANDOM points to 16 readable bytes, not all 0");
	CHECK((unsigned long)rnd > (unsigned long)a,
	      "AT_RANDOM's bytes lie above the vectors");

	const char *plat = (const char *)val[AT_PLATFORM];

	CHECK(plat && !strcmp(plat, "x86_64"), "AT_PLATFORM is \"x86_64\"");
	const char *fn = (const char *)val[AT_EXECFN];

	CHECK(fn && argv[0] && !strcmp(fn, argv[0]), "AT_EXECFN is argv[0]'s string");

	CHECK_EQ(val[AT_UID], 0, "AT_UID is 0");
	CHECK_EQ(val[AT_EUID], 0, "AT_EUID is 0");
	CHECK_EQ(val[AT_GID], 0, "AT_GID is 0");
	CHECK_EQ(val[AT_EGID], 0, "AT_EGID is 0");
	CHECK_EQ(val[AT_SECURE], 0, "AT_SECURE is 0");
	CHECK_EQ(val[AT_CLKTCK], 100, "AT_CLKTCK is 100");
	check_done();
}
