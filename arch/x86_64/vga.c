/* VGA text mode glue: textcon on the frame buffer, plus the hardware cursor. */
#include "vga.h"
#include "io.h"
#include "layout.h"
#include "textcon.h"

#define VGA_PHYS	0xb8000
#define VGA_COLS	80
#define VGA_ROWS	25
#define ATTR_GREY	0x07
#define CRTC_INDEX	0x3d4
#define CRTC_DATA	0x3d5

static struct textcon vga;
static int vga_ready;

static void move_cursor(void)
{
	unsigned pos = (unsigned)(vga.y * vga.cols + vga.x);

	outb(CRTC_INDEX, 0x0f);
	outb(CRTC_DATA, pos & 0xff);
	outb(CRTC_INDEX, 0x0e);
	outb(CRTC_DATA, (pos >> 8) & 0xff);
}

void vga_init(void)
{
	textcon_init(&vga, phys_to_virt(VGA_PHYS), VGA_COLS, VGA_ROWS,
		     ATTR_GREY);
	vga_ready = 1;
	move_cursor();
}

void vga_write(const char *s, unsigned long len)
{
	if (!vga_ready)
		return;
	textcon_write(&vga, s, len);
	move_cursor();
}
