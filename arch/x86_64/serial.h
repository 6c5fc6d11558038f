/* 16550 UART: COM1 is the programs' console, COM2 can carry the kernel log. */
#ifndef SERIAL_H
#define SERIAL_H

#include <stdbool.h>
#include <stdint.h>

#define COM1	0x3f8
#define COM2	0x2f8

bool serial_init(uint16_t port);
void serial_putc(uint16_t port, char c);
/* A received byte (0..255), or -1 if none is waiting. */
int serial_getc(uint16_t port);
/* Receive interrupts on (IRQ 4 for COM1): wakes hlt when input comes. */
void serial_enable_rx_irq(uint16_t port);
/* Writes buf; with crlf, each '\n' goes out as "\r\n" (for log terminals). */
void serial_write(uint16_t port, const char *buf, unsigned long len, bool crlf);

#endif
