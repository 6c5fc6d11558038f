/* auxv: the auxiliary vector holds what a static program needs, checked
 * against the program itself rather than printed: AT_PAGESZ is 4096,
 * AT_PHDR/AT_PHNUM/AT_PHENT describe this executable's program headers,
 * AT_ENTRY is _start, AT_UID..AT_EGID match the id calls, AT_SECURE is 0,
 * AT_RANDOM points at 16 bytes that are not all zero. */
#define _GNU_SOURCE
#include <stdio.h>
#include <elf.h>
#include <link.h>
#include <unistd.h>
#include <sys/auxv.h>

extern const ElfW(Ehdr) __ehdr_start;
extern char _start[];

static const char *yesno(int c) { return c ? "yes" : "no"; }

int main(void)
{
	const ElfW(Ehdr) *eh = &__ehdr_start;
	printf("AT_PAGESZ = %lu\n", getauxval(AT_PAGESZ));
	printf("AT_PHDR is this program's headers: %s\n",
	       yesno(getauxval(AT_PHDR) == (unsigned long)eh + eh->e_phoff));
	printf("AT_PHNUM matches: %s, AT_PHENT = %lu\n",
	       yesno(getauxval(AT_PHNUM) == eh->e_phnum), getauxval(AT_PHENT));
	printf("AT_ENTRY is _start: %s\n",
	       yesno(getauxval(AT_ENTRY) == (unsigned long)_start));
	printf("AT_UID/EUID/GID/EGID match: %s %s %s %s\n",
	       yesno(getauxval(AT_UID) == getuid()), yesno(getauxval(AT_EUID) == geteuid()),
	       yesno(getauxval(AT_GID) == getgid()), yesno(getauxval(AT_EGID) == getegid()));
	printf("AT_SECURE = %lu\n", getauxval(AT_SECURE));
	const unsigned char *r = (const unsigned char *)getauxval(AT_RANDOM);
	int nz = 0;
	for (int i = 0; r && i < 16; i++)
		nz |= r[i];
	printf("AT_RANDOM: %s, not all zero: %s\n", r ? "present" : "missing", yesno(nz));
	return 0;
}
