/* writev_readv: writev gathers several buffers (including empty ones)
 * into one write on stdout; readv scatters stdin (writev_readv.stdin) into
 * buffers of 1, 7, 0 and 100 bytes; stdio and raw writes interleave in
 * order when stdio is flushed first. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/uio.h>

int main(void)
{
	char a[] = "gathered: ", b[] = "one ", c[] = "", d[] = "two ", e[] = "three\n";
	struct iovec w[5] = { { a, strlen(a) }, { b, strlen(b) }, { c, 0 },
		{ d, strlen(d) }, { e, strlen(e) } };
	printf("stdio first\n");
	fflush(stdout);
	ssize_t n = writev(1, w, 5);
	printf("writev returned %zd\n", n);
	fflush(stdout);
	n = writev(1, w, 0);
	printf("writev of nothing returned %zd\n", n);

	char r1[1], r2[7], r3[1], r4[100];
	struct iovec r[4] = { { r1, 1 }, { r2, 7 }, { r3, 0 }, { r4, sizeof r4 } };
	size_t total = 0;
	int calls = 0;
	/* stdin may arrive in pieces (a pipe, a serial line): gather it all */
	char all[200];
	for (;;) {
		n = readv(0, r, 4);
		if (n <= 0)
			break;
		calls++;
		size_t left = (size_t)n;
		for (int i = 0; i < 4 && left; i++) {
			size_t k = r[i].iov_len < left ? r[i].iov_len : left;
			if (total + k <= sizeof all)
				memcpy(all + total, r[i].iov_base, k);
			total += k;
			left -= k;
		}
	}
	printf("readv: %zu bytes in total, last call returned %zd\n", total, n);
	printf("content: [%.*s]\n", (int)(total < sizeof all ? total : sizeof all), all);
	return 0;
}
