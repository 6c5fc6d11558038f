/*
 * mm_wrap: mprotect and madvise with a length that wraps when rounded up
 * to pages (or whose end wraps past the top): Linux's answers, which are
 * not those of a zero length.  mprotect: -ENOMEM for any such length
 * (only len 0 is 0); madvise: -EINVAL.  (A length merely past the top of
 * user space, 2^63, is left out: Linux's madvise answers it differently
 * from one version to the next.)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static void show(const char *what, long r)
{
	printf("%-44s %ld %s\n", what, r, r < 0 ? strerror(errno) : "");
}

int main(void)
{
	char *p = mmap(0, 8192, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	const unsigned long lens[] = { 0, 1, 4096, -1ul, -4095ul, -4096ul,
				       -8192ul };
	const char *names[] = { "0", "1", "4096", "-1", "-4095", "-4096",
				"-8192" };

	if (p == MAP_FAILED)
		return 1;
	for (int i = 0; i < 7; i++) {
		char what[64];

		snprintf(what, sizeof(what), "mprotect(p, %s, PROT_READ)", names[i]);
		show(what, syscall(SYS_mprotect, p, lens[i], PROT_READ));
		snprintf(what, sizeof(what), "madvise(p, %s, MADV_NORMAL)", names[i]);
		show(what, syscall(SYS_madvise, p, lens[i], MADV_NORMAL));
		snprintf(what, sizeof(what), "madvise(p, %s, MADV_DONTNEED)", names[i]);
		show(what, syscall(SYS_madvise, p, lens[i], MADV_DONTNEED));
		snprintf(what, sizeof(what), "madvise(p, %s, 12345)", names[i]);
		show(what, syscall(SYS_madvise, p, lens[i], 12345));
	}
	return 0;
}
