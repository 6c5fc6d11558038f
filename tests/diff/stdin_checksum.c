/* stdin_checksum: all of stdin read to end of file with read(2) in odd
 * sizes; prints its length, how many NUL and 0xff bytes it held, a CRC-32
 * and the first bytes in hex: the console must carry every byte value. */
#include <stdio.h>
#include <stdint.h>
#include <unistd.h>

int main(void)
{
	static unsigned char buf[1 << 16];
	size_t len = 0, nul = 0, ff = 0, want = 1;
	uint32_t crc = 0xffffffffu;
	unsigned char head[16];
	for (;;) {
		ssize_t n = read(0, buf, want);
		if (n < 0) {
			printf("read failed\n");
			return 1;
		}
		if (n == 0)
			break;
		for (ssize_t i = 0; i < n; i++) {
			unsigned char c = buf[i];
			if (len < 16)
				head[len] = c;
			len++;
			nul += c == 0;
			ff += c == 0xff;
			crc ^= c;
			for (int k = 0; k < 8; k++)
				crc = (crc >> 1) ^ (0xedb88320u & -(crc & 1));
		}
		want = want * 2 + 1 < sizeof buf ? want * 2 + 1 : 333;
	}
	printf("length %zu, NUL bytes %zu, 0xff bytes %zu, crc32 %08x\n", len,
	       nul, ff, crc ^ 0xffffffffu);
	printf("first bytes:");
	for (size_t i = 0; i < len && i < 16; i++)
		printf(" %02x", head[i]);
	printf("\nread after EOF: %zd\n", read(0, buf, 10));
	return 0;
}
