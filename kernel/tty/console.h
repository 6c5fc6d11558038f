/*
 * The console: COM1, the programs' fd 0, 1 and 2.  Output is byte-exact
 * (no "\r" added: the runner's stdout must equal the program's).
 */
#ifndef CONSOLE_H
#define CONSOLE_H

#include <stdbool.h>
#include <stddef.h>

/* framed_input: decode the runner's framing (console.c). */
void console_init(bool framed_input);
void console_write(const char *buf, size_t n);
/* Blocks (hlt, woken by the UART's interrupt) until input arrives, then
 * returns what is there, up to n bytes and at most one line; 0 at the end
 * of input. */
size_t console_read(char *buf, size_t n);

#endif
