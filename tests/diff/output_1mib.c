/* output_1mib: exactly 1 MiB of a deterministic byte pattern (all 256
 * byte values, NULs and newlines included) on stdout: 512 KiB through
 * fwrite in uneven chunks, 512 KiB through printf("%s")/putchar pieces
 * of printable text, then a last line with a checksum of everything. */
#include <stdio.h>
#include <stdint.h>

int main(void)
{
	static unsigned char buf[512 * 1024];
	uint32_t x = 2463534242u, sum = 0;
	for (size_t i = 0; i < sizeof buf; i++) {
		x ^= x << 13; x ^= x >> 17; x ^= x << 5;
		buf[i] = (unsigned char)(i & 1 ? x : i);
		sum = sum * 31 + buf[i];
	}
	size_t done = 0, chunk = 1;
	while (done < sizeof buf) {
		size_t n = chunk < sizeof buf - done ? chunk : sizeof buf - done;
		if (fwrite(buf + done, 1, n, stdout) != n)
			return 1;
		done += n;
		chunk = chunk * 3 + 7;
		if (chunk > 100000)
			chunk = 5;
	}
	/* 512 KiB of text: 8192 lines of 64 bytes (63 + newline) */
	char line[64];
	for (int l = 0; l < 8192; l++) {
		for (int k = 0; k < 63; k++)
			line[k] = (char)(' ' + 1 + (l * 7 + k * 13) % 94);
		line[63] = 0;
		if (l % 3 == 0) {
			printf("%s\n", line);
		} else if (l % 3 == 1) {
			printf("%.20s", line);
			printf("%s", line + 20);
			putchar('\n');
		} else {
			fputs(line, stdout);
			fputc('\n', stdout);
		}
		for (int k = 0; k < 63; k++)
			sum = sum * 31 + (unsigned char)line[k];
		sum = sum * 31 + '\n';
	}
	fprintf(stdout, "checksum %08x\n", (unsigned)sum);
	return 0;
}
