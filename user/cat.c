/*
 * cat: copies stdin to stdout with read and write, then reports on stderr
 * how many reads it took and how the input ended (read() == 0).  The
 * console tests pipe data through it.
 */
#include "ulib.h"

int main(void)
{
	static char buf[4096];
	long n, total = 0, reads = 0;

	while ((n = sc_read(0, buf, sizeof(buf))) > 0) {
		reads++;
		total += n;
		for (long done = 0; done < n;) {
			long w = sc_write(1, buf + done, n - done);

			if (w <= 0)
				return 2;
			done += w;
		}
	}
	char msg[96];
	int len = td_snprintf(msg, sizeof(msg), "cat: %ld bytes in %ld reads, "
			      "last read %ld\n", total, reads, n);

	sc_write(2, msg, len);
	return n == 0 ? 0 : 1;
}
