/* See textcon.h.  Lines scroll up when the cursor passes the last row. */
#include "textcon.h"

static uint16_t blank(const struct textcon *tc)
{
	return (uint16_t)(tc->attr << 8 | ' ');
}

void textcon_init(struct textcon *tc, uint16_t *cells, int cols, int rows,
		  uint8_t attr)
{
	tc->cells = cells;
	tc->cols = cols;
	tc->rows = rows;
	tc->x = tc->y = 0;
	tc->attr = attr;
	for (int i = 0; i < cols * rows; i++)
		cells[i] = blank(tc);
}

static void newline(struct textcon *tc)
{
	tc->x = 0;
	if (++tc->y < tc->rows)
		return;
	for (int i = 0; i < tc->cols * (tc->rows - 1); i++)
		tc->cells[i] = tc->cells[i + tc->cols];
	for (int i = 0; i < tc->cols; i++)
		tc->cells[tc->cols * (tc->rows - 1) + i] = blank(tc);
	tc->y = tc->rows - 1;
}

void textcon_putc(struct textcon *tc, char c)
{
	switch (c) {
	case '\n':
		newline(tc);
		return;
	case '\r':
		tc->x = 0;
		return;
	case '\t':
		do
			textcon_putc(tc, ' ');
		while (tc->x % 8);
		return;
	case '\b':
		if (tc->x)
			tc->x--;
		return;
	}
	tc->cells[tc->y * tc->cols + tc->x] =
		(uint16_t)(tc->attr << 8 | (uint8_t)c);
	if (++tc->x == tc->cols)
		newline(tc);
}

void textcon_write(struct textcon *tc, const char *s, unsigned long len)
{
	while (len--)
		textcon_putc(tc, *s++);
}
