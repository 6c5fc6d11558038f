/* The VGA text screen (80x25 at physical 0xb8000) as a kernel log sink. */
#ifndef VGA_H
#define VGA_H

void vga_init(void);
void vga_write(const char *s, unsigned long len);

#endif
