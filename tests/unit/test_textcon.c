/*
 * kernel/textcon.c on a 10x4 grid: small enough that wrapping and scrolling
 * take a few characters.  The grid is an exact-size stack array, so ASan
 * catches a write past the last cell.
 */
#include "check.h"
#include "textcon.h"

#define COLS	10
#define ROWS	4
#define ATTR	0x1f		/* nonzero, so a lost attribute shows */

static uint16_t cell(uint8_t attr, char c)
{
	return (uint16_t)(attr << 8 | (uint8_t)c);
}

static void con(struct textcon *tc, uint16_t *cells)
{
	textcon_init(tc, cells, COLS, ROWS, ATTR);
}

static void put(struct textcon *tc, const char *s)
{
	textcon_write(tc, s, strlen(s));
}

TEST(init_fills_with_blanks)
{
	uint16_t cells[COLS * ROWS];
	struct textcon tc;

	memset(cells, 0xaa, sizeof(cells));
	con(&tc, cells);
	for (int i = 0; i < COLS * ROWS; i++)
		CHECK_EQ_U64(cells[i], cell(ATTR, ' '));
	CHECK_EQ_U64(tc.x, 0);
	CHECK_EQ_U64(tc.y, 0);
}

TEST(putc_writes_char_and_attr_and_advances)
{
	uint16_t cells[COLS * ROWS];
	struct textcon tc;

	con(&tc, cells);
	textcon_putc(&tc, 'A');
	textcon_putc(&tc, 'B');
	CHECK_EQ_U64(cells[0], cell(ATTR, 'A'));
	CHECK_EQ_U64(cells[1], cell(ATTR, 'B'));
	CHECK_EQ_U64(cells[2], cell(ATTR, ' '));
	CHECK_EQ_U64(tc.x, 2);
	CHECK_EQ_U64(tc.y, 0);
}

TEST(putc_high_char_is_not_sign_extended)
{
	uint16_t cells[COLS * ROWS];
	struct textcon tc;

	/* CP437 box drawing: a negative char on x86 must not smear the attr */
	con(&tc, cells);
	textcon_putc(&tc, (char)0xc4);
	CHECK_EQ_U64(cells[0], 0x1fc4);
}

TEST(attr_change_applies_to_later_chars)
{
	uint16_t cells[COLS * ROWS];
	struct textcon tc;

	con(&tc, cells);
	textcon_putc(&tc, 'a');
	tc.attr = 0x4e;
	textcon_putc(&tc, 'b');
	CHECK_EQ_U64(cells[0], cell(ATTR, 'a'));
	CHECK_EQ_U64(cells[1], cell(0x4e, 'b'));
}

TEST(newline_goes_to_column_0_of_next_row)
{
	uint16_t cells[COLS * ROWS];
	struct textcon tc;

	con(&tc, cells);
	put(&tc, "ab\ncd");
	CHECK_EQ_U64(cells[0], cell(ATTR, 'a'));
	CHECK_EQ_U64(cells[2], cell(ATTR, ' '));	/* '\n' prints nothing */
	CHECK_EQ_U64(cells[COLS], cell(ATTR, 'c'));
	CHECK_EQ_U64(cells[COLS + 1], cell(ATTR, 'd'));
	CHECK_EQ_U64(tc.x, 2);
	CHECK_EQ_U64(tc.y, 1);
}

TEST(carriage_return_goes_to_column_0_same_row)
{
	uint16_t cells[COLS * ROWS];
	struct textcon tc;

	con(&tc, cells);
	put(&tc, "\nabc\rX");
	CHECK_EQ_U64(cells[COLS], cell(ATTR, 'X'));
	CHECK_EQ_U64(cells[COLS + 1], cell(ATTR, 'b'));
	CHECK_EQ_U64(tc.x, 1);
	CHECK_EQ_U64(tc.y, 1);
}

TEST(tab_goes_to_next_multiple_of_8)
{
	uint16_t cells[COLS * ROWS];
	struct textcon tc;

	con(&tc, cells);
	textcon_putc(&tc, '\t');
	CHECK_EQ_U64(tc.x, 8);
	put(&tc, "\rabc\tZ");
	CHECK_EQ_U64(cells[2], cell(ATTR, 'c'));
	CHECK_EQ_U64(cells[3], cell(ATTR, ' '));
	CHECK_EQ_U64(cells[8], cell(ATTR, 'Z'));
	CHECK_EQ_U64(tc.x, 9);
	CHECK_EQ_U64(tc.y, 0);
}

TEST(tab_past_the_last_stop_wraps)
{
	uint16_t cells[COLS * ROWS];
	struct textcon tc;

	/* From column 8 of 10 the next stop, 16, is off the row. */
	con(&tc, cells);
	put(&tc, "01234567\t");
	CHECK_EQ_U64(tc.x, 0);
	CHECK_EQ_U64(tc.y, 1);
	CHECK_EQ_U64(cells[COLS], cell(ATTR, ' '));
}

TEST(backspace_moves_left_and_stops_at_column_0)
{
	uint16_t cells[COLS * ROWS];
	struct textcon tc;

	con(&tc, cells);
	put(&tc, "ab\bX");
	CHECK_EQ_U64(cells[1], cell(ATTR, 'X'));
	CHECK_EQ_U64(tc.x, 2);
	put(&tc, "\n\b\bY");
	CHECK_EQ_U64(tc.y, 1);
	CHECK_EQ_U64(cells[COLS], cell(ATTR, 'Y'));
}

TEST(wraps_at_the_last_column)
{
	uint16_t cells[COLS * ROWS];
	struct textcon tc;

	con(&tc, cells);
	put(&tc, "0123456789");
	CHECK_EQ_U64(cells[COLS - 1], cell(ATTR, '9'));
	CHECK_EQ_U64(tc.x, 0);
	CHECK_EQ_U64(tc.y, 1);
	textcon_putc(&tc, 'w');
	CHECK_EQ_U64(cells[COLS], cell(ATTR, 'w'));
}

TEST(newline_on_the_last_row_scrolls)
{
	uint16_t cells[COLS * ROWS];
	struct textcon tc;

	con(&tc, cells);
	put(&tc, "r0\nr1\nr2\nr3\n");
	/* r0 is gone, r1..r3 moved up a row, the last row is blank */
	for (int row = 0; row < ROWS - 1; row++) {
		CHECK_EQ_U64(cells[row * COLS], cell(ATTR, 'r'));
		CHECK_EQ_U64(cells[row * COLS + 1], cell(ATTR, '1' + row));
	}
	for (int i = 0; i < COLS; i++)
		CHECK_EQ_U64(cells[(ROWS - 1) * COLS + i], cell(ATTR, ' '));
	CHECK_EQ_U64(tc.x, 0);
	CHECK_EQ_U64(tc.y, ROWS - 1);
	textcon_putc(&tc, 'Z');
	CHECK_EQ_U64(cells[(ROWS - 1) * COLS], cell(ATTR, 'Z'));
}

TEST(filling_the_last_row_scrolls)
{
	uint16_t cells[COLS * ROWS];
	struct textcon tc;
	char all[COLS * ROWS + 1];

	/* 'A'..: every cell distinct, so a misplaced copy shows */
	for (int i = 0; i < COLS * ROWS; i++)
		all[i] = (char)('A' + i);
	all[COLS * ROWS] = '\0';
	con(&tc, cells);
	put(&tc, all);
	for (int i = 0; i < COLS * (ROWS - 1); i++)
		CHECK_EQ_U64(cells[i], cell(ATTR, all[i + COLS]));
	for (int i = 0; i < COLS; i++)
		CHECK_EQ_U64(cells[(ROWS - 1) * COLS + i], cell(ATTR, ' '));
	CHECK_EQ_U64(tc.y, ROWS - 1);
}

TEST(write_takes_exactly_len_bytes)
{
	uint16_t cells[COLS * ROWS];
	struct textcon tc;

	con(&tc, cells);
	textcon_write(&tc, "xyz", 2);
	CHECK_EQ_U64(cells[1], cell(ATTR, 'y'));
	CHECK_EQ_U64(cells[2], cell(ATTR, ' '));
	CHECK_EQ_U64(tc.x, 2);
}
