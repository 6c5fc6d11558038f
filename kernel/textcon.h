/*
 * A text console on a grid of 16-bit cells (character + attribute), as VGA
 * text mode lays them out.  Pure logic, so the host tests can run it on a
 * plain array; arch/x86_64/vga.c points it at 0xb8000.
 */
#ifndef TEXTCON_H
#define TEXTCON_H

#include <stdint.h>

struct textcon {
	uint16_t *cells;
	int cols, rows;
	int x, y;
	uint8_t attr;
};

void textcon_init(struct textcon *tc, uint16_t *cells, int cols, int rows,
		  uint8_t attr);
void textcon_putc(struct textcon *tc, char c);
void textcon_write(struct textcon *tc, const char *s, unsigned long len);

#endif
